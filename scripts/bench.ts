// npm run bench: round trips, batches, MB sent and modelled Apps Script seconds of every operation at 18, 100 and 500
// filled unit tabs, beside the fewest calls Apps Script allows for each, and the core's CPU.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LATENCY_SECONDS, LATENCY_SOURCES, SECONDS_PER_MB } from '../emulator';
import { checkBudget } from './local/bench-budget';
import { type CoreMeasure, measureSize, type OperationMeasure } from './local/bench-measure';
import { benchNational } from './local/bench-national';
import { DIST_DIR } from './local/kanwil-flow';
import { LocalRunError } from './local/local-run-error';

const DEFAULT_SIZES = [18, 100, 500];

const HELP = `npm run bench [-- --sizes 18,100,500] [--out DIR] [--feedback] [--national-long]

Runs every operation of the built dist/Code.js on the emulator (set up, validate, consolidate, report, send, onEdit,
return, the hourly run, close) for workbooks of N filled unit tabs (the sample's units, cycled and renamed), and
times the core here. An operation that stops near the 6-minute limit ("Dilanjutkan") runs again; "runs" counts its
executions and its figures are summed over them. Prints the latency table with its sources, a table of round trips
(calls), the fewest calls Apps Script allows and the ratio, batches, calls answered in the script, MB sent and
modelled seconds; the sensitivity (every constant ×0.5 and ×2); JSON lines (also written to DIR/bench.jsonl,
default out/) and PASS/FAIL budget lines. --feedback sets Pengaturan's "Umpan balik per UPT" to Ya, so the report
also makes and mails every unit's feedback. Then "Rekap nasional" over 33 Kanwil; with --national-long also over a
list of 150 Kanwil (runs until it completes; about half an hour here, the emulator laying out a 2,400-unit report).
`;

interface BenchOptions {
  readonly sizes: number[];
  readonly out: string;
  readonly feedback: boolean;
  readonly nationalLong: boolean;
}

function options(argv: readonly string[]): BenchOptions | null {
  let sizes = DEFAULT_SIZES;
  let out = 'out';
  let feedback = false;
  let nationalLong = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help') return null;
    if (arg === '--feedback') {
      feedback = true;
      continue;
    }
    if (arg === '--national-long') {
      nationalLong = true;
      continue;
    }
    const value = argv[i + 1];
    if ((arg === '--sizes' || arg === '--out') && value === undefined) throw new LocalRunError(`${arg} needs a value.`);
    if (arg === '--sizes') {
      sizes = String(value)
        .split(',')
        .map((s) => Number(s.trim()));
      if (sizes.some((n) => !Number.isInteger(n) || n < 1))
        throw new LocalRunError(`--sizes: not a list of counts: ${value}`);
      i++;
    } else if (arg === '--out') {
      out = String(value);
      i++;
    } else throw new LocalRunError(`Unknown option: ${arg}. See --help.`);
  }
  return { sizes, out, feedback, nationalLong };
}

function row(cells: readonly (string | number)[], widths: readonly number[]): string {
  return cells
    .map((c, i) => (i < 3 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0)))
    .join('  ');
}

function tableLines(operations: readonly OperationMeasure[], core: readonly CoreMeasure[]): string[] {
  const header = [
    'tabs',
    'operation',
    'outcome',
    'runs',
    'calls',
    'fewest',
    'ratio',
    'batches',
    'in-script',
    'MB',
    'modelled s',
  ];
  const rows = operations.map((o) => [
    o.tabs,
    o.operation,
    o.outcome,
    o.runs,
    o.cost.calls,
    o.fewest,
    `${(o.cost.calls / o.fewest).toFixed(2)}×`,
    o.cost.batches,
    o.cost.inScript,
    o.cost.megabytes.toFixed(2),
    o.cost.seconds.toFixed(1),
  ]);
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const lines = [row(header, widths), ...rows.map((r) => row(r, widths))];
  const largest = Math.max(...operations.map((o) => o.tabs));
  lines.push('', `Sensitivity at ${largest} tabs (modelled s with every constant ×0.5 / as is / ×2):`);
  for (const o of operations.filter((x) => x.tabs === largest)) {
    lines.push(
      `  ${o.operation.padEnd(16)} ${o.cost.secondsHalf.toFixed(1)} / ${o.cost.seconds.toFixed(1)} / ${o.cost.secondsDouble.toFixed(1)}`,
    );
  }
  lines.push('', 'Core here (parseConfig + validateWorkbook + consolidateRegion, median wall time, performance.now):');
  for (const c of core) lines.push(`  ${String(c.tabs).padStart(4)} tabs: ${c.medianMs.toFixed(1)} ms`);
  return lines;
}

function operationLine(o: OperationMeasure): string {
  return JSON.stringify({
    tabs: o.tabs,
    operation: o.operation,
    outcome: o.outcome,
    error: o.error,
    runs: o.runs,
    calls: o.cost.calls,
    fewest: o.fewest,
    batches: o.cost.batches,
    inScript: o.cost.inScript,
    byKind: o.cost.byKind,
    megabytes: Number(o.cost.megabytes.toFixed(3)),
    modelledSeconds: Number(o.cost.seconds.toFixed(2)),
    modelledSecondsHalf: Number(o.cost.secondsHalf.toFixed(2)),
    modelledSecondsDouble: Number(o.cost.secondsDouble.toFixed(2)),
  });
}

export async function main(argv: readonly string[]): Promise<number> {
  let opts: BenchOptions | null;
  try {
    opts = options(argv);
  } catch (e) {
    if (!(e instanceof LocalRunError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
  if (!opts) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!existsSync(join(DIST_DIR, 'Code.js'))) {
    process.stderr.write('dist/Code.js is missing: run "npm run bench", which builds it first.\n');
    return 2;
  }
  // Every size runs the same build: a copy taken now, whatever rebuilds dist/ meanwhile.
  const distCopy = mkdtempSync(join(tmpdir(), 'rekap-bench-dist-'));
  cpSync(DIST_DIR, distCopy, { recursive: true });
  const say = (line = '') => process.stdout.write(`${line}\n`);
  say('Latency model (seconds per call, by kind), each with its source (emulator/runtime.ts):');
  for (const [kind, seconds] of Object.entries(LATENCY_SECONDS)) {
    say(
      `  ${kind.padEnd(10)} ${String(seconds).padStart(5)}  ${LATENCY_SOURCES[kind as keyof typeof LATENCY_SOURCES]}`,
    );
  }
  say(`  payload    ${SECONDS_PER_MB} s per MB sent (estimate; see emulator/runtime.ts SECONDS_PER_MB)`);
  say();

  const operations: OperationMeasure[] = [];
  const core: CoreMeasure[] = [];
  try {
    for (const tabs of opts.sizes) {
      process.stderr.write(`measuring ${tabs} tabs…\n`);
      const measured = measureSize(tabs, distCopy, opts.feedback);
      operations.push(...measured.operations);
      core.push(measured.core);
    }
  } finally {
    rmSync(distCopy, { recursive: true, force: true });
  }
  const jsonl = [
    ...operations.map(operationLine),
    ...core.map((c) => JSON.stringify({ tabs: c.tabs, operation: 'core', cpuMs: Number(c.medianMs.toFixed(2)) })),
  ];
  const checks = checkBudget(operations, core);
  for (const c of checks) jsonl.push(JSON.stringify({ budget: c.budget, pass: c.pass, detail: c.detail }));

  for (const line of tableLines(operations, core)) say(line);
  say();
  say('JSON lines:');
  for (const line of jsonl) say(line);
  say();
  for (const c of checks) say(`${c.pass ? 'PASS' : 'FAIL'} ${c.budget} — ${c.detail}`);
  const out = resolve(opts.out);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'bench.jsonl'), `${jsonl.join('\n')}\n`);
  say();
  say(`Written: ${join(out, 'bench.jsonl')}`);
  benchNational(say, opts.nationalLong);
  // A benchmark reports; a failed budget is a finding, not a crash: exit 0 unless the run itself broke.
  return 0;
}
