// Free health checks on "Rekap Pembinaan": activities and people examined, region-wide and per unit.
import { report, unit } from '../consolidation/consolidate-reports';
import { after, regionSheet, unitRow } from './sheets';

test('activities and people examined region-wide, a missing tab named beside them', () => {
  const [a, b] = [unit('LP-A'), unit('LP-B')];
  const s = regionSheet(
    'Rekap Pembinaan',
    [a, b],
    [report(a, { 'layanan.kesehatan_kegiatan': 3, 'layanan.kesehatan_peserta': 250 }), report(b, {}, { found: false })],
  );
  expect(after(s, 'Pemeriksaan kesehatan gratis: kegiatan').slice(0, 2)).toEqual([
    3,
    'Belum lengkap: tanpa 1 UPT (LP-B)',
  ]);
  expect(after(s, 'Pemeriksaan kesehatan gratis: peserta (orang)')[0]).toBe(250);
  expect(unitRow(s, 'Kesehatan: peserta', 'LP-A')).toMatchObject({
    'Kesehatan: kegiatan': 3,
    'Kesehatan: peserta': 250,
  });
});
