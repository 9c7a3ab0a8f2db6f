// Where reports go in Drive: the configured folder, or a "Laporan Rekap UPT" folder the add-on creates and keeps.
// With the drive.file scope the add-on sees only files and folders it created or the user opened with it
// (https://developers.google.com/identity/protocols/oauth2/scopes#drive), so its own folder is the safe default.
import { UserError } from '../runtime/user-error';
import { reportFolderId, saveReportFolderId } from '../state/report-state';
import { createFolder, namesIn, reachableFolder } from './drive-files';

export const REPORT_FOLDER_NAME = 'Laporan Rekap UPT';

/** The configured folder's id (a clear message when the add-on cannot reach it), else the add-on's own folder's. */
export function reportFolder(configuredId: string): string {
  const id = configuredId.trim();
  if (id !== '') {
    const folder = reachableFolder(id);
    if (!folder) {
      throw new UserError(
        `Folder laporan di sheet "Pengaturan" (ID ${id}) tidak dapat dibuka oleh Rekap UPT. Add-on hanya dapat ` +
          `memakai folder yang dibuatnya sendiri; kosongkan isian ini agar laporan disimpan di folder ` +
          `"${REPORT_FOLDER_NAME}", yang dapat Anda pindahkan ke mana saja di Drive.`,
      );
    }
    return folder;
  }
  const kept = reportFolderId();
  const existing = kept ? reachableFolder(kept) : null;
  if (existing) return existing;
  const created = createFolder(REPORT_FOLDER_NAME);
  saveReportFolderId(created);
  return created;
}

/** More versions than anyone keeps on purpose: past this, something is wrong with the folder. */
const MAX_VERSIONS = 100;

/** "Laporan Rekap UPT - Februari 2026", or "… (versi 2)" and so on: an earlier report is never overwritten. */
export function freeReportName(folderId: string, base: string): string {
  return freeName(namesIn(folderId), base);
}

/** The first free version of `base` among the names taken (a Doc and its PDF count as one). */
export function freeName(taken: ReadonlySet<string>, base: string): string {
  for (let version = 1; version <= MAX_VERSIONS; version++) {
    const name = version === 1 ? base : `${base} (versi ${version})`;
    if (!taken.has(name) && !taken.has(`${name}.pdf`)) return name;
  }
  throw new UserError(
    `Folder laporan sudah berisi ${MAX_VERSIONS} versi "${base}". Pindahkan versi lama ke folder lain, lalu buat laporan lagi.`,
  );
}
