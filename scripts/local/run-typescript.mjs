// Runs a TypeScript entry of scripts/ in Node 20: bundles it on the fly with esbuild's JS API, then imports it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const cacheDir = join(root, 'node_modules/.cache/rekap-upt');

/**
 * The test helpers it imports (emulator, harness) find dist/ and fixtures through __dirname; in a bundle written to
 * the cache that would be the cache, so each project file gets its own directory back as a literal.
 */
const keepSourceDirs = {
  name: 'keep-source-dirs',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const contents = source
        .replace(/\b__dirname\b/g, JSON.stringify(dirname(args.path)))
        .replace(/\b__filename\b/g, JSON.stringify(args.path));
      return { contents, loader: 'ts' };
    });
  },
};

/** Bundles `entry` (relative to the repository root) and returns the path of the runnable CommonJS file. */
export async function bundleTypeScript(entry) {
  const result = await esbuild.build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    // CommonJS keeps the TypeScript import interop the tests use (ts-jest), for CommonJS packages such as exceljs.
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    write: false,
    logLevel: 'silent',
    plugins: [keepSourceDirs],
  });
  const code = result.outputFiles[0].text;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 12);
  const name = relative('scripts', entry).replace(/[/\\]/g, '-').replace(/\.ts$/, '');
  const file = join(cacheDir, `${name}-${hash}.cjs`);
  if (!existsSync(file)) {
    mkdirSync(cacheDir, { recursive: true });
    // Several runs may bundle at once (tests): write aside, then rename, so no run imports a half-written file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  return file;
}

/** Bundles `entry`, calls its exported `main(args)` and exits with the code it returns. */
export async function runTypeScript(entry, args) {
  let code;
  try {
    const file = await bundleTypeScript(entry);
    const mod = await import(pathToFileURL(file).href);
    code = await (mod.main ?? mod.default.main)(args);
  } catch (error) {
    process.stderr.write(
      `Kesalahan tak terduga: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    code = 1;
  }
  // Chart rendering and the emulator may leave handles open; the run is over, so end the process with its code.
  process.exit(code);
}
