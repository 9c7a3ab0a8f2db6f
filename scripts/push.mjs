// npm run push [-- --bound] [clasp push options]: every check (Biome, both type-checks, the build, every test), then
// `clasp push` of the add-on build (dist/) to the project in .clasp.json, or with --bound of the bound build
// (dist-bound/) to the project in .clasp-bound.json. Nothing untested reaches Google.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_FILES, targetOf } from './clasp-project.mjs';

const { target, rest } = targetOf(process.argv.slice(2));
const file = PROJECT_FILES[target];
if (!existsSync(join(process.cwd(), file))) {
  const flag = target === 'bound' ? ' --bound' : '';
  console.error(
    `${file} is missing: run \`npm run connect -- <scriptId>${flag}\` first (README: "Put it on a real shared Sheet").`,
  );
  process.exit(2);
}
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npm', ['run', 'check']);
run(process.execPath, [
  join(process.cwd(), 'node_modules/@google/clasp/build/src/index.js'),
  'push',
  '-P',
  file,
  ...rest,
]);
