// The Kanwil a "Rekap nasional" stopped near the time limit has read, kept for the next run: far too many figures
// for document properties (9 KB a value, 500 KB in all), so they go to a hidden sheet as rows of
// [position in the list, JSON]: one row per unreadable Kanwil (its reason), one or more per unit of a readable one
// (its code, name, type, status and published values). JSON text is never taken by Sheets for a number, a date or a
// formula, so the figures come back exactly as read.
import type { FieldValue, Grid } from '../schema/types';
import type { SubmissionStatus, UnitType } from '../schema/vocabulary';
import type { KanwilRead } from './consolidate-national';
import type { KanwilSource } from './national-config';
import { type PublishedUnit, publishedUnit, type UnreadableReason } from './read-published';

/** The hidden sheet holding the checkpoint's figures. */
export const NATIONAL_READS_SHEET = 'Nasional terbaca';

/**
 * A cell holds at most 50,000 characters (https://support.google.com/docs/answer/37603): a unit's values are
 * split over rows well below that.
 */
export const ROW_JSON_MAX = 40_000;

export type CheckpointRow = [number, string];

interface UnitRow {
  readonly office: string;
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  readonly status: SubmissionStatus;
  readonly values: Record<string, FieldValue>;
}

/** The values split into parts whose JSON stays under ROW_JSON_MAX (at least one part, maybe empty). */
function valueParts(values: Record<string, FieldValue>): Record<string, FieldValue>[] {
  const parts: Record<string, FieldValue>[] = [{}];
  let size = 0;
  for (const [key, value] of Object.entries(values)) {
    const entry = JSON.stringify({ [key]: value }).length;
    if (size + entry > ROW_JSON_MAX && size > 0) {
      parts.push({});
      size = 0;
    }
    (parts.at(-1) as Record<string, FieldValue>)[key] = value;
    size += entry;
  }
  return parts;
}

/** The rows keeping what reading the Kanwil at `position` (1-based) gave. */
export function checkpointRows(position: number, read: KanwilRead): CheckpointRow[] {
  const publication = read.publication;
  if (!publication.ok) return [[position, JSON.stringify({ reason: publication.reason })]];
  return publication.units.flatMap(({ unit, report }) =>
    valueParts(report.values).map((values): CheckpointRow => {
      const row: UnitRow = {
        office: publication.office,
        code: unit.code,
        name: unit.name,
        type: unit.type,
        status: report.meta.status,
        values,
      };
      return [position, JSON.stringify(row)];
    }),
  );
}

/**
 * The reads of the first `count` listed Kanwil rebuilt from the hidden sheet's rows; null when a position among
 * them has no row or a row cannot be read (the run then reads everything again).
 */
export function readsFromCheckpoint(
  grid: Grid,
  sources: readonly KanwilSource[],
  period: string,
  count: number,
): KanwilRead[] | null {
  const byPosition = new Map<number, unknown[]>();
  for (const [position, json] of grid) {
    if (typeof position !== 'number' || position < 1 || position > count) continue;
    try {
      const rows = byPosition.get(position) ?? [];
      rows.push(JSON.parse(String(json)));
      byPosition.set(position, rows);
    } catch {
      return null;
    }
  }
  const reads: KanwilRead[] = [];
  for (let position = 1; position <= count; position++) {
    const source = sources[position - 1];
    const rows = byPosition.get(position);
    if (!source || !rows) return null;
    const [first] = rows as { reason?: UnreadableReason }[];
    if (first?.reason) {
      reads.push({ source, publication: { ok: false, reason: first.reason } });
      continue;
    }
    const units = new Map<string, UnitRow>();
    for (const row of rows as UnitRow[]) {
      const seen = units.get(row.code);
      units.set(row.code, seen ? { ...seen, values: { ...seen.values, ...row.values } } : row);
    }
    const published: PublishedUnit[] = [...units.values()].map(({ code, name, type, status, values }) =>
      publishedUnit({ code, name, type }, period, status, values),
    );
    reads.push({ source, publication: { ok: true, office: (rows[0] as UnitRow).office, units: published } });
  }
  return reads;
}
