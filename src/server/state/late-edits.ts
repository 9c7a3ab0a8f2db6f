// Edits typed into unit tabs while an add-on run rewrites or clears them (a period close, a set up). The run marks
// itself first; the onEdit trigger then keeps each edit of a unit tab ("late-edit:<sheet>", JSON), and after writing a
// tab the run compares: an edit its write took away is put back or archived, never silently lost.
import type { CellValue } from '../../core/schema/types';
import { deleteProperties, documentProperties } from './document-properties';
import { asRecord, parseJsonProperty, writeJsonProperty } from './json-property';
import { LATE_EDIT_PREFIX, lateEditKey, REWRITING } from './keys';

type Properties = GoogleAppsScript.Properties.Properties;

/** A run longer than this cannot still be going (Apps Script stops it at 6 minutes): a left-over mark is ignored. */
const MARK_EXPIRES_MS = 10 * 60 * 1000;
/** A property value holds at most 9 KB: the oldest edits of a tab give way first. */
const MAX_CHARS = 8000;

/** One cell a person typed into, zero-based, with what it held right after the edit. */
export interface LateEdit {
  readonly r: number;
  readonly c: number;
  readonly value: CellValue;
}

/**
 * Marks that a run is rewriting unit tabs, from now on (before it reads them). A set up starts afresh; a close keeps
 * what an interrupted close left, to archive it.
 */
export function beginRewrite(now: Date, forgetEarlier = false): void {
  if (forgetEarlier) endRewrite();
  documentProperties().setProperty(REWRITING, String(now.getTime()));
}

/**
 * Ends the mark and forgets every edit kept meanwhile (the run has dealt with those of the tabs it wrote); `existing`:
 * the keys just read, else one getKeys call.
 */
export function endRewrite(existing: readonly string[] = documentProperties().getKeys()): void {
  const keys = existing.filter((k) => k === REWRITING || k.startsWith(LATE_EDIT_PREFIX));
  deleteProperties(keys, keys);
}

/** True while a run that began less than MARK_EXPIRES_MS ago rewrites unit tabs; `all`: the document's properties. */
export function rewriteUnderWay(now: Date, all: Readonly<Record<string, string>>): boolean {
  const since = Number(all[REWRITING]);
  return Number.isFinite(since) && since > 0 && now.getTime() - since < MARK_EXPIRES_MS;
}

/** A cell value as JSON keeps it: a date as { d: epoch ms }. */
function stored(value: CellValue): unknown {
  return value instanceof Date ? { d: value.getTime() } : value;
}

function restored(value: unknown): CellValue {
  const date = asRecord(value);
  if (date && typeof date.d === 'number') return new Date(date.d);
  return typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' ? value : '';
}

type Entry = readonly [number, number, unknown];

function entriesOf(raw: string | null): Entry[] {
  const parsed = parseJsonProperty(raw, (p) => (Array.isArray(p) ? (p as unknown[]) : null)) ?? [];
  return parsed.filter(
    (e): e is Entry => Array.isArray(e) && e.length === 3 && typeof e[0] === 'number' && typeof e[1] === 'number',
  );
}

/** Keeps a person's edit of a block of cells (top-left zero-based) on a unit tab, newest last. */
export function recordLateEdit(
  sheetName: string,
  top: number,
  left: number,
  values: readonly (readonly CellValue[])[],
  store: Properties = documentProperties(),
): void {
  const key = lateEditKey(sheetName);
  const added: Entry[] = values.flatMap((row, i) => row.map((v, j): Entry => [top + i, left + j, stored(v)]));
  const all = [...entriesOf(store.getProperty(key)), ...added];
  while (all.length > 1 && JSON.stringify(all).length > MAX_CHARS) all.shift();
  writeJsonProperty(key, all, store);
}

/** The edits kept for each of `sheetNames` (one getProperties call), the latest per cell. */
export function lateEdits(
  sheetNames: readonly string[],
  all: Readonly<Record<string, string>> = documentProperties().getProperties(),
): Map<string, LateEdit[]> {
  const out = new Map<string, LateEdit[]>();
  for (const name of sheetNames) {
    const raw = all[lateEditKey(name)];
    if (!raw) continue;
    const latest = new Map<string, LateEdit>();
    for (const [r, c, v] of entriesOf(raw)) latest.set(`${r},${c}`, { r, c, value: restored(v) });
    if (latest.size > 0) out.set(name, [...latest.values()]);
  }
  return out;
}

/** Forgets the edits kept for these tabs, once the run has put them back or archived them. */
export function forgetLateEdits(sheetNames: readonly string[], existing?: Iterable<string>): void {
  deleteProperties(sheetNames.map(lateEditKey), existing);
}
