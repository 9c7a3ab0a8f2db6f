// From a call the ledger records (service, method, kind) to its key in method-scopes.json and the scopes it accepts.
// Most recorders already name calls `Interface.method`; the few that do not are normalised here, one rule each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallKind } from '../runtime';

let table: Readonly<Record<string, readonly string[]>> | null = null;

/** The generated table, read once on first use (it is large and most unit tests never need it). */
function scopeTable(): Readonly<Record<string, readonly string[]>> {
  table ??= (
    JSON.parse(readFileSync(join(__dirname, 'method-scopes.json'), 'utf8')) as { methods: Record<string, string[]> }
  ).methods;
  return table;
}

/**
 * Deprecated methods the table leaves out (its generator skips them) → the method that replaced them, whose reference
 * names the same scopes: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getTabColor()
 */
const DEPRECATED: Readonly<Record<string, string>> = {
  'Sheet.getTabColor': 'Sheet.getTabColorObject',
  'Range.getFontColor': 'Range.getFontColorObject',
  'Range.getFontColors': 'Range.getFontColorObjects',
};

/** properties.ts records each store under its own name; all three are the interface Properties. */
const PROPERTY_STORES = new Set(['DocumentProperties', 'ScriptProperties', 'UserProperties']);

/** document/elements.ts records elements by ElementType (TABLE_CELL); the interface is TableCell. */
const fromConstantCase = (name: string) =>
  name.toLowerCase().replace(/(?:^|_)([a-z])/g, (_, c: string) => c.toUpperCase());

function interfaceOf(service: string): string {
  if (PROPERTY_STORES.has(service)) return 'Properties';
  if (/^[A-Z][A-Z_]+$/.test(service)) return fromConstantCase(service);
  // charts.ts records builders as `barChartBuilder`.
  return service.charAt(0).toUpperCase() + service.slice(1);
}

function methodOf(method: string): string {
  // script-app.ts records a spreadsheet trigger's event (ON_EDIT) for the builder's onEdit().
  if (/^[A-Z][A-Z_]+$/.test(method)) {
    const pascal = fromConstantCase(method);
    return pascal.charAt(0).toLowerCase() + pascal.slice(1);
  }
  return method;
}

/** An interface several services declare (Range, Table, Text, …) is keyed by namespace too: whose call is this? */
function namespaceOf(service: string, kind: CallKind): string | null {
  if (service === 'SpreadsheetApp') return 'Spreadsheet';
  if (kind === 'docs') return 'Document';
  if (kind === 'drive') return 'Drive';
  return null;
}

export interface ScopedMethod {
  /** `Interface.method` as Apps Script names it in its errors, e.g. `DriveApp.createFolder`, `Range.setValues`. */
  readonly name: string;
  /** Any one of these scopes lets the call run; [] when its reference names none. */
  readonly accepted: readonly string[];
}

/** The method a recorded call is, with the scopes it accepts; an emulator error for a method the table lacks. */
export function scopedMethod(service: string, method: string, kind: CallKind): ScopedMethod {
  // console is JavaScript's, written to Cloud Logging; it has no reference page, no table key and needs no scope
  // (https://developers.google.com/apps-script/guides/logging).
  if (service === 'console') return { name: `console.${method}`, accepted: [] };
  // spreadsheet/context.ts records every SpreadsheetApp object's calls under the service, as `Range.setValues`.
  const name = service === 'SpreadsheetApp' ? method : `${interfaceOf(service)}.${methodOf(method)}`;
  const namespace = namespaceOf(service, kind);
  const methods = scopeTable();
  for (const key of [namespace ? `${namespace}.${name}` : null, name, DEPRECATED[name]]) {
    const accepted = key ? methods[key] : undefined;
    if (accepted) return { name, accepted };
  }
  throw new Error(
    `Emulator: ${name} (recorded as ${service} ${method}) is not in emulator/scopes/method-scopes.json, so the ` +
      'scopes it needs are unknown. Record it under its Apps Script name, or regenerate the table.',
  );
}
