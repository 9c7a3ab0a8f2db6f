// Seeding: a workbook put into the emulator from grids of values, as a file a person uploads before anything runs.
import type { Emulator } from './emulator';
import type { EmuSheet } from './spreadsheet';
import type { CellValue } from './spreadsheet/cell';

/** One sheet to seed: its name, its rows of values (ragged rows are padded with '') and whether it is hidden. */
export interface SheetGrid {
  readonly name: string;
  readonly grid: readonly (readonly unknown[])[];
  readonly hidden?: boolean;
}

/**
 * How values go into cells. 'typed' (the default) writes them with one setValues, so strings are read as typed input
 * in the spreadsheet's locale ("102.772" → 102772), as a person typing them would get. 'stored' puts each value in
 * its cell exactly as getValues() will return it ("12" stays text), for cells that typing could not produce.
 */
export type SeedEntry = 'typed' | 'stored';

/** Rows padded to one width, as one setValues needs. */
function rectangular(grid: SheetGrid['grid']): unknown[][] {
  const width = Math.max(1, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

/**
 * Adds a sheet holding the grid after the last sheet, exactly the size of its content (a default 1000×26 sheet would
 * put 500 tabs over the 10-million-cell limit). Adding the sheet is not a call; a 'typed' grid's setValues is one.
 */
export function seedSheet(emulator: Emulator, sheet: SheetGrid, entry: SeedEntry = 'typed'): EmuSheet {
  const ss = emulator.spreadsheet;
  const values = rectangular(sheet.grid);
  const width = values[0]?.length ?? 1;
  const seeded = ss.addSheetUnrecorded(sheet.name, ss.sheets.length, Math.max(1, values.length), width);
  if (entry === 'typed' && values.length > 0) seeded.getRange(1, 1, values.length, width).setValues(values);
  if (entry === 'stored') {
    values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== '' && value !== null && value !== undefined)
          seeded.ensureCell(r + 1, c + 1).value = value as CellValue;
      });
    });
  }
  if (sheet.hidden) seeded.hideSheet();
  return seeded;
}

/**
 * Replaces the sheets of the emulator's spreadsheet (a fresh one holds a blank "Sheet1") with `sheets`, in order,
 * and makes the first active. The ledger is then reset: seeding is not part of what a test or run counts.
 */
export function seedWorkbook(emulator: Emulator, sheets: readonly SheetGrid[], entry: SeedEntry = 'typed'): EmuSheet[] {
  const ss = emulator.spreadsheet;
  const before = [...ss.sheets];
  const seeded = sheets.map((sheet) => seedSheet(emulator, sheet, entry));
  for (const sheet of before) ss.deleteSheet(sheet);
  ss.activeSheet = ss.sheets[0] ?? null;
  emulator.ledger.reset();
  return seeded;
}
