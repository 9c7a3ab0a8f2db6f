// The full names of the emulator's own tests ("describe › test", as jest prints them), read from the source with the
// TypeScript parser. A live contract whose name is among them is one the emulator models; the others are pending-live.
const { readdirSync, readFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const ts = require('typescript');

const TEST_CALLS = new Set(['describe', 'it', 'test']);

function testFiles(dir, skip) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === skip ? [] : testFiles(path, skip);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The file's top-level `const NAME = <text>` declarations, so titles built from them can be spelled out. */
function constants(file) {
  const known = new Map();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (ts.isIdentifier(d.name) && d.initializer) known.set(d.name.text, d.initializer);
    }
  }
  return known;
}

/** A title's text, or null when it is not built from literals and file constants alone. */
function text(node, known, seen = new Set()) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return text(node.expression, known, seen);
  if (ts.isIdentifier(node)) {
    if (seen.has(node.text) || !known.has(node.text)) return null;
    return text(known.get(node.text), known, new Set([...seen, node.text]));
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left, right] = [text(node.left, known, seen), text(node.right, known, seen)];
    return left === null || right === null ? null : left + right;
  }
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const part = text(span.expression, known, seen);
      if (part === null) return null;
      out += part + span.literal.text;
    }
    return out;
  }
  return null;
}

/** `describe`/`it`/`test` called directly (not `.each`, whose titles are patterns), with its title. */
function titled(node, known) {
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return null;
  if (!TEST_CALLS.has(node.expression.text) || node.arguments.length === 0) return null;
  return { kind: node.expression.text, title: text(node.arguments[0], known) };
}

function namesIn(path) {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2020, true);
  const known = constants(file);
  const names = [];
  const visit = (node, ancestors) => {
    const call = titled(node, known);
    if (call && call.title === null) return; // an untitled block cannot be named
    if (call && call.kind !== 'describe') names.push([...ancestors, call.title].join(' › '));
    const inner = call?.kind === 'describe' ? [...ancestors, call.title] : ancestors;
    ts.forEachChild(node, (child) => visit(child, inner));
  };
  visit(file, []);
  return names;
}

/** Every named test under `emulator/` except the live contracts' own folder, sorted, with the file it is in. */
function localContractTests(root) {
  const emulator = join(root, 'emulator');
  return testFiles(emulator, join(emulator, 'live'))
    .flatMap((path) => namesIn(path).map((name) => ({ name, file: relative(root, path) })))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

module.exports = { localContractTests };
