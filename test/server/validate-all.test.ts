// Issue marks: conditional-format rules the add-on owns, replaced on each run, operators' own rules untouched.
import type { Issue } from '../../src/core/types';
import { cellLink, isMarkRule, markIssues, validationRows } from '../../src/server/validate-all';
import { installEmulator, removeEmulator } from './emulated-globals';

afterEach(removeEmulator);

const issue = (cell: string, severity: Issue['severity']): Issue => ({
  sheet: 'LP-PKU',
  cell,
  severity,
  code: 'WRONG_TYPE',
  message: 'Pagu: harus berupa angka.',
});

describe('marking issues', () => {
  it('adds one rule per severity after the operator’s own rules, and replaces only its own next time', () => {
    const emulator = installEmulator();
    const sheet = emulator.spreadsheet.insertSheet('LP-PKU');
    const gas = sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    const own = SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThan(10)
      .setBold(true)
      .setRanges([gas.getRange('C3')])
      .build();
    gas.setConditionalFormatRules([own]);
    markIssues(gas, [issue('B5', 'error'), issue('B6', 'error'), issue('B7', 'warning')]);
    const rules = gas.getConditionalFormatRules();
    expect(rules.map(isMarkRule)).toEqual([false, true, true]);
    expect(rules[1]?.getRanges().map((r) => r.getA1Notation())).toEqual(['B5', 'B6']);
    markIssues(gas, []);
    expect(gas.getConditionalFormatRules().map((r) => r.getRanges().map((x) => x.getA1Notation()))).toEqual([['C3']]);
  });

  it('makes no call to set rules when there is nothing to mark or clear', () => {
    const emulator = installEmulator();
    const sheet = emulator.spreadsheet.insertSheet('LP-PKU') as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    emulator.ledger.reset();
    markIssues(sheet, []);
    expect(emulator.ledger.all().map((c) => c.method)).toEqual(['Sheet.getConditionalFormatRules']);
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
