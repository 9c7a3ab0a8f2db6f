// Arsip rows keyed by (period, unit, indicator): writing the same figures twice changes nothing, a figure typed again
// replaces its row, so each value of a closed period is in Arsip exactly once.

import type { Grid } from '../schema/types';
import { isoDateIn } from '../text/format';
import { ARCHIVE_INVALID, ARCHIVE_VALID, type ArchiveCell } from './archive';

/** Columns of ARCHIVE_HEADER the key and the comparison read. */
const PERIOD = 0;
const CODE = 1;
const NAME = 2;
const INDICATOR = 3;
const VALUE = 5;
const STATUS = 6;

/** cellText's protective apostrophe undone, as setValues undoes it: the text a cell stores (what a read gives back). */
export function storedText(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

function asText(value: unknown): string {
  if (value instanceof Date) return isoDateIn(value);
  return typeof value === 'string' ? value : String(value ?? '');
}

/**
 * What identifies an archived value: period, unit code and indicator. A unit's figure keeps its key whether it was
 * valid or not; a value from an unregistered tab or a displaced cell is also keyed by its tab and status, so it can
 * never replace a unit's own figure.
 */
export function archiveRowKey(row: readonly unknown[]): string {
  const status = asText(row[STATUS]).trim();
  const own = status === ARCHIVE_VALID || status === ARCHIVE_INVALID;
  const key = [PERIOD, CODE, INDICATOR].map((i) => asText(row[i]).trim());
  return JSON.stringify(own ? key : [...key, asText(row[NAME]).trim(), status]);
}

/** A row to write: cellText'd strings as archiveRowsFromGrids makes them; compared by what a cell would store. */
function sameContent(stored: readonly unknown[], row: readonly ArchiveCell[]): boolean {
  const value = row[VALUE];
  const wanted = typeof value === 'string' ? storedText(value) : value;
  const have = stored[VALUE] instanceof Date ? isoDateIn(stored[VALUE]) : stored[VALUE];
  // A number archived as text by an older run reads back as the same digits.
  const equal = have === wanted || (typeof wanted === 'number' && String(have) === String(wanted));
  return equal && asText(stored[STATUS]) === asText(row[STATUS]);
}

export interface ArchiveWrite {
  /** 1-based sheet row (the header is row 1). */
  readonly row: number;
  readonly values: readonly ArchiveCell[];
}

/** The Arsip as read (header first) indexed by key, growing as a run writes more rows. */
export class ArchiveIndex {
  private readonly rows = new Map<string, { row: number; stored: readonly unknown[] }>();
  private next: number;

  constructor(grid: Grid) {
    grid.forEach((stored, i) => {
      if (i === 0 || stored.every((v) => v === '' || v === null)) return;
      this.rows.set(archiveRowKey(stored), { row: i + 1, stored });
    });
    // Below the last row with content, as an append would write.
    let last = grid.length;
    while (last > 1 && (grid[last - 1] ?? []).every((v) => v === '' || v === null)) last--;
    this.next = Math.max(2, last + 1);
  }

  /** The archived content of a key, or undefined. */
  get(key: string): readonly unknown[] | undefined {
    return this.rows.get(key)?.stored;
  }

  /**
   * The writes that put `rows` into Arsip: a new key is appended below the last row, a key whose value or status
   * changed is overwritten where it is, an unchanged one is left alone. The index records them as written.
   */
  plan(rows: readonly (readonly ArchiveCell[])[]): ArchiveWrite[] {
    const writes = new Map<number, ArchiveWrite>();
    for (const values of rows) {
      const key = archiveRowKey(values);
      const existing = this.rows.get(key);
      if (existing && sameContent(existing.stored, values)) continue;
      const row = existing?.row ?? this.next++;
      const stored = values.map((v) => (typeof v === 'string' ? storedText(v) : v));
      this.rows.set(key, { row, stored });
      writes.set(row, { row, values });
    }
    return [...writes.values()];
  }

  /** The rows of `period` as a read of the sheet gives them back now (header left out), top to bottom. */
  rowsOf(period: string): (readonly unknown[])[] {
    return [...this.rows.values()]
      .filter((r) => asText(r.stored[PERIOD]).trim() === period)
      .sort((a, b) => a.row - b.row)
      .map((r) => r.stored);
  }

  /** The first row below the archive's content. */
  get end(): number {
    return this.next;
  }
}
