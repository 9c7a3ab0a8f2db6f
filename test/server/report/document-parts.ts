// Test helper: a report rendered into a new emulated Doc, and the parts of it a reader sees.
import { type EmuDocument, type Emulator, EmuParagraph, EmuTable } from '../../../emulator';
import type { ReportModel } from '../../../src/core/report/report-model';
import { renderReport } from '../../../src/server/report/render-doc';

/** Renders `model` into a document created as the add-on creates it (Docs API), on the installed emulator. */
export function renderedDoc(emulator: Emulator, model: ReportModel): EmuDocument {
  const { documentId } = Docs?.Documents.create({ title: 'Laporan Rekap UPT - Februari 2026' }) ?? {};
  renderReport(documentId ?? '', model);
  const doc = emulator.docs.all().find((d) => d.rawId === documentId);
  if (!doc) throw new Error('The report document was not created.');
  return doc;
}

/** The document's paragraphs (outside tables) with their heading, in order. */
export function headings(doc: EmuDocument): { heading: string; text: string }[] {
  return doc.body.children
    .filter((c): c is EmuParagraph => c instanceof EmuParagraph)
    .filter((p) => p.heading !== 'NORMAL')
    .map((p) => ({ heading: p.heading, text: p.text.raw }));
}

export function tables(doc: EmuDocument): EmuTable[] {
  return doc.body.children.filter((c): c is EmuTable => c instanceof EmuTable);
}

export function tableCells(table: EmuTable): string[][] {
  return table.rows.map((r) => r.cells.map((c) => c.rawText));
}
