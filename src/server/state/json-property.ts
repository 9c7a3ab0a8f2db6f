// Document properties holding JSON, read back safely: whatever is stored there (nothing, text that is not JSON, an
// older or damaged record), a reader gets either a well-formed value or null.

import { readProperty, writeProperty } from './document-properties';

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

/** A plain object of a parsed value, to read its fields from; null for anything else. */
export function asRecord(parsed: unknown): Readonly<Record<string, unknown>> | null {
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : null;
}
