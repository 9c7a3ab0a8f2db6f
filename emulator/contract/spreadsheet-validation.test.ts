// Contract tests: data validation and conditional format rules, and how a person's typing meets them.
import { Runtime } from '../runtime';
import { type EmuDataValidation, SHEET_ERRORS, SpreadsheetService } from '../spreadsheet';

const DVB = 'https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder';

function setup() {
  const runtime = new Runtime();
  const service = new SpreadsheetService(runtime);
  const ss = service.create('Rekap', { locale: 'id_ID' });
  service.setActive(ss);
  const app = service.app;
  return { runtime, service, ss, sheet: ss.getSheets()[0], app };
}

const asRule = (rule: GoogleAppsScript.Spreadsheet.DataValidation) => rule as unknown as EmuDataValidation;

describe('data validation', () => {
  test(`setAllowInvalid defaults to true: invalid input only warns (${DVB}#setAllowInvalid(Boolean))`, () => {
    const { app, sheet } = setup();
    const rule = asRule(app.newDataValidation().requireNumberBetween(0, 100).build());
    expect(rule.getAllowInvalid()).toBe(true);
    sheet.getRange('B2').setDataValidation(rule);
    sheet.userEdit('op@upt.example', 'B2', '150');
    expect(sheet.getRange('B2').getValue()).toBe(150);
  });

  test(`requireNumberBetween is inclusive; with allowInvalid false a person's invalid entry is rejected (${DVB}#requireNumberBetween(Number,Number))`, () => {
    const { app, sheet } = setup();
    const rule = asRule(app.newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).build());
    sheet.getRange('B2:B4').setDataValidation(rule);
    sheet.userEdit('op@upt.example', 'B2', '100');
    sheet.userEdit('op@upt.example', 'B3', '0');
    expect(() => sheet.userEdit('op@upt.example', 'B4', '-1')).toThrow(SHEET_ERRORS.invalidInput('Sheet1!B4'));
    expect(() => sheet.userEdit('op@upt.example', 'B4', 'sepuluh')).toThrow(SHEET_ERRORS.invalidInput('Sheet1!B4'));
    expect(sheet.getRange('B2:B4').getValues()).toEqual([[100], [0], ['']]);
  });

  test(`requireValueInList keeps the values and the dropdown flag (${DVB}#requireValueInList(String,Boolean))`, () => {
    const { app, sheet } = setup();
    const rule = asRule(
      app
        .newDataValidation()
        .requireValueInList(['Ya', 'Tidak'], true)
        .setAllowInvalid(false)
        .setHelpText('Pilih Ya atau Tidak')
        .build(),
    );
    sheet.getRange('C2').setDataValidation(rule);
    const read = sheet.getRange('C2').getDataValidation();
    expect(read?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(read?.getCriteriaValues()).toEqual([['Ya', 'Tidak'], true]);
    expect(read?.getHelpText()).toBe('Pilih Ya atau Tidak');
    expect(() => sheet.userEdit('op@upt.example', 'C2', 'Mungkin')).toThrow(SHEET_ERRORS.invalidInput('Sheet1!C2'));
    sheet.userEdit('op@upt.example', 'C2', 'Ya');
    expect(sheet.getRange('C2').getValue()).toBe('Ya');
  });

  // The builder's getters and the string list are live Apps Script's behaviour as gas-fakes' live test records it
  // (https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsheetsdatavalidations.js).
  test(`the builder reports its criteria: none at first, then type and values; a list holds strings (${DVB})`, () => {
    const { app, sheet } = setup();
    const builder = app.newDataValidation();
    expect(builder.getCriteriaType()).toBeNull();
    expect(builder.getCriteriaValues()).toEqual([]);
    expect([builder.getAllowInvalid(), builder.getHelpText()]).toEqual([true, null]);
    builder.requireValueInList([9, false, 'z'] as unknown as string[]);
    expect(builder.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(builder.getCriteriaValues()).toEqual([['9', 'false', 'z'], true]);
    sheet.getRange('D2').setDataValidation(asRule(builder.setAllowInvalid(false).build()));
    expect(sheet.getRange('D2').getDataValidation()?.getCriteriaValues()).toEqual([['9', 'false', 'z'], true]);
    sheet.userEdit('op@upt.example', 'D2', '9');
    expect(sheet.getRange('D2').getValue()).toBe(9);
  });

  test(`requireCheckbox takes optional checked and unchecked values as its criteria values (${DVB}#requireCheckbox(Object,Object))`, () => {
    const { app } = setup();
    expect(app.newDataValidation().requireCheckbox().build().getCriteriaValues()).toEqual([]);
    expect(app.newDataValidation().requireCheckbox('SELESAI').getCriteriaValues()).toEqual(['SELESAI']);
    const rule = app.newDataValidation().requireCheckbox('YA', 'TIDAK').build();
    expect([rule.getCriteriaType(), rule.getCriteriaValues()]).toEqual(['CHECKBOX', ['YA', 'TIDAK']]);
  });

  test(`requireValueInRange takes the list from the range's current values (${DVB}#requireValueInRange(Range,Boolean))`, () => {
    const { app, ss, sheet } = setup();
    const config = ss.insertSheet('Konfigurasi');
    config.getRange('A1:A2').setValues([['Lapas'], ['Rutan']]);
    const source = config.getRange('A1:A5') as unknown as GoogleAppsScript.Spreadsheet.Range;
    sheet
      .getRange('D2')
      .setDataValidation(
        asRule(app.newDataValidation().requireValueInRange(source, true).setAllowInvalid(false).build()),
      );
    sheet.userEdit('op@upt.example', 'D2', 'Rutan');
    expect(() => sheet.userEdit('op@upt.example', 'D2', 'Bapas')).toThrow(SHEET_ERRORS.invalidInput('Sheet1!D2'));
    config.getRange('A3').setValue('Bapas');
    sheet.userEdit('op@upt.example', 'D2', 'Bapas');
    expect(sheet.getRange('D2').getValue()).toBe('Bapas');
  });

  test('a script write is not blocked by validation (only people typing are; uncertain but widely observed)', () => {
    const { app, sheet } = setup();
    sheet
      .getRange('A1')
      .setDataValidation(
        asRule(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build()),
      );
    sheet.getRange('A1').setValue(-5);
    expect(sheet.getRange('A1').getValue()).toBe(-5);
  });

  test('getDataValidations is null where there is no rule; clearDataValidations removes rules but keeps values', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1').setValue(3).setDataValidation(asRule(app.newDataValidation().requireCheckbox().build()));
    expect(
      sheet
        .getRange('A1:B1')
        .getDataValidations()
        .map((r) => r.map((x) => x?.getCriteriaType() ?? null)),
    ).toEqual([['CHECKBOX', null]]);
    sheet.getRange('A1').clearDataValidations();
    expect([sheet.getRange('A1').getDataValidation(), sheet.getRange('A1').getValue()]).toEqual([null, 3]);
  });
});

describe('conditional format rules', () => {
  const SRC =
    'https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)';

  test(`setConditionalFormatRules replaces all rules, kept in order (${SRC})`, () => {
    const { app, sheet } = setup();
    const range = sheet.getRange('B2:B10') as unknown as GoogleAppsScript.Spreadsheet.Range;
    const first = app.newConditionalFormatRule().whenCellNotEmpty().setBackground('#e6f4ea').setRanges([range]).build();
    const second = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=B2<0')
      .setBackground('#fce8e6')
      .setRanges([range])
      .build();
    sheet.setConditionalFormatRules([first, second] as never);
    sheet.setConditionalFormatRules([second] as never);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0].getBooleanCondition().getCriteriaValues()).toEqual(['=B2<0']);
    expect(rules[0].getRanges().map((r) => r.getA1Notation())).toEqual(['B2:B10']);
  });

  test('rule ranges move with inserted and deleted rows (as Sheets adjusts them)', () => {
    const { app, sheet } = setup();
    const range = sheet.getRange('B2:B10') as unknown as GoogleAppsScript.Spreadsheet.Range;
    const rule = app
      .newConditionalFormatRule()
      .whenNumberLessThan(0)
      .setBackground('#fce8e6')
      .setRanges([range])
      .build();
    sheet.setConditionalFormatRules([rule] as never);
    sheet.insertRowsBefore(1, 2);
    expect(
      sheet
        .getConditionalFormatRules()[0]
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B4:B12']);
    sheet.deleteRows(5, 3);
    expect(
      sheet
        .getConditionalFormatRules()[0]
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B4:B9']);
  });

  test('a rule without a range cannot be built', () => {
    const { app } = setup();
    expect(() => app.newConditionalFormatRule().whenCellEmpty().build()).toThrow();
  });
});
