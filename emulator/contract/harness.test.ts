// Contract: the harness runs a bundle as Apps Script would (executions, google.script.run rules, triggers, limits).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundle } from '../harness';
import { createEmulator } from '../index';

const FIXTURE = join(__dirname, 'fixtures', 'bundle');

function fixture(opts: Parameters<typeof createEmulator>[0] = {}) {
  const emulator = createEmulator(opts);
  return { emulator, bundle: loadBundle(emulator, { distDir: FIXTURE }) };
}

describe('harness on a hand-written bundle', () => {
  it('lists top-level function declarations only, private ones included (the editor shows them)', () => {
    const { bundle } = fixture();
    expect(bundle.functions).toEqual(expect.arrayContaining(['onOpen', 'whoAmI', 'secret_', 'tick']));
    expect(bundle.functions).not.toContain('helper');
  });

  it('runs a function as one execution of the owner; an unknown name fails with the Apps Script wording', () => {
    const { bundle } = fixture({ owner: 'kasubbag@kanwil.example' });
    expect(bundle.run('whoAmI')).toEqual({ active: 'kasubbag@kanwil.example', effective: 'kasubbag@kanwil.example' });
    expect(() => bundle.run('nope')).toThrow('Script function not found: nope');
  });

  // Each execution loads the script anew; a global set by one execution is gone in the next
  // (https://mogsdad.wordpress.com/2016/01/21/did-you-know-you-might-have-phantom-code/: "the entire script is
  // 'loaded' and run"). Not stated by Google's reference: the live contract run checks it (live/contracts/trigger.ts).
  it('gives every execution fresh globals: nothing a previous execution set survives', () => {
    const { bundle } = fixture();
    expect(bundle.run('countCalls')).toBe(1);
    expect(bundle.run('countCalls')).toBe(1);
    expect(bundle.callFromSidebar('op@kanwil.example', 'countCalls')).toBe(1);
  });

  // G html/reference/run: functions ending in '_' are private; only JSON-like values cross; a Date fails.
  it('callFromSidebar refuses private and unknown names', () => {
    const { bundle } = fixture();
    expect(() => bundle.callFromSidebar('op@kanwil.example', 'secret_')).toThrow('is not a function');
    expect(() => bundle.callFromSidebar('op@kanwil.example', 'helper')).toThrow('is not a function');
  });

  it('callFromSidebar refuses a Date argument or result, and JSON round-trips values', () => {
    const { bundle } = fixture();
    expect(() => bundle.callFromSidebar('op@kanwil.example', 'echo', new Date())).toThrow(/Date/);
    expect(() => bundle.callFromSidebar('op@kanwil.example', 'today')).toThrow(/Date/);
    expect(bundle.callFromSidebar('op@kanwil.example', 'todayIso')).toBe('2026-02-03T02:00:00.000Z');
    expect(bundle.callFromSidebar('op@kanwil.example', 'echo', [1, undefined, 'x'])).toEqual({
      received: [1, null, 'x'],
    });
    expect(bundle.callFromSidebar('op@kanwil.example', 'echo', { a: undefined, b: 2 })).toEqual({ received: { b: 2 } });
  });

  // R base/session#getActiveUser(): '' where the user and the owner are in different domains.
  it('callFromSidebar runs as the calling user; the active user is hidden across domains', () => {
    const { bundle } = fixture({ owner: 'admin@kanwil.example' });
    expect(bundle.callFromSidebar('op@kanwil.example', 'whoAmI')).toEqual({
      active: 'op@kanwil.example',
      effective: 'op@kanwil.example',
    });
    expect(bundle.callFromSidebar('lapas@gmail.com', 'whoAmI')).toEqual({ active: '', effective: 'lapas@gmail.com' });
  });

  // R lock/lock: locks are released when the execution ends.
  it("releases an execution's locks when it ends", () => {
    const { bundle, emulator } = fixture();
    expect(bundle.run('holdLock')).toBe('held');
    expect(emulator.locks.holder('script')).toBeNull();
  });

  it('a lock held by another execution makes tryLock wait out its timeout on the modelled clock', () => {
    const { bundle, emulator } = fixture();
    emulator.locks.holdScriptLock('other-execution');
    const before = emulator.runtime.now().getTime();
    expect(bundle.run('takeLock')).toBe(false);
    expect(emulator.runtime.now().getTime() - before).toBeGreaterThanOrEqual(1000);
    expect(() => bundle.run('holdLock')).toThrow('Lock timeout: another process was holding the lock for too long.');
    emulator.locks.releaseAllOf('other-execution');
    expect(bundle.run('takeLock')).toBe(true);
  });

  it('fires due time triggers as their creator and reports each outcome', () => {
    const { bundle, emulator } = fixture();
    bundle.run('installTrigger');
    expect(bundle.fireTimeTriggers()).toEqual([]);
    emulator.runtime.advance(60 * 60 * 1000);
    expect(bundle.fireTimeTriggers()).toEqual([
      { handler: 'tick', outcome: 'ok' },
      { handler: 'missingHandler', outcome: 'error', error: 'Script function not found: missingHandler' },
    ]);
    expect(emulator.properties.script.peek('ticks')).toBe('1');
    emulator.runtime.advance(2 * 60 * 60 * 1000);
    expect(bundle.fireTimeTriggers().filter((o) => o.handler === 'tick')).toHaveLength(1);
    expect(emulator.properties.script.peek('ticks')).toBe('2');
  });

  // Nobody has the editor open for a time-driven run, so there is no Ui. Wording [F]:
  // https://github.com/davepar/gcalendarsync/issues/93 ("Cannot call SpreadsheetApp.getUi() from this context.").
  it('a time-driven run has no UI: getUi() fails with the Apps Script wording; a menu run has it again', () => {
    const { bundle, emulator } = fixture();
    bundle.run('installAlertTrigger');
    emulator.runtime.advance(60 * 60 * 1000);
    expect(bundle.fireTimeTriggers()).toEqual([
      { handler: 'alertDone', outcome: 'error', error: 'Cannot call SpreadsheetApp.getUi() from this context.' },
    ]);
    expect(emulator.sheets.ui.alerts).toEqual([]);
    bundle.run('alertDone');
    expect(emulator.sheets.ui.alerts.map((a) => a.prompt)).toEqual(['Rekap selesai']);
  });

  // G services/quotas: trigger total runtime 90 min/day (consumer); past it, triggers fail. [F] wording.
  it('time triggers stop running once the daily trigger runtime quota is used up', () => {
    const { bundle, emulator } = fixture();
    bundle.run('installTrigger');
    emulator.triggers.triggerRuntimeTodayMs = 90 * 60 * 1000;
    emulator.runtime.advance(60 * 60 * 1000);
    expect(bundle.fireTimeTriggers()[0]).toEqual({
      handler: 'tick',
      outcome: 'error',
      error: 'Service using too much computer time for one day',
    });
    expect(emulator.properties.script.peek('ticks')).toBeNull();
  });

  // G triggers#restrictions and the add-on auth lifecycle: onOpen in AuthMode.NONE may build menus only.
  it('simpleOnOpen passes the auth mode; in NONE, services needing authorization refuse', () => {
    const { bundle, emulator } = fixture({ addOn: true });
    bundle.simpleOnOpen();
    expect(emulator.sheets.ui.menu('Rekap UPT')?.items).toEqual([['Buka panel', 'showPanel']]);
    expect(bundle.context.lastOpen).toEqual({ mode: 'NONE', user: 'admin@kanwil.example' });
    expect(() => bundle.runAs({ active: 'a@kanwil.example', authMode: 'NONE' }, 'rootFolderName')).toThrow(
      'You do not have permission to call DriveApp.getRootFolder',
    );
    expect(() => bundle.runAs({ active: 'a@kanwil.example', authMode: 'LIMITED' }, 'rootFolderName')).toThrow(
      'You do not have permission',
    );
    expect(bundle.runAs({ active: 'a@kanwil.example', authMode: 'FULL' }, 'rootFolderName')).toBe('My Drive');
  });

  it('simpleOnOpen hides the active user from another domain', () => {
    const { bundle } = fixture();
    bundle.simpleOnOpen('LIMITED', 'lapas@gmail.com');
    expect(bundle.context.lastOpen).toEqual({ mode: 'LIMITED', user: '' });
  });

  it('simpleOnEdit runs onEdit with the event object', () => {
    const { bundle, emulator } = fixture();
    bundle.simpleOnEdit({ value: '1.234' });
    expect(emulator.properties.document?.peek('lastEdit')).toBe('1.234');
  });

  // G services/quotas: 6 minutes per execution.
  it('stops an execution at the 6-minute limit of the modelled clock', () => {
    const { bundle } = fixture();
    expect(() => bundle.run('sleepForever')).toThrow('Exceeded maximum execution time');
  });

  it("the script's Date reads the modelled clock, and dates from the sheet and the script are both Dates", () => {
    const { bundle } = fixture();
    expect(bundle.run('dateChecks')).toEqual({
      now: '2026-02-03T02:00:00.000Z',
      nowMs: Date.parse('2026-02-03T02:00:00.000Z'),
      string: 'string',
      isDate: true,
      utc: Date.UTC(2026, 1, 3),
      parsed: Date.parse('2026-02-03T00:00:00Z'),
    });
  });

  it('errors keep their message, and instanceof Error holds for script, engine and emulator errors', () => {
    const { bundle } = fixture();
    expect(() => bundle.run('failing')).toThrow('Validasi gagal: Lapas Pekanbaru!C7');
    expect(bundle.run('nullDeref')).toBe(true);
    expect(bundle.run('emulatorErrorIsError')).toBe(true);
  });

  it('captures Logger.log and console output of the script in the emulator log, not on stdout', () => {
    const { bundle, emulator } = fixture();
    bundle.run('logSomething');
    expect(emulator.logs.messages()).toEqual(['Rekap Februari selesai', 'Tab Rutan Dumai belum dikirim']);
    expect(emulator.logs.entries.map((e) => e.level)).toEqual(['log', 'warn']);
  });

  it('serves dist/*.html to HtmlService (missing file: real error), templates escaping <?= ?> and not <?!= ?>', () => {
    const { bundle, emulator } = fixture();
    bundle.run('showPlain');
    expect((emulator.sheets.ui.sidebars[0] as { snapshot(): { content: string } }).snapshot().content).toContain(
      'Panel Rekap UPT',
    );
    expect(() => bundle.run('showMissing')).toThrow('No HTML file named Nope was found.');
    emulator.html.files.set('Page', "<p>UPT: <?= unitName ?></p><div><?!= '<i>raw</i>' ?></div>");
    bundle.run('showPanel');
    const out = emulator.sheets.ui.sidebars[1] as { snapshot(): { title: string; content: string } };
    expect(out.snapshot().title).toBe('Panel Rekap');
    expect(out.snapshot().content).toContain('UPT: &lt;b&gt;Lapas&lt;/b&gt;');
    expect(out.snapshot().content).toContain('<i>raw</i>');
  });
});

describe('harness on the built dist/Code.js', () => {
  it('onOpen adds the "Rekap UPT" menu and the sidebar opens from dist/Sidebar.html', () => {
    const dist = join(process.cwd(), 'dist');
    if (!existsSync(join(dist, 'Code.js'))) throw new Error('dist/Code.js is missing: run `npm run build` first.');
    const emulator = createEmulator();
    const bundle = loadBundle(emulator, { distDir: dist });
    expect(bundle.functions).toEqual(expect.arrayContaining(['onOpen', 'showSidebar']));
    bundle.simpleOnOpen('LIMITED');
    const menu = emulator.sheets.ui.menu('Rekap UPT');
    expect(menu).toBeDefined();
    expect(menu?.items.map(([, fn]) => fn)).toContain('showSidebar');
    for (const [, fn] of menu?.items ?? []) expect(bundle.functions).toContain(fn);
    bundle.run('showSidebar');
    const sidebar = emulator.sheets.ui.sidebars[0] as { snapshot(): { content: string } };
    expect(sidebar.snapshot().content).toBe(emulator.html.files.get('Sidebar'));
  });
});

describe('harness and the manifest', () => {
  // G guides/services/advanced: an advanced service is a global only when appsscript.json enables it.
  it('exposes the Sheets advanced service only when dist/appsscript.json enables it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    writeFileSync(join(dir, 'Code.js'), 'function hasSheets() { return typeof Sheets !== "undefined"; }\n');
    writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Asia/Jakarta' }));
    expect(loadBundle(createEmulator(), { distDir: dir }).run('hasSheets')).toBe(false);
    const enabled = {
      dependencies: { enabledAdvancedServices: [{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }] },
    };
    writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(enabled));
    expect(loadBundle(createEmulator(), { distDir: dir }).run('hasSheets')).toBe(true);
  });
});
