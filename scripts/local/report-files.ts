// The report the flow created in the emulated Drive: the Google Doc (saved as .docx) and its PDF copy, if any.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type EmuDocument, type Emulator, saveDocx } from '../../emulator';
import { FEEDBACK_TITLE_PREFIX } from '../../src/core/report/unit-feedback';

const PDF = 'application/pdf';

/** The units' feedback Docs ("Umpan balik per UPT") made with the report, not in the trash. */
const feedbackDocs = (emulator: Emulator) =>
  emulator.docs.all().filter((d) => !d.file?.trashed && d.name.startsWith(FEEDBACK_TITLE_PREFIX));

/** The most recent report Doc that is not in the trash (the units' feedback Docs aside), or null when none was created. */
function latestReport(emulator: Emulator): EmuDocument | null {
  const feedback = new Set(feedbackDocs(emulator));
  const docs = emulator.docs.all().filter((d) => !d.file?.trashed && !feedback.has(d));
  return docs[docs.length - 1] ?? null;
}

/** Each unit's feedback as the PDF its operators got by e-mail, into `dir`; the paths written. */
export function saveFeedbackFiles(emulator: Emulator, dir: string): string[] {
  const docs = feedbackDocs(emulator);
  if (docs.length > 0) mkdirSync(dir, { recursive: true });
  return docs.map((doc) => {
    const path = join(dir, `${doc.name.replace(/[\\/:*?"<>|]/g, '-')}.pdf`);
    writeFileSync(path, doc.file?.content.getBlob().toBuffer() ?? Buffer.alloc(0));
    return path;
  });
}

/** The Doc at a docs.google.com address, when the emulated Drive holds it. */
function docAt(emulator: Emulator, url: string): EmuDocument | null {
  const id = /\/document\/d\/([\w-]+)/.exec(url)?.[1];
  return id ? emulator.docs.byIdUnrecorded(id) : null;
}

/**
 * Writes the report Doc as .docx (charts included), and the newest PDF in Drive, when there is one; returns what it
 * wrote. The report is the Doc at `reportUrl` (the link the add-on showed), or else the newest Doc (the national run
 * makes no other).
 */
export async function saveReportFiles(
  emulator: Emulator,
  docxPath: string,
  pdfPath: string,
  reportUrl?: string,
): Promise<{ docx: string | null; pdf: string | null }> {
  const doc = reportUrl === undefined ? latestReport(emulator) : docAt(emulator, reportUrl);
  if (!doc) return { docx: null, pdf: null };
  await saveDocx(doc, docxPath);
  const pdfs = emulator.drive.allFiles().filter((f) => !f.trashed && f.content.mimeType === PDF);
  const pdf = pdfs[pdfs.length - 1];
  if (!pdf) return { docx: docxPath, pdf: null };
  writeFileSync(pdfPath, pdf.content.getBlob().toBuffer());
  return { docx: docxPath, pdf: pdfPath };
}
