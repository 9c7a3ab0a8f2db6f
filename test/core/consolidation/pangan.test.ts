// Food security: the regional WBP head count, land and WBP per klaster, output per unit of measure, rejected cells.
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import { regionConfig, report, unit } from './consolidate-reports';

const lapas = unit('LP-A');
const rutan = unit('RUTAN-B', 'Rutan');

test('the regional WBP head count is the sum of unit head counts, not of klaster rows', () => {
  const c = consolidateRegion(regionConfig([lapas, rutan]), [
    report(lapas, {
      'pangan.pertanian.wbp': 3,
      'pangan.perikanan.wbp': 4,
      'pangan.pertanian.luas_m2': 1000,
      'pangan_wbp.wbp_terlibat': 5,
    }),
    report(rutan, { 'pangan.hortikultura.wbp': 2, 'pangan.hortikultura.luas_m2': 250, 'pangan_wbp.wbp_terlibat': 2 }),
  ]).pangan;
  expect(c.wbpTerlibat.value).toBe(7);
  expect(c.wbpKlaster.value).toBe(9);
  expect(c.luasLahan.value).toBe(1250);
  expect(c.activeUnits).toBe(2);
  expect(c.wbpTerlibat.excluded).toEqual({ units: [], cells: 0, cellRefs: [] });
});

test('a value with an error contributes nothing and the total names the unit and counts the cell', () => {
  const c = consolidateRegion(regionConfig([lapas, rutan]), [
    report(lapas, { 'pangan.pertanian.luas_m2': 1000 }),
    report(rutan, { 'pangan.pertanian.luas_m2': 500 }, { invalid: { 'pangan.perikanan.luas_m2': null } }),
  ]).pangan;
  expect(c.luasLahan.value).toBe(1500);
  expect(c.luasLahan.excluded).toEqual({ units: ['RUTAN-B'], cells: 1, cellRefs: ['RUTAN-B'] });
  const perikanan = c.perKlaster.find((k) => k.klaster === 'perikanan');
  expect(perikanan?.luasLahan.excluded).toEqual({ units: ['RUTAN-B'], cells: 1, cellRefs: ['RUTAN-B'] });
  const pertanian = c.perKlaster.find((k) => k.klaster === 'pertanian');
  expect(pertanian?.luasLahan).toEqual({ value: 1500, excluded: { units: [], cells: 0, cellRefs: [] } });
  expect(c.units.find((r) => r.code === 'RUTAN-B')?.excludedCells).toBe(1);
});

test('output is summed per unit of measure and an output whose unit was rejected is left out', () => {
  const c = consolidateRegion(regionConfig([lapas, rutan]), [
    report(lapas, { 'pangan.peternakan.hasil': 1200, 'pangan.peternakan.satuan': 'butir' }),
    report(rutan, { 'pangan.peternakan.hasil': 30 }, { invalid: { 'pangan.peternakan.satuan': null } }),
  ]).pangan;
  const peternakan = c.perKlaster.find((k) => k.klaster === 'peternakan');
  expect(peternakan?.hasil).toEqual([{ satuan: 'butir', value: 1200 }]);
  expect(peternakan?.hasilExcluded).toEqual({ units: ['RUTAN-B'], cells: 1, cellRefs: ['RUTAN-B'] });
});

test('a klaster lists its commodities once, sorted, and counts the units active in it', () => {
  const c = consolidateRegion(regionConfig([lapas, rutan]), [
    report(lapas, { 'pangan.perikanan.komoditas': 'nila', 'pangan.perikanan.wbp': 2 }),
    report(rutan, { 'pangan.perikanan.komoditas': 'lele', 'pangan.perkebunan.komoditas': 'pinang' }),
  ]).pangan;
  const perikanan = c.perKlaster.find((k) => k.klaster === 'perikanan');
  expect(perikanan?.komoditas).toEqual(['lele', 'nila']);
  // A commodity name alone is no activity: only land, WBP, output or sales are.
  expect(perikanan?.activeUnits).toBe(1);
  expect(c.units.map((r) => r.active)).toEqual([true, false]);
});
