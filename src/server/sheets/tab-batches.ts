// Unit tabs packed into spreadsheets.batchUpdate calls: in each batch the first tab of a shape gets its look written
// out and every later tab of that shape pastes it from that one. A batch pastes only from a tab it writes itself
// (requests of a batch apply in order, the batch whole or not at all), so nothing typed between two batches spreads.
import { MAX_BATCH_BYTES } from './batch-update';
import type { UnitTabPlan } from './unit-tab-requests';

type Request = GoogleAppsScript.Sheets.Schema.Request;

/** One unit tab of a set up: what goes before its own requests (its displaced values to Arsip), and its plan. */
export interface TabPart {
  readonly sheetId: number;
  readonly before: readonly Request[];
  readonly plan: UnitTabPlan;
}

export interface TabBatch {
  readonly requests: Request[];
  /** Unit tabs it sets up. */
  readonly tabs: number;
}

const sizeOf = (requests: readonly Request[]) => JSON.stringify(requests).length;

/**
 * `head`, the tabs in order and `tail` in batches of at most MAX_BATCH_BYTES (a tab never split; one larger than
 * that travels alone).
 */
export function tabBatches(head: readonly Request[], tabs: readonly TabPart[], tail: readonly Request[]): TabBatch[] {
  const batches: TabBatch[] = [];
  let requests: Request[] = [];
  let count = 0;
  let bytes = 0;
  let sources = new Map<string, number>();
  const close = () => {
    if (requests.length > 0) batches.push({ requests, tabs: count });
    requests = [];
    count = 0;
    bytes = 0;
    sources = new Map();
  };
  const add = (part: readonly Request[], tab = 0) => {
    requests.push(...part);
    bytes += sizeOf(part);
    count += tab;
  };
  add(head);
  for (const tab of tabs) {
    const sourceId = sources.get(tab.plan.shape);
    let part = [...tab.before, ...(sourceId === undefined ? tab.plan.full : tab.plan.pasted(sourceId))];
    if (requests.length > 0 && bytes + sizeOf(part) > MAX_BATCH_BYTES) {
      close();
      part = [...tab.before, ...tab.plan.full];
    }
    add(part, 1);
    if (!sources.has(tab.plan.shape)) sources.set(tab.plan.shape, tab.sheetId);
  }
  if (tail.length > 0 && requests.length > 0 && bytes + sizeOf(tail) > MAX_BATCH_BYTES) close();
  add(tail);
  close();
  return batches;
}
