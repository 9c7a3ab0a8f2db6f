// Contract tests: the emulator's formula subset computes what Sheets would, and says nothing where it cannot.
import { Runtime } from '../runtime';
import { SpreadsheetService } from '../spreadsheet';

function sheetWith(values: unknown[][]) {
  const service = new SpreadsheetService(new Runtime());
  const sheet = service.create('f').getSheets()[0];
  sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
  return sheet;
}

const evaluate = (formula: string) => {
  const sheet = sheetWith([
    [10, 'teks', ''],
    [20, true, 5],
    [30, '', -5],
  ]);
  sheet.getRange('E1').setFormula(formula);
  return sheet.getRange('E1').getValue();
};

describe('formula subset (functions as documented in https://support.google.com/docs/table/25273)', () => {
  test.each([
    ['=SUM(A1:A3)', 60],
    ['=SUM(A1:C3)', 60], // text and booleans in ranges are skipped by SUM
    ['=AVERAGE(A1:A3)', 20],
    ['=MIN(A1:C3)', -5],
    ['=MAX(A1:C3)', 30],
    ['=COUNT(A1:C3)', 5],
    ['=COUNTA(A1:C3)', 7],
    ['=IF(A1>5,"besar","kecil")', 'besar'],
    ['=ROUND(10/3,2)', 3.33],
    ['=A1&" "&B1', '10 teks'],
    ['=(A1+A2)*2-A3', 30],
    ['=-A1', -10],
    ['=A1<>A2', true],
    ['=AVERAGE(C1)', '#DIV/0!'],
    ['=A1+B1', '#VALUE!'],
  ])('%s → %p', (formula, expected) => {
    expect(evaluate(formula)).toBe(expected);
  });

  test('a circular reference reads as #REF! (Sheets: "Circular dependency detected")', () => {
    const sheet = sheetWith([['=B1', '=A1']]);
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
  });

  test('a reference to a deleted sheet reads as #REF!', () => {
    const service = new SpreadsheetService(new Runtime());
    const ss = service.create('f');
    const data = ss.insertSheet('Data');
    data.getRange('A1').setValue(5);
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1').setFormula('=Data!A1');
    expect(sheet.getRange('A1').getValue()).toBe(5);
    ss.deleteSheet(data);
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
  });
});
