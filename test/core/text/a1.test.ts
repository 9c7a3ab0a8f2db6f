// A1 notation: column letters, cell addresses and ranges as Sheets writes them.
import fc from 'fast-check';
import { columnLetter, columnNumber, fromA1, fromRangeA1, rangeA1, toA1 } from '../../../src/core/text/a1';
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
  expect(fromRangeA1('B23:H27')).toEqual({ row: 23, col: 2, rows: 5, cols: 7 });
  expect(fromRangeA1('H27:B23')).toEqual({ row: 23, col: 2, rows: 5, cols: 7 });
  expect(fromRangeA1('AA3')).toEqual({ row: 3, col: 27, rows: 1, cols: 1 });
  for (const bad of ['', 'B:C', 'B2:', 'A1:B2:C3', 'Sheet1!A1']) expect(fromRangeA1(bad)).toBeNull();
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 999 }),
      fc.integer({ min: 1, max: 702 }),
      fc.nat(50),
      fc.nat(50),
      (r, c, h, w) => {
        const range = fromRangeA1(rangeA1(r, c, h + 1, w + 1));
        return range?.row === r && range.col === c && range.rows === h + 1 && range.cols === w + 1;
      },
    ),
  );
});

test('text Sheets would read as a number, percentage, boolean or date is written as text', () => {
  expect(
    ['08123', '50%', '2026-02-01', 'TRUE', 'false', '1.234,5', 'Rp 5.000', '3/2/2026', '09.00'].map(cellText),
  ).toEqual(["'08123", "'50%", "'2026-02-01", "'TRUE", "'false", "'1.234,5", "'Rp 5.000", "'3/2/2026", "'09.00"]);
  expect(['Padi 2 ha', 'Paket C', 'Blok 3', '2026-02 catatan'].map(cellText)).toEqual([
    'Padi 2 ha',
    'Paket C',
    'Blok 3',
    '2026-02 catatan',
  ]);
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
