// "Rekap Pangan": klaster totals with commodities, and unit × klaster rows that add up to the region.
import { rowOf, sampleSheets, sheet } from './sheets';

const sheets = sampleSheets();

test('klaster totals and unit × klaster rows add up to the region, with the commodities of each klaster', () => {
  const pangan = sheet(sheets, 'Rekap Pangan');
  const totals = pangan.grid.filter((r) => r[0] === 'Total wilayah');
  expect(totals).toHaveLength(2);
  expect(totals[0]?.[2]).toBe(102_772);
  const perUnit = totals[1] ?? [];
  expect(perUnit.at(-3)).toBe(102_772);
  expect(perUnit.at(-2)).toBe(107);
  expect(rowOf(pangan, 'Perikanan')[1]).toContain('lele');
});

test('the klaster total row quotes the head count, since klaster rows may count one WBP twice', () => {
  const total = sheet(sheets, 'Rekap Pangan').grid.find((r) => r[0] === 'Total wilayah');
  expect(total?.[3]).toBeGreaterThan(107);
  expect(total?.[8]).toBe('Jumlah baris klaster; WBP tanpa dobel: 107 orang');
});
