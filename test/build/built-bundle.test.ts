// Proves each built Code.js (dist/: the add-on, dist-bound/: the bound script) exposes exactly the entry points Apps
// Script can call, as top-level functions, beside the same sidebar page and manifest.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import * as entry from '../../src/server/index';
import { TRIGGER_HANDLERS } from '../../src/server/triggers/installed-triggers';
import { MENU_ITEMS } from '../../src/server/ui/menu';

const root = join(__dirname, '../..');

describe.each(['dist', 'dist-bound'])('%s/', (folder) => {
  const dist = join(root, folder);
  const code = readFileSync(join(dist, 'Code.js'), 'utf8');
  const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  const topLevelFunctionNames = (): string[] =>
    file.statements.filter(ts.isFunctionDeclaration).map((f) => f.name?.text ?? '');

  it('holds exactly Code.js, Sidebar.html and appsscript.json', () => {
    expect(readdirSync(dist).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
  });

  it('declares every export of src/server/index.ts as a top-level function', () => {
    const exported = Object.keys(entry).sort();
    expect(exported.length).toBeGreaterThan(0);
    expect(topLevelFunctionNames().sort()).toEqual(exported);
  });

  it('puts nothing else of ours in the global scope', () => {
    const others = file.statements.filter((s) => !ts.isFunctionDeclaration(s) && !ts.isEmptyStatement(s));
    // The webpack runtime is one immediately-invoked function; anything declared inside it stays private.
    for (const s of others) {
      expect(ts.isExpressionStatement(s)).toBe(true);
      expect(ts.SyntaxKind[s.kind]).not.toMatch(/VariableStatement|ClassDeclaration/);
    }
    expect(file.statements.some(ts.isVariableStatement)).toBe(false);
  });

  it('has a top-level function for every menu item and trigger handler', () => {
    const declared = new Set(topLevelFunctionNames());
    const wanted = [...MENU_ITEMS.flatMap((i) => (i === 'separator' ? [] : [i.functionName])), ...TRIGGER_HANDLERS];
    expect(wanted.length).toBeGreaterThan(0);
    for (const name of wanted) expect(declared).toContain(name);
  });

  it('inlines the sidebar client so HtmlService can serve it as one file', () => {
    const html = readFileSync(join(dist, 'Sidebar.html'), 'utf8');
    expect(html).not.toContain('/*INLINE_JS*/');
    expect(html).not.toMatch(/<script[^>]+src=/);
    const scripts = html.match(/<script>[\s\S]*?<\/script>/g) ?? [];
    expect(scripts).toHaveLength(1);
  });

  it('ships the manifest unchanged', () => {
    expect(existsSync(join(dist, 'appsscript.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8'))).toEqual(
      JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')),
    );
  });
});

describe('the two builds', () => {
  it('differ only in Code.js: the same sidebar page', () => {
    const page = (folder: string) => readFileSync(join(root, folder, 'Sidebar.html'), 'utf8');
    expect(page('dist-bound')).toBe(page('dist'));
    expect(readFileSync(join(root, 'dist-bound', 'Code.js'), 'utf8')).not.toBe(
      readFileSync(join(root, 'dist', 'Code.js'), 'utf8'),
    );
  });
});
