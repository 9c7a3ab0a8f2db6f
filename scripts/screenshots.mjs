// npm run screenshots: rebuilds dist/ and writes the README's pictures to docs/screenshots (tests write to out/).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(process.execPath, ['scripts/build.mjs']);
// The browser suite pictures the sidebar; the local run's report test, the first and signature pages of the PDF
// npm start writes.
run(process.execPath, ['node_modules/jest/bin/jest.js', 'test/browser', 'test/local-run/report-pdf.test.ts'], {
  SCREENSHOT_DIR: join(root, 'docs/screenshots'),
});
