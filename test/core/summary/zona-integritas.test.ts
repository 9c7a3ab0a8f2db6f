// Zona Integritas on "Rekap Manajemen": units per stage and target, the minimum scores, and each unit's verdict.
import { report, unit } from '../consolidation/consolidate-reports';
import { after, regionSheet, unitRow } from './sheets';

test("units per stage and target, how many meet their minimum, and each unit's verdict", () => {
  const [a, b] = [unit('LP-A'), unit('LP-B')];
  const s = regionSheet(
    'Rekap Manajemen',
    [a, b],
    [
      report(a, {
        'zona_integritas.tahap': 'Penilaian',
        'zona_integritas.target': 'WBBM',
        'zona_integritas.nilai': 84.9,
      }),
      report(b, { 'zona_integritas.tahap': 'Penilaian', 'zona_integritas.target': 'WBK', 'zona_integritas.nilai': 75 }),
    ],
  );
  expect(after(s, 'Tahap Penilaian')[0]).toBe(2);
  expect(after(s, 'Target WBK')[0]).toBe(1);
  expect(after(s, 'Nilai memenuhi target (WBK ≥ 75, WBBM ≥ 85)')[0]).toBe(1);
  expect(unitRow(s, 'Memenuhi target', 'LP-A')).toMatchObject({
    Target: 'WBBM',
    Nilai: 84.9,
    'Memenuhi target': 'Belum',
  });
  expect(unitRow(s, 'Memenuhi target', 'LP-B')).toMatchObject({ Target: 'WBK', Nilai: 75, 'Memenuhi target': 'Ya' });
});
