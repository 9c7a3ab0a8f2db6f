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
export function sheetIdAllocator(states: readonly Pick<SheetState, 'sheetId'>[]): () => number {
  let next = Math.max(0, ...states.map((s) => s.sheetId)) + 1;
  return () => next++;
}

/** Items in order, in groups whose sizes add up to at most `max` (an item larger than that goes alone). */
export function packBySize<T>(items: readonly T[], sizeOf: (item: T) => number, max = MAX_BATCH_BYTES): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (group.length > 0 && bytes + size > max) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(item);
    bytes += size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** The indices of the parts each batch holds: at most MAX_BATCH_BYTES each (a larger part travels alone). */
function packParts(parts: readonly Request[][]): number[][] {
  const indexed = parts.flatMap((part, i) => (part.length > 0 ? [{ part, i }] : []));
  return packBySize(indexed, ({ part }) => JSON.stringify(part).length).map((batch) => batch.map(({ i }) => i));
}

/** Parts packed into batches of at most MAX_BATCH_BYTES each (a part larger than that travels alone). */
export function packBatches(parts: readonly Request[][]): Request[][] {
  return packParts(parts).map((batch) => batch.flatMap((i) => parts[i] ?? []));
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
