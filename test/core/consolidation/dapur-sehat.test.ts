// Healthy kitchens: units per state; a state not given, rejected or unknown counts as not reported.
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import { regionConfig, report, unit } from './consolidate-reports';

test('units are counted per state, and a state that is missing or rejected is "not reported"', () => {
  const [a, b, c, d, e] = [
    unit('LP-A'),
    unit('LP-B'),
    unit('LP-C'),
    unit('RUTAN-D', 'Rutan'),
    unit('BAPAS-E', 'Bapas'),
  ];
  const dapurSehat = consolidateRegion(regionConfig([a, b, c, d, e]), [
    report(a, { 'layanan.dapur_sehat': 'Beroperasi', 'layanan.dapur_sehat_catatan': '  sertifikat laik  ' }),
    report(b, { 'layanan.dapur_sehat': 'Proses' }),
    report(c, {}, { invalid: { 'layanan.dapur_sehat': null } }),
    report(d, {}),
    report(e, {}),
  ]).dapurSehat;
  expect(dapurSehat.perStatus).toEqual({ Belum: 0, Proses: 1, Beroperasi: 1 });
  expect(dapurSehat.notReported).toBe(2);
  expect(dapurSehat.excluded).toEqual({ units: ['LP-C'], cells: 1, cellRefs: ['LP-C'] });
  // The Bapas has no kitchen block at all.
  expect(dapurSehat.units.map((r) => [r.code, r.status, r.catatan])).toEqual([
    ['LP-A', 'Beroperasi', 'sertifikat laik'],
    ['LP-B', 'Proses', ''],
    ['LP-C', null, ''],
    ['RUTAN-D', null, ''],
  ]);
});
