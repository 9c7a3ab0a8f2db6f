// One benchmark size: every operation of the built bundle on N filled unit tabs (round trips, batches, MB sent,
// modelled seconds) and the core's CPU.
import { performance } from 'node:perf_hooks';
import {
  type Bundle,
  type CallKind,
  type CallRecord,
  callSeconds,
  type EmuDocument,
  type EmuSheet,
  LATENCY_SECONDS,
} from '../../emulator';
import { parseConfig } from '../../src/core/config/config';
import { consolidateRegion } from '../../src/core/consolidation/consolidate';
import { locateTab, posA1 } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import type { Grid } from '../../src/core/schema/types';
import { validateWorkbook } from '../../src/core/validation/validate-workbook';
import { isUnitCandidate } from '../../src/server/sheets/workbook';
import { type BenchOperation, fewestCalls } from './bench-fewest';
import { generatedWorkbook } from './generated-workbook';
import { loadBuiltBundle, runStep } from './kanwil-flow';
import { type SeededWorkbook, seedFromGrids } from './seed-workbook';

export { BENCH_OPERATIONS, type BenchOperation } from './bench-fewest';

export interface Cost {
  /** Round trips: every recorded call but those the script answers itself (kind 'utility'). */
  readonly calls: number;
  /** Calls answered in the script (builders, range geometry, logging): counted, 0 s. */
  readonly inScript: number;
  /** Batch calls (Sheets values.batchGet and batchUpdate, Docs batchUpdate). */
  readonly batches: number;
  readonly byKind: Readonly<Record<CallKind, number>>;
  readonly megabytes: number;
  /** Modelled seconds with the latency table as is, and with every constant ×0.5 and ×2 (the sensitivity). */
  readonly seconds: number;
  readonly secondsHalf: number;
  readonly secondsDouble: number;
}

export interface OperationMeasure {
  readonly tabs: number;
  readonly operation: BenchOperation;
  readonly outcome: 'ok' | 'skipped' | 'failed';
  readonly error: string | null;
  /** Summed over every run the operation took (set up and close resume near the time limit). */
  readonly cost: Cost;
  readonly runs: number;
  readonly fewest: number;
}

export function costOf(calls: readonly CallRecord[]): Cost {
  const byKind = Object.fromEntries(Object.keys(LATENCY_SECONDS).map((k) => [k, 0])) as Record<CallKind, number>;
  let bytes = 0;
  let seconds = 0;
  let secondsHalf = 0;
  let secondsDouble = 0;
  for (const c of calls) {
    byKind[c.kind]++;
    bytes += c.bytes;
    seconds += callSeconds(c);
    secondsHalf += callSeconds(c, { perCall: 0.5, perMb: 0.5 });
    secondsDouble += callSeconds(c, { perCall: 2, perMb: 2 });
  }
  return {
    calls: calls.filter((c) => c.kind !== 'utility').length,
    inScript: byKind.utility,
    batches: calls.filter((c) => /\bbatch(Get|Update)/.test(c.method)).length,
    byKind,
    megabytes: bytes / 1_000_000,
    seconds,
    secondsHalf,
    secondsDouble,
  };
}

/** The local PDF conversion (LibreOffice) stays out of the measured loop; the export call is still charged. */
export const placeholderPdf = (doc: EmuDocument): Buffer => Buffer.from(`%PDF-1.4\n% ${doc.name}\n%%EOF\n`, 'utf8');

export interface CoreMeasure {
  readonly tabs: number;
  /** Median wall time here of parseConfig + validateWorkbook + consolidateRegion over all tabs, in ms. */
  readonly medianMs: number;
  readonly runs: number;
}

const CORE_RUNS = 5;
/** Set up and close run again while they stop near the time limit ("Dilanjutkan"), as the admin would. */
const MAX_RUNS = 10;
const HOUR_MS = 60 * 60 * 1000;

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

interface Run {
  readonly ok: boolean;
  readonly error: string | null;
  /** The run stopped near the time limit and is to be run again. */
  readonly resumed: boolean;
}

/** Runs `step` and the calls it made; an exception is the run's failure. */
function measured(seeded: SeededWorkbook, step: () => Run): { run: Run; calls: CallRecord[] } {
  const first = seeded.emulator.ledger.count;
  let run: Run;
  try {
    run = step();
  } catch (e) {
    run = { ok: false, error: e instanceof Error ? e.message : String(e), resumed: false };
  }
  return { run, calls: seeded.emulator.ledger.all().slice(first) };
}

/** A menu item as the admin clicks it; the Log row tells how it ended. */
function menu(
  seeded: SeededWorkbook,
  bundle: Bundle,
  name: 'setupUnitTabs' | 'validateAll' | 'consolidateNow' | 'generateReport' | 'closePeriod',
): Run {
  const step = runStep(seeded, bundle, name);
  const resumed = step.logged.includes('Dilanjutkan');
  const ok =
    step.outcome === 'ok' &&
    step.logged.length > 0 &&
    step.logged.every((o) => o === 'Berhasil' || o === 'Dilanjutkan');
  const error = ok ? null : (step.error ?? (step.messages.join(' ') || `Log: ${step.logged.join(', ') || '(kosong)'}`));
  return { ok, error, resumed };
}

/** The operator of the first unit, their tab, and a cell of it they type into. */
function firstUnit(seeded: SeededWorkbook): { code: string; operator: string; tab: EmuSheet; cell: string } {
  const unit = seeded.config.units[0];
  const tab = unit ? seeded.spreadsheet.sheetByNameUnrecorded(unit.sheetName) : null;
  if (!unit || !tab) throw new Error('The generated workbook has no first unit tab.');
  const grid = tab.rangeUnchecked(1, 1, tab.lastRowUnrecorded(), tab.lastColumnUnrecorded()).valuesUnrecorded();
  const pos = locateTab(grid, SCHEMA).fields.get('identitas.operator');
  if (!pos) throw new Error('The first unit tab has no operator cell.');
  return { code: unit.code, operator: unit.operators[0] ?? '', tab, cell: posA1(pos) };
}

/** Seeds N filled tabs, runs each operation on the built bundle in the month's order, and times the core. */
export function measureSize(
  tabs: number,
  distDir: string,
  unitFeedback = false,
): { operations: OperationMeasure[]; core: CoreMeasure } {
  const seeded = seedFromGrids(generatedWorkbook(tabs, unitFeedback));
  seeded.emulator.docs.pdfConverter = placeholderPdf;
  const grids = seeded.spreadsheet.sheets.map((sheet) => ({
    name: sheet.name,
    grid: sheet
      .rangeUnchecked(1, 1, Math.max(1, sheet.lastRowUnrecorded()), Math.max(1, sheet.lastColumnUnrecorded()))
      .valuesUnrecorded(),
  }));
  const configGrid = grids.find((g) => !isUnitCandidate(g.name))?.grid ?? [];
  const unitTabs = grids.filter((g) => isUnitCandidate(g.name));
  const { emulator, admin } = seeded;
  const bundle = loadBuiltBundle(seeded, distDir);
  runStep(seeded, bundle, 'onOpen');
  const unit = firstUnit(seeded);
  let hourlyTrigger = '';

  const steps: Record<BenchOperation, () => Run> = {
    setupUnitTabs: () => menu(seeded, bundle, 'setupUnitTabs'),
    validateAll: () => menu(seeded, bundle, 'validateAll'),
    consolidateNow: () => menu(seeded, bundle, 'consolidateNow'),
    generateReport: () => menu(seeded, bundle, 'generateReport'),
    sendUnitTab: () => {
      const sent = bundle.callFromSidebar(unit.operator, 'sendUnitTab', unit.code) as { unit?: { status?: string } };
      const ok = sent.unit?.status === 'Dikirim';
      return { ok, error: ok ? null : `status ${sent.unit?.status ?? '?'}`, resumed: false };
    },
    onEdit: () => {
      emulator.runtime.advance(10 * 60 * 1000);
      const event = unit.tab.userEdit(unit.operator, unit.cell, 'Operator Baru');
      bundle.simpleOnEdit(event as unknown as Record<string, unknown>, unit.operator);
      return { ok: true, error: null, resumed: false };
    },
    returnUnitTab: () => {
      const result = bundle.callFromSidebar(admin, 'returnUnitTab', unit.code, 'Mohon periksa lagi.') as {
        ok: boolean;
        message: string;
      };
      return { ok: result.ok, error: result.ok ? null : result.message, resumed: false };
    },
    hourlyRun: () => {
      const said = String(bundle.run('runScheduledConsolidation', { triggerUid: hourlyTrigger }));
      const ok = /selesai/.test(said);
      return { ok, error: ok ? null : said, resumed: false };
    },
    closePeriod: () => {
      emulator.sheets.ui.queueResponse('YES');
      return menu(seeded, bundle, 'closePeriod');
    },
  };

  const operations = (Object.keys(steps) as BenchOperation[]).map((operation): OperationMeasure => {
    if (operation === 'hourlyRun') {
      // Switched on from the panel (not measured), then the clock runs to the next hour.
      bundle.callFromSidebar(admin, 'setAutomation', true);
      emulator.runtime.advance(HOUR_MS + 1000);
      const trigger = emulator.triggers.all().find((t) => t.getHandlerFunction() === 'runScheduledConsolidation');
      hourlyTrigger = trigger?.getUniqueId() ?? '';
    }
    const runs = [measured(seeded, steps[operation])];
    while (runs.length < MAX_RUNS && runs.at(-1)?.run.resumed) runs.push(measured(seeded, steps[operation]));
    const last = (runs.at(-1) ?? runs[0]).run;
    const cost = costOf(runs.flatMap((r) => r.calls));
    return {
      tabs,
      operation,
      outcome: last.ok && !last.resumed ? 'ok' : 'failed',
      error: last.ok ? (last.resumed ? 'stopped near the time limit' : null) : last.error,
      cost,
      runs: runs.length,
      fewest: fewestCalls(operation, cost.megabytes),
    };
  });
  return { operations, core: { tabs, medianMs: timeCore(configGrid, unitTabs), runs: CORE_RUNS } };
}
