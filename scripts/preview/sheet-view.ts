// One sheet as a person sees it in Sheets: display values, formats, merges, marks, and which cells they may not edit.
import type { EmuProtection, EmuSheet } from '../../emulator/spreadsheet';
import { columnToLetters, toA1 } from '../../emulator/spreadsheet/a1';
import { type CellValue, isBlank, parseTyped } from '../../emulator/spreadsheet/cell';
import { formatDisplay } from '../../emulator/spreadsheet/number-format';
import { readCell } from '../../emulator/spreadsheet/range';
import { DEFAULT_COLUMN_WIDTH } from '../../emulator/spreadsheet/sheet';
import { conditionalFormatAt } from './conditional-format';

/** A link in a cell: to a web page, or (a "#gid=…&range=…" link) to a cell of this spreadsheet. */
export type CellLink =
  | { readonly kind: 'web'; readonly url: string }
  | { readonly kind: 'cell'; readonly sheet: string; readonly a1: string };

export interface CellView {
  readonly row: number;
  readonly column: number;
  readonly a1: string;
  /** The display value, in the spreadsheet's locale. */
  readonly text: string;
  /** What the cell editor starts with: the formula, or the value as a person would type it. */
  readonly edit: string;
  readonly background: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean;
  readonly align: 'left' | 'center' | 'right';
  readonly wrap: boolean;
  readonly note: string | null;
  readonly link: CellLink | null;
  /** The person may not edit it (a protection that does not list them covers it). */
  readonly locked: boolean;
  /** A conditional-format rule paints it (the add-on's validation marks are such rules). */
  readonly marked: boolean;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** Width (px) the text may overflow into: its own and the empty cells to its right, as Sheets overflows text;
   * null when the cell to its right is not empty (or the text does not overflow: wrapped, centred, right-aligned). */
  readonly overflowWidth: number | null;
}

export interface SheetView {
  readonly name: string;
  readonly columns: readonly { readonly column: number; readonly letter: string; readonly width: number }[];
  readonly rows: readonly { readonly row: number; readonly cells: readonly CellView[] }[];
  /** Rows with content below the last one shown. */
  readonly rowsNotShown: number;
}

/** Rows shown at most: a sheet of many thousand rows stays usable in the browser. */
export const MAX_SHOWN_ROWS = 1000;
/** Empty rows and columns shown past the content, so a person can type there. */
const SPARE_ROWS = 2;
const SPARE_COLUMNS = 1;
const MIN_ROWS = 20;
const MIN_COLUMNS = 8;

/** =HYPERLINK("url","label") with literal arguments (the add-on's Validasi links); the emulator does not compute it. */
function hyperlink(formula: string | undefined): { url: string; label: string } | null {
  const m = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*[,;]\s*"((?:[^"]|"")*)"\s*\)$/i.exec(formula ?? '');
  return m ? { url: m[1].replace(/""/g, '"'), label: m[2].replace(/""/g, '"') } : null;
}

function linkOf(sheet: EmuSheet, url: string): CellLink | null {
  const local = /^#gid=(\d+)&range=([A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?)$/.exec(url);
  if (local) {
    const target = sheet.getParentUnrecorded().sheets.find((s) => s.sheetId === Number(local[1]));
    return target ? { kind: 'cell', sheet: target.name, a1: local[2] } : null;
  }
  return /^https?:\/\//i.test(url) ? { kind: 'web', url } : null;
}

/** Sheets' automatic alignment: numbers and dates right, booleans centred, text left. */
function alignOf(explicit: string | undefined, value: CellValue): CellView['align'] {
  if (explicit === 'left' || explicit === 'center' || explicit === 'right') return explicit;
  if (typeof value === 'number' || value instanceof Date) return 'right';
  return typeof value === 'boolean' ? 'center' : 'left';
}

export function sheetView(sheet: EmuSheet, email: string): SheetView {
  const ss = sheet.getParentUnrecorded();
  const display = { locale: ss.locale, timeZone: ss.timeZone };
  const lastRow = sheet.lastRowUnrecorded();
  const wanted = Math.min(sheet.maxRows, Math.max(lastRow + SPARE_ROWS, MIN_ROWS));
  const shownRows = Math.min(wanted, MAX_SHOWN_ROWS);
  const shownColumns = Math.min(sheet.maxColumns, Math.max(sheet.lastColumnUnrecorded() + SPARE_COLUMNS, MIN_COLUMNS));
  const blocking = protectionsBlocking(sheet, email);
  const widthOf = (column: number) => sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  const columnNumbers = Array.from({ length: shownColumns }, (_, i) => i + 1).filter(
    (c) => !sheet.hiddenColumns.has(c),
  );
  const mergeAt = (row: number, column: number) =>
    sheet.merges.find(
      (m) => row >= m.row && row < m.row + m.numRows && column >= m.column && column < m.column + m.numColumns,
    );
  const empty = (row: number, column: number) => isBlank(sheet.cell(row, column)) && !mergeAt(row, column);

  const cellView = (row: number, column: number): CellView | null => {
    const merge = mergeAt(row, column);
    if (merge && (merge.row !== row || merge.column !== column)) return null;
    const cell = sheet.cell(row, column);
    const value = readCell(sheet, row, column);
    const link = hyperlink(cell?.formula);
    const rule = conditionalFormatAt(sheet.conditionalRules, row, column, value);
    const text = link ? link.label : formatDisplay(value, cell?.numberFormat ?? '', display);
    const typedBack =
      typeof value === 'string' && parseTyped(value, ss.locale, ss.timeZone, cell?.numberFormat) !== value;
    const align = alignOf(cell?.horizontalAlignment, value);
    const wrap = cell?.wrap === true;
    let overflowWidth: number | null = null;
    if (!wrap && align === 'left' && text !== '' && !merge && empty(row, column + 1)) {
      overflowWidth = widthOf(column);
      for (let c = column + 1; c <= shownColumns && empty(row, c); c++) overflowWidth += widthOf(c);
    }
    return {
      row,
      column,
      a1: toA1(row, column),
      text,
      edit: cell?.formula ?? (typedBack ? `'${value}` : value === '' ? '' : formatDisplay(value, '', display)),
      background: rule?.background ?? cell?.background ?? null,
      fontColor: rule?.fontColor ?? cell?.fontColor ?? null,
      bold: rule?.bold ?? cell?.fontWeight === 'bold',
      align,
      wrap,
      note: cell?.note || null,
      link: link ? linkOf(sheet, link.url) : cell?.linkUrl ? linkOf(sheet, cell.linkUrl) : null,
      locked: blocking.some((p) => p.covers(row, column)),
      marked: rule !== null,
      rowSpan: merge?.numRows ?? 1,
      colSpan: merge ? columnNumbers.filter((c) => c >= merge.column && c < merge.column + merge.numColumns).length : 1,
      overflowWidth,
    };
  };

  const rows = [];
  for (let row = 1; row <= shownRows; row++) {
    if (sheet.hiddenRows.has(row)) continue;
    rows.push({ row, cells: columnNumbers.map((c) => cellView(row, c)).filter((c) => c !== null) });
  }
  return {
    name: sheet.name,
    columns: columnNumbers.map((column) => ({ column, letter: columnToLetters(column), width: widthOf(column) })),
    rows,
    rowsNotShown: Math.max(0, lastRow - shownRows),
  };
}

/** The sheet's protections that do not let `email` edit what they cover. */
function protectionsBlocking(sheet: EmuSheet, email: string): EmuProtection[] {
  return sheet.getParentUnrecorded().protections.filter((p) => p.sheet === sheet && !p.allows(email));
}

/** True when the person may edit no cell with content on the sheet (every one is under a protection they are not on). */
export function sheetLockedFor(sheet: EmuSheet, email: string): boolean {
  const blocking = protectionsBlocking(sheet, email);
  if (blocking.length === 0) return false;
  const rows = Math.max(1, sheet.lastRowUnrecorded());
  const columns = Math.max(1, sheet.lastColumnUnrecorded());
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) if (!blocking.some((p) => p.covers(r, c))) return false;
  }
  return true;
}
