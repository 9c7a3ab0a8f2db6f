// The budget part of "Rekap Manajemen": absorption per unit and region-wide, and why a unit has none.
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import { summarySheets } from '../../../src/core/summary/summary-sheets';
import { regionConfig, report, unit } from '../consolidation/consolidate-reports';

test('a unit without a valid pair says why, and the regional absorption says what it is computed from', () => {
  const [a, b] = [unit('LP-A'), unit('LP-B')];
  const c = consolidateRegion(regionConfig([a, b]), [
    report(a, { 'anggaran.pagu_rp': 1_000_000, 'anggaran.realisasi_rp': 250_000 }),
    report(b, { 'anggaran.pagu_rp': 2_000_000 }, { invalid: { 'anggaran.realisasi_rp': null } }),
  ]);
  const manajemen = summarySheets(c, new Date('2026-02-06T02:30:00Z')).find((s) => s.name === 'Rekap Manajemen');
  const grid = manajemen?.grid ?? [];
  expect(grid.find((r) => r[0] === 'Serapan anggaran wilayah')?.slice(1, 3)).toEqual([
    0.25,
    'Belum lengkap: tanpa 1 UPT (LP-B); 1 sel ditolak validasi tidak dihitung (LP-B); dihitung dari 1 UPT yang pagu dan realisasinya valid',
  ]);
  const header = grid.findIndex((r) => r[2] === 'Pagu (Rp)');
  expect(grid[header + 2]?.slice(0, 6)).toEqual([
    'LP-B',
    'UPT LP-B',
    2_000_000,
    '',
    '',
    'Pagu atau realisasi belum valid',
  ]);
  const total = grid[header + 3];
  expect(total?.[0]).toBe('Total wilayah');
  expect(total?.slice(2, 5)).toEqual([3_000_000, 250_000, 0.25]);
});
