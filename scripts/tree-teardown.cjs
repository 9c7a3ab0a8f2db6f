// Jest global teardown: see clean-tree.cjs.
module.exports = require('./clean-tree.cjs').teardown;
