// npm run connect -- <scriptId> [--bound]: writes the untracked clasp project file that `npm run push` uses, so no
// tracked file ever holds a script id. The id (or the editor's URL, which contains it) is the Apps Script project's:
// the standalone add-on project by default, a trial Sheet's bound script with --bound.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_FILES, projectFile, targetOf } from './clasp-project.mjs';

/** A script id is a long token of letters, digits, '-' and '_'; an editor URL holds it after /projects/ or /d/. */
function scriptIdOf(text) {
  const fromUrl = /\/(?:projects|d)\/([\w-]+)/.exec(text ?? '');
  const id = fromUrl ? fromUrl[1] : text;
  return id && /^[\w-]{20,}$/.test(id) ? id : null;
}

const { target, rest } = targetOf(process.argv.slice(2));
const scriptId = scriptIdOf(rest[0]);
if (rest.length !== 1 || !scriptId) {
  console.error(
    'Usage: npm run connect -- <scriptId> [--bound]\n' +
      '  <scriptId>: Apps Script editor → Project Settings → IDs → Script ID (or the editor URL).\n' +
      '  Without --bound: the standalone add-on project (pushed from dist/). With --bound: a trial Sheet’s bound script.',
  );
  process.exit(2);
}
const file = PROJECT_FILES[target];
writeFileSync(join(process.cwd(), file), projectFile(target, scriptId));
console.log(
  `${file} now points at script ${scriptId}; \`npm run push${target === 'bound' ? ' -- --bound' : ''}\` pushes there.`,
);
