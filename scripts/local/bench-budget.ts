// The performance budget of issue 8, checked on the benchmark's measures: each check PASSes or FAILs with its figures.
import type { BenchOperation, CoreMeasure, OperationMeasure } from './bench-measure';

export interface BudgetCheck {
  readonly budget: string;
  readonly pass: boolean;
  readonly detail: string;
}

/** Operations held to "at most one read per unit tab plus a constant" (setup writes each tab, so it is not). */
const READ_BOUND_OPERATIONS: readonly BenchOperation[] = ['validateAll', 'consolidateNow', 'generateReport'];
export const CONSOLIDATE_SECONDS_MAX = 120;
export const CORE_MS_MAX = 1000;

function perTab(delta: number, tabs: number): string {
  return (delta / tabs).toFixed(3);
}

/** Calls at the largest size minus calls at the smallest, per added tab, overall and by kind. */
function growth(small: OperationMeasure, large: OperationMeasure): { total: number; kinds: string } {
  const tabs = large.tabs - small.tabs;
  const kinds = Object.keys(large.calls.byKind)
    .map((k) => [k, large.calls.byKind[k as never] - small.calls.byKind[k as never]] as const)
    .filter(([, d]) => d !== 0)
    .map(([k, d]) => `${k} ${perTab(d, tabs)}`)
    .join(', ');
  return { total: (large.calls.total - small.calls.total) / tabs, kinds: kinds || 'none' };
}

export function checkBudget(operations: readonly OperationMeasure[], core: readonly CoreMeasure[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const sizes = [...new Set(operations.map((o) => o.tabs))].sort((a, b) => a - b);
  const largest = sizes[sizes.length - 1] ?? 0;
  const at = (operation: BenchOperation, tabs: number) =>
    operations.find((o) => o.operation === operation && o.tabs === tabs);

  for (const operation of READ_BOUND_OPERATIONS) {
    const reads = `${operation}: reads grow by at most one per unit tab`;
    const others = `${operation}: every other call stays constant (no per-tab or per-cell calls)`;
    // Growth is measured up to the largest size the operation completed; failing at a larger size fails the check.
    const done = sizes.map((n) => at(operation, n)).filter((o): o is OperationMeasure => o?.outcome === 'ok');
    const small = done[0];
    const large = done[done.length - 1];
    const failedAt = operations.find((o) => o.operation === operation && o.outcome !== 'ok');
    const failure = failedAt ? `; ${failedAt.outcome} at ${failedAt.tabs} tabs: ${failedAt.error ?? 'skipped'}` : '';
    if (!small || !large || small === large) {
      const detail = `not enough sizes completed${failure}`;
      checks.push({ budget: reads, pass: false, detail }, { budget: others, pass: false, detail });
      continue;
    }
    const tabs = large.tabs - small.tabs;
    const readGrowth = (large.calls.byKind.read - small.calls.byKind.read) / tabs;
    const g = growth(small, large);
    const span = `${small.tabs}→${large.tabs} tabs`;
    checks.push(
      {
        budget: reads,
        pass: readGrowth <= 1 && !failedAt,
        detail: `${span}: +${readGrowth.toFixed(3)} reads per tab${failure}`,
      },
      {
        budget: others,
        pass: g.total - readGrowth <= 0 && !failedAt,
        detail: `${span}: +${(g.total - readGrowth).toFixed(3)} other calls per tab (growth by kind: ${g.kinds})${failure}`,
      },
    );
  }

  const consolidate = at('consolidateNow', largest);
  checks.push({
    budget: `consolidateNow on ${largest} tabs in under ${CONSOLIDATE_SECONDS_MAX} modelled seconds`,
    pass: consolidate?.outcome === 'ok' && consolidate.calls.modelledSeconds < CONSOLIDATE_SECONDS_MAX,
    detail: consolidate
      ? `${consolidate.calls.modelledSeconds.toFixed(1)} s modelled, ${consolidate.outcome}${consolidate.error ? `: ${consolidate.error}` : ''}`
      : 'not measured',
  });

  const coreLargest = core.find((c) => c.tabs === largest);
  checks.push({
    budget: `core (validate + consolidate) on ${largest} tabs in under ${CORE_MS_MAX} ms of CPU here`,
    pass: coreLargest !== undefined && coreLargest.medianMs < CORE_MS_MAX,
    detail: coreLargest ? `median ${coreLargest.medianMs.toFixed(1)} ms over ${coreLargest.runs} runs` : 'not measured',
  });
  return checks;
}
