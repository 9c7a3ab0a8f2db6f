// Each sent unit tab's input area (document property "edit-area:<sheet name>"): what the onEdit trigger needs to
// flag an edit after sending with one property read.
import { isAddonKey } from '../../core/schema/field-key';
import type { UnitReport } from '../../core/schema/types';
import { fromA1 } from '../../core/text/a1';
import { deleteProperties } from './document-properties';
import { asRecord, parseJsonProperty, writeJsonProperty } from './json-property';
import { editAreaKey } from './keys';

/** A rectangle of input cells, 1-based and inclusive: [top row, left column, bottom row, right column]. */
export type CellRect = readonly [number, number, number, number];

export interface EditArea {
  readonly unitCode: string;
  readonly rects: readonly CellRect[];
}

function editAreaShape(parsed: unknown): EditArea | null {
  const r = asRecord(parsed);
  return r && typeof r.unitCode === 'string' && Array.isArray(r.rects)
    ? { unitCode: r.unitCode, rects: r.rects as CellRect[] }
    : null;
}

/** The tab's input area from the document's properties already read (`all`), or null. */
export function editAreaIn(all: Readonly<Record<string, string>>, sheetName: string): EditArea | null {
  return parseJsonProperty(all[editAreaKey(sheetName)], editAreaShape);
}

/**
 * The tab's input cells as rectangles: every field the operator types into, without the identity and status cells
 * the add-on writes. Neighbouring cells of a row merge into one run, then equal runs of consecutive rows into one rectangle.
 */
export function editAreaOf(report: UnitReport): EditArea {
  const byRow = new Map<number, number[]>();
  for (const [valueKey, a1] of Object.entries(report.cells)) {
    const pos = isAddonKey(valueKey) ? null : fromA1(a1);
    if (pos) byRow.set(pos.row, [...(byRow.get(pos.row) ?? []), pos.col]);
  }
  const runs: [number, number, number, number][] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    let start = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i < cols.length && cols[i] === cols[i - 1] + 1) continue;
      const end = cols[i - 1];
      const above = runs.find((r) => r[2] === row - 1 && r[1] === start && r[3] === end);
      if (above) above[2] = row;
      else runs.push([row, start, row, end]);
      start = cols[i];
    }
  }
  return { unitCode: report.unit.code, rects: runs };
}

/** Remembers the sent tab's input area for the onEdit trigger (one property write). */
export function rememberEditArea(report: UnitReport): void {
  writeJsonProperty(editAreaKey(report.sheetName), editAreaOf(report));
}

/**
 * Forgets the input areas of tabs that are no longer sent (a new period starts unsent); `existing`: the keys just
 * read, else one getKeys call.
 */
export function forgetEditAreas(sheetNames: readonly string[], existing?: readonly string[]): void {
  deleteProperties(sheetNames.map(editAreaKey), existing);
}
