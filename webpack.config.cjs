// Bundles src/server/index.ts into Code.js; every export becomes a top-level function (gas-webpack-plugin). One
// bundle per build target (src/server/runtime/build-target.ts): the editor add-on, the default deployment, in dist/;
// the script bound to one Sheet, for trials, in dist-bound/; the national deployment (the add-on with "Rekap nasional"
// and its extra scopes) in dist-national/. `webpack --env target=bound` builds one.
const path = require('node:path');
const GasPlugin = require('gas-webpack-plugin');
const webpack = require('webpack');

/** Each build target and the folder it is built into. */
const TARGETS = { addon: 'dist', bound: 'dist-bound', national: 'dist-national' };

function configFor(target) {
  if (!(target in TARGETS)) throw new Error(`Unknown build target "${target}": use one of ${Object.keys(TARGETS)}.`);
  return {
    name: target,
    mode: 'production',
    context: __dirname,
    entry: './src/server/index.ts',
    output: { path: path.resolve(__dirname, TARGETS[target]), filename: 'Code.js', clean: false },
    target: ['web', 'es2020'],
    devtool: false,
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { target: 'es2020' } }],
    },
    // The plugin relies on the entry's exports; tree-shaking them breaks it (__webpack_exports__ is not defined).
    optimization: { usedExports: false, minimize: false },
    plugins: [
      new GasPlugin({ autoGlobalExportsFiles: ['src/server/index.ts'] }),
      new webpack.DefinePlugin({ 'process.env.REKAP_TARGET': JSON.stringify(target) }),
    ],
    performance: { hints: false },
  };
}

/** The webpack CLI's entry: one target (`--env target=bound`), or all. */
module.exports = (env = {}) => (env.target ? configFor(env.target) : Object.keys(TARGETS).map(configFor));
module.exports.TARGETS = TARGETS;
module.exports.configFor = configFor;
