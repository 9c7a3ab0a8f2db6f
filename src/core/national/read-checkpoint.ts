// The Kanwil a "Rekap nasional" stopped near the time limit has read, kept for the next run: far too many figures
// for document properties (9 KB a value, 500 KB in all), so they go to a hidden sheet as rows of
// [position in the list, JSON]: one row per unreadable Kanwil (its reason), one or more per unit of a readable one
// (its code, name, type, status and published values; the first also how its BigQuery load went). JSON text is never taken by Sheets for a number, a date or a
// formula, so the figures come back exactly as read.
import type { FieldValue, Grid } from '../schema/types';
import type { SubmissionStatus, UnitType } from '../schema/vocabulary';
import type { LoadOutcome } from './bigquery-rows';
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

/** One listed Kanwil as a run got it: what reading it gave, and its BigQuery load (null: none was made). */
export interface KeptKanwil {
  readonly read: KanwilRead;
  readonly load: LoadOutcome | null;
}

interface UnitRow {
  readonly office: string;
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  readonly status: SubmissionStatus;
  readonly values: Record<string, FieldValue>;
  readonly load?: LoadOutcome;
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

/** The rows keeping what the run got of the Kanwil at `position` (1-based). */
export function checkpointRows(position: number, { read, load }: KeptKanwil): CheckpointRow[] {
  const publication = read.publication;
  if (!publication.ok) return [[position, JSON.stringify({ reason: publication.reason })]];
  const rows = publication.units.flatMap(({ unit, report }) =>
    valueParts(report.values).map(
      (values): UnitRow => ({
        office: publication.office,
        code: unit.code,
        name: unit.name,
        type: unit.type,
        status: report.meta.status,
        values,
      }),
    ),
  );
  return rows.map((row, i): CheckpointRow => [position, JSON.stringify(i === 0 && load ? { ...row, load } : row)]);
}

/**
 * The first `count` listed Kanwil as kept in the hidden sheet's rows; null when a position among them has no row or
 * a row cannot be read (the run then reads everything again).
 */
export function readsFromCheckpoint(
  grid: Grid,
  sources: readonly KanwilSource[],
  period: string,
  count: number,
): KeptKanwil[] | null {
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
  const kept: KeptKanwil[] = [];
  for (let position = 1; position <= count; position++) {
    const source = sources[position - 1];
    const rows = byPosition.get(position);
    if (!source || !rows) return null;
    const [first] = rows as { reason?: UnreadableReason }[];
    if (first?.reason) {
      kept.push({ read: { source, publication: { ok: false, reason: first.reason } }, load: null });
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
    const head = rows[0] as UnitRow;
    kept.push({
      read: { source, publication: { ok: true, office: head.office, units: published } },
      load: head.load ?? null,
    });
  }
  return kept;
}
