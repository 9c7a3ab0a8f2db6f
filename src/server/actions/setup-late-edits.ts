// Set up rewrites a tab from what it read: a figure typed between that read and the write would be reverted. onEdit
// kept it (late-edits.ts); after the write each such figure is put back in its cell, or, when the new layout moved
// that cell, archived as displaced (never lost).
import { isAddonKey } from '../../core/schema/field-key';
import { locateTab } from '../../core/schema/locate-tab';
import { SCHEMA } from '../../core/schema/schema';
import type { TabLayout } from '../../core/schema/tab-layout';
import type { CellValue, Config, Grid, UnitConfig } from '../../core/schema/types';
import { toA1 } from '../../core/text/a1';
import { cellText } from '../../core/text/cell-text';
import { type DisplacedTarget, displacedRequests, displacedRows } from '../sheets/archive-sheet';
import { readGrids } from '../sheets/batch-read';
import { sendBatches } from '../sheets/batch-update';
import { cellData, type SheetCell } from '../sheets/cell-data';
import type { SheetIndex } from '../sheets/sheet-index';
import { forgetLateEdits, type LateEdit, lateEdits } from '../state/late-edits';

type Request = GoogleAppsScript.Sheets.Schema.Request;

function same(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b || String(a ?? '') === String(b ?? '');
}

/** A tab set up in this run: what it held when read, and the layout written over it. */
export interface RewrittenTab {
  readonly unit: UnitConfig;
  readonly sheetId: number;
  readonly before: Grid;
  readonly layout: TabLayout;
}

/**
 * Puts back what people typed on the tabs while set up rewrote them (one property read for all; the tabs with such
 * edits read again in one values read, and what they need written in one batch); returns how many figures it kept
 * that way (put back, or archived when the layout has no cell for them where they were typed).
 */
export function keepLateEdits(
  index: SheetIndex,
  tabs: readonly RewrittenTab[],
  config: Config,
  now: Date,
  archive: DisplacedTarget,
): number {
  if (tabs.length === 0) return 0;
  const edits = lateEdits(tabs.map((t) => t.unit.sheetName));
  const touched = tabs.filter((t) => edits.has(t.unit.sheetName));
  if (touched.length === 0) return 0;
  const grids = readGrids(
    index,
    touched.map((t) => t.unit.sheetName),
  );
  let kept = 0;
  const requests: Request[] = [];
  for (const tab of touched) {
    const plan = keepOnTab(tab, grids.get(tab.unit.sheetName) ?? [], edits.get(tab.unit.sheetName) ?? []);
    requests.push(
      ...plan.restore.map(({ r, c, value }) => ({
        updateCells: {
          start: { sheetId: tab.sheetId, rowIndex: r, columnIndex: c },
          rows: [{ values: [cellData(typedCell(value), {}, index.timeZone)] }],
          fields: 'userEnteredValue',
        },
      })),
      ...displacedRequests(archive, displacedRows(config.period, tab.unit, plan.displaced, now)),
    );
    kept += plan.restore.length + plan.displaced.length;
  }
  sendBatches(index.spreadsheetId, [requests]);
  forgetLateEdits([...edits.keys()]);
  return kept;
}

/** A typed value as it is written back: text stays text, never a formula. */
function typedCell(value: CellValue): SheetCell {
  if (value instanceof Date || typeof value === 'number' || typeof value === 'boolean') return value;
  return cellText(String(value ?? ''));
}

/** What to do with a tab's late edits: cells to put back where they were typed, values to archive. */
function keepOnTab(
  tab: RewrittenTab,
  current: Grid,
  edits: readonly LateEdit[],
): { restore: LateEdit[]; displaced: { from: string; value: CellValue }[] } {
  const { before, layout } = tab;
  const keyAt = new Map([...locateTab(before, SCHEMA).fields].map(([key, p]) => [`${p.r},${p.c}`, key]));
  const placed = locateTab(layout.grid, SCHEMA).fields;
  const restore: LateEdit[] = [];
  const displaced: { from: string; value: CellValue }[] = [];
  for (const edit of edits) {
    const { r, c, value } = edit;
    if (same(current[r]?.[c] ?? '', value)) continue;
    const key = keyAt.get(`${r},${c}`);
    // Identity and status cells are the add-on's to write.
    if (key && isAddonKey(key)) continue;
    const to = key ? placed.get(key) : undefined;
    if (to?.r === r && to.c === c) restore.push(edit);
    else if (value !== '') displaced.push({ from: toA1(r + 1, c + 1), value });
  }
  return { restore, displaced };
}
