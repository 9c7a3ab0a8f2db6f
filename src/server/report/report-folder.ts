// Where reports go in Drive: the configured folder, or a "Laporan Rekap UPT" folder the add-on creates and keeps.
// With the drive.file scope the add-on sees only files and folders it created or the user opened with it
// (https://developers.google.com/identity/protocols/oauth2/scopes#drive), so its own folder is the safe default.
import { UserError } from '../runtime/user-error';
import { reportFolderId, saveReportFolderId } from '../state/report-state';

export const REPORT_FOLDER_NAME = 'Laporan Rekap UPT';

function openFolder(id: string): GoogleAppsScript.Drive.Folder | null {
  try {
    const folder = DriveApp.getFolderById(id);
    return folder.isTrashed() ? null : folder;
  } catch {
    // getFolderById throws when the folder was deleted or is not shared with the user.
    return null;
  }
}

/** The configured folder (a clear message when it cannot be opened), else the add-on's own folder. */
export function reportFolder(configuredId: string): GoogleAppsScript.Drive.Folder {
  const id = configuredId.trim();
  if (id !== '') {
    const folder = openFolder(id);
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
  const existing = kept ? openFolder(kept) : null;
  if (existing) return existing;
  const created = DriveApp.createFolder(REPORT_FOLDER_NAME);
  saveReportFolderId(created.getId());
  return created;
}

/** More versions than anyone keeps on purpose: past this, something is wrong with the folder. */
const MAX_VERSIONS = 100;

/** "Laporan Rekap UPT - Februari 2026", or "… (versi 2)" and so on: an earlier report is never overwritten. */
export function freeReportName(folder: GoogleAppsScript.Drive.Folder, base: string): string {
  for (let version = 1; version <= MAX_VERSIONS; version++) {
    const name = version === 1 ? base : `${base} (versi ${version})`;
    const taken = folder.getFilesByName(name).hasNext() || folder.getFilesByName(`${name}.pdf`).hasNext();
    if (!taken) return name;
  }
  throw new UserError(
    `Folder laporan sudah berisi ${MAX_VERSIONS} versi "${base}". Pindahkan versi lama ke folder lain, lalu buat laporan lagi.`,
  );
}
