// Zona Integritas: units per stage and target, and whose score reaches its target's minimum (WBK 75, WBBM 85).
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import { regionConfig, report, unit } from './consolidate-reports';

test('a score meets its target from the minimum up; without a target or score nothing is judged', () => {
  const [a, b, c, d] = ['LP-A', 'LP-B', 'LP-C', 'LP-D'].map((code) => unit(code));
  const zi = consolidateRegion(regionConfig([a, b, c, d]), [
    report(a, {
      'zona_integritas.tahap': 'Penilaian',
      'zona_integritas.target': 'WBBM',
      'zona_integritas.nilai': 84.9,
    }),
    report(b, {
      'zona_integritas.tahap': 'Pembangunan',
      'zona_integritas.target': 'WBK',
      'zona_integritas.nilai': 75,
    }),
    report(c, { 'zona_integritas.nilai': 99 }),
    report(d, { 'zona_integritas.target': 'WBK' }, { invalid: { 'zona_integritas.tahap': null } }),
  ]).zonaIntegritas;
  expect(zi.units.map((r) => r.meetsTarget)).toEqual([false, true, null, null]);
  expect(zi.meetingTarget).toBe(1);
  expect(zi.perTahap).toEqual({ Pencanangan: 0, Pembangunan: 1, Penilaian: 1, Penetapan: 0 });
  expect(zi.perTarget).toEqual({ WBK: 2, WBBM: 1 });
  expect(zi.excluded).toEqual({ units: ['LP-D'], cells: 1, cellRefs: ['LP-D'] });
});
