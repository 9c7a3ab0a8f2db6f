// Equivalency education: per paket and region-wide, custodial units only.
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import { regionConfig, report, unit } from './consolidate-reports';

test('peserta, ikut ujian and lulus are totalled per paket and region-wide, over custodial units only', () => {
  const [lapas, lpka, bapas] = [unit('LP-A'), unit('LPKA-B', 'LPKA'), unit('BAPAS-C', 'Bapas')];
  const c = consolidateRegion(regionConfig([lapas, lpka, bapas]), [
    report(lapas, {
      'pendidikan.paket_c.peserta': 20,
      'pendidikan.paket_c.ikut_ujian': 18,
      'pendidikan.paket_c.lulus': 15,
    }),
    report(lpka, { 'pendidikan.paket_a.peserta': 5 }),
    report(bapas, {}, { found: false }),
  ]).pendidikan;
  expect(c.perPaket.find((p) => p.paket === 'paket_c')?.lulus.value).toBe(15);
  expect(c.total.peserta).toEqual({ value: 25, excluded: { units: [], cells: 0, cellRefs: [] } });
  expect(c.units.map((r) => r.code)).toEqual(['LP-A', 'LPKA-B']);
  expect(c.units[0]?.total).toEqual({ peserta: 20, ikutUjian: 18, lulus: 15 });
});

test('a rejected figure is left out of its paket and of the region, and counted on the unit', () => {
  const lapas = unit('LP-A');
  const c = consolidateRegion(regionConfig([lapas]), [
    report(lapas, { 'pendidikan.paket_b.peserta': 10 }, { invalid: { 'pendidikan.paket_b.lulus': null } }),
  ]).pendidikan;
  expect(c.perPaket.find((p) => p.paket === 'paket_b')?.lulus.excluded).toEqual({
    units: ['LP-A'],
    cells: 1,
    cellRefs: ['LP-A'],
  });
  expect(c.total.peserta.excluded.units).toEqual([]);
  expect(c.units[0]?.excludedCells).toBe(1);
});
