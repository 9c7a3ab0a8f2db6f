// The programme indicators a national summary lists: every numeric field the consolidation sums, each totalled over
// the units a consolidation counts on its basis.
import type { Consolidation } from '../consolidation/consolidate';
import { allFields, SCHEMA } from '../schema/schema';
import type { UnitReport } from '../schema/types';

/** Numeric indicators that add up over units, in template order (identity, text and percentages left out). */
export const SUMMED_KEYS: readonly string[] = allFields(SCHEMA)
  .filter((f) => !f.field.readonly && f.field.aggregate !== 'none')
  .filter((f) => ['integer', 'decimal', 'money', 'area'].includes(f.field.type))
  .map((f) => f.key);

/** Each summed indicator's total over the reports `c` counts (its basis), 0 where none reports it. */
export function indicatorTotals(c: Consolidation, reports: readonly UnitReport[]): ReadonlyMap<string, number> {
  const counted = new Set(c.basis.counted);
  const totals = new Map<string, number>(SUMMED_KEYS.map((k) => [k, 0]));
  for (const report of reports) {
    if (!counted.has(report.unit.code)) continue;
    for (const key of SUMMED_KEYS) {
      const value = report.values[key];
      if (typeof value === 'number' && Number.isFinite(value)) totals.set(key, (totals.get(key) ?? 0) + value);
    }
  }
  return totals;
}
