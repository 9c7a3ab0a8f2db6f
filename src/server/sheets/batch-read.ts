// Unit tabs read with the Sheets API values.batchGet, turned into the grids getValues() gives for the same tabs.
import type { Grid } from '../../core/schema/types';
import { withRetry } from '../runtime/retry';
import { type SheetIndex, sheetsApi } from './sheet-index';

/** Ranges per batchGet: keeps each request far below the API's recommended 2 MB (so reads grow by 2 per 100 tabs). */
export const RANGES_PER_REQUEST = 100;
/**
 * batchGet is a GET: its ranges travel in the URL, and servers refuse very long URLs (hundreds of sheet ranges in one
 * URL fail: https://github.com/dust-tt/dust/pull/4042). A batch also ends before its encoded ranges pass this length,
 * which only long tab names reach (100 tabs of 60 characters).
 */
export const MAX_RANGES_URL_CHARS = 8000;

type ApiRow = readonly unknown[];

/** Tab names in batches: at most RANGES_PER_REQUEST each, their ranges within MAX_RANGES_URL_CHARS once encoded. */
export function tabBatches(names: readonly string[]): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const name of names) {
    const length = '&ranges='.length + encodeURIComponent(wholeSheetRange(name)).length;
    if (current.length > 0 && (current.length === RANGES_PER_REQUEST || chars + length > MAX_RANGES_URL_CHARS)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(name);
    chars += length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** A whole sheet as an A1 range: the name always quoted, so a tab named like a cell ("A1") is still the tab. */
export function wholeSheetRange(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const DAY_MS = 86_400_000;
/** Serial 0 is 1899-12-30 (the spreadsheet epoch), as a wall-clock time written in UTC. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds the zone's wall clock is ahead of UTC at that instant (to the second: historic offsets have seconds). */
function offsetMs(instant: number, timeZone: string): number {
  let format = wallClocks.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClocks.set(timeZone, format);
  }
  const p = Object.fromEntries(format.formatToParts(new Date(instant)).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** A Date as the date-time serial number the Sheets API writes (days since 1899-12-30, the zone's wall clock). */
export function dateToSerial(date: Date, timeZone: string): number {
  return (date.getTime() + offsetMs(date.getTime(), timeZone) - SERIAL_EPOCH_MS) / DAY_MS;
}

/** A date-time serial number (days since 1899-12-30, wall clock of the spreadsheet's zone) as the Date getValues gives. */
export function serialToDate(serial: number, timeZone: string): Date {
  const wall = SERIAL_EPOCH_MS + Math.round(serial * DAY_MS);
  // The offset at the wall-clock time read as UTC is a first guess; the offset at the guessed instant is the answer.
  const guess = wall - offsetMs(wall, timeZone);
  return new Date(wall - offsetMs(guess, timeZone));
}

/**
 * One tab's grid from the same range read twice (UNFORMATTED_VALUE with SERIAL_NUMBER and with FORMATTED_STRING
 * date-times). A cell that is a number in the first and text in the second has a date, time or duration format:
 * getValues() gives it as a Date, so it becomes one; every other number stays the number typed. The API omits
 * trailing empty cells and rows: the grid is padded to the data range's rectangle ([['']] for an empty tab).
 * https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption
 */
export function gridFromValues(
  serial: readonly ApiRow[] | undefined,
  formatted: readonly ApiRow[] | undefined,
  timeZone: string,
): Grid {
  const rows = serial ?? [];
  const width = Math.max(1, ...rows.map((r) => r.length));
  const height = Math.max(1, rows.length);
  const grid: unknown[][] = [];
  for (let r = 0; r < height; r++) {
    const row = rows[r] ?? [];
    const shown = formatted?.[r] ?? [];
    const out: unknown[] = [];
    for (let c = 0; c < width; c++) {
      const v = row[c] ?? '';
      out.push(typeof v === 'number' && typeof shown[c] === 'string' ? serialToDate(v, timeZone) : v);
    }
    grid.push(out);
  }
  return grid;
}

/**
 * Every named tab's grid with two values.batchGet requests per batch of tabs (tabBatches), whatever their size
 * (instead of getDataRange().getValues() per tab). Pending SpreadsheetApp writes are flushed first: the API reads
 * the stored spreadsheet, not this script's buffered changes.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
 */
export function readGrids(index: SheetIndex, names: readonly string[]): Map<string, Grid> {
  const grids = new Map<string, Grid>();
  if (names.length === 0) return grids;
  withRetry(() => SpreadsheetApp.flush());
  const values = sheetsApi().Spreadsheets.Values;
  for (const batch of tabBatches(names)) {
    const ranges = batch.map(wholeSheetRange);
    const read = (dateTimeRenderOption: 'SERIAL_NUMBER' | 'FORMATTED_STRING') =>
      withRetry(() =>
        values.batchGet(index.spreadsheetId, { ranges, valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption }),
      ).valueRanges ?? [];
    const serial = read('SERIAL_NUMBER');
    const formatted = read('FORMATTED_STRING');
    batch.forEach((name, i) => {
      grids.set(name, gridFromValues(serial[i]?.values, formatted[i]?.values, index.timeZone));
    });
  }
  return grids;
}
