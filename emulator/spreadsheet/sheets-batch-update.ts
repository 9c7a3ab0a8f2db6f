// The Sheets API's spreadsheets.batchUpdate: every request of a batch in order, all or nothing.
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate — "Each request is validated
// before being applied. If any request is not valid then the entire request will fail and nothing will be applied."
// The emulator applies the requests one by one (a later one may use a sheet an earlier one added) on the live
// spreadsheet and, when one fails, puts back everything the batch touched, so nothing of it is seen.
// Request shapes: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request
import type { FieldMask } from '../field-mask';
import type { Runtime } from '../runtime';
import { toA1 } from './a1';
import { CELL_FORMAT_KEYS, type Cell } from './cell';
import { EmuEmbeddedChart } from './chart';
import { EmuConditionalFormatRule } from './conditional-format';
import { type CriteriaType, EmuDataValidation } from './data-validation';
import { SHEET_ERRORS } from './errors';
import { EmuProtection } from './protection';
import type { EmuRange } from './range';
import type { EmuSheet } from './sheet';
import { failedCall } from './sheets-values';
import type { EmuSpreadsheet } from './spreadsheet';

/** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#GridRange (0-based, end exclusive). */
export interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}
export interface Color {
  red?: number;
  green?: number;
  blue?: number;
}
/** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#CellData (the fields emulated). */
export interface CellData {
  userEnteredValue?: { stringValue?: string; numberValue?: number; boolValue?: boolean; formulaValue?: string };
  userEnteredFormat?: CellFormat;
  note?: string;
}
export interface CellFormat {
  numberFormat?: { type: string; pattern?: string };
  backgroundColor?: Color;
  backgroundColorStyle?: { rgbColor?: Color };
  horizontalAlignment?: 'LEFT' | 'CENTER' | 'RIGHT';
  verticalAlignment?: 'TOP' | 'MIDDLE' | 'BOTTOM';
  wrapStrategy?: 'OVERFLOW_CELL' | 'LEGACY_WRAP' | 'CLIP' | 'WRAP';
  textFormat?: { bold?: boolean; foregroundColor?: Color; foregroundColorStyle?: { rgbColor?: Color } };
}
export interface RowData {
  values?: CellData[];
}
export interface DimensionRange {
  sheetId?: number;
  dimension: 'ROWS' | 'COLUMNS';
  startIndex?: number;
  endIndex?: number;
}
/** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange */
export interface ProtectedRangeJson {
  protectedRangeId?: number;
  range?: GridRange;
  description?: string;
  warningOnly?: boolean;
  requestingUserCanEdit?: boolean;
  unprotectedRanges?: GridRange[];
  editors?: { users?: string[]; domainUsersCanEdit?: boolean };
}
/** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/charts#ChartSpec (basic and pie charts). */
export interface ChartSpecJson {
  title?: string;
  basicChart?: {
    chartType: 'COLUMN' | 'BAR' | 'LINE';
    headerCount?: number;
    domains: { domain: { sourceRange: { sources: GridRange[] } } }[];
    series: { series: { sourceRange: { sources: GridRange[] } } }[];
  };
  pieChart?: {
    domain: { sourceRange: { sources: GridRange[] } };
    series: { sourceRange: { sources: GridRange[] } };
  };
}
export interface EmbeddedChartJson {
  chartId?: number;
  spec: ChartSpecJson;
  position: {
    overlayPosition: {
      anchorCell: { sheetId?: number; rowIndex?: number; columnIndex?: number };
      offsetXPixels?: number;
      offsetYPixels?: number;
    };
  };
}
export interface ConditionalFormatRuleJson {
  ranges: GridRange[];
  booleanRule: {
    condition: { type: string; values?: { userEnteredValue: string }[] };
    format: {
      backgroundColor?: Color;
      backgroundColorStyle?: { rgbColor: Color };
      textFormat?: { bold?: boolean; foregroundColor?: Color; foregroundColorStyle?: { rgbColor: Color } };
    };
  };
}
export interface SheetPropertiesJson {
  sheetId?: number;
  title?: string;
  index?: number;
  hidden?: boolean;
  gridProperties?: { rowCount?: number; columnCount?: number; frozenRowCount?: number; frozenColumnCount?: number };
}

// One request holds exactly one of these.
export type BatchUpdateRequest =
  | { addSheet: { properties?: SheetPropertiesJson } }
  | { deleteSheet: { sheetId: number } }
  | { updateSheetProperties: { properties: SheetPropertiesJson; fields: string } }
  | {
      updateCells: {
        range?: GridRange;
        start?: { sheetId?: number; rowIndex?: number; columnIndex?: number };
        rows?: RowData[];
        fields: string;
      };
    }
  | { repeatCell: { range: GridRange; cell?: CellData; fields: string } }
  | { appendCells: { sheetId?: number; rows?: RowData[]; fields: string } }
  | {
      updateDimensionProperties: {
        range: DimensionRange;
        properties: { pixelSize?: number; hiddenByUser?: boolean };
        fields: string;
      };
    }
  | { appendDimension: { sheetId?: number; dimension: 'ROWS' | 'COLUMNS'; length: number } }
  | { insertDimension: { range: DimensionRange; inheritFromBefore?: boolean } }
  | { deleteDimension: { range: DimensionRange } }
  | { mergeCells: { range: GridRange; mergeType?: 'MERGE_ALL' } }
  | { unmergeCells: { range: GridRange } }
  | { addProtectedRange: { protectedRange: ProtectedRangeJson } }
  | { updateProtectedRange: { protectedRange: ProtectedRangeJson; fields: string } }
  | { deleteProtectedRange: { protectedRangeId: number } }
  | { addChart: { chart: EmbeddedChartJson } }
  | { updateChartSpec: { chartId: number; spec: ChartSpecJson } }
  | { deleteEmbeddedObject: { objectId: number } }
  | { addConditionalFormatRule: { rule: ConditionalFormatRuleJson; index?: number } }
  | { deleteConditionalFormatRule: { sheetId?: number; index?: number } }
  | { setDataValidation: { range: GridRange; rule?: DataValidationRuleJson } }
  | {
      copyPaste: {
        source?: GridRange;
        destination?: GridRange;
        pasteType?: string;
        pasteOrientation?: 'NORMAL' | 'TRANSPOSE';
      };
    };

/** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#DataValidationRule */
export interface DataValidationRuleJson {
  condition: { type: string; values?: { userEnteredValue?: string }[] };
  inputMessage?: string;
  strict?: boolean;
  showCustomUi?: boolean;
}

/** "#f4cccc" → { red: 0.956…, green: 0.8, blue: 0.8 }, zero components omitted as the API does. */
export function colorOf(hex: string): Color {
  const n = Number.parseInt(hex.slice(1), 16);
  const out: Color = {};
  const parts = [
    ['red', (n >> 16) & 255],
    ['green', (n >> 8) & 255],
    ['blue', n & 255],
  ] as const;
  for (const [k, v] of parts) if (v) out[k] = v / 255;
  return out;
}

export function hexOf(color: Color): string {
  const byte = (v = 0) =>
    Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${byte(color.red)}${byte(color.green)}${byte(color.blue)}`;
}

/** A GridRange of an emulated range, as the API writes it (a 0 index omitted, as proto3 JSON does). */
export function gridRangeOf(range: EmuRange): GridRange {
  const g: GridRange = {};
  if (range.sheet.sheetId) g.sheetId = range.sheet.sheetId;
  if (range.row > 1) g.startRowIndex = range.row - 1;
  g.endRowIndex = range.row - 1 + range.numRows;
  if (range.column > 1) g.startColumnIndex = range.column - 1;
  g.endColumnIndex = range.column - 1 + range.numColumns;
  return g;
}

/** "R1C1:R2C2"-free A1 of a GridRange whose ends may be open, as the API names a range in its errors ("T!A1001:B"). */
function a1OfGrid(sheet: EmuSheet, g: GridRange): string {
  const row = (g.startRowIndex ?? 0) + 1;
  const column = (g.startColumnIndex ?? 0) + 1;
  const letters = (c: number) => toA1(1, c).replace(/\d+$/, '');
  const endRow = g.endRowIndex === undefined ? '' : String(g.endRowIndex);
  const endColumn = g.endColumnIndex === undefined ? '' : letters(g.endColumnIndex);
  return `${sheet.name}!${letters(column)}${row}:${endColumn}${endRow}`;
}

/** The fields a request names ("userEnteredValue,userEnteredFormat(numberFormat,textFormat.bold)"; "*" = all). */
function maskOf(fields: string, parse: (fields: string) => FieldMask): FieldMask | null {
  return fields.trim() === '*' ? null : parse(fields);
}

const has = (mask: FieldMask | null, field: string): boolean => mask === null || mask.has(field);
const sub = (mask: FieldMask | null, field: string): FieldMask | null =>
  mask === null ? null : (mask.get(field) ?? null);

/** Sets the masked fields of one cell from `data`; a masked field `data` leaves out is cleared. */
function writeCell(cell: Cell, data: CellData, mask: FieldMask | null): void {
  if (has(mask, 'userEnteredValue')) {
    const v = data.userEnteredValue;
    delete cell.formula;
    delete cell.linkUrl;
    cell.value = null;
    if (v?.formulaValue !== undefined) cell.formula = v.formulaValue;
    else if (v?.stringValue !== undefined) cell.value = v.stringValue;
    else if (v?.numberValue !== undefined) cell.value = v.numberValue;
    else if (v?.boolValue !== undefined) cell.value = v.boolValue;
  }
  if (has(mask, 'note')) {
    if (data.note) cell.note = data.note;
    else delete cell.note;
  }
  if (!has(mask, 'userEnteredFormat')) return;
  const fm = sub(mask, 'userEnteredFormat');
  const f = data.userEnteredFormat ?? {};
  const setOrClear = <K extends (typeof CELL_FORMAT_KEYS)[number]>(key: K, value: Cell[K] | undefined) => {
    if (value === undefined) delete cell[key];
    else cell[key] = value;
  };
  if (has(fm, 'numberFormat')) setOrClear('numberFormat', f.numberFormat?.pattern);
  if (has(fm, 'backgroundColor') || has(fm, 'backgroundColorStyle')) {
    const color = f.backgroundColorStyle?.rgbColor ?? f.backgroundColor;
    setOrClear('background', color ? hexOf(color) : undefined);
  }
  if (has(fm, 'horizontalAlignment'))
    setOrClear('horizontalAlignment', f.horizontalAlignment?.toLowerCase() as Cell['horizontalAlignment']);
  if (has(fm, 'verticalAlignment'))
    setOrClear('verticalAlignment', f.verticalAlignment?.toLowerCase() as Cell['verticalAlignment']);
  if (has(fm, 'wrapStrategy')) setOrClear('wrap', f.wrapStrategy === undefined ? undefined : f.wrapStrategy === 'WRAP');
  if (has(fm, 'textFormat')) {
    const tm = sub(fm, 'textFormat');
    const t = f.textFormat ?? {};
    if (has(tm, 'bold')) setOrClear('fontWeight', t.bold ? 'bold' : undefined);
    if (has(tm, 'foregroundColor') || has(tm, 'foregroundColorStyle')) {
      const color = t.foregroundColorStyle?.rgbColor ?? t.foregroundColor;
      setOrClear('fontColor', color ? hexOf(color) : undefined);
    }
  }
}

/** SpreadsheetApp's BooleanCriteria names ↔ the API's ConditionType, for the conditions the emulator builds. */
export const CONDITION_TYPES: Readonly<Record<string, string>> = {
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CELL_NOT_EMPTY: 'NOT_BLANK',
  CELL_EMPTY: 'BLANK',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER',
  NUMBER_LESS_THAN: 'NUMBER_LESS',
  TEXT_EQUAL_TO: 'TEXT_EQ',
};

/** A 1-based area of the grid. */
interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * Applies `requests` to `ss` as one batch and returns the replies; any invalid request fails the whole batch with
 * the API's error and leaves the spreadsheet exactly as it was.
 */
export function applyBatch(
  ss: EmuSpreadsheet,
  runtime: Runtime,
  requests: readonly BatchUpdateRequest[],
  parseMask: (fields: string) => FieldMask,
): Record<string, unknown>[] {
  const fail = failedCall('batchUpdate');
  const user = runtime.effectiveUserEmail;
  const undo = ss.snapshotUnrecorded();
  try {
    return requests.map((request, i) => apply(request, i));
  } catch (error) {
    undo.restore();
    throw error;
  }

  function apply(request: BatchUpdateRequest, i: number): Record<string, unknown> {
    const type = Object.keys(request)[0] ?? '';
    const at = `requests[${i}].${type}`;
    const invalid = (detail: string) => fail(`Invalid ${at}: ${detail}`);
    // [F] wording: https://github.com/theoephraim/node-google-spreadsheet/issues/308
    const fieldsOf = (fields: string | undefined) => {
      if (!fields?.trim())
        throw invalid("At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
      return maskOf(fields, parseMask);
    };
    const sheetOf = (id = 0): EmuSheet => {
      const sheet = ss.sheets.find((sh) => sh.sheetId === id);
      if (!sheet) throw invalid(`No grid with id: ${id}`);
      undo.touch(sheet);
      return sheet;
    };
    const outsideGrid = (sheet: EmuSheet, g: GridRange) =>
      invalid(
        `Range (${a1OfGrid(sheet, g)}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`,
      );
    /**
     * A GridRange's cells: open ends reach the grid's edge; a range starting at or past the edge is refused, one
     * ending past it is cut at the edge (as the API answers: see the contract test's source).
     */
    const areaOf = (g: GridRange): { sheet: EmuSheet; area: Area } => {
      const sheet = sheetOf(g.sheetId);
      const r0 = g.startRowIndex ?? 0;
      const c0 = g.startColumnIndex ?? 0;
      if (r0 >= sheet.maxRows || c0 >= sheet.maxColumns || r0 < 0 || c0 < 0) throw outsideGrid(sheet, g);
      const r1 = Math.min(g.endRowIndex ?? sheet.maxRows, sheet.maxRows);
      const c1 = Math.min(g.endColumnIndex ?? sheet.maxColumns, sheet.maxColumns);
      return {
        sheet,
        area: { row: r0 + 1, column: c0 + 1, numRows: Math.max(0, r1 - r0), numColumns: Math.max(0, c1 - c0) },
      };
    };
    // Cells a protection keeps from the caller refuse the whole batch (a 400 in the UI's words).
    const writable = (sheet: EmuSheet, area: Area) => {
      if (area.numRows === 0 || area.numColumns === 0) return;
      try {
        sheet.assertEditable(user, area);
      } catch {
        throw fail(SHEET_ERRORS.protectedCell);
      }
    };
    const writeRows = (
      sheet: EmuSheet,
      top: number,
      left: number,
      rows: RowData[],
      mask: FieldMask | null,
      limit: Area,
    ) => {
      rows.forEach((rowData, i) => {
        const values = rowData.values ?? [];
        values.forEach((data, j) => {
          if (top + i >= limit.row + limit.numRows)
            throw invalid(
              `Attempting to write row: ${top + i - 1}, beyond the last requested row of: ${limit.row + limit.numRows - 2}`,
            );
          if (left + j >= limit.column + limit.numColumns)
            throw invalid(
              `Attempting to write column: ${left + j - 1}, beyond the last requested column of: ${limit.column + limit.numColumns - 2}`,
            );
          const entered = data.userEnteredValue;
          // ExtendedValue is a union: exactly one of its value fields.
          if (entered && Object.values(entered).filter((v) => v !== undefined).length !== 1)
            throw invalid('ExtendedValue must set exactly one of numberValue, stringValue, boolValue, formulaValue.');
          if (entered?.numberValue !== undefined && !Number.isFinite(entered.numberValue))
            throw invalid(`Invalid value at numberValue (${String(entered.numberValue)}).`);
          const text = data.userEnteredValue?.stringValue ?? data.userEnteredValue?.formulaValue ?? '';
          if (text.length > 50_000) throw invalid(SHEET_ERRORS.cellTooLong);
          writeCell(sheet.ensureCell(top + i, left + j), data, mask);
        });
      });
    };

    if ('addSheet' in request) {
      const p = request.addSheet.properties ?? {};
      const title = p.title ?? `Sheet${ss.sheets.length + 1}`;
      if (p.sheetId !== undefined && ss.sheets.some((s) => s.sheetId === p.sheetId))
        throw invalid(`Sheet with id ${p.sheetId} already exists`);
      if (ss.sheets.some((s) => s.name.toLowerCase() === title.toLowerCase()))
        throw invalid(SHEET_ERRORS.duplicateSheet(title));
      const g = p.gridProperties ?? {};
      const sheet = ss.addSheetUnrecorded(
        title,
        Math.min(p.index ?? ss.sheets.length, ss.sheets.length),
        g.rowCount ?? 1000,
        g.columnCount ?? 26,
        p.sheetId,
      );
      undo.touch(sheet);
      sheet.frozenRows = g.frozenRowCount ?? 0;
      sheet.frozenColumns = g.frozenColumnCount ?? 0;
      sheet.hidden = p.hidden ?? false;
      return { addSheet: { properties: sheetProperties(ss, sheet) } };
    }
    if ('deleteSheet' in request) {
      const sheet = sheetOf(request.deleteSheet.sheetId);
      if (ss.sheets.length === 1) throw invalid(SHEET_ERRORS.removeAllSheets);
      ss.removeSheetUnrecorded(sheet);
      return {};
    }
    if ('updateSheetProperties' in request) {
      const { properties: p, fields } = request.updateSheetProperties;
      const mask = fieldsOf(fields);
      const sheet = sheetOf(p.sheetId);
      if (has(mask, 'title') && p.title !== undefined && p.title !== sheet.name) {
        if (ss.sheets.some((s) => s !== sheet && s.name.toLowerCase() === p.title?.toLowerCase()))
          throw invalid(SHEET_ERRORS.duplicateSheet(p.title));
        sheet.name = p.title;
      }
      if (has(mask, 'hidden')) sheet.hidden = p.hidden ?? false;
      if (has(mask, 'index') && p.index !== undefined) {
        ss.sheets = ss.sheets.filter((s) => s !== sheet);
        ss.sheets.splice(Math.min(p.index, ss.sheets.length), 0, sheet);
      }
      const gm = sub(mask, 'gridProperties');
      if (has(mask, 'gridProperties')) {
        const g = p.gridProperties ?? {};
        if (has(gm, 'rowCount') && g.rowCount !== undefined) resize(sheet, 'ROWS', g.rowCount);
        if (has(gm, 'columnCount') && g.columnCount !== undefined) resize(sheet, 'COLUMNS', g.columnCount);
        if (has(gm, 'frozenRowCount')) sheet.frozenRows = g.frozenRowCount ?? 0;
        if (has(gm, 'frozenColumnCount')) sheet.frozenColumns = g.frozenColumnCount ?? 0;
      }
      return {};
    }
    if ('updateCells' in request) {
      const { range, start, rows = [], fields } = request.updateCells;
      const mask = fieldsOf(fields);
      // `area` is a union of start and range (the request's reference).
      if ((start === undefined) === (range === undefined)) throw invalid('Must specify exactly one of start or range.');
      if (range) {
        const { sheet, area } = areaOf(range);
        writable(sheet, area);
        // A range with fields clears what its rows leave out (the request's reference).
        for (let r = area.row; r < area.row + area.numRows; r++)
          for (let c = area.column; c < area.column + area.numColumns; c++) writeCell(sheet.ensureCell(r, c), {}, mask);
        writeRows(sheet, area.row, area.column, rows, mask, area);
        return {};
      }
      const sheet = sheetOf(start?.sheetId);
      const top = (start?.rowIndex ?? 0) + 1;
      const left = (start?.columnIndex ?? 0) + 1;
      const width = Math.max(0, ...rows.map((r) => r.values?.length ?? 0));
      const limit = {
        row: top,
        column: left,
        numRows: sheet.maxRows - top + 1,
        numColumns: sheet.maxColumns - left + 1,
      };
      writable(sheet, {
        row: top,
        column: left,
        numRows: Math.min(rows.length, limit.numRows),
        numColumns: Math.min(width, limit.numColumns),
      });
      writeRows(sheet, top, left, rows, mask, limit);
      return {};
    }
    if ('repeatCell' in request) {
      const { range, cell = {}, fields } = request.repeatCell;
      const mask = fieldsOf(fields);
      const { sheet, area } = areaOf(range);
      writable(sheet, area);
      for (let r = area.row; r < area.row + area.numRows; r++)
        for (let c = area.column; c < area.column + area.numColumns; c++) writeCell(sheet.ensureCell(r, c), cell, mask);
      return {};
    }
    if ('appendCells' in request) {
      const { sheetId, rows = [], fields } = request.appendCells;
      const mask = fieldsOf(fields);
      const sheet = sheetOf(sheetId);
      const top = sheet.lastRowUnrecorded() + 1;
      const grow = top + rows.length - 1 - sheet.maxRows;
      if (grow > 0) sheet.insertRowsUnrecorded(sheet.maxRows + 1, grow);
      const width = Math.max(0, ...rows.map((r) => r.values?.length ?? 0));
      const limit = { row: top, column: 1, numRows: rows.length, numColumns: sheet.maxColumns };
      writable(sheet, { row: top, column: 1, numRows: rows.length, numColumns: Math.min(width, sheet.maxColumns) });
      writeRows(sheet, top, 1, rows, mask, limit);
      return {};
    }
    if ('updateDimensionProperties' in request) {
      const { range, properties, fields } = request.updateDimensionProperties;
      const mask = fieldsOf(fields);
      const sheet = sheetOf(range.sheetId);
      const size = range.dimension === 'ROWS' ? sheet.maxRows : sheet.maxColumns;
      const from = range.startIndex ?? 0;
      const to = Math.min(range.endIndex ?? size, size);
      if (from >= size)
        throw invalid(`Invalid dimension range: start ${from} is past the ${size} ${range.dimension.toLowerCase()}`);
      for (let k = from + 1; k <= to; k++) {
        if (has(mask, 'pixelSize') && properties.pixelSize !== undefined)
          (range.dimension === 'ROWS' ? sheet.rowHeights : sheet.columnWidths).set(k, properties.pixelSize);
        if (has(mask, 'hiddenByUser')) {
          const hidden = range.dimension === 'ROWS' ? sheet.hiddenRows : sheet.hiddenColumns;
          if (properties.hiddenByUser) hidden.add(k);
          else hidden.delete(k);
        }
      }
      return {};
    }
    if ('appendDimension' in request) {
      const { sheetId, dimension, length } = request.appendDimension;
      const sheet = sheetOf(sheetId);
      if (!(length >= 1)) throw invalid('length must be at least 1');
      if (dimension === 'ROWS') sheet.insertRowsUnrecorded(sheet.maxRows + 1, length);
      else sheet.insertColumnsUnrecorded(sheet.maxColumns + 1, length);
      return {};
    }
    if ('insertDimension' in request) {
      const { range } = request.insertDimension;
      const sheet = sheetOf(range.sheetId);
      const size = range.dimension === 'ROWS' ? sheet.maxRows : sheet.maxColumns;
      const from = range.startIndex ?? 0;
      const to = range.endIndex ?? from;
      if (from > size || to <= from) throw invalid(`Invalid dimension range [${from}, ${to})`);
      if (range.dimension === 'ROWS') sheet.insertRowsUnrecorded(from + 1, to - from);
      else sheet.insertColumnsUnrecorded(from + 1, to - from);
      return {};
    }
    if ('deleteDimension' in request) {
      const { range } = request.deleteDimension;
      const sheet = sheetOf(range.sheetId);
      const size = range.dimension === 'ROWS' ? sheet.maxRows : sheet.maxColumns;
      const from = range.startIndex ?? 0;
      const to = Math.min(range.endIndex ?? size, size);
      if (from >= to) throw invalid(`Invalid dimension range [${from}, ${to})`);
      const frozen = range.dimension === 'ROWS' ? sheet.frozenRows : sheet.frozenColumns;
      if (to - from >= size - frozen)
        throw invalid(`You can't delete all the ${range.dimension === 'ROWS' ? 'rows' : 'columns'} on the sheet.`);
      writable(
        sheet,
        range.dimension === 'ROWS'
          ? { row: from + 1, column: 1, numRows: to - from, numColumns: sheet.maxColumns }
          : { row: 1, column: from + 1, numRows: sheet.maxRows, numColumns: to - from },
      );
      if (range.dimension === 'ROWS') sheet.deleteRowsUnrecorded(from + 1, to - from);
      else sheet.deleteColumnsUnrecorded(from + 1, to - from);
      return {};
    }
    if ('mergeCells' in request) {
      const { sheet, area } = areaOf(request.mergeCells.range);
      writable(sheet, area);
      const overlaps = (m: Area) =>
        m.row < area.row + area.numRows &&
        area.row < m.row + m.numRows &&
        m.column < area.column + area.numColumns &&
        area.column < m.column + m.numColumns;
      sheet.merges = sheet.merges.filter((m) => !overlaps(m));
      if (area.numRows * area.numColumns > 1) sheet.merges.push(area);
      return {};
    }
    if ('unmergeCells' in request) {
      const { sheet, area } = areaOf(request.unmergeCells.range);
      const inside = (m: Area) =>
        m.row >= area.row &&
        m.column >= area.column &&
        m.row + m.numRows <= area.row + area.numRows &&
        m.column + m.numColumns <= area.column + area.numColumns;
      const partly = sheet.merges.filter(
        (m) =>
          !inside(m) &&
          m.row < area.row + area.numRows &&
          area.row < m.row + m.numRows &&
          m.column < area.column + area.numColumns &&
          area.column < m.column + m.numColumns,
      );
      if (partly.length > 0) throw invalid(SHEET_ERRORS.mergeOverlap);
      sheet.merges = sheet.merges.filter((m) => !inside(m));
      return {};
    }
    if ('addProtectedRange' in request) {
      const json = request.addProtectedRange.protectedRange;
      if (!json.range) throw invalid('A protected range needs a range.');
      const { sheet, area } = areaOf(json.range);
      const whole = isWholeSheet(json.range);
      if (whole && sheet.sheetProtection()) throw invalid('The sheet is already protected.');
      const p = new EmuProtection(whole ? 'SHEET' : 'RANGE', sheet, whole ? null : area);
      p.setStateUnrecorded({
        description: json.description ?? '',
        warningOnly: json.warningOnly ?? false,
        domainEdit: json.editors?.domainUsersCanEdit ?? false,
        // The caller creating the protection keeps edit access to it (inferred from the UI, which never locks out
        // the person protecting a range).
        editors: [...new Set([...(json.editors?.users ?? []), user])],
        mirrorsFile: false,
        unprotected: (json.unprotectedRanges ?? []).map((g) => rangeOf(areaOf(g))),
      });
      ss.protections.push(p);
      return { addProtectedRange: { protectedRange: protectedRangeJson(p, user) } };
    }
    if ('updateProtectedRange' in request) {
      const { protectedRange: json, fields } = request.updateProtectedRange;
      const mask = fieldsOf(fields);
      const p = ss.protections.find((x) => x.protectedRangeId === json.protectedRangeId);
      if (!p) throw invalid(`No protected range with id: ${json.protectedRangeId}`);
      undo.touch(p.sheet);
      // Only an editor of a protected range may change it.
      if (!p.allows(user)) throw fail(SHEET_ERRORS.protectedCell);
      const state = p.stateUnrecorded();
      if (has(mask, 'description')) state.description = json.description ?? '';
      if (has(mask, 'warningOnly')) state.warningOnly = json.warningOnly ?? false;
      // "editors" replaces the list and the domain setting; "editors.users" or "editors.domainUsersCanEdit" one.
      const em = sub(mask, 'editors');
      if (has(mask, 'editors') && has(em, 'users')) {
        state.editors = [...new Set([...(json.editors?.users ?? []), user])];
        state.mirrorsFile = false;
      }
      if (has(mask, 'editors') && has(em, 'domainUsersCanEdit'))
        state.domainEdit = json.editors?.domainUsersCanEdit ?? false;
      if (has(mask, 'unprotectedRanges'))
        state.unprotected = (json.unprotectedRanges ?? []).map((g) => rangeOf(areaOf(g)));
      if (has(mask, 'range') && json.range) {
        const { sheet, area } = areaOf(json.range);
        if (sheet !== p.sheet) throw invalid('A protected range cannot move to another sheet.');
        if (p.type === 'RANGE') p.area = area;
      }
      p.setStateUnrecorded(state);
      return {};
    }
    if ('deleteProtectedRange' in request) {
      const id = request.deleteProtectedRange.protectedRangeId;
      const p = ss.protections.find((x) => x.protectedRangeId === id);
      if (!p) throw invalid(`No protected range with id: ${id}`);
      if (!p.allows(user)) throw fail(SHEET_ERRORS.protectedCell);
      ss.protections = ss.protections.filter((x) => x !== p);
      p.removed = true;
      return {};
    }
    if ('addChart' in request) {
      const { spec, position, chartId } = request.addChart.chart;
      const anchor = position.overlayPosition.anchorCell;
      const sheet = sheetOf(anchor.sheetId);
      const id = chartId ?? nextChartId(ss);
      if (chartIdsOf(ss).includes(id)) throw invalid(`An object with id ${id} already exists.`);
      const chart = chartFromSpec(
        spec,
        `chart-${id}`,
        {
          anchorRow: (anchor.rowIndex ?? 0) + 1,
          anchorColumn: (anchor.columnIndex ?? 0) + 1,
          offsetX: position.overlayPosition.offsetXPixels ?? 0,
          offsetY: position.overlayPosition.offsetYPixels ?? 0,
        },
        (g) => rangeOf(areaOf(g)),
      );
      chart.attach(sheet);
      sheet.charts = [...sheet.charts, chart];
      return { addChart: { chart: { chartId: id, spec, position } } };
    }
    if ('updateChartSpec' in request) {
      const { chartId, spec } = request.updateChartSpec;
      const found = findChart(chartId);
      const chart = chartFromSpec(spec, found.chart.chartId, found.chart.position, (g) => rangeOf(areaOf(g)));
      chart.attach(found.sheet);
      found.sheet.charts = found.sheet.charts.map((c) => (c === found.chart ? chart : c));
      return {};
    }
    if ('deleteEmbeddedObject' in request) {
      const found = findChart(request.deleteEmbeddedObject.objectId);
      found.sheet.charts = found.sheet.charts.filter((c) => c !== found.chart);
      return {};
    }
    if ('deleteConditionalFormatRule' in request) {
      const { sheetId = 0, index = 0 } = request.deleteConditionalFormatRule;
      const sheet = sheetOf(sheetId);
      if (index >= sheet.conditionalRules.length)
        throw invalid(`No conditional format on sheet: ${sheetId} at index: ${index}`);
      const removed = sheet.conditionalRules[index] as EmuConditionalFormatRule<EmuRange>;
      sheet.conditionalRules = sheet.conditionalRules.filter((_, k) => k !== index);
      return { deleteConditionalFormatRule: { rule: ruleJson(removed) } };
    }
    if ('addConditionalFormatRule' in request) {
      const { rule, index = 0 } = request.addConditionalFormatRule;
      const ids = new Set(rule.ranges.map((g) => g.sheetId ?? 0));
      if (ids.size !== 1) throw invalid('All ranges must be on the same sheet.');
      const sheet = sheetOf([...ids][0]);
      const list = [...sheet.conditionalRules];
      list.splice(
        Math.min(index, list.length),
        0,
        emuRule(rule, (g) => rangeOf(areaOf(g)), invalid),
      );
      sheet.conditionalRules = list;
      return {};
    }
    if ('setDataValidation' in request) {
      const { range, rule } = request.setDataValidation;
      const { sheet, area } = areaOf(range);
      writable(sheet, area);
      // No rule clears the range's validation (the request's reference).
      const validation = rule ? validationOf(rule, invalid) : undefined;
      for (let r = area.row; r < area.row + area.numRows; r++)
        for (let c = area.column; c < area.column + area.numColumns; c++) {
          const cell = sheet.ensureCell(r, c);
          if (validation) cell.validation = validation;
          else delete cell.validation;
        }
      return {};
    }
    if ('copyPaste' in request) {
      const { source, destination, pasteType = 'PASTE_NORMAL', pasteOrientation = 'NORMAL' } = request.copyPaste;
      if (!source || !destination) throw invalid('A copy-paste needs a source and a destination.');
      const from = areaOf(source);
      const to = areaOf(destination);
      if (pasteType !== 'PASTE_FORMAT' || pasteOrientation !== 'NORMAL')
        throw new Error(`Emulator: copyPaste ${pasteType} ${pasteOrientation} is not emulated.`);
      if (from.area.numRows === 0 || from.area.numColumns === 0) throw invalid('The source range is empty.');
      // A destination spanning a multiple of the source repeats it; any other takes the source once from its
      // top-left corner, even past the destination's end (CopyPasteRequest.destination in the request reference).
      const span = (dest: number, src: number) => (dest >= src && dest % src === 0 ? dest : src);
      const target = {
        row: to.area.row,
        column: to.area.column,
        numRows: span(to.area.numRows, from.area.numRows),
        numColumns: span(to.area.numColumns, from.area.numColumns),
      };
      // Open question (live contract run): a paste running past the grid is refused here, not grown into.
      if (
        target.row + target.numRows - 1 > to.sheet.maxRows ||
        target.column + target.numColumns - 1 > to.sheet.maxColumns
      )
        throw outsideGrid(to.sheet, destination);
      writable(to.sheet, target);
      // "Paste the format and data validation only" (PasteType): a source cell without either clears the
      // destination's (open question, live contract run); values, notes and merges stay.
      const keys = [...CELL_FORMAT_KEYS, 'validation'] as const;
      const looks = Array.from({ length: from.area.numRows }, (_, i) =>
        Array.from({ length: from.area.numColumns }, (_, j) => {
          const cell = from.sheet.cell(from.area.row + i, from.area.column + j);
          return Object.fromEntries(keys.map((k) => [k, cell?.[k]]));
        }),
      );
      for (let i = 0; i < target.numRows; i++)
        for (let j = 0; j < target.numColumns; j++) {
          const look = looks[i % from.area.numRows]?.[j % from.area.numColumns] ?? {};
          const cell = to.sheet.ensureCell(target.row + i, target.column + j) as unknown as Record<string, unknown>;
          for (const k of keys) {
            if (look[k] === undefined) delete cell[k];
            else cell[k] = look[k];
          }
        }
      return {};
    }
    throw new Error(`Emulator: batchUpdate request ${type} is not emulated.`);

    function findChart(id: number): { sheet: EmuSheet; chart: EmuEmbeddedChart } {
      for (const sheet of ss.sheets) {
        const chart = sheet.charts.find((c) => chartIdOf(c) === id);
        if (chart) {
          undo.touch(sheet);
          return { sheet, chart };
        }
      }
      throw invalid(`No chart with id: ${id}`);
    }
  }

  /** Grows or shrinks a sheet to `count` rows or columns, as gridProperties.rowCount/columnCount does. */
  function resize(sheet: EmuSheet, dimension: 'ROWS' | 'COLUMNS', count: number): void {
    const size = dimension === 'ROWS' ? sheet.maxRows : sheet.maxColumns;
    if (!(count >= 1)) throw fail(`Invalid ${dimension === 'ROWS' ? 'rowCount' : 'columnCount'}: ${count}`);
    if (count > size) {
      if (dimension === 'ROWS') sheet.insertRowsUnrecorded(size + 1, count - size);
      else sheet.insertColumnsUnrecorded(size + 1, count - size);
    } else if (count < size) {
      const gone =
        dimension === 'ROWS'
          ? { row: count + 1, column: 1, numRows: size - count, numColumns: sheet.maxColumns }
          : { row: 1, column: count + 1, numRows: sheet.maxRows, numColumns: size - count };
      try {
        sheet.assertEditable(user, gone);
      } catch {
        throw fail(SHEET_ERRORS.protectedCell);
      }
      if (dimension === 'ROWS') sheet.deleteRowsUnrecorded(count + 1, size - count);
      else sheet.deleteColumnsUnrecorded(count + 1, size - count);
    }
  }
}

function rangeOf({ sheet, area }: { sheet: EmuSheet; area: Area }): EmuRange {
  return sheet.rangeUnchecked(area.row, area.column, Math.max(1, area.numRows), Math.max(1, area.numColumns));
}

/** A GridRange naming only its sheet: the whole sheet (a sheet protection). */
function isWholeSheet(g: GridRange): boolean {
  return (
    g.startRowIndex === undefined &&
    g.endRowIndex === undefined &&
    g.startColumnIndex === undefined &&
    g.endColumnIndex === undefined
  );
}

/** A chart's API id: the number in the emulator's "chart-N". */
export function chartIdOf(chart: EmuEmbeddedChart): number {
  return Number(chart.chartId.replace(/\D/g, ''));
}

function chartIdsOf(ss: EmuSpreadsheet): number[] {
  return ss.sheets.flatMap((s) => s.charts.map(chartIdOf));
}

function nextChartId(ss: EmuSpreadsheet): number {
  return Math.max(1_000_000, ...chartIdsOf(ss)) + 1;
}

/** An emulated chart from the API's spec: the domain column and the series columns, side by side, as its ranges. */
function chartFromSpec(
  spec: ChartSpecJson,
  chartId: string,
  position: EmuEmbeddedChart['position'],
  rangeOfGrid: (g: GridRange) => EmuRange,
): EmuEmbeddedChart {
  let type: string;
  let sources: GridRange[];
  if (spec.basicChart) {
    type = spec.basicChart.chartType;
    sources = [
      ...spec.basicChart.domains.flatMap((d) => d.domain.sourceRange.sources),
      ...spec.basicChart.series.flatMap((s) => s.series.sourceRange.sources),
    ];
  } else if (spec.pieChart) {
    type = 'PIE';
    sources = [...spec.pieChart.domain.sourceRange.sources, ...spec.pieChart.series.sourceRange.sources];
  } else throw new Error('Emulator: only basic and pie charts are emulated.');
  const options = new Map<string, unknown>(spec.title ? [['title', spec.title]] : []);
  return new EmuEmbeddedChart(chartId, type, sources.map(rangeOfGrid), options, { ...position });
}

/** The API's view of a sheet's properties (proto3 JSON: false and 0 omitted). */
export function sheetProperties(ss: EmuSpreadsheet, sheet: EmuSheet): Record<string, unknown> {
  const grid: Record<string, number> = { rowCount: sheet.maxRows, columnCount: sheet.maxColumns };
  if (sheet.frozenRows) grid.frozenRowCount = sheet.frozenRows;
  if (sheet.frozenColumns) grid.frozenColumnCount = sheet.frozenColumns;
  return {
    sheetId: sheet.sheetId,
    title: sheet.name,
    index: ss.sheets.indexOf(sheet),
    sheetType: 'GRID',
    ...(sheet.hidden ? { hidden: true } : {}),
    gridProperties: grid,
  };
}

/** A protection as the API gives it; editors only to a caller who may edit it (the reference's rule). */
export function protectedRangeJson(p: EmuProtection, caller: string): ProtectedRangeJson {
  const state = p.stateUnrecorded();
  const range = p.area
    ? gridRangeOf(p.sheet.rangeUnchecked(p.area.row, p.area.column, p.area.numRows, p.area.numColumns))
    : p.sheet.sheetId
      ? { sheetId: p.sheet.sheetId }
      : {};
  const canEdit = p.allows(caller);
  const json: ProtectedRangeJson = { protectedRangeId: p.protectedRangeId, range };
  if (state.description) json.description = state.description;
  if (state.warningOnly) json.warningOnly = true;
  if (canEdit) json.requestingUserCanEdit = true;
  if (state.unprotected.length) json.unprotectedRanges = state.unprotected.map(gridRangeOf);
  if (canEdit && !state.warningOnly)
    json.editors = { users: state.editors, ...(state.domainEdit ? { domainUsersCanEdit: true } : {}) };
  return json;
}

export function ruleJson(rule: EmuConditionalFormatRule<EmuRange>): ConditionalFormatRuleJson {
  const values = rule.criteriaValues.map((v) => ({ userEnteredValue: String(v) }));
  const format: ConditionalFormatRuleJson['booleanRule']['format'] = {};
  if (rule.background) {
    format.backgroundColor = colorOf(rule.background);
    format.backgroundColorStyle = { rgbColor: colorOf(rule.background) };
  }
  if (rule.bold !== null || rule.fontColor) {
    format.textFormat = {};
    if (rule.bold) format.textFormat.bold = true;
    if (rule.fontColor) {
      format.textFormat.foregroundColor = colorOf(rule.fontColor);
      format.textFormat.foregroundColorStyle = { rgbColor: colorOf(rule.fontColor) };
    }
  }
  const type = CONDITION_TYPES[rule.criteriaType];
  if (!type) throw new Error(`Emulator: condition ${rule.criteriaType} has no Sheets API form here.`);
  return {
    ranges: rule.ranges.map(gridRangeOf),
    booleanRule: { condition: { type, ...(values.length ? { values } : {}) }, format },
  };
}

function emuRule(
  rule: ConditionalFormatRuleJson,
  rangeOfGrid: (g: GridRange) => EmuRange,
  invalid: (detail: string) => Error,
): EmuConditionalFormatRule<EmuRange> {
  const { condition, format } = rule.booleanRule;
  const criteria = Object.entries(CONDITION_TYPES).find(([, api]) => api === condition.type)?.[0];
  if (!criteria) throw new Error(`Emulator: condition ${condition.type} is not emulated.`);
  const values = (condition.values ?? []).map((v) =>
    criteria.startsWith('NUMBER_') ? Number(v.userEnteredValue) : v.userEnteredValue,
  );
  const background = format.backgroundColorStyle?.rgbColor ?? format.backgroundColor;
  const font = format.textFormat?.foregroundColorStyle?.rgbColor ?? format.textFormat?.foregroundColor;
  if (rule.ranges.length === 0) throw invalid('A conditional format rule needs a range.');
  return new EmuConditionalFormatRule<EmuRange>(
    criteria,
    values,
    background ? hexOf(background) : null,
    font ? hexOf(font) : null,
    format.textFormat?.bold ?? null,
    rule.ranges.map(rangeOfGrid),
  );
}

/**
 * A DataValidationRule as the rule SpreadsheetApp's builder makes (the conditions the add-on sends): strict is the
 * opposite of allowInvalid, inputMessage the help text.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ConditionType
 */
function validationOf(rule: DataValidationRuleJson, invalid: (detail: string) => Error): EmuDataValidation {
  const values = (rule.condition.values ?? []).map((v) => v.userEnteredValue ?? '');
  const numbers = values.map(Number);
  const need = (count: number) => {
    if (values.length !== count || numbers.some((n) => !Number.isFinite(n)))
      throw invalid(`Invalid ConditionValue for ${rule.condition.type}: ${count} number(s) expected`);
  };
  const criteria = ((): [CriteriaType, unknown[]] => {
    switch (rule.condition.type) {
      case 'ONE_OF_LIST':
        if (values.length === 0) throw invalid('ONE_OF_LIST needs at least one value');
        return ['VALUE_IN_LIST', [values, rule.showCustomUi ?? false]];
      case 'NUMBER_BETWEEN':
        need(2);
        return ['NUMBER_BETWEEN', numbers];
      case 'NUMBER_GREATER_THAN_EQ':
        need(1);
        return ['NUMBER_GREATER_THAN_OR_EQUAL_TO', numbers];
      case 'NUMBER_LESS_THAN_EQ':
        need(1);
        return ['NUMBER_LESS_THAN_OR_EQUAL_TO', numbers];
      case 'DATE_IS_VALID':
        return ['DATE_IS_VALID_DATE', []];
      case 'BOOLEAN':
        return ['CHECKBOX', values];
      default:
        throw new Error(`Emulator: data validation condition ${rule.condition.type} is not emulated.`);
    }
  })();
  return new EmuDataValidation(criteria[0], criteria[1], !(rule.strict ?? false), rule.inputMessage ?? '');
}
