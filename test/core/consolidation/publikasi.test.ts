// Media publications: per kanal and per unit, with the links typed beside them.
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import { regionConfig, report, unit } from './consolidate-reports';

test('publications are totalled per kanal and per unit, and links separated by spaces or lines are counted', () => {
  const [lapas, bapas] = [unit('LP-A'), unit('BAPAS-B', 'Bapas')];
  const c = consolidateRegion(regionConfig([lapas, bapas]), [
    report(lapas, {
      'publikasi.media_sosial.jumlah': 6,
      'publikasi.media_sosial.tautan': 'https://a.contoh.go.id/1\nhttps://a.contoh.go.id/2',
      'publikasi.website.jumlah': 2,
      'publikasi.website.tautan': '  https://a.contoh.go.id/3   https://a.contoh.go.id/4 ',
    }),
    report(bapas, { 'publikasi.media_online.jumlah': 1 }, { invalid: { 'publikasi.cetak.jumlah': null } }),
  ]).publikasi;
  expect(c.total).toEqual({ value: 9, excluded: { units: ['BAPAS-B'], cells: 1, cellRefs: ['BAPAS-B'] } });
  expect(c.perKanal.find((k) => k.kanal === 'media_sosial')?.jumlah.value).toBe(6);
  expect(c.units.map((r) => [r.code, r.total, r.tautan])).toEqual([
    ['LP-A', 8, 4],
    ['BAPAS-B', 1, 0],
  ]);
});
