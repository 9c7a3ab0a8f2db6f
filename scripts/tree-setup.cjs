// Jest global setup: see clean-tree.cjs.
module.exports = require('./clean-tree.cjs').setup;
