// When a unit's tab may be sent: its tab is found, it has no error, and every required field is filled. An untouched
// tab shows no error (it is "Belum diisi", not a list of empty fields), so emptiness is checked here on its own.
import { allFields, SCHEMA, type Schema } from '../schema/schema';
import type { UnitReport } from '../schema/types';
import { labelOf } from '../validation/parse-unit';

/** Labels of the required fields on the tab that are empty. */
export function emptyRequiredLabels(report: UnitReport, schema: Schema = SCHEMA): string[] {
  return allFields(schema)
    .filter(
      (kf) => kf.field.required && !kf.field.readonly && kf.key in report.values && report.values[kf.key] === null,
    )
    .filter((kf) => !report.invalidKeys.includes(kf.key))
    .map(labelOf);
}

/** Why the tab cannot be sent, in Bahasa Indonesia, or null when it can. */
export function sendRefusal(report: UnitReport, schema: Schema = SCHEMA): string | null {
  if (!report.found) return `Tab "${report.sheetName}" tidak ditemukan; minta admin Kanwil menyiapkannya.`;
  if (report.errorCount > 0)
    return `Masih ada ${report.errorCount} kesalahan: perbaiki sel yang ditunjuk sebelum mengirim.`;
  const empty = emptyRequiredLabels(report, schema);
  if (empty.length > 0)
    return `Kolom wajib belum diisi: ${empty.join('; ')}. Isi dulu (ketik 0 bila memang tidak ada kegiatan), lalu kirim.`;
  return null;
}
