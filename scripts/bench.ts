// npm run bench: service calls, modelled Apps Script seconds and core CPU for 20, 100 and 500 filled unit tabs.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LATENCY_SECONDS } from '../emulator';
import { checkBudget } from './local/bench-budget';
import { type CoreMeasure, measureSize, type OperationMeasure } from './local/bench-measure';
import { DIST_DIR } from './local/kanwil-flow';
import { LocalRunError } from './local/local-run-error';

const DEFAULT_SIZES = [20, 100, 500];
const LATENCY_SOURCE =
  'emulator/runtime.ts LATENCY_SECONDS; after https://developers.google.com/apps-script/guides/support/best-practices ' +
  '(one batched range read/write ≈ one round trip, ~0.1–0.3 s; Docs and Drive round trips slower; in-script utilities free)';

const HELP = `npm run bench [-- --sizes 20,100,500] [--out DIR]

Runs setupUnitTabs, validateAll, consolidateNow and generateReport of the built dist/Code.js on the emulator for
workbooks of N filled unit tabs (the sample's units, cycled and renamed), and times the core here.
Set up runs again while it stops near the 6-minute limit ("Dilanjutkan"); "runs" counts its executions and the
calls and modelled seconds are summed over them. Prints a table, JSON lines (also written to DIR/bench.jsonl, default out/) and PASS/FAIL budget lines.
`;

function options(argv: readonly string[]): { sizes: number[]; out: string } | null {
  let sizes = DEFAULT_SIZES;
  let out = 'out';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help') return null;
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
  return { sizes, out };
}

function row(cells: readonly (string | number)[], widths: readonly number[]): string {
  return cells
    .map((c, i) => (i < 2 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0)))
    .join('  ');
}

const KINDS = Object.keys(LATENCY_SECONDS) as (keyof typeof LATENCY_SECONDS)[];

function tableLines(operations: readonly OperationMeasure[], core: readonly CoreMeasure[]): string[] {
  const used = KINDS.filter((k) => operations.some((o) => o.calls.byKind[k] > 0));
  const header = ['tabs', 'operation', 'outcome', 'runs', 'calls', ...used, 'modelled s'];
  const rows = operations.map((o) => [
    o.tabs,
    o.operation,
    o.outcome,
    o.runs,
    o.calls.total,
    ...used.map((k) => o.calls.byKind[k]),
    o.calls.modelledSeconds.toFixed(1),
  ]);
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const lines = [row(header, widths), ...rows.map((r) => row(r, widths))];
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
    calls: o.calls.total,
    byKind: o.calls.byKind,
    modelledSeconds: Number(o.calls.modelledSeconds.toFixed(2)),
  });
}

export async function main(argv: readonly string[]): Promise<number> {
  let opts: { sizes: number[]; out: string } | null;
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
  say('Latency model (seconds per call, by kind):');
  say(`  ${KINDS.map((k) => `${k} ${LATENCY_SECONDS[k]}`).join(', ')}`);
  say(`  source: ${LATENCY_SOURCE}`);
  say();

  const operations: OperationMeasure[] = [];
  const core: CoreMeasure[] = [];
  try {
    for (const tabs of opts.sizes) {
      process.stderr.write(`measuring ${tabs} tabs…\n`);
      const measured = measureSize(tabs, distCopy);
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
  // A benchmark reports; a failed budget is a finding, not a crash: exit 0 unless the run itself broke.
  return 0;
}
