// The advanced service `Sheets` (Sheets API v4), only Spreadsheets.Values.batchGet: many ranges in ONE request.
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
import { APPS_SCRIPT_ERRORS } from '../runtime';
import { parseA1, toA1 } from './a1';
import type { SpreadsheetService } from './index';
import { dateToSerial } from './locale';
import { readCell } from './range';

export type ValueRenderOption = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
export type DateTimeRenderOption = 'SERIAL_NUMBER' | 'FORMATTED_STRING';

export interface BatchGetOptions {
  ranges: string[];
  valueRenderOption?: ValueRenderOption;
  dateTimeRenderOption?: DateTimeRenderOption;
}

export interface ValueRange {
  range: string;
  majorDimension: 'ROWS';
  /** Absent when the range holds nothing; trailing empty rows and trailing empty cells of a row are omitted. */
  values?: (string | number | boolean)[][];
}

const failed = (detail: string) =>
  new Error(`API call to sheets.spreadsheets.values.batchGet failed with error: ${detail}`);

/** Sheet names that are not plain identifiers are quoted in A1 ranges, as the API returns them. */
function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function createSheetsApi(service: SpreadsheetService) {
  const batchGet = (spreadsheetId: string, options: BatchGetOptions) => {
    service.runtime.ledger.record('Sheets', 'Spreadsheets.Values.batchGet', 'read');
    if (service.runtime.authMode === 'NONE')
      throw new Error(`${APPS_SCRIPT_ERRORS.authRequired}Sheets.Spreadsheets.Values.batchGet`);
    const ss = service.getById(spreadsheetId);
    if (!ss) throw failed('Requested entity was not found.');
    const render = options.valueRenderOption ?? 'FORMATTED_VALUE';
    const dates = options.dateTimeRenderOption ?? 'SERIAL_NUMBER';
    const valueRanges: ValueRange[] = options.ranges.map((a1) => {
      // A bare sheet name means the whole sheet.
      const plain = ss.sheetByNameUnrecorded(a1.replace(/^'(.*)'$/, '$1').replace(/''/g, "'"));
      const ref = plain ? { sheetName: plain.name, row: 1, column: 1, numRows: null, numColumns: null } : tryParse(a1);
      const sheet = ref?.sheetName ? ss.sheetByNameUnrecorded(ref.sheetName) : ss.sheets[0];
      if (!ref || !sheet) throw failed(`Unable to parse range: ${a1}`);
      const numRows = Math.min(ref.numRows ?? sheet.maxRows - ref.row + 1, sheet.maxRows - ref.row + 1);
      const numColumns = Math.min(
        ref.numColumns ?? sheet.maxColumns - ref.column + 1,
        sheet.maxColumns - ref.column + 1,
      );
      const range = `${quoteSheet(sheet.name)}!${toA1(ref.row, ref.column, numRows, numColumns)}`;
      const rows: (string | number | boolean)[][] = [];
      for (let i = 0; i < numRows; i++) {
        const row: (string | number | boolean)[] = [];
        for (let j = 0; j < numColumns; j++) {
          const r = ref.row + i;
          const c = ref.column + j;
          const cell = sheet.cell(r, c);
          if (render === 'FORMULA' && cell?.formula) {
            row.push(cell.formula);
            continue;
          }
          const v = readCell(sheet, r, c);
          if (render === 'FORMATTED_VALUE' || (v instanceof Date && dates === 'FORMATTED_STRING')) {
            row.push(sheet.rangeUnchecked(r, c).displayUnrecorded()[0][0]);
          } else if (v instanceof Date) row.push(dateToSerial(v, ss.timeZone));
          else row.push(v ?? '');
        }
        while (row.length && row[row.length - 1] === '') row.pop();
        rows.push(row);
      }
      while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
      return rows.length ? { range, majorDimension: 'ROWS', values: rows } : { range, majorDimension: 'ROWS' };
    });
    return { spreadsheetId, valueRanges };
  };
  return { Spreadsheets: { Values: { batchGet } } };
}

function tryParse(a1: string) {
  try {
    return parseA1(a1);
  } catch {
    return null;
  }
}
