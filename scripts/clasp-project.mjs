// Which Apps Script project each build target is pushed to: an untracked clasp project file per target, written by
// `npm run connect` and read by `npm run push` (`--bound` picks the bound build; the add-on is the default).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const { TARGETS } = createRequire(import.meta.url)(
  join(dirname(fileURLToPath(import.meta.url)), '..', 'webpack.config.cjs'),
);

/** The clasp project file of each target (both git-ignored). */
export const PROJECT_FILES = { addon: '.clasp.json', bound: '.clasp-bound.json' };

/** The build target the arguments ask for, and the arguments left for clasp. */
export function targetOf(args) {
  const bound = args.includes('--bound');
  return { target: bound ? 'bound' : 'addon', rest: args.filter((a) => a !== '--bound') };
}

/** The clasp project file's content for a target: its script id, and the folder its build is written to. */
export function projectFile(target, scriptId) {
  return `${JSON.stringify({ scriptId, rootDir: TARGETS[target] }, null, 2)}\n`;
}
