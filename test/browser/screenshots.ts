// Where the browser tests save their pictures: out/screenshots (git-ignored) unless `npm run screenshots` asks for
// docs/screenshots, so a test run never rewrites a tracked file.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = process.env.SCREENSHOT_DIR ?? join(__dirname, '../../out/screenshots');

/** The path of the named picture, with its folder created. */
export function screenshotPath(name: string): string {
  mkdirSync(DIR, { recursive: true });
  return join(DIR, name);
}
