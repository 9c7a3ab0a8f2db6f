// Issue marks: conditional-format rules the add-on owns, replaced on each run, operators' own rules untouched.

import { installEmulator, removeEmulator } from '../../../emulator';
import type { Issue } from '../../../src/core/schema/types';
import { readSheetIndex } from '../../../src/server/sheets/sheet-index';
import {
  cellLink,
  isMarkRule,
  MARK_BACKGROUND,
  MARK_FORMULA,
  markAllIssues,
  validationRows,
} from '../../../src/server/sheets/validation-sheet';

afterEach(removeEmulator);

const issue = (cell: string, severity: Issue['severity']): Issue => ({
  sheet: 'LP-PKU',
  cell,
  severity,
  code: 'WRONG_TYPE',
  message: 'Pagu: harus berupa angka.',
});

describe('marking issues', () => {
  const marksOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet) =>
    sheet.getConditionalFormatRules().map((r) => ({
      ranges: r.getRanges().map((x) => x.getA1Notation()),
      background: r.getBooleanCondition()?.getBackground() ?? null,
    }));

  it('adds one rule per severity after the operator’s own rules, and replaces only its own next time', () => {
    const emulator = installEmulator();
    const ss = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const gas = ss.insertSheet('LP-PKU');
    const own = SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThan(10)
      .setBold(true)
      .setRanges([gas.getRange('C3')])
      .build();
    gas.setConditionalFormatRules([own]);
    markAllIssues(readSheetIndex(ss), ['LP-PKU'], [issue('B5', 'error'), issue('B6', 'error'), issue('B7', 'warning')]);
    expect(marksOf(gas)).toEqual([
      { ranges: ['C3'], background: null },
      { ranges: ['B5', 'B6'], background: MARK_BACKGROUND.error },
      { ranges: ['B7'], background: MARK_BACKGROUND.warning },
    ]);
    markAllIssues(readSheetIndex(ss), ['LP-PKU'], [issue('D2:D3', 'warning')]);
    expect(marksOf(gas)).toEqual([
      { ranges: ['C3'], background: null },
      { ranges: ['D2:D3'], background: MARK_BACKGROUND.warning },
    ]);
    markAllIssues(readSheetIndex(ss), ['LP-PKU'], []);
    expect(marksOf(gas)).toEqual([{ ranges: ['C3'], background: null }]);
    expect(gas.getConditionalFormatRules()[0]?.getBooleanCondition()?.getBold()).toBe(true);
  });

  it('marks every tab with one read of the rules and one batch, and writes nothing when there is nothing to do', () => {
    const emulator = installEmulator();
    const ss = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const names = Array.from({ length: 12 }, (_, i) => `UPT ${i + 1}`);
    for (const name of names) ss.insertSheet(name);
    const index = readSheetIndex(ss);
    emulator.ledger.reset();
    markAllIssues(index, names, []);
    expect(emulator.ledger.all().map((c) => c.method)).toEqual(['Spreadsheets.get']);
    emulator.ledger.reset();
    markAllIssues(
      index,
      names,
      names.map((name) => ({ ...issue('B5', 'error'), sheet: name })),
    );
    expect(emulator.ledger.all().map((c) => `${c.kind} ${c.method}`)).toEqual([
      'metadata Spreadsheets.get',
      'format Spreadsheets.batchUpdate',
    ]);
    for (const name of names) expect(marksOf(ss.getSheetByName(name) as never)).toHaveLength(1);
  });

  it('sends one batch per hundred tabs', () => {
    const emulator = installEmulator();
    const ss = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const names = Array.from({ length: 150 }, (_, i) => `UPT ${i + 1}`);
    for (const name of names) ss.insertSheet(name);
    const index = readSheetIndex(ss);
    emulator.ledger.reset();
    markAllIssues(
      index,
      names,
      names.map((name) => ({ ...issue('C4', 'warning'), sheet: name })),
    );
    expect(emulator.ledger.all().filter((c) => c.method === 'Spreadsheets.batchUpdate')).toHaveLength(2);
    expect(marksOf(ss.getSheetByName('UPT 150') as never)).toEqual([
      { ranges: ['C4'], background: MARK_BACKGROUND.warning },
    ]);
  });

  it('knows its own rules by formula and colour, not the operator’s look-alikes', () => {
    const mark = { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: MARK_FORMULA }] };
    const red = { red: 0xf4 / 255, green: 0.8, blue: 0.8 };
    expect(isMarkRule({ booleanRule: { condition: mark, format: { backgroundColor: red } } })).toBe(true);
    expect(isMarkRule({ booleanRule: { condition: mark, format: { backgroundColorStyle: { rgbColor: red } } } })).toBe(
      true,
    );
    expect(isMarkRule({ booleanRule: { condition: mark, format: { backgroundColor: { red: 1 } } } })).toBe(false);
    const other = { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: '=B5>0' }] };
    expect(isMarkRule({ booleanRule: { condition: other, format: { backgroundColor: red } } })).toBe(false);
    expect(isMarkRule({ gradientRule: {} })).toBe(false);
  });
});

describe('Validasi rows', () => {
  it('puts errors first, links cells, and keeps quotes in sheet names from breaking the formula', () => {
    const rows = validationRows(
      [issue('B7', 'warning'), issue('B5', 'error'), { ...issue('', 'error'), sheet: 'Tab "X"' }],
      new Map([['LP-PKU', 'LP-PKU']]),
      (name) => (name === 'LP-PKU' ? 123 : null),
    );
    expect(rows.map((r) => [r[2], r[3]])).toEqual([
      ['=HYPERLINK("#gid=123&range=B5","LP-PKU!B5")', 'Kesalahan'],
      ['', 'Kesalahan'],
      ['=HYPERLINK("#gid=123&range=B7","LP-PKU!B7")', 'Peringatan'],
    ]);
    expect(cellLink(7, 'A"B', 'C3')).toBe('=HYPERLINK("#gid=7&range=C3","A""B!C3")');
  });
});
