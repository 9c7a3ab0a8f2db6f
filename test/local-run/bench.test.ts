// npm run bench, the real command on small sizes: its JSON lines and budget lines (what it measures, not how fast).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_OPERATIONS } from '../../scripts/local/bench-fewest';

const root = join(__dirname, '../..');
const OPERATIONS: readonly string[] = BENCH_OPERATIONS;

interface OperationLine {
  readonly tabs: number;
  readonly operation: string;
  readonly outcome: string;
  readonly calls: number;
  readonly inScript: number;
  readonly fewest: number;
  readonly byKind: Record<string, number>;
  readonly modelledSeconds: number;
  readonly modelledSecondsHalf: number;
  readonly modelledSecondsDouble: number;
}

describe('npm run bench', () => {
  const out = mkdtempSync(join(tmpdir(), 'rekap-bench-'));
  let run: { status: number | null; stdout: string; stderr: string };
  beforeAll(() => {
    run = spawnSync(process.execPath, ['scripts/bench.mjs', '--sizes', '2,5', '--out', out], {
      cwd: root,
      encoding: 'utf8',
      timeout: 240_000,
    });
  }, 240_000);
  const lines = () =>
    readFileSync(join(out, 'bench.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  it('runs every operation of the built bundle at each size and writes them as JSON lines', () => {
    // The status with stderr, so a failure shows why.
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ status: 0, stderr: '' });
    const ops = lines().filter((l) => OPERATIONS.includes(String(l.operation))) as unknown as OperationLine[];
    for (const tabs of [2, 5]) {
      expect(ops.filter((o) => o.tabs === tabs).map((o) => o.operation)).toEqual(OPERATIONS);
    }
    for (const o of ops) {
      expect({ operation: o.operation, outcome: o.outcome }).toEqual({ operation: o.operation, outcome: 'ok' });
      // Every recorded call is a round trip or answered in the script; the yardstick is there to compare with.
      expect(Object.values(o.byKind).reduce((s, n) => s + n, 0)).toBe(o.calls + o.inScript);
      expect(o.fewest).toBeGreaterThan(0);
      expect(o.modelledSeconds).toBeGreaterThan(0);
      // The sensitivity: every constant halved and doubled.
      expect(o.modelledSecondsHalf).toBeCloseTo(o.modelledSeconds / 2, 1);
      expect(o.modelledSecondsDouble).toBeCloseTo(o.modelledSeconds * 2, 1);
    }
  });

  it('counts the reads the add-on really makes: every unit tab in one batch, however many tabs', () => {
    const ops = lines() as unknown as OperationLine[];
    const reads = (operation: string, tabs: number) =>
      ops.find((o) => o.operation === operation && o.tabs === tabs)?.byKind.read ?? Number.NaN;
    for (const operation of ['validateAll', 'consolidateNow', 'generateReport']) {
      expect(reads(operation, 2)).toBeGreaterThan(0);
      expect(reads(operation, 5)).toBe(reads(operation, 2));
    }
  });

  it('times the core at each size and prints a PASS or FAIL line for every budget', () => {
    const core = lines().filter((l) => l.operation === 'core');
    expect(core.map((l) => l.tabs)).toEqual([2, 5]);
    const budgets = lines().filter((l) => 'budget' in l);
    expect(budgets.length).toBeGreaterThanOrEqual(8);
    for (const b of budgets) {
      expect(typeof b.pass).toBe('boolean');
      expect(run.stdout).toContain(`${b.pass ? 'PASS' : 'FAIL'} ${String(b.budget)}`);
    }
    // Each latency constant comes with its source, and the sensitivity is printed.
    expect(run.stdout).toContain('https://ziritione.org/post/apps_script_performance');
    expect(run.stdout).toContain('Sensitivity at 5 tabs');
  });
});
