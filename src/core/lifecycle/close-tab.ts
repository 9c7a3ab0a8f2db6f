// Closing one unit tab: the archive rows of what it holds for the closing period, and exactly the cells to write so it
// shows the next period (each value cell that was archived is cleared; identity and status are reset).

import { fieldKey, isAddonKey } from '../schema/field-key';
import { locateTab } from '../schema/locate-tab';
import { SCHEMA } from '../schema/schema';
import { buildUnitTab } from '../schema/tab-layout';
import type { CellValue, Config, Grid, UnitConfig } from '../schema/types';
import { isoDateIn } from '../text/format';
import { validateWorkbook } from '../validation/validate-workbook';
import { type ArchiveCell, archiveRowsFromGrids, valueCells } from './archive';

const PERIOD_KEY = fieldKey.identitas('periode');

/** One cell to write, 1-based; '' clears it. */
export interface CellWrite {
  readonly row: number;
  readonly col: number;
  readonly value: string | number;
}

export interface TabClose {
  /** Archive rows (no header) of every value the tab holds, for the closing period. */
  readonly rows: ArchiveCell[][];
  /** The cells that differ from the next period's empty tab: only value cells, never a label. */
  readonly writes: CellWrite[];
  /** Value key → zero-based cell, as located on the tab before it is cleared (to key an edit made meanwhile). */
  readonly cells: ReadonlyMap<string, { readonly r: number; readonly c: number }>;
}

/** The period a unit tab shows ("Periode" cell), or null when the tab has no such cell. */
export function tabPeriod(grid: Grid): string | null {
  const pos = locateTab(grid, SCHEMA).fields.get(PERIOD_KEY);
  if (!pos) return null;
  const v = grid[pos.r]?.[pos.c];
  return v instanceof Date ? isoDateIn(v).slice(0, 7) : String(v ?? '').trim();
}

/**
 * The close of `unit`'s tab: archive rows for `closing` and the writes that open it for `next`. Null when the tab's
 * value cells cannot be found (no "Periode" cell): such a tab is never cleared blind.
 */
export function closeUnitTab(
  config: Config,
  unit: UnitConfig,
  grid: Grid,
  closing: string,
  next: string,
  closedAt: Date,
): TabClose | null {
  const own = { ...config, units: [unit] };
  const tab = { name: unit.sheetName, grid };
  const report = validateWorkbook(own, [tab]).reports[0];
  if (!report?.found || tabPeriod(grid) === null) return null;
  const rows = archiveRowsFromGrids(own, [tab], closing, closedAt).slice(1);
  const empty = buildUnitTab(unit, next);
  const emptyCells = locateTab(empty.grid, SCHEMA).fields;
  const located = locateTab(grid, SCHEMA).fields;
  const cells = new Map<string, { r: number; c: number }>();
  for (const { key, r, c } of valueCells(report, grid)) cells.set(key, { r, c });
  for (const [key, pos] of located) if (!cells.has(key)) cells.set(key, pos);
  const writes: CellWrite[] = [];
  for (const [key, { r, c }] of cells) {
    const at = emptyCells.get(key);
    const value = isAddonKey(key) && at ? (empty.grid[at.r]?.[at.c] ?? '') : '';
    if (value instanceof Date) continue;
    if (!sameCell(grid[r]?.[c], value)) writes.push({ row: r + 1, col: c + 1, value });
  }
  return { rows, writes, cells };
}

function sameCell(current: CellValue, wanted: string | number): boolean {
  if (current === null || current === undefined) return wanted === '';
  return current === wanted;
}
