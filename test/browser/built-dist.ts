// A private copy of the built dist/ for one test file, so a rebuild running beside the tests cannot pull it away mid-file.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DIST = join(__dirname, '../../dist');
let copy: string | null = null;

/** The directory holding this test file's copy of dist/ (Code.js, Sidebar.html, appsscript.json). */
export function builtDist(): string {
  if (copy) return copy;
  for (const file of ['Code.js', 'Sidebar.html']) {
    if (!existsSync(join(DIST, file))) throw new Error(`dist/${file} is missing: run \`npm run build\` first`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'rekap-upt-dist-'));
  for (const file of readdirSync(DIST)) copyFileSync(join(DIST, file), join(dir, file));
  copy = dir;
  return dir;
}

export function removeBuiltDistCopy(): void {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = null;
}
