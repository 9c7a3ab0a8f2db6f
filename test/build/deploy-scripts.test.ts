// `npm run connect` writes the untracked clasp project file `npm run push` needs; without one, push stops at once.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const SCRIPT_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdefghijklmnopq';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'rekap-connect-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

/** Runs scripts/<name> in a scratch folder, as npm runs it from the checkout's root. */
function script(name: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts', name), ...args], { cwd, encoding: 'utf8' });
}

const read = (file: string) => JSON.parse(readFileSync(join(cwd, file), 'utf8'));

describe('npm run connect', () => {
  it('points .clasp.json at the add-on project, pushed from dist/', () => {
    const result = script('connect.mjs', SCRIPT_ID);
    expect(result.status).toBe(0);
    expect(read('.clasp.json')).toEqual({ scriptId: SCRIPT_ID, rootDir: 'dist' });
    expect(existsSync(join(cwd, '.clasp-bound.json'))).toBe(false);
  });

  it('with --bound points .clasp-bound.json at a trial Sheet’s script, pushed from dist-bound/', () => {
    expect(script('connect.mjs', '--bound', SCRIPT_ID).status).toBe(0);
    expect(read('.clasp-bound.json')).toEqual({ scriptId: SCRIPT_ID, rootDir: 'dist-bound' });
    expect(existsSync(join(cwd, '.clasp.json'))).toBe(false);
  });

  it('takes the id out of the editor’s URL', () => {
    expect(script('connect.mjs', `https://script.google.com/home/projects/${SCRIPT_ID}/edit`).status).toBe(0);
    expect(read('.clasp.json').scriptId).toBe(SCRIPT_ID);
  });

  it('refuses a missing or malformed id with its usage, writing nothing', () => {
    for (const args of [[], ['REPLACE ME'], [SCRIPT_ID, 'extra']]) {
      const result = script('connect.mjs', ...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('Usage: npm run connect -- <scriptId> [--bound]');
    }
    expect(existsSync(join(cwd, '.clasp.json'))).toBe(false);
  });
});

describe('npm run push', () => {
  it('without a connected project stops before any check and names the command to run', () => {
    const addon = script('push.mjs');
    expect(addon.status).toBe(2);
    expect(addon.stderr).toContain('.clasp.json is missing: run `npm run connect -- <scriptId>` first');
    const bound = script('push.mjs', '--bound');
    expect(bound.status).toBe(2);
    expect(bound.stderr).toContain('.clasp-bound.json is missing: run `npm run connect -- <scriptId> --bound` first');
  });
});

describe('the checkout', () => {
  it('tracks no clasp project file and ignores the ones connect writes', () => {
    const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    expect(git('ls-files', '.clasp.json', '.clasp-bound.json').stdout).toBe('');
    expect(git('check-ignore', '.clasp.json', '.clasp-bound.json', 'dist-bound/Code.js').stdout.split('\n')).toEqual([
      '.clasp.json',
      '.clasp-bound.json',
      'dist-bound/Code.js',
      '',
    ]);
  });
});
