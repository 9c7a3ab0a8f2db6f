// The Sheets API's values collection as the advanced service gives it: Values.batchGet and batchGetByDataFilter
// (many ranges, ONE read) and Values.batchUpdate (many ranges, ONE write), by rows or by columns.
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGetByDataFilter
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchUpdate
import { APPS_SCRIPT_ERRORS, payloadBytes } from '../runtime';
import { columnToLetters, parseA1, toA1 } from './a1';
import type { SpreadsheetService } from './index';
import { dateToSerial } from './locale';
import { isDateTimeFormat } from './number-format';
import { storedValue } from './range';
import type { EmuSheet } from './sheet';
import type { EmuSpreadsheet } from './spreadsheet';

export type ValueRenderOption = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
export type DateTimeRenderOption = 'SERIAL_NUMBER' | 'FORMATTED_STRING';
/** https://developers.google.com/sheets/api/reference/rest/v4/Dimension: ROWS (default) or COLUMNS. */
export type MajorDimension = 'ROWS' | 'COLUMNS';
export type ValueInputOption = 'RAW' | 'USER_ENTERED';
type ApiValue = string | number | boolean;

export interface BatchGetOptions {
  ranges: string[];
  valueRenderOption?: ValueRenderOption;
  dateTimeRenderOption?: DateTimeRenderOption;
  majorDimension?: MajorDimension;
}

/** batchGetByDataFilter's body: the ranges travel in it, so any number fits one request (no URL length limit). */
export interface BatchGetByDataFilterRequest {
  dataFilters?: { a1Range?: string }[];
  valueRenderOption?: ValueRenderOption;
  dateTimeRenderOption?: DateTimeRenderOption;
  majorDimension?: MajorDimension;
}

export interface ValueRange {
  range: string;
  majorDimension: MajorDimension;
  /**
   * Rows (or columns, by majorDimension) of the range; absent when it holds nothing. Trailing empty rows and the
   * trailing empty cells of a row are omitted. In a write, null leaves a cell as it is.
   */
  values?: (ApiValue | null)[][];
}

export interface BatchUpdateValuesRequest {
  valueInputOption?: ValueInputOption;
  data: { range: string; majorDimension?: MajorDimension; values: (ApiValue | null)[][] }[];
}

export const failedCall = (method: string) => (detail: string) =>
  new Error(`API call to sheets.spreadsheets.${method} failed with error: ${detail}`);

/** Sheet names that are not plain identifiers are quoted in A1 ranges, as the API returns them. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

interface Area {
  readonly sheet: EmuSheet;
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

const label = (a: Area) => `${quoteSheet(a.sheet.name)}!${toA1(a.row, a.column, a.numRows, a.numColumns)}`;

/** An A1 range, a bare sheet name (the whole sheet), or A1 without a sheet name (the first visible sheet). */
function resolveRange(ss: EmuSpreadsheet, a1: string, fail: (detail: string) => Error): Area {
  const plain = ss.sheetByNameUnrecorded(a1.replace(/^'(.*)'$/, '$1').replace(/''/g, "'"));
  const ref = plain ? { sheetName: plain.name, row: 1, column: 1, numRows: null, numColumns: null } : tryParse(a1);
  // https://developers.google.com/sheets/api/guides/concepts#cell: no sheet name means the first visible sheet.
  const sheet = ref?.sheetName ? ss.sheetByNameUnrecorded(ref.sheetName) : ss.firstVisibleSheet();
  if (!ref || !sheet) throw fail(`Unable to parse range: ${a1}`);
  const rowsLeft = sheet.maxRows - ref.row + 1;
  const columnsLeft = sheet.maxColumns - ref.column + 1;
  return {
    sheet,
    row: ref.row,
    column: ref.column,
    numRows: Math.min(ref.numRows ?? rowsLeft, rowsLeft),
    numColumns: Math.min(ref.numColumns ?? columnsLeft, columnsLeft),
  };
}

function tryParse(a1: string) {
  try {
    return parseA1(a1);
  } catch {
    return null;
  }
}

const transpose = <T>(grid: T[][], width: number): T[][] =>
  Array.from({ length: width }, (_, j) => grid.map((row) => row[j] as T));

/** One cell as the render options ask: a date-time field is a Date, or a number in a date- or time-formatted cell. */
function apiValue(sheet: EmuSheet, r: number, c: number, render: ValueRenderOption, dates: DateTimeRenderOption) {
  const cell = sheet.cell(r, c);
  if (render === 'FORMULA' && cell?.formula) return cell.formula;
  const v = storedValue(sheet, r, c);
  const dateTime = v instanceof Date || (typeof v === 'number' && isDateTimeFormat(cell?.numberFormat));
  if (render === 'FORMATTED_VALUE' || (dateTime && dates === 'FORMATTED_STRING'))
    return sheet.rangeUnchecked(r, c).displayUnrecorded()[0][0];
  if (v instanceof Date) return dateToSerial(v, sheet.getParentUnrecorded().timeZone);
  return v ?? '';
}

function readValueRange(area: Area, options: BatchGetOptions): ValueRange {
  const render = options.valueRenderOption ?? 'FORMATTED_VALUE';
  const dates = options.dateTimeRenderOption ?? 'SERIAL_NUMBER';
  const majorDimension = options.majorDimension ?? 'ROWS';
  const rows = Array.from({ length: area.numRows }, (_, i) =>
    Array.from({ length: area.numColumns }, (_, j) =>
      apiValue(area.sheet, area.row + i, area.column + j, render, dates),
    ),
  );
  const lines = majorDimension === 'COLUMNS' ? transpose(rows, area.numColumns) : rows;
  for (const line of lines) while (line.length && line[line.length - 1] === '') line.pop();
  while (lines.length && lines[lines.length - 1].length === 0) lines.pop();
  const range = label(area);
  return lines.length ? { range, majorDimension, values: lines } : { range, majorDimension };
}

/** Writes one ValueRange; returns the area written. null leaves a cell; RAW stores strings as they are. */
function writeValueRange(
  area: Area,
  data: BatchUpdateValuesRequest['data'][number],
  input: ValueInputOption,
  editor: string,
  fail: (detail: string) => Error,
): Area {
  const byColumns = data.majorDimension === 'COLUMNS';
  const lines = data.values ?? [];
  const height = byColumns ? Math.max(0, ...lines.map((l) => l.length)) : lines.length;
  const width = byColumns ? lines.length : Math.max(0, ...lines.map((l) => l.length));
  // Wording from the API's refusals as seen in public reports; uncertain.
  if (height > area.numRows)
    throw fail(`Requested writing within range [${label(area)}], but tried writing to row [${area.row + height - 1}]`);
  if (width > area.numColumns) {
    const column = columnToLetters(area.column + width - 1);
    throw fail(`Requested writing within range [${label(area)}], but tried writing to column [${column}]`);
  }
  const written: Area = { sheet: area.sheet, row: area.row, column: area.column, numRows: height, numColumns: width };
  if (height === 0 || width === 0) return written;
  area.sheet.assertEditable(editor, written);
  for (let i = 0; i < height; i++) {
    for (let j = 0; j < width; j++) {
      const value = byColumns ? lines[j]?.[i] : lines[i]?.[j];
      if (value === null || value === undefined) continue;
      const target = area.sheet.rangeUnchecked(area.row + i, area.column + j);
      if (input === 'USER_ENTERED') target.storeUnrecorded([[value]]);
      else target.storeRawUnrecorded(value);
    }
  }
  return written;
}

export function createValuesApi(service: SpreadsheetService) {
  const open = (spreadsheetId: string, method: string, kind: 'read' | 'write', body?: unknown) => {
    service.runtime.ledger.record('Sheets', `Spreadsheets.Values.${method}`, kind, payloadBytes(body));
    if (service.runtime.authMode === 'NONE')
      throw new Error(`${APPS_SCRIPT_ERRORS.authRequired}Sheets.Spreadsheets.Values.${method}`);
    return service.apiSpreadsheet(spreadsheetId, failedCall(`values.${method}`), kind);
  };

  const batchGet = (spreadsheetId: string, options: BatchGetOptions) => {
    const ss = open(spreadsheetId, 'batchGet', 'read');
    const fail = failedCall('values.batchGet');
    return {
      spreadsheetId,
      valueRanges: options.ranges.map((a1) => readValueRange(resolveRange(ss, a1, fail), options)),
    };
  };

  // The same read as a POST, each range a data filter; only a1Range filters are emulated.
  const batchGetByDataFilter = (resource: BatchGetByDataFilterRequest, spreadsheetId: string) => {
    const ss = open(spreadsheetId, 'batchGetByDataFilter', 'read', resource);
    const fail = failedCall('values.batchGetByDataFilter');
    const filters = resource.dataFilters ?? [];
    if (filters.some((f) => f.a1Range === undefined))
      throw new Error('Emulator: only a1Range data filters are emulated (no developer metadata or grid ranges).');
    return {
      spreadsheetId,
      valueRanges: filters.map((filter) => ({
        valueRange: readValueRange(resolveRange(ss, filter.a1Range as string, fail), { ...resource, ranges: [] }),
        dataFilters: [filter],
      })),
    };
  };

  // ONE write round trip for every range; all or nothing, as the API applies a batch.
  const batchUpdate = (resource: BatchUpdateValuesRequest, spreadsheetId: string) => {
    const ss = open(spreadsheetId, 'batchUpdate', 'write', resource);
    const fail = failedCall('values.batchUpdate');
    const input = resource.valueInputOption;
    if (input !== 'RAW' && input !== 'USER_ENTERED') throw fail("'valueInputOption' is required but not specified");
    const areas = resource.data.map((d) => resolveRange(ss, d.range, fail));
    const editor = service.runtime.effectiveUserEmail;
    const before = areas.map((a) => a.sheet.rows.map((row) => row?.map((c) => (c ? { ...c } : c))));
    let written: Area[];
    try {
      written = resource.data.map((d, i) => writeValueRange(areas[i] as Area, d, input, editor, fail));
    } catch (e) {
      areas.forEach((a, i) => {
        a.sheet.rows = before[i] ?? [];
      });
      throw e;
    }
    const responses = written.map((a) => ({
      spreadsheetId,
      updatedRange: label(a),
      updatedRows: a.numRows,
      updatedColumns: a.numColumns,
      updatedCells: a.numRows * a.numColumns,
    }));
    // Totals count distinct rows, columns and cells with an update (BatchUpdateValuesResponse).
    const distinct = (key: (a: Area, i: number, j: number) => string) =>
      new Set(
        written.flatMap((a) =>
          Array.from({ length: a.numRows * a.numColumns }, (_, n) =>
            key(a, Math.floor(n / a.numColumns), n % a.numColumns),
          ),
        ),
      ).size;
    return {
      spreadsheetId,
      totalUpdatedRows: distinct((a, i) => `${a.sheet.sheetId}:${a.row + i}`),
      totalUpdatedColumns: distinct((a, _i, j) => `${a.sheet.sheetId}:${a.column + j}`),
      totalUpdatedCells: distinct((a, i, j) => `${a.sheet.sheetId}:${a.row + i}:${a.column + j}`),
      totalUpdatedSheets: new Set(written.map((a) => a.sheet)).size,
      responses,
    };
  };

  return { batchGet, batchGetByDataFilter, batchUpdate };
}
