// The report the flow created in the emulated Drive: the Google Doc (saved as .docx) and its PDF copy, if any.
import { writeFileSync } from 'node:fs';
import { type EmuDocument, type Emulator, saveDocx } from '../../emulator';

const PDF = 'application/pdf';

/** The most recent report Doc that is not in the trash, or null when none was created. */
function latestReport(emulator: Emulator): EmuDocument | null {
  const docs = emulator.docs.all().filter((d) => !d.file?.trashed);
  return docs[docs.length - 1] ?? null;
}

/** Writes the Doc as .docx (charts included); and the newest PDF in Drive, when there is one. Returns what it wrote. */
export async function saveReportFiles(
  emulator: Emulator,
  docxPath: string,
  pdfPath: string,
): Promise<{ docx: string | null; pdf: string | null }> {
  const doc = latestReport(emulator);
  if (!doc) return { docx: null, pdf: null };
  await saveDocx(doc, docxPath);
  const pdfs = emulator.drive.allFiles().filter((f) => !f.trashed && f.content.mimeType === PDF);
  const pdf = pdfs[pdfs.length - 1];
  if (!pdf) return { docx: docxPath, pdf: null };
  writeFileSync(pdfPath, pdf.content.getBlob().toBuffer());
  return { docx: docxPath, pdf: pdfPath };
}
