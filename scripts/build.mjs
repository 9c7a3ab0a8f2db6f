// Builds each target's folder (webpack.config.cjs): dist/ (the editor add-on), dist-bound/ (the script bound to one
// Sheet) and dist-national/ (the national deployment), each holding Code.js (webpack + gas-webpack-plugin), Sidebar.html (esbuild client bundle inlined) and
// appsscript.json. `--target addon|bound` builds one; `--if-stale` builds only when a source is newer than the output.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import webpack from 'webpack';
import { manifestText, nationalManifest } from './national-manifest.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { TARGETS, configFor } = createRequire(import.meta.url)(join(root, 'webpack.config.cjs'));
const OUTPUTS = ['Code.js', 'Sidebar.html', 'appsscript.json'];

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

function isStale(targets) {
  const outputs = targets.flatMap((t) => OUTPUTS.map((f) => join(root, TARGETS[t], f)));
  if (!outputs.every(existsSync)) return true;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const sources = ['src', 'appsscript.json', 'appsscript.national.json', 'webpack.config.cjs', 'package-lock.json'].map(
    (p) => join(root, p),
  );
  return sources.some((p) => existsSync(p) && newestMtime(p) > built);
}

/** One webpack run for every target (a multi-compiler shares the work). */
async function buildServers(targets) {
  const stats = await new Promise((resolve, reject) =>
    webpack(targets.map(configFor), (err, result) => (err ? reject(err) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}

/** The sidebar page, the same for every target. */
async function buildSidebar() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'src/client/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
  });
  // HtmlService cannot load local script files, so the bundle is inlined; a literal </script would end the tag.
  const js = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const css = readFileSync(join(root, 'src/client/sidebar.css'), 'utf8');
  return readFileSync(join(root, 'src/client/Sidebar.html'), 'utf8')
    .replace('/*INLINE_CSS*/', () => css)
    .replace('/*INLINE_JS*/', () => js);
}

function requestedTargets() {
  const i = process.argv.indexOf('--target');
  if (i < 0) return Object.keys(TARGETS);
  const target = process.argv[i + 1];
  if (!(target in TARGETS)) {
    console.error(`--target must be one of: ${Object.keys(TARGETS).join(', ')}`);
    process.exit(2);
  }
  return [target];
}

const targets = requestedTargets();
if (process.argv.includes('--if-stale') && !isStale(targets)) process.exit(0);
const started = Date.now();
for (const t of targets) {
  rmSync(join(root, TARGETS[t]), { recursive: true, force: true });
  mkdirSync(join(root, TARGETS[t]), { recursive: true });
}
await buildServers(targets);
const sidebar = await buildSidebar();
for (const t of targets) {
  writeFileSync(join(root, TARGETS[t], 'Sidebar.html'), sidebar);
  if (t === 'national') writeFileSync(join(root, TARGETS[t], 'appsscript.json'), manifestText(nationalManifest(root)));
  else copyFileSync(join(root, 'appsscript.json'), join(root, TARGETS[t], 'appsscript.json'));
}
const built = targets.map((t) => `${TARGETS[t]}/`).join(' and ');
console.log(`${built} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
