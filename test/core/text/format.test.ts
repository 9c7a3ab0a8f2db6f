// id-ID formatting as users read it: numbers, Rupiah, areas, percentages, dates in WIB, periods, words, lists.
import {
  formatArea,
  formatDateId,
  formatDateTimeId,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatRupiah,
  listText,
  nextPeriod,
  previousPeriod,
  terbilang,
} from '../../../src/core/text/format';

test.each([
  [102772, 0, '102.772'],
  [1234.5, 1, '1.234,5'],
  [0, 0, '0'],
  [999, 0, '999'],
  [1000000, 0, '1.000.000'],
  [-1234.56, 2, '-1.234,56'],
  [2.005, 2, '2,01'],
  [-0.4, 0, '0'],
])('formatNumber(%p, %p) = %p', (n, d, text) => {
  expect(formatNumber(n, d)).toBe(text);
});

test('Rupiah, area and percent', () => {
  expect(formatRupiah(1250000)).toBe('Rp 1.250.000');
  expect(formatRupiah(-5000)).toBe('-Rp 5.000');
  expect(formatArea(102772)).toBe('102.772 m²');
  expect(formatPercent(0.875)).toBe('87,5%');
  expect(formatPercent(1)).toBe('100,0%');
});

test('dates and times in Asia/Jakarta, whatever the machine zone', () => {
  // 17:30 UTC on 2 February is already 3 February in Jakarta.
  expect(formatDateId(new Date('2026-02-02T17:30:00Z'))).toBe('3 Februari 2026');
  expect(formatDateTimeId(new Date('2026-02-03T02:00:00Z'))).toBe('3 Februari 2026 09.00 WIB');
  expect(formatDateTimeId(new Date('2026-12-31T23:05:00Z'))).toBe('1 Januari 2027 06.05 WIB');
});

test('periods', () => {
  expect(formatPeriod('2026-02')).toBe('Februari 2026');
  expect(nextPeriod('2026-12')).toBe('2027-01');
  expect(nextPeriod('2026-02')).toBe('2026-03');
  expect(previousPeriod('2026-01')).toBe('2025-12');
  expect(() => nextPeriod('2026-13')).toThrow();
});

test.each([
  [102772, 'seratus dua ribu tujuh ratus tujuh puluh dua'],
  [1000, 'seribu'],
  [11, 'sebelas'],
  [15, 'lima belas'],
  [2500, 'dua ribu lima ratus'],
  [1250000, 'satu juta dua ratus lima puluh ribu'],
  [0, 'nol'],
])('terbilang(%p)', (n, words) => {
  expect(terbilang(n)).toBe(words);
});

test.each([
  [['Lapas', 'Rutan', 'LPKA'], 'atau', 'Lapas, Rutan atau LPKA'],
  [['WBK', 'WBBM'], 'atau', 'WBK atau WBBM'],
  [
    ['15 dari 18 UPT telah mengirim laporan', '2 UPT belum mengirim'],
    'dan',
    '15 dari 18 UPT telah mengirim laporan dan 2 UPT belum mengirim',
  ],
  [['kg'], 'atau', 'kg'],
  [[], 'dan', ''],
] as const)('listText(%j, %s)', (items, conjunction, text) => {
  expect(listText(items, conjunction)).toBe(text);
});
