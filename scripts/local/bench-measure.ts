// One benchmark size: the built bundle's operations on N filled unit tabs (calls, modelled seconds) and the core's CPU.
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../../src/core/config/config';
import { consolidateRegion } from '../../src/core/consolidation/consolidate';
import type { Grid } from '../../src/core/schema/types';
import { validateWorkbook } from '../../src/core/validation/validate-workbook';
import { isUnitCandidate } from '../../src/server/sheets/workbook';
import { generatedWorkbook } from './generated-workbook';
import { type CallTally, type FlowFunction, loadBuiltBundle, runStep } from './kanwil-flow';
import { seedFromGrids } from './seed-workbook';

/** The operations the benchmark measures, in the order the Kanwil runs them. */
export const BENCH_OPERATIONS = ['setupUnitTabs', 'validateAll', 'consolidateNow', 'generateReport'] as const;
export type BenchOperation = (typeof BENCH_OPERATIONS)[number];

export interface OperationMeasure {
  readonly tabs: number;
  readonly operation: BenchOperation;
  readonly outcome: 'ok' | 'skipped' | 'failed';
  readonly error: string | null;
  /** Calls summed over every run the operation took (setup resumes near the time limit: one run per ~120 tabs). */
  readonly calls: CallTally;
  /** Executions it took to complete (each inside Apps Script's 6-minute limit). */
  readonly runs: number;
}

/** Setup runs again while it stops near the time limit ("Dilanjutkan"), as the admin would; at most this often. */
const MAX_SETUP_RUNS = 10;

function sumTallies(tallies: readonly CallTally[]): CallTally {
  const byKind = { ...tallies[0]?.byKind } as Record<keyof CallTally['byKind'], number>;
  for (const t of tallies.slice(1))
    for (const k of Object.keys(byKind) as (keyof typeof byKind)[]) byKind[k] += t.byKind[k];
  return {
    total: tallies.reduce((n, t) => n + t.total, 0),
    byKind,
    modelledSeconds: tallies.reduce((n, t) => n + t.modelledSeconds, 0),
  };
}

export interface CoreMeasure {
  readonly tabs: number;
  /** Median wall time here of parseConfig + validateWorkbook + consolidateRegion over all tabs, in ms. */
  readonly medianMs: number;
  readonly runs: number;
}

const CORE_RUNS = 7;

/** Median of the timed runs, after one warm-up run (the JIT compiles the core on the first). */
function timeCore(config: Grid, tabs: readonly { name: string; grid: Grid }[]): number {
  const once = (): number => {
    const started = performance.now();
    const parsed = parseConfig(config).config;
    if (!parsed) throw new Error('The generated configuration does not parse.');
    const { reports } = validateWorkbook(parsed, tabs);
    consolidateRegion(parsed, reports);
    return performance.now() - started;
  };
  once();
  const times = Array.from({ length: CORE_RUNS }, once).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** Seeds N filled tabs, runs each operation on the built bundle as the admin, and times the core on the same grids. */
export function measureSize(tabs: number, distDir: string): { operations: OperationMeasure[]; core: CoreMeasure } {
  const seeded = seedFromGrids(generatedWorkbook(tabs));
  // The core sees what the product reads: the typed values as getValues() returns them.
  const grids = seeded.spreadsheet.sheets.map((sheet) => ({
    name: sheet.name,
    grid: sheet.getDataRange().getValues(),
  }));
  const configGrid = grids.find((g) => !isUnitCandidate(g.name))?.grid ?? [];
  const unitTabs = grids.filter((g) => isUnitCandidate(g.name));
  seeded.emulator.ledger.reset();

  const bundle = loadBuiltBundle(seeded, distDir);
  runStep(seeded, bundle, 'onOpen');
  const operations = BENCH_OPERATIONS.map((operation): OperationMeasure => {
    const steps = [runStep(seeded, bundle, operation as FlowFunction)];
    while (
      operation === 'setupUnitTabs' &&
      steps.length < MAX_SETUP_RUNS &&
      steps.at(-1)?.logged.includes('Dilanjutkan')
    ) {
      steps.push(runStep(seeded, bundle, operation));
    }
    const step = steps.at(-1) ?? steps[0];
    // Menu actions catch their failures, show them and log them: a run that did not log "Berhasil" failed.
    const succeeded = step.outcome === 'ok' && step.logged.length > 0 && step.logged.every((o) => o === 'Berhasil');
    const outcome = step.outcome === 'skipped' ? 'skipped' : succeeded ? 'ok' : 'failed';
    const error =
      outcome === 'failed'
        ? (step.error ?? (step.messages.join(' ') || `Log: ${step.logged.join(', ') || '(kosong)'}`))
        : null;
    return { tabs, operation, outcome, error, calls: sumTallies(steps.map((st) => st.calls)), runs: steps.length };
  });
  return { operations, core: { tabs, medianMs: timeCore(configGrid, unitTabs), runs: CORE_RUNS } };
}
