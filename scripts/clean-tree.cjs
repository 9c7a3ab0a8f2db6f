// Jest global setup and teardown: a test run leaves the checkout as it found it. The setup notes which files git
// sees as changed or new (and their contents); the teardown fails the run if that picture changed.
const { execFileSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');

function treePicture() {
  let status;
  try {
    status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
  } catch {
    return null; // not a git checkout (an unpacked archive): nothing to compare
  }
  // `npm run screenshots` points the picture-taking tests at docs/screenshots on purpose: those files may change.
  const allowed = process.env.SCREENSHOT_DIR ? `${process.env.SCREENSHOT_DIR}/` : null;
  return status
    .split('\n')
    .filter(Boolean)
    .filter((line) => !allowed || !join(root, line.slice(3)).startsWith(allowed))
    .map((line) => {
      const path = join(root, line.slice(3).split(' -> ').pop());
      const exists = existsSync(path) && statSync(path).isFile();
      const digest = exists ? createHash('sha256').update(readFileSync(path)).digest('hex') : 'absent';
      return `${line} ${digest}`;
    })
    .sort()
    .join('\n');
}

async function setup() {
  globalThis.__treeBeforeTests = treePicture();
}

async function teardown() {
  const before = globalThis.__treeBeforeTests;
  const after = treePicture();
  if (before === null || after === null || before === after) return;
  const was = new Set(before.split('\n'));
  const changed = after.split('\n').filter((line) => line && !was.has(line));
  throw new Error(`The tests changed the checkout (git status):\n${changed.join('\n') || '(a file went back)'}`);
}

module.exports = { setup, teardown };
