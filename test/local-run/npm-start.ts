// Test helper: `npm start` as a person runs it (node scripts/start.mjs on the built dist/Code.js), and the tools its
// tests read the output with.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(__dirname, '../..');
export const RUN_TIMEOUT_MS = 240_000;

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function start(...args: string[]): RunResult {
  const r = spawnSync(process.execPath, ['scripts/start.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: RUN_TIMEOUT_MS,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** CI installs LibreOffice and poppler-utils; a missing tool fails the test with the reason, never skips it. */
export function requireTool(name: string): void {
  const found = spawnSync('which', [name], { stdio: 'pipe' }).status === 0;
  if (!found) {
    throw new Error(
      `${name} is not installed: this test converts the report with LibreOffice (soffice) and reads it with pdftotext (poppler-utils).`,
    );
  }
}
