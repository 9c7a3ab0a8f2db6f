// Media publications on "Rekap Manajemen": per kanal with the regional total, and per unit with its links.
import { report, unit } from '../consolidation/consolidate-reports';
import { after, regionSheet, unitRow } from './sheets';

test('per kanal and per unit, with the links each unit typed', () => {
  const [a, b] = [unit('LP-A'), unit('BAPAS-B', 'Bapas')];
  const s = regionSheet(
    'Rekap Manajemen',
    [a, b],
    [
      report(a, {
        'publikasi.media_sosial.jumlah': 6,
        'publikasi.media_sosial.tautan': 'https://a.contoh.go.id/1 https://a.contoh.go.id/2',
      }),
      report(b, { 'publikasi.website.jumlah': 2 }),
    ],
  );
  expect(after(s, 'Media sosial').slice(0, 2)).toEqual([6, '']);
  expect(after(s, 'Total wilayah').slice(0, 2)).toEqual([8, '']);
  expect(unitRow(s, 'Tautan', 'LP-A')).toMatchObject({ 'Media sosial': 6, Website: 0, Total: 6, Tautan: 2 });
});
