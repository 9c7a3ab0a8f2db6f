// Social aid on "Rekap Pembinaan": the regional figures with what they leave out, and each unit's figures.
import { report, unit } from '../consolidation/consolidate-reports';
import { after, regionSheet, unitRow } from './sheets';

test('activities, recipients and value region-wide and per unit, a rejected value named beside its total', () => {
  const [a, b] = [unit('LP-A'), unit('LP-B')];
  const s = regionSheet(
    'Rekap Pembinaan',
    [a, b],
    [
      report(a, { 'layanan.bansos_kegiatan': 2, 'layanan.bansos_penerima': 100, 'layanan.bansos_nilai_rp': 5_000_000 }),
      report(b, { 'layanan.bansos_penerima': 40 }, { invalid: { 'layanan.bansos_nilai_rp': null } }),
    ],
  );
  expect(after(s, 'Bantuan sosial: penerima (orang)').slice(0, 2)).toEqual([140, '']);
  expect(after(s, 'Bantuan sosial: nilai (Rp)').slice(0, 2)).toEqual([
    5_000_000,
    'Belum lengkap: tanpa 1 UPT (LP-B); 1 sel ditolak validasi tidak dihitung (LP-B)',
  ]);
  expect(unitRow(s, 'Bansos: nilai (Rp)', 'LP-B')).toMatchObject({ 'Bansos: penerima': 40, 'Bansos: nilai (Rp)': 0 });
});
