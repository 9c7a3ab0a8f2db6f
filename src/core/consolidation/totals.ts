// What every block's consolidation shares: one unit's report as it is read, and regional totals that name what they leave out.
import type { BlockKey, ValueKey } from '../schema/field-key';
import { SCHEMA } from '../schema/schema';
import type { UnitConfig, UnitReport } from '../schema/types';

/** What a total is missing: units whose tab is missing or whose cells for it were rejected, and how many cells. */
export interface Exclusion {
  /** Unit codes, in configuration order. */
  readonly units: readonly string[];
  /** Number of rejected cells left out of the total. */
  readonly cells: number;
  /** Those cells, "LP-PKU!D12", in configuration order. */
  readonly cellRefs: readonly string[];
}

/** A regional total with what it leaves out; complete when `excluded.units` is empty. */
export interface Total {
  readonly value: number;
  readonly excluded: Exclusion;
}

/**
 * One unit's report as the consolidation sees it: a missing report is a unit whose tab was not found. A unit off the
 * consolidation basis (`counted` false) contributes nothing to any figure and is named by every figure's exclusion.
 */
export interface UnitView {
  readonly unit: UnitConfig;
  readonly report: UnitReport | null;
  readonly found: boolean;
  readonly counted: boolean;
  readonly invalid: ReadonlySet<string>;
}

/** Which units a block's totals count. */
export type Applies = (view: UnitView) => boolean;

export const everyUnit: Applies = () => true;

/** The units of the types a schema block applies to (pendidikan and layanan: custodial units only). */
export function appliesTo(block: BlockKey): Applies {
  const types: readonly string[] = SCHEMA.blocks.find((b) => b.key === block)?.appliesTo ?? [];
  return (view) => types.includes(view.unit.type);
}

/** The value as a number, 0 when empty, rejected, not a number or the unit is not counted. */
export function numberAt(view: UnitView, key: ValueKey): number {
  if (!view.counted) return 0;
  const value = view.report?.values[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** The value as trimmed text, '' when empty or the unit is not counted. */
export function textAt(view: UnitView, key: ValueKey): string {
  if (!view.counted) return '';
  const value = view.report?.values[key];
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/** The text, or '' when its cell was rejected. */
export function validText(view: UnitView, key: ValueKey): string {
  return view.invalid.has(key) ? '' : textAt(view, key);
}

/** The number, or null when the cell is empty, rejected, not a number or the unit is not counted. */
export function validNumber(view: UnitView, key: ValueKey): number | null {
  if (!view.counted) return null;
  const value = view.report?.values[key];
  return typeof value === 'number' && Number.isFinite(value) && !view.invalid.has(key) ? value : null;
}

/** How many of `keys` were rejected on the unit's tab. */
export function invalidCount(view: UnitView, keys: readonly ValueKey[]): number {
  let count = 0;
  for (const key of keys) if (view.invalid.has(key)) count++;
  return count;
}

/** Sums `keys` over the units the block applies to, recording which units and cells were left out. */
export function total(views: readonly UnitView[], applies: Applies, keys: readonly ValueKey[]): Total {
  let value = 0;
  for (const view of views) {
    if (!applies(view)) continue;
    let unitValue = 0;
    for (const key of keys) unitValue += numberAt(view, key);
    value += unitValue;
  }
  return { value, excluded: exclusion(views, applies, keys) };
}

/**
 * The units among those the block applies to that a figure over `keys` leaves out (not counted on the basis, or with
 * a rejected cell among `keys`), and how many of their cells for it were rejected.
 */
export function exclusion(views: readonly UnitView[], applies: Applies, keys: readonly ValueKey[]): Exclusion {
  const units: string[] = [];
  const cellRefs: string[] = [];
  for (const view of views) {
    if (!applies(view)) continue;
    const bad = view.found ? keys.filter((key) => view.invalid.has(key)) : [];
    if (!view.counted || bad.length > 0) units.push(view.unit.code);
    const sheet = view.report?.sheetName ?? view.unit.sheetName;
    for (const key of bad) {
      const a1 = view.report?.cells[key];
      cellRefs.push(a1 ? `${sheet}!${a1}` : sheet);
    }
  }
  return { units, cells: cellRefs.length, cellRefs };
}

/** A zero count for each item of a vocabulary list, in list order. */
export function zeroCounts<T extends string>(list: readonly T[]): Record<T, number> {
  return Object.fromEntries(list.map((item) => [item, 0])) as Record<T, number>;
}

/** A unit's name and code beside its figures. */
export interface UnitIdentity {
  readonly code: string;
  readonly name: string;
}

/** Numeric form fields: each one's regional total, and each applicable unit's figures (`units`). */
export type FieldTotals<F extends string> = Readonly<Record<F, Total>> & {
  readonly units: readonly (UnitIdentity & Readonly<Record<F, number>>)[];
};

/** Consolidates numeric form fields, named by figure: { kegiatan: fieldKey.layanan('bansos_kegiatan'), … }. */
export function fieldTotals<F extends string>(
  views: readonly UnitView[],
  applies: Applies,
  fields: Readonly<Record<F, ValueKey>>,
): FieldTotals<F> {
  const figures = Object.keys(fields) as F[];
  const byFigure = <T>(amountOf: (key: ValueKey) => T) =>
    Object.fromEntries(figures.map((figure) => [figure, amountOf(fields[figure])])) as Record<F, T>;
  const units = views.filter(applies).map((view) => ({
    code: view.unit.code,
    name: view.unit.name,
    ...byFigure((key) => numberAt(view, key)),
  }));
  return { ...byFigure((key) => total(views, applies, [key])), units };
}
