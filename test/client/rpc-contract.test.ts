// The sidebar and the server agree on every RPC: a renamed or re-typed server function fails the type-check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import * as server from '../../src/server/index';
import type { ServerApi } from '../../src/shared/rpc';

/** True only when A and B are the same type (not merely assignable). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Compile-time: every ServerApi function is exported by the server entry with the same parameters, and its
// result is what the sidebar expects. A missing or renamed export is a type error here.
const implementation: ServerApi = server;
const sameParameters: { [K in keyof ServerApi]: Same<Parameters<ServerApi[K]>, Parameters<(typeof server)[K]>> } = {
  getPanelState: true,
  checkUnitTab: true,
  sendUnitTab: true,
  goToCell: true,
  returnUnitTab: true,
  runValidateAll: true,
  runConsolidation: true,
  runReport: true,
  setAutomation: true,
  getChatSummary: true,
};

/** Every ServerApi name at run time; the typed literal above makes a missing or extra name a type error. */
const SERVER_API_NAMES = Object.keys(sameParameters) as (keyof ServerApi)[];

describe('sidebar ↔ server contract', () => {
  it('exports every ServerApi function from the server entry point', () => {
    for (const name of SERVER_API_NAMES) expect(typeof implementation[name]).toBe('function');
  });

  it('declares every ServerApi function at the top level of the built dist/Code.js, visible to google.script.run', () => {
    const code = readFileSync(join(__dirname, '../../dist/Code.js'), 'utf8');
    const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
    const declared = file.statements.filter(ts.isFunctionDeclaration).map((f) => f.name?.text);
    for (const name of SERVER_API_NAMES) {
      expect(declared).toContain(name);
      // Apps Script hides functions ending in "_" from google.script.run.
      expect(name.endsWith('_')).toBe(false);
    }
  });
});
