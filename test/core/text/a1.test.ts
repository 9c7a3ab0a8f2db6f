// A1 notation: column letters, cell addresses and ranges as Sheets writes them.
import fc from 'fast-check';
import { columnLetter, columnNumber, fromA1, rangeA1, toA1 } from '../../../src/core/text/a1';
import { cellText } from '../../../src/core/text/cell-text';

test('column letters', () => {
  expect([1, 26, 27, 52, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  fc.assert(fc.property(fc.integer({ min: 1, max: 18278 }), (n) => columnNumber(columnLetter(n)) === n));
});

test('cells and ranges', () => {
  expect(toA1(23, 3)).toBe('C23');
  expect(fromA1('$C$23')).toEqual({ row: 23, col: 3 });
  expect(fromA1('C23:D24')).toBeNull();
  expect(rangeA1(23, 2, 5, 7)).toBe('B23:H27');
  expect(rangeA1(10, 2)).toBe('B10');
});

test('text that would be a formula is written as text', () => {
  expect(['=SUM(A1)', '+62 812', '-5 kg', '@admin', 'Padi', '', "'x"].map(cellText)).toEqual([
    "'=SUM(A1)",
    "'+62 812",
    "'-5 kg",
    "'@admin",
    'Padi',
    '',
    "''x",
  ]);
});
