// The report's Drive work through the Drive API v3 advanced service, which runs under the per-file drive.file scope.
// DriveApp is deliberately not used: every DriveApp, Folder and File method needs full Drive access (drive or
// drive.readonly, per each method's "Authorization" section in https://developers.google.com/apps-script/reference/drive).
// Files: https://developers.google.com/drive/api/reference/rest/v3/files
import { UserError } from '../runtime/user-error';

const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const GOOGLE_DOC = 'application/vnd.google-apps.document';

type Files = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type Blob = GoogleAppsScript.Base.Blob;
/** Apps Script takes null for "no new content" in update(resource, fileId, mediaData, optionalArgs). */
const NO_MEDIA = null as unknown as Blob;

/** The Drive advanced service, enabled in appsscript.json (dependencies.enabledAdvancedServices). */
function files(): Files {
  if (typeof Drive === 'undefined' || !Drive)
    throw new UserError(
      'Layanan lanjutan "Drive API" tidak aktif di proyek Apps Script ini. Admin mengaktifkannya di editor Apps Script (Layanan → Drive API, versi v3) atau memasang ulang versi add-on terbaru.',
    );
  return Drive.Files;
}

/** The API's 404: the id does not exist, or drive.file does not reach it (a file the add-on did not create). */
function isNotFound(error: unknown): boolean {
  const details = (error as { details?: { code?: number } } | null)?.details;
  return details?.code === 404 || /File not found/.test(error instanceof Error ? error.message : String(error));
}

/** A string literal of the Drive query language: single quotes, with ' and \ escaped. */
const quoted = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The folder's id when `id` names a folder the add-on can reach and it is not in the trash; else null. */
export function reachableFolder(id: string): string | null {
  try {
    const file = files().get(id, { fields: 'id,mimeType,trashed', supportsAllDrives: true });
    return file.mimeType === FOLDER_MIME && !file.trashed ? (file.id ?? id) : null;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Creates a folder in My Drive; its id. */
export function createFolder(name: string): string {
  return files().create({ name, mimeType: FOLDER_MIME }).id as string;
}

/** The names of every file in the folder that is not in the trash (all pages). */
export function namesIn(folderId: string): Set<string> {
  const names = new Set<string>();
  let pageToken: string | undefined;
  do {
    const page = files().list({
      q: `${quoted(folderId)} in parents and trashed = false`,
      fields: 'nextPageToken,files(name)',
      pageSize: 1000,
      supportsAllDrives: true,
      includeItemsFromAllDrives: true,
      ...(pageToken ? { pageToken } : {}),
    });
    for (const file of page.files ?? []) if (file.name) names.add(file.name);
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return names;
}

/** A new, empty Google Doc in the folder, in one call (Documents.create would put it in My Drive first); its id. */
export function createDocIn(name: string, folderId: string): string {
  return files().create({ name, mimeType: GOOGLE_DOC, parents: [folderId] }, NO_MEDIA, {
    fields: 'id',
    supportsAllDrives: true,
  }).id as string;
}

/** Uploads a blob into the folder; the link to open it. */
export function uploadInto(blob: Blob, name: string, folderId: string): string {
  const file = files().create({ name, parents: [folderId], mimeType: blob.getContentType() ?? undefined }, blob, {
    fields: 'id,webViewLink',
    supportsAllDrives: true,
  });
  return file.webViewLink as string;
}

/** Moves a file to the trash (not deleted: a person can still restore it). */
export function trash(fileId: string): void {
  files().update({ trashed: true }, fileId, NO_MEDIA, {
    fields: 'id',
    supportsAllDrives: true,
  });
}

/** The file's type and whether it is in the trash; null when the add-on cannot reach it (drive.file: not its own). */
export function reachableFile(id: string): { mimeType: string; trashed: boolean } | null {
  try {
    const file = files().get(id, { fields: 'id,mimeType,trashed', supportsAllDrives: true });
    return { mimeType: file.mimeType ?? '', trashed: !!file.trashed };
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** A copy of the file, named, in the folder; its id. */
export function copyInto(fileId: string, name: string, folderId: string): string {
  return files().copy({ name, parents: [folderId] }, fileId, { fields: 'id', supportsAllDrives: true }).id as string;
}
