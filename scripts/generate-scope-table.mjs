#!/usr/bin/env node
// Regenerates emulator/scopes/method-scopes.json: for each Apps Script method, the OAuth scopes that
// Google's reference says the method accepts (any one of them is enough).
//
// Sources, all pinned to exact versions and fetched with `npm pack` into os.tmpdir():
// - gas-types-detailed: Google's Apps Script reference text as .d.ts with JSDoc. Each method's doc
//   has an "Authorization:" section listing its scopes; a method without one is listed with [].
// - @googleapis/sheets, @googleapis/drive, @googleapis/docs: generated from Google's discovery
//   documents; each method's JSDoc sample lists the discovery method's "scopes" array. These give the
//   advanced services Sheets (v4), Drive (v3) and Docs (v1).
// - googleapis: the same generated samples for BigQuery (v2), which has no package of its own.
//
// Usage: node scripts/generate-scope-table.mjs [--check] [--report]
//   --check   exit 1 if the committed table differs from a fresh generation (writes nothing)
//   --report  also print the methods without an Authorization section, the overloads that disagree, and
//             the names that do not match the project's @types/google-apps-script

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'emulator', 'scopes', 'method-scopes.json');

const GAS_TYPES = { name: 'gas-types-detailed', version: '1.1.3' };
/** Advanced services: Apps Script symbol, npm package (generated from the discovery document), API name and version. */
const ADVANCED = [
  { symbol: 'Sheets', name: '@googleapis/sheets', version: '18.1.1', api: 'sheets', apiVersion: 'v4' },
  { symbol: 'Drive', name: '@googleapis/drive', version: '26.0.1', api: 'drive', apiVersion: 'v3' },
  { symbol: 'Docs', name: '@googleapis/docs', version: '10.0.0', api: 'docs', apiVersion: 'v1' },
  // BigQuery has no @googleapis/* package: the full client's generated typings carry the same samples.
  {
    symbol: 'BigQuery',
    name: 'googleapis',
    version: '176.0.0',
    api: 'bigquery',
    apiVersion: 'v2',
    file: 'build/src/apis/bigquery/v2.d.ts',
  },
];
/** Apps Script renames discovery methods whose names are reserved words (as in @types/google-apps-script). */
const ADVANCED_RENAMES = { delete: 'remove' };
/** Namespaces that gas-types-detailed names differently from @types/google-apps-script. */
const NAMESPACE_RENAMES = { Card: 'Card_Service', XML: 'XML_Service' };
/** The project's own typings, used only to check that every key names a real interface and method. */
const TYPES_DIR = path.join(ROOT, 'node_modules', '@types', 'google-apps-script');

/** `npm pack`s name@version into os.tmpdir() (once) and returns the unpacked package directory. */
function packed({ name, version }) {
  const dir = path.join(os.tmpdir(), 'rekap-scope-table', `${name.replace('/', '+')}@${version}`);
  const pkgDir = path.join(dir, 'package');
  const infoFile = path.join(dir, 'pack.json');
  if (!fs.existsSync(path.join(pkgDir, 'package.json')) || !fs.existsSync(infoFile)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const out = execFileSync('npm', ['pack', `${name}@${version}`, '--json', '--pack-destination', dir], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [info] = JSON.parse(out);
    execFileSync('tar', ['xzf', path.join(dir, info.filename), '-C', dir]);
    fs.writeFileSync(infoFile, JSON.stringify({ integrity: info.integrity, shasum: info.shasum }));
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  if (manifest.version !== version) throw new Error(`${name}: expected ${version}, got ${manifest.version}`);
  return { dir: pkgDir, ...JSON.parse(fs.readFileSync(infoFile, 'utf8')) };
}

// ---------------------------------------------------------------------------------------------
// Built-in services: gas-types-detailed

/**
 * Scopes listed under "Authorization:" in one JSDoc block (a block can hold several such sections when
 * it documents several overloads), or [] if the block has none.
 */
function authorizationScopes(doc) {
  const lines = doc.split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').trimEnd());
  const scopes = [];
  let inSection = false;
  let sections = 0;
  for (const line of lines) {
    if (line.trim() === 'Authorization:') {
      inSection = true;
      sections++;
    } else if (inSection && (/^https:\/\/developers\.google\.com\//.test(line.trim()) || line.trim().startsWith('@'))) {
      inSection = false;
    } else if (inSection) {
      const m = /^\s*- (https?:\/\/\S+)$/.exec(line);
      if (m) scopes.push(m[1]);
    }
  }
  if (sections > 0 && scopes.length === 0) throw new Error(`Authorization section without scopes:\n${doc}`);
  return [...new Set(scopes)];
}

function countBraces(code) {
  const bare = code.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '');
  let delta = 0;
  for (const ch of bare) {
    if (ch === '{') delta++;
    else if (ch === '}') delta--;
  }
  return delta;
}

/**
 * Parses one .d.ts file into interfaces: { ns, name, extends, methods: Map<method, { scopes, overloads,
 * undocumented }> }. A member counts as a method when it starts with `name(` or `name<` at interface depth.
 */
function parseDts(text) {
  const interfaces = [];
  const stack = []; // { kind, name, depth, iface? }
  let depth = 0;
  let doc = null;
  let inComment = false;
  let comment = [];
  let parenDepth = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (inComment) {
      comment.push(line);
      if (trimmed.includes('*/')) {
        inComment = false;
        doc = comment.join('\n');
      }
      continue;
    }
    if (trimmed.startsWith('/*')) {
      comment = [line];
      if (trimmed.includes('*/', 2)) doc = line;
      else inComment = true;
      continue;
    }
    if (trimmed.startsWith('//') || trimmed === '') continue;
    const top = stack[stack.length - 1];
    if (parenDepth > 0) {
      parenDepth += (line.match(/\(/g) ?? []).length - (line.match(/\)/g) ?? []).length;
    } else if (top?.kind === 'interface' && depth === top.depth) {
      const m = /^(\w+)\??\s*[(<]/.exec(trimmed);
      if (m) {
        const scopes = doc ? authorizationScopes(doc) : [];
        const entry = top.iface.methods.get(m[1]) ?? { scopes: new Set(), overloads: [] };
        for (const s of scopes) entry.scopes.add(s);
        entry.overloads.push(scopes);
        top.iface.methods.set(m[1], entry);
        parenDepth = (line.match(/\(/g) ?? []).length - (line.match(/\)/g) ?? []).length;
      }
    }
    doc = null;
    const ns = /^(?:export\s+)?(?:declare\s+)?namespace\s+([\w.]+)\s*\{/.exec(trimmed);
    const iface = /^(?:export\s+)?interface\s+(\w+)(?:<[^>]*>)?(?:\s+extends\s+([^{]+))?\s*\{/.exec(trimmed);
    const delta = countBraces(line);
    if (ns) {
      depth += delta;
      stack.push({ kind: 'namespace', name: ns[1], depth });
    } else if (iface) {
      depth += delta;
      const nsPath = stack.filter((s) => s.kind === 'namespace').map((s) => s.name);
      const nsName = nsPath.filter((n) => n !== 'GoogleAppsScript').join('.');
      const entry = {
        ns: NAMESPACE_RENAMES[nsName] ?? nsName,
        name: iface[1],
        extends: iface[2] ? iface[2].split(',').map((s) => s.trim().replace(/<.*$/, '')) : [],
        methods: new Map(),
      };
      interfaces.push(entry);
      stack.push({ kind: 'interface', name: iface[1], depth, iface: entry });
      if (delta === 0) stack.pop(); // `interface X {}` on one line
    } else {
      depth += delta;
      while (stack.length > 0 && depth < stack[stack.length - 1].depth) stack.pop();
    }
  }
  if (depth !== 0) throw new Error(`unbalanced braces (${depth})`);
  return interfaces;
}

function builtInInterfaces(pkgDir) {
  const files = fs
    .readdirSync(pkgDir)
    .filter((f) => /^google-apps-script\..+\.d\.ts$/.test(f))
    .sort();
  const all = [];
  for (const f of files) {
    for (const iface of parseDts(fs.readFileSync(path.join(pkgDir, f), 'utf8'))) all.push({ ...iface, file: f });
  }
  // Inherited members (e.g. Document's Body extends Element) that the derived interface does not redeclare.
  const byQualified = new Map(all.map((i) => [`${i.ns}.${i.name}`, i]));
  const resolve = (iface, base) => byQualified.get(base.includes('.') ? base : `${iface.ns}.${base}`);
  const inherit = (iface, seen = new Set()) => {
    for (const baseName of iface.extends) {
      const base = resolve(iface, baseName);
      if (!base || seen.has(base)) continue;
      seen.add(base);
      inherit(base, seen);
      for (const [m, entry] of base.methods) if (!iface.methods.has(m)) iface.methods.set(m, entry);
    }
  };
  for (const iface of all) inherit(iface);
  return all;
}

/**
 * Keys: `Interface.method` when only one namespace declares that pair, or all declaring namespaces agree
 * on its scopes; plus `Namespace.Interface.method` for every method of an interface name that more than
 * one namespace declares (e.g. Spreadsheet.Range and Document.Range).
 */
function builtInTable(interfaces) {
  const namespacesByName = new Map();
  for (const i of interfaces) {
    if (i.methods.size === 0) continue;
    namespacesByName.set(i.name, new Set([...(namespacesByName.get(i.name) ?? []), i.ns]));
  }
  const bare = new Map(); // key -> [{ ns, scopes }]
  const table = {};
  const overloadDifferences = [];
  const undocumented = [];
  for (const i of interfaces) {
    for (const [m, entry] of i.methods) {
      const scopes = [...entry.scopes];
      const key = `${i.name}.${m}`;
      bare.set(key, [...(bare.get(key) ?? []), { ns: i.ns, scopes }]);
      if (namespacesByName.get(i.name)?.size > 1) table[`${i.ns}.${key}`] = scopes;
      const distinct = new Set(entry.overloads.map((o) => JSON.stringify([...o].sort())));
      if (distinct.size > 1) overloadDifferences.push(`${i.ns}.${key}`);
      if (scopes.length === 0) undocumented.push(`${i.ns}.${key}`);
    }
  }
  const ambiguous = [];
  for (const [key, defs] of bare) {
    const variants = new Set(defs.map((d) => JSON.stringify([...d.scopes].sort())));
    if (variants.size === 1) table[key] = defs[0].scopes;
    else ambiguous.push(key);
  }
  return { table, ambiguous, overloadDifferences, undocumented };
}

// ---------------------------------------------------------------------------------------------
// Advanced services: @googleapis/* method samples

function advancedTable({ symbol, api, apiVersion, file }, pkgDir) {
  const text = fs.readFileSync(path.join(pkgDir, file ?? `${apiVersion}.ts`), 'utf8');
  const table = {};
  // Each method's JSDoc carries a sample: `scopes: [ '...', ... ]` then `await <api>.<resource>.<method>(`.
  const blocks = text.split(/\/\*\*\s*\n/).filter((b) => b.includes('@example'));
  for (const block of blocks) {
    const call = new RegExp(`await ${api}\\.([\\w.]+)\\(`).exec(block);
    if (!call) continue;
    const scopeList = /scopes: \[([^\]]*)\]/.exec(block);
    const scopes = scopeList ? [...scopeList[1].matchAll(/'([^']+)'/g)].map((m) => m[1]) : [];
    const parts = call[1].split('.');
    const method = parts.pop();
    const key = [symbol, ...parts.map((p) => p[0].toUpperCase() + p.slice(1)), ADVANCED_RENAMES[method] ?? method].join(
      '.',
    );
    if (key in table) throw new Error(`duplicate sample for ${key}`);
    table[key] = scopes;
  }
  if (Object.keys(table).length === 0) throw new Error(`${api} ${apiVersion}: no method samples found`);
  return table;
}

// ---------------------------------------------------------------------------------------------
// Cross-check against the project's @types/google-apps-script (names only; never a source of scopes)

function typingsGaps(methods, advancedKeys) {
  if (!fs.existsSync(path.join(TYPES_DIR, 'package.json'))) return null;
  const version = JSON.parse(fs.readFileSync(path.join(TYPES_DIR, 'package.json'), 'utf8')).version;
  const builtIn = [];
  for (const f of fs.readdirSync(TYPES_DIR).filter((n) => /^google-apps-script\..+\.d\.ts$/.test(n))) {
    for (const i of parseDts(fs.readFileSync(path.join(TYPES_DIR, f), 'utf8'))) {
      for (const m of i.methods.keys()) {
        const qualified = `${i.ns}.${i.name}.${m}`;
        if (!(`${i.name}.${m}` in methods) && !(qualified in methods)) builtIn.push(qualified);
      }
    }
  }
  // Collections as in apis/*.d.ts: e.g. Drive_v3.Drive.V3.Collection.FilesCollection.create.
  const collections = new Set();
  for (const f of ['sheets_v4.d.ts', 'drive_v3.d.ts', 'docs_v1.d.ts']) {
    for (const i of parseDts(fs.readFileSync(path.join(TYPES_DIR, 'apis', f), 'utf8'))) {
      for (const m of i.methods.keys()) collections.add(`${i.ns.split('.')[0]}.${i.name}.${m}`);
    }
  }
  const advanced = advancedKeys.filter((key) => {
    const parts = key.split('.');
    const ns = parts[0] === 'Drive' ? 'Drive_v3' : parts[0];
    return !collections.has(`${ns}.${parts.at(-2)}Collection.${parts.at(-1)}`);
  });
  return { version, builtIn, advanced };
}

// ---------------------------------------------------------------------------------------------

/**
 * JSON laid out as the project's formatter (Biome, line width 120) lays it out, so that the committed
 * table passes `biome check` as written: objects expanded, an array on one line when it fits.
 */
function formatJson(value, indent = '', prefix = '', suffix = '') {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const inline = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    if (`${indent}${prefix}${inline}${suffix}`.length <= 120 || value.length === 0) {
      return `${indent}${prefix}${inline}${suffix}`;
    }
    const items = value.map((v, i) => formatJson(v, inner, '', i < value.length - 1 ? ',' : ''));
    return `${indent}${prefix}[\n${items.join('\n')}\n${indent}]${suffix}`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return `${indent}${prefix}{}${suffix}`;
    const items = entries.map(([k, v], i) =>
      formatJson(v, inner, `${JSON.stringify(k)}: `, i < entries.length - 1 ? ',' : ''),
    );
    return `${indent}${prefix}{\n${items.join('\n')}\n${indent}}${suffix}`;
  }
  return `${indent}${prefix}${JSON.stringify(value)}${suffix}`;
}

function sortedObject(entries) {
  return Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function generate() {
  const gas = packed(GAS_TYPES);
  const dtsHeader = fs.readFileSync(path.join(gas.dir, 'google-apps-script.spreadsheet.d.ts'), 'utf8');
  const referenceDate = /Type definitions for Google Apps Script (\S+)/.exec(dtsHeader)?.[1] ?? 'unknown';
  const builtIn = builtInTable(builtInInterfaces(gas.dir));
  const sources = [
    {
      package: `${GAS_TYPES.name}@${GAS_TYPES.version}`,
      integrity: gas.integrity,
      covers: 'built-in services (SpreadsheetApp, DriveApp, DocumentApp, ScriptApp, MailApp, Session, ...)',
      from: `Apps Script reference https://developers.google.com/apps-script/reference as of ${referenceDate}: each method's "Authorization" section`,
    },
  ];
  const methods = { ...builtIn.table };
  const advancedKeys = [];
  for (const service of ADVANCED) {
    const pkg = packed(service);
    sources.push({
      package: `${service.name}@${service.version}`,
      integrity: pkg.integrity,
      covers: `${service.symbol} advanced service (${service.api} API ${service.apiVersion})`,
      from: `discovery document https://${service.api}.googleapis.com/$discovery/rest?version=${service.apiVersion}: each method's "scopes"`,
    });
    for (const [key, scopes] of Object.entries(advancedTable(service, pkg.dir))) {
      if (key in methods) throw new Error(`advanced-service key ${key} collides with a built-in key`);
      methods[key] = scopes;
      advancedKeys.push(key);
    }
  }
  const table = {
    sources,
    notes: [
      'A method accepts any one of its listed scopes; [] means its reference has no Authorization section.',
      'Keys are Interface.method as in @types/google-apps-script. For an interface name that several services declare (Range, Table, User, ...) Namespace.Interface.method is present too; the bare key only when all of them agree (see ambiguousBareKeys).',
      'Overloads are merged: a list is the union of the scopes of all overloads.',
      'Advanced services: Symbol.Resource[.Subresource].method; discovery "delete" is Apps Script "remove".',
    ],
    ambiguousBareKeys: builtIn.ambiguous.sort(),
    methods: sortedObject(Object.fromEntries(Object.entries(methods).map(([k, v]) => [k, [...new Set(v)]]))),
  };
  return { table, builtIn, gaps: typingsGaps(methods, advancedKeys) };
}

function report({ table, builtIn, gaps }) {
  const byInterface = new Map();
  for (const key of builtIn.undocumented) {
    const dot = key.lastIndexOf('.');
    byInterface.set(key.slice(0, dot), [...(byInterface.get(key.slice(0, dot)) ?? []), key.slice(dot + 1)]);
  }
  console.log('Methods without an Authorization section (mapped to []):');
  for (const [iface, ms] of [...byInterface].sort()) console.log(`  ${iface}: ${ms.join(', ')}`);
  console.log(`Overloads whose Authorization sections differ (merged): ${builtIn.overloadDifferences.join(', ')}`);
  console.log(`Bare keys left out as ambiguous: ${table.ambiguousBareKeys.join(', ')}`);
  if (!gaps) return console.log('@types/google-apps-script not installed: no name check');
  console.log(`@types/google-apps-script@${gaps.version} methods with no key (${gaps.builtIn.length}):`);
  console.log(`  ${gaps.builtIn.join(', ')}`);
  console.log(
    `Advanced-service keys with no method in @types/google-apps-script@${gaps.version}: ${gaps.advanced.join(', ')}`,
  );
}

const args = new Set(process.argv.slice(2));
const result = generate();
const json = `${formatJson(result.table)}\n`;
if (args.has('--report')) report(result);
const count = Object.keys(result.table.methods).length;
if (args.has('--check')) {
  const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
  if (current !== json) {
    console.error(`${path.relative(ROOT, OUT)} is stale: run node scripts/generate-scope-table.mjs`);
    process.exit(1);
  }
  console.log(`${path.relative(ROOT, OUT)} is up to date (${count} methods)`);
} else {
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, json);
  console.log(`wrote ${path.relative(ROOT, OUT)} (${count} methods)`);
}
