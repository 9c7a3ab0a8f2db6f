// Bundles src/server/index.ts into dist/Code.js; every export becomes a top-level function (gas-webpack-plugin).
const path = require('node:path');
const GasPlugin = require('gas-webpack-plugin');
const webpack = require('webpack');

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './src/server/index.ts',
  output: { path: path.resolve(__dirname, 'dist'), filename: 'Code.js', clean: false },
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
    // Build target: 'bound' (a script bound to one Sheet, default) or 'addon' (editor add-on menu), see src/server/ui/menu.ts.
    new webpack.DefinePlugin({ 'process.env.REKAP_TARGET': JSON.stringify(process.env.REKAP_TARGET || 'bound') }),
  ],
  performance: { hints: false },
};
