// Runs server code of the report against the emulator: its services become the globals Apps Script code sees.
import { createEmulator, type Emulator, type EmulatorOptions } from '../../../emulator';
import type { EmuDocument } from '../../../emulator/document/document';
import { EmuParagraph, EmuTable } from '../../../emulator/document/elements';

export function installEmulator(options: EmulatorOptions = {}): Emulator {
  const emulator = createEmulator(options);
  for (const [name, service] of Object.entries(emulator.globals)) {
    // Jest's own console stays, so test output remains readable.
    if (name !== 'console') (globalThis as Record<string, unknown>)[name] = service;
  }
  return emulator;
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
