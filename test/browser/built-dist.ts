// A private copy of a built folder (dist/, or dist-bound/ for the bound build) for one test file, so a rebuild running
// beside the tests cannot pull it away mid-file.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type BuiltFolder = 'dist' | 'dist-bound';

const copies = new Map<BuiltFolder, string>();

/** The directory holding this test file's copy of `folder` (Code.js, Sidebar.html, appsscript.json). */
export function builtDist(folder: BuiltFolder = 'dist'): string {
  const existing = copies.get(folder);
  if (existing) return existing;
  const built = join(__dirname, '../..', folder);
  for (const file of ['Code.js', 'Sidebar.html']) {
    if (!existsSync(join(built, file))) throw new Error(`${folder}/${file} is missing: run \`npm run build\` first`);
  }
  const dir = mkdtempSync(join(tmpdir(), `rekap-upt-${folder}-`));
  for (const file of readdirSync(built)) copyFileSync(join(built, file), join(dir, file));
  copies.set(folder, dir);
  return dir;
}

export function removeBuiltDistCopy(): void {
  for (const dir of copies.values()) rmSync(dir, { recursive: true, force: true });
  copies.clear();
}
