// Writes a whole add-on sheet from an in-memory grid: one clear, one setValues, header styling, frozen rows.
import { HEADER_BACKGROUND, trimGrid } from './apply-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type SheetCell = string | number | boolean | Date;

export interface GridSheetOptions {
  /** Leading rows styled as headers (bold, background) and frozen. */
  readonly headerRows: number;
  readonly columnWidths?: readonly number[];
}

/** Pads every row to the widest one, so setValues gets a rectangle. */
export function rectangular(grid: readonly (readonly SheetCell[])[]): SheetCell[][] {
  const cols = Math.max(1, ...grid.map((r) => r.length));
  return grid.map((r) => [...r, ...Array<SheetCell>(cols - r.length).fill('')]);
}

/** Fills `sheet` with exactly `grid` (content and formats replaced, grid trimmed to its size). */
export function fillSheet(sheet: Sheet, grid: readonly (readonly SheetCell[])[], options: GridSheetOptions): void {
  const values = rectangular(grid.length > 0 ? grid : [['']]);
  const rows = values.length;
  const cols = values[0].length;
  sheet.clear();
  trimGrid(sheet, rows, cols);
  sheet.getRange(1, 1, rows, cols).setValues(values);
  if (options.headerRows > 0) {
    sheet
      .getRange(1, 1, Math.min(options.headerRows, rows), cols)
      .setFontWeight('bold')
      .setBackground(HEADER_BACKGROUND);
  }
  if (sheet.getFrozenRows() !== options.headerRows) sheet.setFrozenRows(options.headerRows);
  options.columnWidths?.slice(0, cols).forEach((w, i) => {
    sheet.setColumnWidth(i + 1, w);
  });
}

/** The named add-on sheet, created when missing, filled with `grid`. */
export function writeGridSheet(
  ss: Spreadsheet,
  name: string,
  grid: readonly (readonly SheetCell[])[],
  options: GridSheetOptions,
): Sheet {
  const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
  fillSheet(sheet, grid, options);
  return sheet;
}
