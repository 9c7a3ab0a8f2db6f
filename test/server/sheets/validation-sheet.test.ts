// The Validasi sheet and the issue marks (conditional-format rules the add-on owns, replaced on each run, operators'
// own rules untouched), written in one Sheets API batch.

import { installEmulator, removeEmulator } from '../../../emulator';
import { SAMPLE_CONFIG } from '../../../fixtures/sample/workbook';
import { VALIDATION_SHEET } from '../../../src/core/config/sheet-names';
import type { Issue } from '../../../src/core/schema/types';
import { readSheetIndex } from '../../../src/server/sheets/sheet-index';
import {
  cellLink,
  isMarkRule,
  MARK_BACKGROUND,
  MARK_FORMULA,
  VALIDATION_HEADERS,
  validationRows,
  writeValidation,
} from '../../../src/server/sheets/validation-sheet';
import type { WorkbookRead } from '../../../src/server/sheets/workbook';

afterEach(removeEmulator);

const issue = (cell: string, severity: Issue['severity']): Issue => ({
  sheet: 'LP-PKU',
  cell,
  severity,
  code: 'WRONG_TYPE',
  message: 'Pagu: harus berupa angka.',
});

const NOW = new Date('2026-02-06T02:30:00Z');

/** Validates the named tabs of the installed spreadsheet as having `issues` (what writeValidation reads of a run). */
function markAllIssues(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, names: readonly string[], issues: Issue[]) {
  const read = {
    ss,
    config: SAMPLE_CONFIG,
    sheets: readSheetIndex(ss),
    grids: new Map(names.map((n) => [n, []])),
    issues,
  };
  return writeValidation(read as unknown as WorkbookRead, NOW, 'Asia/Jakarta');
}

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
    markAllIssues(ss, ['LP-PKU'], [issue('B5', 'error'), issue('B6', 'error'), issue('B7', 'warning')]);
    expect(marksOf(gas)).toEqual([
      { ranges: ['C3'], background: null },
      { ranges: ['B5', 'B6'], background: MARK_BACKGROUND.error },
      { ranges: ['B7'], background: MARK_BACKGROUND.warning },
    ]);
    markAllIssues(ss, ['LP-PKU'], [issue('D2:D3', 'warning')]);
    expect(marksOf(gas)).toEqual([
      { ranges: ['C3'], background: null },
      { ranges: ['D2:D3'], background: MARK_BACKGROUND.warning },
    ]);
    markAllIssues(ss, ['LP-PKU'], []);
    expect(marksOf(gas)).toEqual([{ ranges: ['C3'], background: null }]);
    expect(gas.getConditionalFormatRules()[0]?.getBooleanCondition()?.getBold()).toBe(true);
  });

  it('writes the Validasi sheet and marks every tab in one batch, given the index the run read, even 150 tabs', () => {
    const emulator = installEmulator();
    const ss = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const names = Array.from({ length: 150 }, (_, i) => `UPT ${i + 1}`);
    for (const name of names) ss.insertSheet(name);
    const run = (issues: Issue[]) => {
      const read = { ss, config: SAMPLE_CONFIG, sheets: readSheetIndex(ss), grids: new Map(names.map((n) => [n, []])) };
      emulator.ledger.reset();
      writeValidation({ ...read, issues } as unknown as WorkbookRead, NOW, 'Asia/Jakarta');
      return emulator.ledger.all().map((c) => `${c.kind} ${c.method}`);
    };
    const once = ['write Spreadsheets.batchUpdate'];
    expect(run([])).toEqual(once);
    expect(run(names.map((name) => ({ ...issue('C4', 'warning'), sheet: name })))).toEqual(once);
    expect(marksOf(ss.getSheetByName('UPT 150') as never)).toEqual([
      { ranges: ['C4'], background: MARK_BACKGROUND.warning },
    ]);
    const validasi = ss.getSheetByName(VALIDATION_SHEET);
    expect(validasi?.getFrozenRows()).toBe(2);
    expect(validasi?.getRange('A2:G2').getValues()[0]).toEqual([...VALIDATION_HEADERS]);
    expect(validasi?.getRange('A2').getFontWeight()).toBe('bold');
    expect(validasi?.getLastRow()).toBe(152);
    expect(
      (validasi as unknown as { canUserEdit(who: string, a1: string): boolean }).canUserEdit(
        'operator.lppku@contoh.go.id',
        'A3',
      ),
    ).toBe(false);
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
