// Free health checks: activities and people examined per unit and region-wide, custodial units only.
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import { regionConfig, report, unit } from './consolidate-reports';

test('activities and people examined are totalled over custodial units, a missing tab named', () => {
  const [lapas, lpka, bapas] = [unit('LP-A'), unit('LPKA-B', 'LPKA'), unit('BAPAS-C', 'Bapas')];
  const c = consolidateRegion(regionConfig([lapas, lpka, bapas]), [
    report(lapas, { 'layanan.kesehatan_kegiatan': 3, 'layanan.kesehatan_peserta': 250 }),
    report(lpka, {}, { found: false }),
    report(bapas, {}),
  ]).kesehatan;
  expect(c.kegiatan.value).toBe(3);
  expect(c.peserta).toEqual({ value: 250, excluded: { units: ['LPKA-B'], cells: 0, cellRefs: [] } });
  expect(c.units.map((r) => [r.code, r.kegiatan, r.peserta])).toEqual([
    ['LP-A', 3, 250],
    ['LPKA-B', 0, 0],
  ]);
});
