// npm run bench, national part: "Rekap nasional" of the built national bundle (dist-national/) over 33 generated
// Kanwil workbooks of 16 units each, all readable and then with 5 unreadable: calls, Sheets reads, modelled seconds.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { placeholderPdf } from './bench-measure';
import { NATIONAL_DIST_DIR, runNationalFlow } from './national-flow';

export const NATIONAL_KANWIL = 33;
export const UNITS_PER_KANWIL = 16;
export const NATIONAL_SECONDS_MAX = 60;
/** A long list (beyond the 33 Kanwil there are): more reads than the quota allows in a minute; runs until complete. */
export const LONG_LIST_KANWIL = 150;

export interface NationalMeasure {
  readonly kanwil: number;
  readonly unreadable: number;
  readonly calls: number;
  readonly batchGets: number;
  readonly modelledSeconds: number;
  readonly runs: number;
  readonly executionSeconds: number;
  readonly message: string;
}

export function measureNational(unreadable: number, kanwil = NATIONAL_KANWIL): NationalMeasure {
  const run = runNationalFlow(kanwil, UNITS_PER_KANWIL, unreadable, placeholderPdf);
  return {
    kanwil,
    unreadable,
    calls: run.calls.total,
    batchGets: run.batchGets,
    modelledSeconds: run.calls.modelledSeconds,
    runs: run.runs,
    executionSeconds: run.executionSeconds,
    message: run.message,
  };
}

/** Each budget line: under 60 modelled seconds, one Sheets read per Kanwil, the unreadable ones named, not fatal. */
export function nationalChecks(m: NationalMeasure): { budget: string; pass: boolean; detail: string }[] {
  const readable = m.kanwil - m.unreadable;
  return [
    {
      budget: `Rekap nasional, ${m.kanwil} Kanwil × ${UNITS_PER_KANWIL} UPT (${m.unreadable} unreadable) in under ${NATIONAL_SECONDS_MAX} modelled seconds`,
      pass: m.modelledSeconds < NATIONAL_SECONDS_MAX,
      detail: `${m.modelledSeconds.toFixed(1)} s modelled, ${m.calls} calls`,
    },
    {
      budget: `Rekap nasional (${m.unreadable} unreadable): one Sheets values.batchGet per Kanwil`,
      pass: m.batchGets === m.kanwil,
      detail: `${m.batchGets} batchGet for ${m.kanwil} Kanwil`,
    },
    {
      budget: `Rekap nasional (${m.unreadable} unreadable): completes, counting the ${readable} readable Kanwil`,
      pass: m.message.includes(`Total mencakup ${readable} dari ${m.kanwil} Kanwil`),
      detail: m.message.slice(0, 160),
    },
  ];
}

/** The long list: every Kanwil read exactly once over the runs, and the last run completes with all of them. */
export function longListChecks(m: NationalMeasure): { budget: string; pass: boolean; detail: string }[] {
  return [
    {
      budget: `Rekap nasional, ${m.kanwil} Kanwil × ${UNITS_PER_KANWIL} UPT: completes over runs, each Kanwil read once`,
      pass: m.batchGets === m.kanwil && m.message.includes(`Total mencakup ${m.kanwil} dari ${m.kanwil} Kanwil`),
      detail:
        `${m.runs} run(s), ${m.batchGets} batchGet, ${m.calls} calls, ${m.modelledSeconds.toFixed(1)} s modelled ` +
        `(${m.executionSeconds.toFixed(0)} s on the execution clock, read-quota waits included)`,
    },
  ];
}

/** Runs both measures (and the long list's) and prints them (the main bench calls this once, after its own lines). */
export function benchNational(say: (line?: string) => void, longList: boolean): void {
  if (!existsSync(join(NATIONAL_DIST_DIR, 'Code.js'))) {
    say('National: dist-national/Code.js is missing (npm run bench builds it).');
    return;
  }
  say();
  say(`National consolidation (dist-national/, ${NATIONAL_KANWIL} Kanwil × ${UNITS_PER_KANWIL} UPT):`);
  for (const unreadable of [0, 5]) {
    process.stderr.write(`measuring the national consolidation, ${unreadable} unreadable…\n`);
    const m = measureNational(unreadable);
    say(JSON.stringify({ operation: 'rekapNasional', ...m, modelledSeconds: Number(m.modelledSeconds.toFixed(2)) }));
    for (const c of nationalChecks(m)) say(`${c.pass ? 'PASS' : 'FAIL'} ${c.budget} — ${c.detail}`);
  }
  if (!longList) return;
  process.stderr.write(`measuring the national consolidation of ${LONG_LIST_KANWIL} Kanwil…\n`);
  const long = measureNational(0, LONG_LIST_KANWIL);
  say(
    JSON.stringify({ operation: 'rekapNasional', ...long, modelledSeconds: Number(long.modelledSeconds.toFixed(2)) }),
  );
  for (const c of longListChecks(long)) say(`${c.pass ? 'PASS' : 'FAIL'} ${c.budget} — ${c.detail}`);
}
