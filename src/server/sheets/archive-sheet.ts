// The "Arsip" sheet: long-form rows appended in one write (closed periods, and values a template change displaced).

import { ARCHIVE_SHEET } from '../../core/config/sheet-names';
import { ARCHIVE_DISPLACED, ARCHIVE_HEADER, type ArchiveCell } from '../../core/lifecycle/archive';
import { ArchiveIndex, type ArchiveWrite } from '../../core/lifecycle/archive-keys';
import { DISPLACED_ACK_COL, DISPLACED_ACK_HEADER } from '../../core/lifecycle/displaced';
import type { CellValue, UnitConfig } from '../../core/schema/types';
import { cellText } from '../../core/text/cell-text';
import { formatDateTimeId, isoDateIn } from '../../core/text/format';
import { withRetry } from '../runtime/retry';
import { protectForAdmins } from './apply-layout';
import { runsOf, writeRows } from './cell-batch';

type Request = GoogleAppsScript.Sheets.Schema.Request;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Arsip sheet with its header; columns are text-formatted where "2026-02" must not become a date. */
export function archiveSheet(ss: Spreadsheet, admins: readonly string[]): Sheet {
  const existing = ss.getSheetByName(ARCHIVE_SHEET);
  if (existing) return existing;
  const sheet = ss.insertSheet(ARCHIVE_SHEET);
  sheet.getRange('A:E').setNumberFormat('@');
  sheet.getRange('G:H').setNumberFormat('@');
  sheet
    .getRange(1, 1, 1, ARCHIVE_HEADER.length)
    .setValues([[...ARCHIVE_HEADER]])
    .setFontWeight('bold');
  sheet.setFrozenRows(1);
  protectForAdmins(sheet, admins);
  return sheet;
}

/** Appends rows (without a header) below the last row, in one write; returns how many were written. */
export function appendArchive(
  ss: Spreadsheet,
  rows: readonly (readonly ArchiveCell[])[],
  admins: readonly string[],
): number {
  return appendRows(ss, rows, admins) ? rows.length : 0;
}

/** The Arsip and the first row `rows` were appended at; null when there were none. */
function appendRows(
  ss: Spreadsheet,
  rows: readonly (readonly ArchiveCell[])[],
  admins: readonly string[],
): { sheet: Sheet; start: number } | null {
  if (rows.length === 0) return null;
  const sheet = archiveSheet(ss, admins);
  const start = sheet.getLastRow() + 1;
  const needed = start + rows.length - 1 - sheet.getMaxRows();
  if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
  sheet.getRange(start, 1, rows.length, ARCHIVE_HEADER.length).setValues(rows.map((r) => [...r]));
  return { sheet, start };
}

/**
 * Appends values set-up moved off a unit tab, each with an unticked "Ditinjau admin" checkbox: until an admin ticks
 * it, the value is an issue of its unit (displaced.ts). Returns how many were written.
 */
export function appendDisplaced(
  ss: Spreadsheet,
  rows: readonly (readonly ArchiveCell[])[],
  admins: readonly string[],
): number {
  const appended = appendRows(ss, rows, admins);
  if (!appended) return 0;
  const { sheet, start } = appended;
  if (sheet.getMaxColumns() < DISPLACED_ACK_COL)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), DISPLACED_ACK_COL - sheet.getMaxColumns());
  sheet.getRange(1, DISPLACED_ACK_COL).setValue(DISPLACED_ACK_HEADER).setFontWeight('bold');
  sheet
    .getRange(start, DISPLACED_ACK_COL, rows.length, 1)
    .setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build())
    .setValues(rows.map(() => [false]));
  return rows.length;
}

/** The Arsip (created when missing) with its rows indexed by key, to write each value once. */
/** The Arsip sheet as a close writes it: its id and grid height, kept in memory between batches. */
export interface ArchiveTarget {
  readonly sheet: Sheet;
  readonly index: ArchiveIndex;
  readonly sheetId: number;
  /** Rows in the grid, grown by the batches sent so far (a failed batch ends the run). */
  maxRows: number;
}

export function readArchive(ss: Spreadsheet, admins: readonly string[]): ArchiveTarget {
  const sheet = archiveSheet(ss, admins);
  const values = withRetry(() => sheet.getDataRange().getValues());
  return { sheet, index: new ArchiveIndex(values), sheetId: sheet.getSheetId(), maxRows: sheet.getMaxRows() };
}

/**
 * The requests that write `writes` (see ArchiveIndex.plan), consecutive rows in one request. The grid grows first,
 * in the same atomic batch (appendDimension), so each request writes fixed cells and a failed batch adds no rows.
 */
export function archiveRequests(target: ArchiveTarget, writes: readonly ArchiveWrite[]): Request[] {
  if (writes.length === 0) return [];
  const last = Math.max(...writes.map((w) => w.row));
  const grow: Request[] =
    last > target.maxRows
      ? [{ appendDimension: { sheetId: target.sheetId, dimension: 'ROWS', length: last - target.maxRows } }]
      : [];
  target.maxRows = Math.max(target.maxRows, last);
  const sorted = [...writes].sort((a, b) => a.row - b.row);
  const rows = runsOf(sorted, (a, b) => a.row + 1 === b.row).map((run) =>
    writeRows(
      target.sheetId,
      run[0]?.row ?? 2,
      1,
      run.map((w) => w.values),
    ),
  );
  return [...grow, ...rows];
}

/** Archive rows for typed values a new template layout had no place for (kept, never lost). */
export function displacedRows(
  period: string,
  unit: UnitConfig,
  unplaced: readonly { readonly from: string; readonly value: CellValue }[],
  at: Date,
): ArchiveCell[][] {
  const stamp = formatDateTimeId(at);
  return unplaced.map(({ from, value }) => [
    period,
    cellText(unit.code),
    cellText(unit.name),
    `${unit.sheetName}!${from}`,
    'Nilai dari sel lama',
    typeof value === 'number' ? value : value instanceof Date ? isoDateIn(value) : cellText(String(value)),
    ARCHIVE_DISPLACED,
    stamp,
  ]);
}
