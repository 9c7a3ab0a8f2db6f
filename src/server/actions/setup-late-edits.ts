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
import { appendDisplaced, displacedRows } from '../sheets/archive-sheet';
import { readGrid } from '../sheets/workbook';
import { forgetLateEdits, type LateEdit, lateEdits } from '../state/late-edits';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function same(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b || String(a ?? '') === String(b ?? '');
}

/** A tab set up in this run: what it held when read, and the layout written over it. */
export interface RewrittenTab {
  readonly unit: UnitConfig;
  readonly sheet: Sheet;
  readonly before: Grid;
  readonly layout: TabLayout;
}

/**
 * Puts back what people typed on the tabs while set up rewrote them (one property read for all); returns how many
 * figures it kept that way (put back, or archived when the layout has no cell for them where they were typed).
 */
export function keepLateEdits(ss: Spreadsheet, tabs: readonly RewrittenTab[], config: Config, now: Date): number {
  if (tabs.length === 0) return 0;
  const edits = lateEdits(tabs.map((t) => t.unit.sheetName));
  let kept = 0;
  for (const tab of tabs) {
    const cells = edits.get(tab.unit.sheetName);
    if (cells) kept += keepOnTab(ss, tab, cells, config, now);
  }
  forgetLateEdits([...edits.keys()]);
  return kept;
}

function keepOnTab(ss: Spreadsheet, tab: RewrittenTab, edits: readonly LateEdit[], config: Config, now: Date): number {
  const { sheet, unit, before, layout } = tab;
  const current = readGrid(sheet);
  const keyAt = new Map([...locateTab(before, SCHEMA).fields].map(([key, p]) => [`${p.r},${p.c}`, key]));
  const placed = locateTab(layout.grid, SCHEMA).fields;
  const displaced: { from: string; value: CellValue }[] = [];
  let restored = 0;
  for (const { r, c, value } of edits) {
    if (same(current[r]?.[c] ?? '', value)) continue;
    const key = keyAt.get(`${r},${c}`);
    // Identity and status cells are the add-on's to write.
    if (key && isAddonKey(key)) continue;
    const to = key ? placed.get(key) : undefined;
    if (to?.r === r && to.c === c) {
      sheet.getRange(r + 1, c + 1).setValue(typeof value === 'string' ? cellText(value) : value);
      restored++;
    } else if (value !== '') {
      displaced.push({ from: toA1(r + 1, c + 1), value });
    }
  }
  appendDisplaced(ss, displacedRows(config.period, unit, displaced, now), config.admins);
  return restored + displaced.length;
}
