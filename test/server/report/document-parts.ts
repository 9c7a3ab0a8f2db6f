// Test helper: the parts of a report Doc a reader sees, read from the emulated document.
import { type EmuDocument, EmuParagraph, EmuTable } from '../../../emulator';

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
