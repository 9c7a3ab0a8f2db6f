// The "Arsip" sheet: long-form rows appended in one write (closed periods, and values a template change displaced).

import { ARCHIVE_SHEET } from '../../core/config/sheet-names';
import { ARCHIVE_DISPLACED, ARCHIVE_HEADER, type ArchiveCell } from '../../core/lifecycle/archive';
import { ArchiveIndex, type ArchiveWrite } from '../../core/lifecycle/archive-keys';
import { DISPLACED_ACK_COL, DISPLACED_ACK_HEADER } from '../../core/lifecycle/displaced';
import type { CellValue, Grid, UnitConfig } from '../../core/schema/types';
import { cellText } from '../../core/text/cell-text';
import { formatDateTimeId, isoDateIn } from '../../core/text/format';
import { withRetry } from '../runtime/retry';
import { ADMIN_SHEET_DESCRIPTION } from './apply-layout';
import { sheetIdAllocator } from './batch-update';
import { runsOf, writeRows } from './cell-batch';
import { cellData, cellFormat } from './cell-data';
import type { SheetIndex } from './sheet-index';
import { protectionRequest } from './unit-tab-requests';

type Request = GoogleAppsScript.Sheets.Schema.Request;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Sheets' size of a sheet added without one. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/**
 * The requests that add an add-on sheet a batch writes: Sheets' default size, text columns ([from, to) column indices:
 * "2026-02" must never become a date), a frozen header row, and a protection only the admins pass.
 */
export function addAdminSheetRequests(
  sheetId: number,
  title: string,
  textColumns: readonly (readonly [number, number])[],
  admins: readonly string[],
): Request[] {
  return [
    {
      addSheet: {
        properties: {
          sheetId,
          title,
          gridProperties: { rowCount: NEW_SHEET_ROWS, columnCount: NEW_SHEET_COLUMNS, frozenRowCount: 1 },
        },
      },
    },
    ...textColumns.map(
      ([from, to]): Request => ({
        repeatCell: {
          range: { sheetId, startColumnIndex: from, endColumnIndex: to },
          cell: { userEnteredFormat: cellFormat({ pattern: '@' }) },
          fields: 'userEnteredFormat.numberFormat',
        },
      }),
    ),
    protectionRequest(sheetId, undefined, {}, ADMIN_SHEET_DESCRIPTION, [], admins),
  ];
}

/** The requests that add the Arsip with its header, admin-only, under `sheetId` (one batch with its rows); its key
 * columns are text, where "2026-02" must not become a date. */
export function archiveSheetRequests(sheetId: number, admins: readonly string[]): Request[] {
  return [
    ...addAdminSheetRequests(
      sheetId,
      ARCHIVE_SHEET,
      [
        [0, 5],
        [6, 8],
      ],
      admins,
    ),
    {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: 0 },
        rows: [{ values: ARCHIVE_HEADER.map((h) => cellData(h, { bold: true, pattern: '@' })) }],
        fields: 'userEnteredValue,userEnteredFormat(numberFormat,textFormat.bold)',
      },
    },
  ];
}

/** The Arsip as a set up appends displaced values to it: its id, next free row and grid size, kept between parts. */
export interface DisplacedTarget {
  readonly sheetId: number;
  nextRow: number;
  maxRows: number;
  maxColumns: number;
}

/**
 * The requests that append values set-up moved off a unit tab, each with an unticked "Ditinjau admin" checkbox: until
 * an admin ticks it, the value is an issue of its unit (displaced.ts). The grid grows first, in the same atomic batch
 * (appendDimension), so every request writes fixed cells; sent with the rewrite of the tab they come from, a failed
 * batch archives nothing and a rerun (which finds the tab rewritten) never archives twice.
 */
export function displacedRequests(target: DisplacedTarget, rows: readonly (readonly ArchiveCell[])[]): Request[] {
  if (rows.length === 0) return [];
  const { sheetId } = target;
  const start = target.nextRow;
  const last = start + rows.length - 1;
  const requests: Request[] = [];
  if (last > target.maxRows) {
    requests.push({ appendDimension: { sheetId, dimension: 'ROWS', length: last - target.maxRows } });
    target.maxRows = last;
  }
  if (target.maxColumns < DISPLACED_ACK_COL) {
    requests.push({
      appendDimension: { sheetId, dimension: 'COLUMNS', length: DISPLACED_ACK_COL - target.maxColumns },
    });
    target.maxColumns = DISPLACED_ACK_COL;
  }
  target.nextRow = last + 1;
  const ack = { sheetId, startColumnIndex: DISPLACED_ACK_COL - 1, endColumnIndex: DISPLACED_ACK_COL };
  requests.push(
    {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: DISPLACED_ACK_COL - 1 },
        rows: [{ values: [cellData(DISPLACED_ACK_HEADER, { bold: true })] }],
        fields: 'userEnteredValue,userEnteredFormat.textFormat.bold',
      },
    },
    {
      updateCells: {
        start: { sheetId, rowIndex: start - 1, columnIndex: 0 },
        rows: rows.map((r) => ({
          values: [...r, ...Array<string>(ARCHIVE_HEADER.length - r.length).fill(''), false].map((v) => cellData(v)),
        })),
        fields: 'userEnteredValue',
      },
    },
    {
      setDataValidation: {
        range: { ...ack, startRowIndex: start - 1, endRowIndex: last },
        rule: { condition: { type: 'BOOLEAN' } },
      },
    },
  );
  return requests;
}

/** The Arsip sheet as a close writes it: its rows indexed by key, its id and grid height, kept between batches. */
export interface ArchiveTarget {
  readonly index: ArchiveIndex;
  readonly sheetId: number;
  /** Rows in the grid, grown by the batches sent so far (a failed batch ends the run). */
  maxRows: number;
  /** The requests that add the Arsip while it is still missing: the first batch that writes to it carries them. */
  adding: Request[];
}

/**
 * The Arsip as the workbook read found it (`grid`, with its id and height from the index), so writing each value once
 * costs no call of its own; a missing Arsip is added by the first batch that writes to it (`adding`).
 */
export function archiveTarget(
  ss: Spreadsheet,
  sheets: SheetIndex,
  grid: Grid | null,
  admins: readonly string[],
): ArchiveTarget {
  const state = sheets.stateOf(ARCHIVE_SHEET);
  if (state) {
    // Read with the workbook; read here only when the caller's read left it out.
    const rows = grid ?? withRetry(() => ss.getSheetByName(ARCHIVE_SHEET)?.getDataRange().getValues() ?? []);
    return { index: new ArchiveIndex(rows), sheetId: state.sheetId, maxRows: state.rowCount, adding: [] };
  }
  const sheetId = sheetIdAllocator(sheets.states)();
  return {
    index: new ArchiveIndex([[...ARCHIVE_HEADER]]),
    sheetId,
    maxRows: NEW_SHEET_ROWS,
    adding: archiveSheetRequests(sheetId, admins),
  };
}

/**
 * The requests that write `writes` (see ArchiveIndex.plan), consecutive rows in one request. The grid grows first,
 * in the same atomic batch (appendDimension), so each request writes fixed cells and a failed batch adds no rows.
 */
export function archiveRequests(target: ArchiveTarget, writes: readonly ArchiveWrite[]): Request[] {
  if (writes.length === 0) return [];
  const adding = target.adding;
  target.adding = [];
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
  return [...adding, ...grow, ...rows];
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
