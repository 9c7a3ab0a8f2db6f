// Cell values written with ONE Sheets API spreadsheets.batchUpdate: "the updates in the request will be applied
// together atomically" and a request that is not valid fails the whole batch
// (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate).

import type { CellWrite } from '../../core/lifecycle/close-tab';
import { withRetry } from '../runtime/retry';
import { cellData } from './cell-data';
import { sheetsApi } from './sheet-index';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** Rows of values written from (row, col), 1-based: one updateCells request. */
export function writeRows(
  sheetId: number,
  row: number,
  col: number,
  rows: readonly (readonly (string | number)[])[],
): Request {
  return {
    updateCells: {
      start: { sheetId, rowIndex: row - 1, columnIndex: col - 1 },
      rows: rows.map((values) => ({ values: values.map((v) => cellData(v)) })),
      fields: 'userEnteredValue',
    },
  };
}

/** Sorted items cut into runs where each item `follows` the one before it. */
export function runsOf<T>(sorted: readonly T[], follows: (before: T, item: T) => boolean): T[][] {
  const runs: T[][] = [];
  for (const item of sorted) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last !== undefined && follows(last, item)) run.push(item);
    else runs.push([item]);
  }
  return runs;
}

/** Single cells as requests, neighbours on a row joined into one. */
export function writeCells(sheetId: number, cells: readonly CellWrite[]): Request[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  return runsOf(sorted, (a, b) => a.row === b.row && a.col + 1 === b.col).map((run) =>
    writeRows(sheetId, run[0]?.row ?? 1, run[0]?.col ?? 1, [run.map((c) => c.value)]),
  );
}

/**
 * Applies the requests as one batch. Every request writes fixed cells, so trying a transient failure again writes
 * the same values: a batch the service applied before timing out is not applied twice over.
 */
export function applyBatch(spreadsheetId: string, requests: readonly Request[]): void {
  if (requests.length === 0) return;
  withRetry(() => sheetsApi().Spreadsheets.batchUpdate({ requests: [...requests] }, spreadsheetId));
}
