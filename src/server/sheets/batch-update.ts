// Writes through the Sheets API: request lists sent in as few spreadsheets.batchUpdate calls as Google's payload
// guideline allows; what a batch must know of the sheets there comes with the sheet index (sheet-index.ts).
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate
import { type SheetState, sheetsApi } from './sheet-index';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/**
 * Google recommends at most 2 MB per request (https://developers.google.com/sheets/api/limits); request lists are
 * packed into batches below it, a part (one sheet's requests) never split across two.
 */
export const MAX_BATCH_BYTES = 2_000_000;

/** Ids for sheets a batch adds: above every id there, so a batch can address a sheet it has just added. */
export function sheetIdAllocator(states: readonly SheetState[]): () => number {
  let next = Math.max(0, ...states.map((s) => s.sheetId)) + 1;
  return () => next++;
}

/** Parts packed into batches of at most MAX_BATCH_BYTES each (a part larger than that travels alone). */
export function packBatches(parts: readonly Request[][]): Request[][] {
  const batches: Request[][] = [];
  let batch: Request[] = [];
  let bytes = 0;
  for (const part of parts) {
    if (part.length === 0) continue;
    const size = JSON.stringify(part).length;
    if (batch.length > 0 && bytes + size > MAX_BATCH_BYTES) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(...part);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * Sends the parts in as few batchUpdate calls as the payload guideline allows and returns how many. Each batch is
 * applied whole or not at all. Not retried: a batch that timed out may have been applied, and requests that add,
 * delete or address by index are not idempotent.
 */
export function sendBatches(spreadsheetId: string, parts: readonly Request[][]): number {
  const batches = packBatches(parts);
  const api = sheetsApi();
  for (const requests of batches) api.Spreadsheets.batchUpdate({ requests }, spreadsheetId);
  return batches.length;
}
