// Document properties holding JSON, read back safely: whatever is stored there (nothing, text that is not JSON, an
// older or damaged record), a reader gets either a well-formed value or null.

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

/** `store`: the document properties already opened, when a caller counts its calls (onEdit). */
export function readJsonProperty<T>(key: string, shape: Shape<T>, store = documentProperties()): T | null {
  return parseJsonProperty(store.getProperty(key), shape);
}

export function writeJsonProperty(key: string, value: unknown, store = documentProperties()): void {
  store.setProperty(key, JSON.stringify(value));
}

export function deleteProperty(key: string): void {
  documentProperties().deleteProperty(key);
}

/** Deletes those of `keys` that exist (one getKeys call, then one delete per key present). */
export function deleteProperties(keys: readonly string[]): void {
  const store = documentProperties();
  const existing = new Set(store.getKeys());
  for (const key of keys) if (existing.has(key)) store.deleteProperty(key);
}

// The store opened once per execution: a handle only names the store (each read and write still goes to it), and Apps
// Script loads the script anew for every execution, so module state lives one execution. Keyed by the service object,
// so tests, which load a module once but install a new service per emulated workbook, never share a handle.
const opened = new WeakMap<object, Properties>();

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
