// The document properties (this Sheet's state) as a run reads and writes them: one handle per execution, and a run
// holding the script lock reads them all once (its view) and answers from that view the keys only such runs write.

import { withRetry } from '../runtime/retry';
import { EDIT_AREA_PREFIX, LATE_EDIT_PREFIX, REWRITING, STATUS_PREFIX } from './keys';

type Properties = GoogleAppsScript.Properties.Properties;

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
 * answered from the view. The statuses in it are the run's starting point (propertyView); changes read afresh.
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
