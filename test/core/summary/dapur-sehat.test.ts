// Healthy kitchens on "Rekap Pembinaan": units per state, the ones not reported, and each unit's state and note.
import { report, unit } from '../consolidation/consolidate-reports';
import { after, regionSheet, unitRow } from './sheets';

test("units per state, with the units that gave none, and each unit's state and note", () => {
  const [a, b, c] = [unit('LP-A'), unit('LP-B'), unit('LP-C')];
  const s = regionSheet(
    'Rekap Pembinaan',
    [a, b, c],
    [
      report(a, { 'layanan.dapur_sehat': 'Beroperasi', 'layanan.dapur_sehat_catatan': '=laik sehat' }),
      report(b, {}, { invalid: { 'layanan.dapur_sehat': null } }),
      report(c, { 'layanan.dapur_sehat': 'Belum' }),
    ],
  );
  expect(after(s, 'Dapur sehat beroperasi (UPT)')).toEqual(
    expect.arrayContaining([1, 'Belum lengkap: tanpa 1 UPT (LP-B); 1 sel ditolak validasi tidak dihitung (LP-B)']),
  );
  expect(after(s, 'Dapur sehat belum ada (UPT)')[0]).toBe(1);
  expect(after(s, 'Dapur sehat belum diisi (UPT)')[0]).toBe(1);
  // The note is the operator's text, shown as text even when it looks like a formula.
  expect(unitRow(s, 'Dapur sehat', 'LP-A')).toMatchObject({ 'Dapur sehat': 'Beroperasi', Catatan: "'=laik sehat" });
});
