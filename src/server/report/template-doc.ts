// The office's report template in Drive: "Buat templat laporan" writes the built-in layout into a new Google Doc the
// office edits; "Buat laporan" checks the template named in Pengaturan and copies it before filling the copy.
// Scopes (appsscript.json): documents reads any Doc the user can open, but copying goes through the Drive API under
// drive.file, which reaches only files this add-on created for this user (or that the user opened with it), so a
// template must be one "Buat templat laporan" made (https://developers.google.com/identity/protocols/oauth2/scopes#drive).
import { defaultTemplate } from '../../core/report/default-template';
import { scanTemplate, type TemplateParagraph, type TemplateScan } from '../../core/report/placeholders';
import { templateDocumentId } from '../../core/report/template-link';
import { UserError } from '../runtime/user-error';
import { DocBuilder } from './doc-builder';
import { copyInto, GOOGLE_DOC, reachableFile } from './drive-files';
import { docsApi, newDocIn } from './render-doc';
import { marginParagraphs, type PlacedParagraph, placedParagraphs } from './template-fill';

/** Where Pengaturan names the template, for the messages. */
const SETTING = 'isian "Templat laporan" di sheet "Pengaturan"';

const MAKE_ONE =
  'Buat templat dengan menu "Buat templat laporan", ubah isinya di dokumen itu (jangan membuat salinannya: salinan ' +
  'yang dibuat di Google Dokumen tidak dapat dibuka add-on), lalu isikan tautannya di sheet "Pengaturan".';

/** The new template "Buat templat laporan" writes: the notes, the logo slot and the built-in layout, on A4. */
function templateRequests() {
  const b = new DocBuilder();
  b.pageSizeA4();
  for (const line of defaultTemplate()) b.paragraph(line.text, line.look);
  return b.finish();
}

/** Creates the office's template in the folder; its id. Half-made, it goes to the trash and the error goes up. */
export function createTemplate(name: string, folderId: string): string {
  return newDocIn(name, folderId, templateRequests());
}

/** A template that can be copied: its id, its paragraphs as placed, its placeholders. */
export interface CheckedTemplate {
  readonly id: string;
  readonly paragraphs: readonly PlacedParagraph[];
  /** The header's and footer's paragraphs, scanned after the body's (they hold fields only). */
  readonly margins: readonly TemplateParagraph[];
  readonly scan: TemplateScan;
}

/**
 * The template named in Pengaturan, checked before anything is copied: a Google Doc the add-on can copy, whose
 * placeholders are all known and where they can stand. Every problem is a UserError saying what to do.
 */
export function checkedTemplate(reference: string): CheckedTemplate {
  const id = templateDocumentId(reference);
  if (!id)
    throw new UserError(
      `Isian "Templat laporan" di sheet "Pengaturan" bukan tautan atau ID Google Dokumen (tertulis: "${reference.trim()}"). ` +
        'Salin tautan dokumen templat dari bilah alamat, contoh https://docs.google.com/document/d/…/edit.',
    );
  const file = reachableFile(id);
  if (!file)
    throw new UserError(
      `Templat laporan pada ${SETTING} tidak dapat dibuka oleh add-on. Add-on hanya dapat menyalin dokumen yang ` +
        `dibuatnya sendiri untuk akun Anda (izin Google Drive "drive.file"). ${MAKE_ONE} Bila templat dibuat oleh ` +
        'admin lain, admin itulah yang membuat laporan, atau buat templat Anda sendiri dengan menu yang sama.',
    );
  if (file.trashed)
    throw new UserError(
      `Templat laporan pada ${SETTING} ada di Sampah Google Drive. Pulihkan dari Sampah, atau kosongkan isian itu.`,
    );
  if (file.mimeType !== GOOGLE_DOC)
    throw new UserError(`Templat laporan pada ${SETTING} bukan Google Dokumen. ${MAKE_ONE}`);
  let document: GoogleAppsScript.Docs.Schema.Document;
  try {
    document = docsApi().Documents.get(id);
  } catch {
    throw new UserError(
      `Templat laporan pada ${SETTING} tidak dapat dibaca. Pastikan dokumen itu masih ada dan dibagikan kepada ` +
        'Anda (Bagikan → Editor), lalu buat laporan lagi.',
    );
  }
  const paragraphs = placedParagraphs((document.body?.content ?? []) as Parameters<typeof placedParagraphs>[0]);
  const margins = marginParagraphs(document as Parameters<typeof marginParagraphs>[0]);
  // Margins after the body: a block's index in the scan is its index among the body's paragraphs.
  const scan = scanTemplate([...paragraphs, ...margins]);
  if (scan.problems.length > 0)
    throw new UserError(
      `Templat laporan belum dapat dipakai; belum ada dokumen yang dibuat. ${scan.problems.join(' ')}`,
    );
  return { id, paragraphs, margins, scan };
}

/** A copy of the checked template for this report, in the folder; its id. */
export function copyTemplate(template: CheckedTemplate, name: string, folderId: string): string {
  return copyInto(template.id, name, folderId);
}
