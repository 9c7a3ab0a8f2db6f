// The performance targets of issue 16, checked on the benchmark's measures: each check PASSes or FAILs with its figures.
import type { BenchOperation, CoreMeasure, OperationMeasure } from './bench-measure';

export interface BudgetCheck {
  readonly budget: string;
  readonly pass: boolean;
  readonly detail: string;
}

/** Each operation within this factor of its fewest calls. */
export const FEWEST_FACTOR = 2;
/** Operations held to finish in this many modelled seconds at any size. */
export const FAST_OPERATIONS: readonly BenchOperation[] = ['consolidateNow', 'generateReport'];
export const FAST_SECONDS = 10;
/** Set up and close of the largest workbook: one execution, under this many modelled seconds. */
export const ONE_RUN_OPERATIONS: readonly BenchOperation[] = ['setupUnitTabs', 'closePeriod'];
export const ONE_RUN_SECONDS = 60;
export const CORE_MS_MAX = 1000;

const fmt = (n: number) => n.toFixed(1);

export function checkBudget(operations: readonly OperationMeasure[], core: readonly CoreMeasure[]): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const sizes = [...new Set(operations.map((o) => o.tabs))].sort((a, b) => a - b);
  const smallest = sizes[0] ?? 0;
  const largest = sizes[sizes.length - 1] ?? 0;
  const names = [...new Set(operations.map((o) => o.operation))];
  const of = (operation: BenchOperation) => operations.filter((o) => o.operation === operation);
  const failure = (list: readonly OperationMeasure[]) =>
    list
      .filter((o) => o.outcome !== 'ok')
      .map((o) => `; ${o.outcome} at ${o.tabs} tabs: ${o.error ?? ''}`)
      .join('');

  for (const operation of names) {
    const list = of(operation);
    const ratios = list.map((o) => `${o.tabs}: ${o.cost.calls}/${o.fewest} = ${(o.cost.calls / o.fewest).toFixed(2)}×`);
    checks.push({
      budget: `${operation}: within ${FEWEST_FACTOR}× its fewest calls at every size`,
      pass: list.every((o) => o.outcome === 'ok' && o.cost.calls <= FEWEST_FACTOR * o.fewest),
      detail: `${ratios.join(', ')}${failure(list)}`,
    });
    const small = list.find((o) => o.tabs === smallest);
    const large = list.find((o) => o.tabs === largest);
    if (small && large && small !== large) {
      const fixed = (o: OperationMeasure) => o.cost.calls - o.cost.batches;
      checks.push({
        budget: `${operation}: no calls per tab, only batches split by payload (${smallest}→${largest} tabs)`,
        pass: fixed(large) <= fixed(small) && large.outcome === 'ok',
        detail: `calls besides batches ${fixed(small)}→${fixed(large)}, batches ${small.cost.batches}→${large.cost.batches}${failure([large])}`,
      });
    }
  }
  for (const operation of FAST_OPERATIONS) {
    const list = of(operation);
    if (list.length === 0) continue;
    checks.push({
      budget: `${operation}: under ${FAST_SECONDS} modelled seconds at every size`,
      pass: list.every((o) => o.outcome === 'ok' && o.cost.seconds < FAST_SECONDS),
      detail: list.map((o) => `${o.tabs}: ${fmt(o.cost.seconds)} s`).join(', ') + failure(list),
    });
  }
  for (const operation of ONE_RUN_OPERATIONS) {
    const o = of(operation).find((x) => x.tabs === largest);
    if (!o) continue;
    checks.push({
      budget: `${operation} of ${largest} tabs: one execution, under ${ONE_RUN_SECONDS} modelled seconds`,
      pass: o.outcome === 'ok' && o.runs === 1 && o.cost.seconds < ONE_RUN_SECONDS,
      detail: `${o.runs} run(s), ${fmt(o.cost.seconds)} s${failure([o])}`,
    });
  }
  const coreLargest = core.find((c) => c.tabs === largest);
  checks.push({
    budget: `core (validate + consolidate) on ${largest} tabs in under ${CORE_MS_MAX} ms of CPU here`,
    pass: coreLargest !== undefined && coreLargest.medianMs < CORE_MS_MAX,
    detail: coreLargest ? `median ${coreLargest.medianMs.toFixed(1)} ms over ${coreLargest.runs} runs` : 'not measured',
  });
  return checks;
}
