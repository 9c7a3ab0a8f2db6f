// Social aid: activities, recipients and value per unit and region-wide, custodial units only.
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import { regionConfig, report, unit } from './consolidate-reports';

test('each figure is totalled over custodial units, a rejected one left out and its unit named', () => {
  const [lapas, rutan, rupbasan] = [unit('LP-A'), unit('RUTAN-B', 'Rutan'), unit('RUPBASAN-C', 'Rupbasan')];
  const c = consolidateRegion(regionConfig([lapas, rutan, rupbasan]), [
    report(lapas, {
      'layanan.bansos_kegiatan': 2,
      'layanan.bansos_penerima': 100,
      'layanan.bansos_nilai_rp': 5_000_000,
    }),
    report(rutan, { 'layanan.bansos_penerima': 40 }, { invalid: { 'layanan.bansos_nilai_rp': null } }),
    report(rupbasan, {}, { found: false }),
  ]).bansos;
  expect(c.penerima).toEqual({ value: 140, excluded: { units: [], cells: 0, cellRefs: [] } });
  expect(c.nilaiRp).toEqual({ value: 5_000_000, excluded: { units: ['RUTAN-B'], cells: 1, cellRefs: ['RUTAN-B'] } });
  expect(c.units).toEqual([
    { code: 'LP-A', name: 'UPT LP-A', kegiatan: 2, penerima: 100, nilaiRp: 5_000_000 },
    { code: 'RUTAN-B', name: 'UPT RUTAN-B', kegiatan: 0, penerima: 40, nilaiRp: 0 },
  ]);
});
