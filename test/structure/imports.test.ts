// What the emulator and the fixtures may import: the emulator stands alone, the fixtures build on src/core only.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(__dirname, '../..');

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative module a file imports, exports from, requires or mocks, as a path from the repository root. */
function relativeImports(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => relative(root, resolve(dirname(file), name)));
}

/** "file → module" for each relative import of the files under `dir` that leaves every allowed folder. */
function importsOutside(dir: string, allowed: readonly string[]): string[] {
  return typeScriptFiles(join(root, dir)).flatMap((file) =>
    relativeImports(file)
      .filter((target) => !allowed.some((folder) => target === folder || target.startsWith(`${folder}/`)))
      .map((target) => `${relative(root, file)} → ${target}`),
  );
}

describe('import boundaries', () => {
  it('the emulator, its contract tests included, imports nothing outside emulator/', () => {
    expect(importsOutside('emulator', ['emulator'])).toEqual([]);
  });

  it('the fixtures import only each other and src/core', () => {
    expect(importsOutside('fixtures', ['fixtures', 'src/core'])).toEqual([]);
  });
});
