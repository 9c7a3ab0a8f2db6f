// Migration of an existing unit tab onto a new layout: every typed value is carried to its new cell or kept aside.
import { toA1 } from '../text/a1';
import { cellText } from '../text/cell-text';
import { fieldKey, isAddonKey, STATUS_CELL_KEYS } from './field-key';
import { isBlank, locateTab, posA1, posKey } from './locate-tab';
import { repairHeaders } from './repair-headers';
import type { Schema } from './schema';
import type { LayoutCell, Placement, TabLayout } from './tab-layout';
import type { CellValue, Grid } from './types';

const KODE = fieldKey.identitas('kode');
const STATUS_KEYS: readonly string[] = Object.values(STATUS_CELL_KEYS);

/** A typed value as it is written back: text stays text, never a formula. */
export function toLayoutCell(v: CellValue): LayoutCell {
  if (typeof v === 'number' || v instanceof Date) return v;
  return cellText(String(v));
}

export function migrateTab(
  previous: Grid,
  schema: Schema,
  byKey: ReadonlyMap<string, Placement>,
  period: string,
  put: (key: string, value: LayoutCell) => void,
  unitCode: string,
): Pick<TabLayout, 'carried' | 'unplaced' | 'repaired'> {
  const { grid: repairedGrid, repaired } = repairHeaders(previous, schema);
  const loc = locateTab(repairedGrid, schema);
  const carried: { key: string; from: string; to: string }[] = [];
  const unplaced: { from: string; value: CellValue }[] = [];
  const handled = new Set<string>();
  const periodPos = loc.fields.get(fieldKey.identitas('periode'));
  const oldPeriod = periodPos ? String(previous[periodPos.r]?.[periodPos.c] ?? '').trim() : '';
  const samePeriod = oldPeriod === period;

  for (const [key, pos] of loc.fields) {
    handled.add(posKey(pos));
    const value = previous[pos.r]?.[pos.c];
    if (isBlank(value)) continue;
    const target = byKey.get(key);
    const field = target?.field;
    // A unit code other than the configured one is kept: validation flags the tab as another unit's copy.
    if (key === KODE && String(value).trim().toLowerCase() !== unitCode.trim().toLowerCase()) {
      put(key, toLayoutCell(value));
      carried.push({ key, from: posA1(pos), to: toA1(target?.row ?? 0, target?.col ?? 0) });
      continue;
    }
    if (field?.readonly) {
      // Identity is rewritten from the configuration; the add-on's status survives only within the same period.
      if (!(samePeriod && STATUS_KEYS.includes(key))) continue;
    }
    if (!target) {
      if (isAddonKey(key)) continue;
      unplaced.push({ from: posA1(pos), value });
      continue;
    }
    put(key, toLayoutCell(value));
    carried.push({ key, from: posA1(pos), to: toA1(target.row, target.col) });
  }
  for (let r = 0; r < previous.length; r++) {
    const row = previous[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const k = posKey({ r, c });
      if (isBlank(row[c]) || handled.has(k) || loc.templateCells.has(k)) continue;
      unplaced.push({ from: posA1({ r, c }), value: row[c] });
    }
  }
  return { carried, unplaced, repaired };
}
