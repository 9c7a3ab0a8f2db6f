// Unit tabs read with the Sheets API values.batchGetByDataFilter, turned into the grids getValues() gives for them.
import type { Grid } from '../../core/schema/types';
import { withRetry } from '../runtime/retry';
import { flushWrites } from '../runtime/write-cache';
import { type SheetIndex, sheetsApi } from './sheet-index';

/**
 * The ranges travel in the body of a POST (values.batchGetByDataFilter), so no URL length limits them; a request ends
 * before its body passes this many characters, far below Google's recommended 2 MB
 * (https://developers.google.com/sheets/api/limits): some 20,000 tabs.
 */
export const MAX_RANGES_BODY_CHARS = 1_000_000;

/** Tab names in batches whose filters stay within MAX_RANGES_BODY_CHARS (one batch for any real workbook). */
export function tabBatches(names: readonly string[]): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const name of names) {
    const length = JSON.stringify({ a1Range: wholeSheetRange(name) }).length + 1;
    if (current.length > 0 && chars + length > MAX_RANGES_BODY_CHARS) {
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

type ApiRow = readonly unknown[];

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

/** A date-time serial number (days since 1899-12-30, wall clock of the spreadsheet's zone) as the Date getValues gives. */
export function serialToDate(serial: number, timeZone: string): Date {
  const wall = SERIAL_EPOCH_MS + Math.round(serial * DAY_MS);
  // The offset at the wall-clock time read as UTC is a first guess; the offset at the guessed instant is the answer.
  const guess = wall - offsetMs(wall, timeZone);
  return new Date(wall - offsetMs(guess, timeZone));
}

/** A Date as the serial number setValues stores for it: its wall-clock time in the zone, in days since 1899-12-30. */
export function dateToSerial(date: Date, timeZone: string): number {
  const instant = date.getTime();
  return (instant + offsetMs(instant, timeZone) - SERIAL_EPOCH_MS) / DAY_MS;
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

/** One values.batchGetByDataFilter of the named tabs (UNFORMATTED_VALUE), in their order. */
function readValues(
  index: SheetIndex,
  names: readonly string[],
  dateTimeRenderOption: 'SERIAL_NUMBER' | 'FORMATTED_STRING',
): (readonly ApiRow[] | undefined)[] {
  const dataFilters = names.map((name) => ({ a1Range: wholeSheetRange(name) }));
  const answer = withRetry(() =>
    sheetsApi().Spreadsheets.Values.batchGetByDataFilter(
      { dataFilters, valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption },
      index.spreadsheetId,
    ),
  );
  return (answer.valueRanges ?? []).map((matched) => matched.valueRange?.values as ApiRow[] | undefined);
}

/**
 * Every named tab's grid with two values.batchGetByDataFilter requests (serial numbers and formatted date-times),
 * whatever the number of tabs (instead of getDataRange().getValues() per tab, or a GET whose URL would grow with
 * them). This execution's cached SpreadsheetApp writes, if any, are flushed first: the API reads the stored
 * spreadsheet, not the script's write cache.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGetByDataFilter
 */
export function readGrids(index: SheetIndex, names: readonly string[]): Map<string, Grid> {
  const grids = new Map<string, Grid>();
  if (names.length === 0) return grids;
  flushWrites();
  for (const batch of tabBatches(names)) {
    const serial = readValues(index, batch, 'SERIAL_NUMBER');
    const formatted = readValues(index, batch, 'FORMATTED_STRING');
    batch.forEach((name, i) => {
      grids.set(name, gridFromValues(serial[i], formatted[i], index.timeZone));
    });
  }
  return grids;
}

/** True when the serial-number read of a tab holds exactly what `grid` (read earlier by readGrids) holds. */
function sameAsBefore(grid: Grid, serial: readonly ApiRow[] | undefined, timeZone: string): boolean {
  const now = gridFromValues(serial, undefined, timeZone);
  if (now.length !== grid.length || (now[0]?.length ?? 0) !== (grid[0]?.length ?? 0)) return false;
  return grid.every((row, r) =>
    row.every((v, c) => {
      const fresh = now[r]?.[c];
      // A date was read as its serial rounded to the millisecond (serialToDate).
      if (v instanceof Date) return typeof fresh === 'number' && Math.abs(fresh - dateToSerial(v, timeZone)) < 1e-7;
      return fresh === v;
    }),
  );
}

/**
 * The named tabs read again (this execution's cached SpreadsheetApp writes, if any, flushed first): one
 * serial-number read, and the date-time read only for the tabs whose values changed since `before`.
 */
export function readGridsAgain(index: SheetIndex, before: ReadonlyMap<string, Grid>): Map<string, Grid> {
  const grids = new Map<string, Grid>();
  const changed: string[] = [];
  flushWrites();
  for (const batch of tabBatches([...before.keys()])) {
    const serial = readValues(index, batch, 'SERIAL_NUMBER');
    batch.forEach((name, i) => {
      const grid = before.get(name);
      if (grid && sameAsBefore(grid, serial[i], index.timeZone)) grids.set(name, grid);
      else changed.push(name);
    });
  }
  for (const [name, grid] of readGrids(index, changed)) grids.set(name, grid);
  return grids;
}
