// Document properties holding JSON, read back safely: whatever is stored there (nothing, text that is not JSON, an
// older or damaged record), a reader gets either a well-formed value or null.

import { withRetry } from '../runtime/retry';
import { EDIT_AREA_PREFIX, LATE_EDIT_PREFIX, REWRITING, STATUS_PREFIX } from './keys';

type Properties = GoogleAppsScript.Properties.Properties;

/** The record in a parsed JSON value, or null when the value is not one. */
export type Shape<T> = (parsed: unknown) => T | null;

/** The record in a property's text; null when absent, not JSON, or not of the shape. */
export function parseJsonProperty<T>(raw: string | null | undefined, shape: Shape<T>): T | null {
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  return shape(parsed);
}

/** `store`: the document properties already opened, when a caller reads them itself (onEdit). */
export function readJsonProperty<T>(key: string, shape: Shape<T>, store?: Properties): T | null {
  return parseJsonProperty(store ? store.getProperty(key) : readProperty(key), shape);
}

export function writeJsonProperty(key: string, value: unknown, store?: Properties): void {
  writeProperty(key, JSON.stringify(value), store);
}

/** A property's text: from the run's view when one is open and the key is one only runs holding the lock write. */
export function readProperty(key: string): string | null {
  const seen = openView();
  if (seen && !isLive(key)) return seen[key] ?? null;
  return documentProperties().getProperty(key);
}

export function writeProperty(key: string, text: string, store = documentProperties()): void {
  store.setProperty(key, text);
  const seen = openView();
  if (seen) seen[key] = text;
}

/** Deletes the property; no call when the run's view shows it absent (a key only runs holding the lock write). */
export function deleteProperty(key: string): void {
  const seen = openView();
  if (seen && !isLive(key) && !(key in seen)) return;
  documentProperties().deleteProperty(key);
  if (seen) delete seen[key];
}

/** Deletes those of `keys` that exist (`existing`: the keys just read, else one getKeys call), one call per key. */
export function deleteProperties(
  keys: readonly string[],
  existing: Iterable<string> = documentProperties().getKeys(),
): void {
  const store = documentProperties();
  const present = new Set(existing);
  const seen = openView();
  for (const key of keys) {
    if (present.has(key)) store.deleteProperty(key);
    if (seen) delete seen[key];
  }
}

// The store opened once per execution: a handle only names the store (each read and write still goes to it), and Apps
// Script loads the script anew for every execution, so module state lives one execution. Keyed by the service object,
// so tests, which load a module once but install a new service per emulated workbook, never share a handle.
const opened = new WeakMap<object, Properties>();

/**
 * Keys written by runs that do not hold the script lock (the onEdit trigger, a send or return under the document
 * lock): always read from the store itself, never from a run's view.
 */
const LIVE_PREFIXES = [STATUS_PREFIX, EDIT_AREA_PREFIX, LATE_EDIT_PREFIX, REWRITING];

const isLive = (key: string) => LIVE_PREFIXES.some((prefix) => key.startsWith(prefix));

/** The run's view of the document properties: one getProperties under the script lock, kept up to date by its writes. */
let view: { readonly service: object; readonly values: Record<string, string> } | null = null;

function openView(): Record<string, string> | null {
  return view && view.service === PropertiesService ? view.values : null;
}

/**
 * Runs `body` with every document property read once: the keys only runs holding the script lock write (checkpoints,
 * the pending Log, the admins followed, the run's records) cannot change under it, so each read after that is
 * answered from the view. The statuses in it are the run's starting point (statusView); changes read afresh.
 */
export function withPropertyView<T>(body: () => T): T {
  const service = PropertiesService;
  const previous = view;
  let values: Record<string, string> | null = null;
  try {
    values = withRetry(() => documentProperties().getProperties());
  } catch {
    // Only a saving: without the view each read goes to the store, and fails or succeeds there as it would.
  }
  view = values ? { service, values } : null;
  try {
    return body();
  } finally {
    view = previous;
  }
}

/** The run's view of every property, when one is open (the statuses as the run began, updated by its own changes). */
export function propertyView(): Readonly<Record<string, string>> | null {
  return openView();
}

/** Puts what a fresh read under another lock found (the statuses) into the run's view, when one is open. */
export function refreshView(fresh: Readonly<Record<string, string>>): void {
  const seen = openView();
  if (seen) Object.assign(seen, fresh);
}

export function documentProperties(): Properties {
  const service = PropertiesService;
  const known = opened.get(service);
  if (known) return known;
  const store = service.getDocumentProperties();
  if (store) opened.set(service, store);
  return store;
}

/** A plain object of a parsed value, to read its fields from; null for anything else. */
export function asRecord(parsed: unknown): Readonly<Record<string, unknown>> | null {
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : null;
}
