// Builds dist-contract/: the portable contracts of emulator/live/ as one Apps Script project, Code.js (webpack and
// gas-webpack-plugin, as dist/ is built) and appsscript.json (the product's own manifest, so every contract runs
// under the product's scopes and advanced services); and dist-contract-national/, the same Code.js under the national
// deployment's manifest, which adds the national contracts (BigQuery, a Kanwil workbook without access). Push it with clasp to a scratch script (README.md, "Check the
// emulator against real Google"); test/e2e-style, emulator/live/live-contracts.test.ts runs the same Code.js locally.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import GasPlugin from 'gas-webpack-plugin';
import webpack from 'webpack';
import { manifestText, nationalManifest } from './national-manifest.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist-contract');
const outNational = join(root, 'dist-contract-national');
const entry = 'emulator/live/main.ts';

// The add-on build's settings (loader, target, optimisation), with the contracts as entry.
const product = require(join(root, 'webpack.config.cjs')).configFor('addon');
const { localContractTests } = require(join(root, 'emulator/live/local-names.cjs'));
const localNames = localContractTests(root).map((t) => t.name);

const config = {
  ...product,
  entry: `./${entry}`,
  output: { path: out, filename: 'Code.js', clean: false },
  plugins: [
    new GasPlugin({ autoGlobalExportsFiles: [entry] }),
    // A contract is PASS/FAIL where the emulator has a test of the same name, PENDING-LIVE elsewhere.
    new webpack.DefinePlugin({ LOCAL_TEST_NAMES: JSON.stringify(localNames) }),
  ],
};

const started = Date.now();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const stats = await new Promise((resolve, reject) =>
  webpack(config, (err, result) => (err ? reject(err) : resolve(result))),
);
if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
// The same Code.js under the national manifest (the BigQuery scope and service): there it runs the national
// contracts too (emulator/live/contracts/index.ts).
rmSync(outNational, { recursive: true, force: true });
mkdirSync(outNational, { recursive: true });
copyFileSync(join(out, 'Code.js'), join(outNational, 'Code.js'));
writeFileSync(join(outNational, 'appsscript.json'), manifestText(nationalManifest(root)));
const shown = (dir) => relative(process.cwd(), dir) || '.';
console.log(
  `${shown(out)}/ and ${shown(outNational)}/ built in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
    `(${localNames.length} local test names). Next: npx clasp push --project .clasp-contract.json`,
);
