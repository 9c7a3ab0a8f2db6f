// Budget: pagu and realisasi per unit and region-wide, and the absorption over complete pairs only.
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import { regionConfig, report, unit } from './consolidate-reports';

test('the regional absorption counts only units whose pagu and realisasi are both valid', () => {
  const [lapas, rutan, bapas] = [unit('LP-A'), unit('RUTAN-B', 'Rutan'), unit('BAPAS-C', 'Bapas')];
  const c = consolidateRegion(regionConfig([lapas, rutan, bapas]), [
    report(lapas, { 'anggaran.pagu_rp': 10_000_000_000, 'anggaran.realisasi_rp': 1_000_000_000 }),
    report(rutan, { 'anggaran.pagu_rp': 5_000_000_000, 'anggaran.realisasi_rp': 1_000_000_000 }),
    report(bapas, { 'anggaran.pagu_rp': 3_000_000_000 }, { invalid: { 'anggaran.realisasi_rp': 4_000_000_000 } }),
  ]).anggaran;
  // The Bapas's rejected realisasi leaves its pagu out of the absorption, so the rate is not understated.
  expect(c.serapan).toBeCloseTo(2 / 15, 10);
  expect(c.paguRp.value).toBe(18_000_000_000);
  expect(c.realisasiRp.excluded).toEqual({ units: ['BAPAS-C'], cells: 1, cellRefs: ['BAPAS-C'] });
  expect(c.units[0]?.serapan).toBeCloseTo(0.1, 10);
  expect(c.units[2]).toMatchObject({ paguRp: 3_000_000_000, realisasiRp: null, serapan: null });
});

test('without a single complete pair the absorption is unknown, not zero', () => {
  const lapas = unit('LP-A');
  const c = consolidateRegion(regionConfig([lapas]), [report(lapas, { 'anggaran.realisasi_rp': 1_000 })]).anggaran;
  expect(c.serapan).toBeNull();
});
