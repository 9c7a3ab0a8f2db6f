// Equivalency education on "Rekap Pembinaan": per paket with a regional total, and per unit.
import { report, unit } from '../consolidation/consolidate-reports';
import { after, regionSheet, unitRow } from './sheets';

test("per paket with the regional total, and each unit's peserta per paket with its rejected cells", () => {
  const [a, b] = [unit('LP-A'), unit('RUTAN-B', 'Rutan')];
  const s = regionSheet(
    'Rekap Pembinaan',
    [a, b],
    [
      report(a, {
        'pendidikan.paket_c.peserta': 20,
        'pendidikan.paket_c.ikut_ujian': 18,
        'pendidikan.paket_c.lulus': 15,
      }),
      report(b, { 'pendidikan.paket_a.peserta': 5 }, { invalid: { 'pendidikan.paket_a.lulus': null } }),
    ],
  );
  expect(after(s, 'Paket C').slice(0, 4)).toEqual([20, 18, 15, '']);
  expect(after(s, 'Paket A')).toEqual(
    expect.arrayContaining([
      5,
      0,
      0,
      'Belum lengkap: tanpa 1 UPT (RUTAN-B); 1 sel ditolak validasi tidak dihitung (RUTAN-B)',
    ]),
  );
  expect(after(s, 'Total wilayah').slice(0, 3)).toEqual([25, 18, 15]);
  expect(unitRow(s, 'Paket A: peserta', 'RUTAN-B')).toMatchObject({
    'Paket A: peserta': 5,
    'Paket C: peserta': 0,
    Keterangan: '1 sel tidak dihitung',
  });
});
