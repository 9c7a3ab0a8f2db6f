// Builds dist/: Code.js (webpack + gas-webpack-plugin), Sidebar.html (esbuild client bundle inlined), appsscript.json.
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
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import webpack from 'webpack';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

function isStale() {
  const outputs = ['Code.js', 'Sidebar.html', 'appsscript.json'].map((f) => join(dist, f));
  if (!outputs.every(existsSync)) return true;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const sources = ['src', 'appsscript.json', 'webpack.config.cjs', 'package-lock.json'].map((p) => join(root, p));
  return sources.some((p) => existsSync(p) && newestMtime(p) > built);
}

async function buildServer() {
  const config = (await import(join(root, 'webpack.config.cjs'))).default;
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (err, result) => (err ? reject(err) : resolve(result))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}

async function buildClient() {
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
  const html = readFileSync(join(root, 'src/client/Sidebar.html'), 'utf8')
    .replace('/*INLINE_CSS*/', () => css)
    .replace('/*INLINE_JS*/', () => js);
  writeFileSync(join(dist, 'Sidebar.html'), html);
}

const ifStale = process.argv.includes('--if-stale');
if (ifStale && !isStale()) process.exit(0);
const started = Date.now();
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await buildServer();
await buildClient();
copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
console.log(`dist/ built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
