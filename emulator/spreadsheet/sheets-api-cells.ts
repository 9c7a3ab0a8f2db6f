// The cell requests of the Sheets API's spreadsheets.batchUpdate: updateCells and appendCells (values only), applied
// inside the batch's transaction: a sheet is copied before its first change and put back if any request fails.
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatecellsrequest
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#appendcellsrequest
import type { Cell } from './cell';
import { SHEET_ERRORS } from './errors';
import { MAX_CELL_CHARS } from './range';
import type { EmuSheet } from './sheet';

/** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ExtendedValue (one of). */
export interface ExtendedValue {
  numberValue?: number;
  stringValue?: string;
  boolValue?: boolean;
  formulaValue?: string;
}
/** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#CellData (the value part). */
export interface CellData {
  userEnteredValue?: ExtendedValue;
}
export interface RowData {
  values?: CellData[];
}
/** 0-based, as proto3 JSON omits a 0 index. */
export interface GridCoordinate {
  sheetId?: number;
  rowIndex?: number;
  columnIndex?: number;
}
export interface CellGridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}
export interface UpdateCellsRequest {
  rows?: RowData[];
  fields: string;
  start?: GridCoordinate;
  range?: CellGridRange;
}
export interface AppendCellsRequest {
  sheetId?: number;
  rows?: RowData[];
  fields: string;
}

/** The CellData fields the emulator writes; a mask naming anything else is a gap to model, not a silent no-op. */
const EMULATED_FIELDS = new Set(['userEnteredValue']);

/** A failed request: the API names the request and its field ("Invalid requests[2].updateCells: …"). */
export type Fail = (detail: string) => Error;

/** Sheets changed by the batch so far, each with its state before the first change, to undo a failed batch. */
export class CellTransaction {
  private readonly before = new Map<EmuSheet, { rows: (Cell | undefined)[][]; maxRows: number }>();

  constructor(private readonly effectiveUser: string) {}

  /** Keeps a copy of the sheet's cells and size before the batch first changes it. */
  private touch(sheet: EmuSheet): void {
    if (this.before.has(sheet)) return;
    this.before.set(sheet, {
      rows: sheet.rows.map((row) => row?.map((cell) => (cell ? { ...cell } : cell))),
      maxRows: sheet.maxRows,
    });
  }

  /** Puts every changed sheet back as it was before the batch. */
  rollback(): void {
    for (const [sheet, saved] of this.before) {
      sheet.rows = saved.rows;
      sheet.maxRows = saved.maxRows;
    }
  }

  updateCells(request: UpdateCellsRequest, sheetOf: (id: number | undefined) => EmuSheet, fail: Fail): void {
    const fields = parseFields(request.fields, fail);
    if ((request.start === undefined) === (request.range === undefined))
      throw fail('Must specify exactly one of start or range.');
    const rows = request.rows ?? [];
    const sheet = sheetOf(request.start?.sheetId ?? request.range?.sheetId);
    const row = (request.start?.rowIndex ?? request.range?.startRowIndex ?? 0) + 1;
    const column = (request.start?.columnIndex ?? request.range?.startColumnIndex ?? 0) + 1;
    const range = request.range;
    // With a range, its every cell is written: cells the rows leave out are cleared (for the masked fields).
    const numRows = range ? (range.endRowIndex ?? sheet.maxRows) - row + 1 : rows.length;
    const numColumns = range
      ? (range.endColumnIndex ?? sheet.maxColumns) - column + 1
      : Math.max(0, ...rows.map((r) => r.values?.length ?? 0));
    if (numRows < 0 || numColumns < 0) throw fail('Invalid range: the end is before the start.');
    // Uncertain wording (observed in public reports, not in the reference).
    if (row - 1 + numRows > sheet.maxRows)
      throw fail(`GridCoordinate.rowIndex[${row - 1 + numRows - 1}] is after last row in grid[${sheet.maxRows - 1}]`);
    if (column - 1 + numColumns > sheet.maxColumns)
      throw fail(
        `GridCoordinate.columnIndex[${column - 1 + numColumns - 1}] is after last column in grid[${sheet.maxColumns - 1}]`,
      );
    this.write(sheet, row, column, numRows, numColumns, rows, fields, fail);
  }

  appendCells(request: AppendCellsRequest, sheetOf: (id: number | undefined) => EmuSheet, fail: Fail): void {
    const fields = parseFields(request.fields, fail);
    const rows = request.rows ?? [];
    const sheet = sheetOf(request.sheetId);
    const row = sheet.lastRowUnrecorded() + 1;
    const numColumns = Math.max(0, ...rows.map((r) => r.values?.length ?? 0));
    if (numColumns > sheet.maxColumns)
      throw fail(`GridCoordinate.columnIndex[${numColumns - 1}] is after last column in grid[${sheet.maxColumns - 1}]`);
    const missing = row - 1 + rows.length - sheet.maxRows;
    if (missing > 0) {
      // "inserting new rows into the sheet if necessary"
      sheet.getParentUnrecorded().assertCellBudget(missing * sheet.maxColumns);
      this.touch(sheet);
      sheet.maxRows += missing;
    }
    this.write(sheet, row, 1, rows.length, numColumns, rows, fields, fail);
  }

  private write(
    sheet: EmuSheet,
    row: number,
    column: number,
    numRows: number,
    numColumns: number,
    rows: readonly RowData[],
    fields: ReadonlySet<string>,
    fail: Fail,
  ): void {
    if (numRows === 0 || numColumns === 0) return;
    // The API refuses edits of protected cells for the user it runs as, as the Sheets UI does.
    try {
      sheet.assertEditable(this.effectiveUser, { row, column, numRows, numColumns });
    } catch (error) {
      throw fail(error instanceof Error ? error.message : String(error));
    }
    const values = rows.map((r) => (r.values ?? []).map((cell) => enteredValue(cell, fail)));
    this.touch(sheet);
    if (!fields.has('userEnteredValue')) return;
    for (let i = 0; i < numRows; i++) {
      for (let j = 0; j < numColumns; j++) {
        const value = values[i]?.[j];
        const target = sheet.ensureCell(row + i, column + j);
        delete target.linkUrl;
        if (value && 'formula' in value) {
          target.formula = value.formula;
          target.value = null;
        } else {
          delete target.formula;
          target.value = value ? value.value : null;
        }
      }
    }
  }
}

/** The field mask of CellData: "*" or a comma list; only the emulated fields are accepted. */
function parseFields(mask: string, fail: Fail): Set<string> {
  if (!mask) throw fail('At least one field must be specified.');
  const names = mask === '*' ? [...EMULATED_FIELDS] : mask.split(',').map((f) => f.trim());
  for (const name of names) {
    if (!EMULATED_FIELDS.has(name))
      throw new Error(`Emulator: updateCells/appendCells field "${name}" is not emulated.`);
  }
  return new Set(names);
}

/** A cell's userEnteredValue as stored: strings are never parsed (only USER_ENTERED input is). */
function enteredValue(cell: CellData, fail: Fail): { value: number | string | boolean } | { formula: string } | null {
  const v = cell.userEnteredValue;
  if (v === undefined) return null;
  const set = (['numberValue', 'stringValue', 'boolValue', 'formulaValue'] as const).filter((k) => v[k] !== undefined);
  if (set.length !== 1)
    throw fail('ExtendedValue must set exactly one of numberValue, stringValue, boolValue, formulaValue.');
  if (v.numberValue !== undefined) {
    if (!Number.isFinite(v.numberValue)) throw fail(`Invalid value at numberValue (${String(v.numberValue)}).`);
    return { value: v.numberValue };
  }
  if (v.stringValue !== undefined) {
    if (v.stringValue.length > MAX_CELL_CHARS) throw fail(SHEET_ERRORS.cellTooLong);
    return { value: v.stringValue };
  }
  if (v.boolValue !== undefined) return { value: v.boolValue };
  return { formula: String(v.formulaValue) };
}
