// Contract: an editor add-on's lifecycle, menus and triggers, run on a hand-written add-on (fixtures/addon/Code.js).
// Sources: L = https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle,
// T = https://developers.google.com/workspace/add-ons/concepts/editor-triggers,
// M = https://developers.google.com/workspace/add-ons/concepts/menus.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundle } from '../harness';
import { APPS_SCRIPT_ERRORS, createEmulator } from '../index';

const OWNER = 'admin@kanwil.example';
const COLLEAGUE = 'op@kanwil.example';
const HOUR = 60 * 60 * 1000;

function addOn(opts: { addOn?: boolean } = {}) {
  const emulator = createEmulator({ owner: OWNER, addOn: opts.addOn ?? true, workspace: true });
  const bundle = loadBundle(emulator, { distDir: join(__dirname, 'fixtures', 'addon') });
  /** The auth modes the fixture logged for `event` ("opened", "edited", "installed"), one per execution. */
  const logged = (event: string) =>
    emulator.logs.entries.flatMap((e) =>
      e.message.startsWith(`${event} `) ? [e.message.slice(event.length + 1)] : [],
    );
  const opened = () => logged('opened');
  return { emulator, bundle, opened, logged, ui: emulator.sheets.ui };
}

describe('the add-on in a document (L)', () => {
  it('runs onOpen in AuthMode.NONE for its installer until it is used in the document: a menu under Extensions', () => {
    const { bundle, opened, ui } = addOn();
    bundle.simpleOnOpen();
    expect(opened()).toEqual(['NONE']);
    expect(ui.menus).toEqual([{ title: 'Rekap UPT', items: [['Mulai', 'start']], addon: true, underExtensions: true }]);
  });

  it('in AuthMode.NONE a call needing authorization fails as Google fails it, and the menu with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'addon-'));
    writeFileSync(
      join(dir, 'Code.js'),
      'function onOpen(e) {\n' +
        "  PropertiesService.getDocumentProperties().getProperty('x');\n" +
        "  SpreadsheetApp.getUi().createAddonMenu().addItem('Mulai', 'start').addToUi();\n}\n",
    );
    // The bundle ships its manifest, as every build does; it grants what the call needs, so only the auth mode refuses.
    writeFileSync(join(dir, 'appsscript.json'), readFileSync(join(__dirname, '../../appsscript.json'), 'utf8'));
    const emulator = createEmulator({ owner: OWNER, addOn: true });
    expect(() => loadBundle(emulator, { distDir: dir }).simpleOnOpen()).toThrow(
      `${APPS_SCRIPT_ERRORS.authRequired}PropertiesService.getDocumentProperties`,
    );
    expect(emulator.sheets.ui.menus).toEqual([]);
  });

  it('is absent for a collaborator without it where nobody has used it: onOpen does not run for them', () => {
    const { bundle, opened, ui } = addOn();
    bundle.simpleOnOpen(undefined, COLLEAGUE);
    expect(opened()).toEqual([]);
    expect(ui.menus).toEqual([]);
  });

  it('once used in the document (a menu item runs in AuthMode.FULL) onOpen runs in LIMITED, for every collaborator', () => {
    const { bundle, emulator, opened, ui } = addOn();
    bundle.run('start');
    expect(emulator.addOnLifecycle?.isEnabled(emulator.spreadsheet.id)).toBe(true);
    bundle.simpleOnOpen();
    bundle.simpleOnOpen(undefined, COLLEAGUE);
    expect(opened()).toEqual(['LIMITED', 'LIMITED']);
    // LIMITED may read the document's properties: the menu grows its second item.
    expect(ui.menus.map((m) => m.items.map(([label]) => label))).toEqual([
      ['Mulai', 'Status'],
      ['Mulai', 'Status'],
    ]);
  });

  it('runs onEdit in the same mode as onOpen, and not at all where it is absent', () => {
    const { bundle, logged } = addOn();
    bundle.simpleOnEdit({ value: '1' }, COLLEAGUE);
    bundle.simpleOnEdit({ value: '1' });
    bundle.run('start');
    bundle.simpleOnEdit({ value: '1' }, COLLEAGUE);
    expect(logged('edited')).toEqual(['NONE', 'LIMITED']);
  });

  it('runs onInstall in AuthMode.FULL when installed from the document, which enables it there (T: onInstall calls onOpen)', () => {
    const { bundle, emulator, opened, logged, ui } = addOn();
    bundle.installAddOn(COLLEAGUE);
    expect(logged('installed')).toEqual(['FULL']);
    expect(opened()).toEqual(['FULL']);
    expect(ui.menus).toHaveLength(1);
    expect(emulator.addOnLifecycle?.isInstalled(COLLEAGUE)).toBe(true);
    bundle.simpleOnOpen();
    expect(opened().at(-1)).toBe('LIMITED');
  });

  it('a bound script has no install: installAddOn refuses, and onOpen runs in LIMITED', () => {
    const { bundle, opened } = addOn({ addOn: false });
    expect(() => bundle.installAddOn()).toThrow('bound script');
    bundle.simpleOnOpen();
    expect(opened()).toEqual(['LIMITED']);
  });
});

describe('menus (M)', () => {
  it('a published add-on’s top-level menu moves under Extensions; a bound script’s stays in the menu bar', () => {
    const published = addOn();
    published.bundle.run('topLevelMenu');
    expect(published.ui.menus[0]).toMatchObject({ title: 'Laporan', addon: false, underExtensions: true });
    const bound = addOn({ addOn: false });
    bound.bundle.run('topLevelMenu');
    expect(bound.ui.menus[0]).toMatchObject({ title: 'Laporan', addon: false, underExtensions: false });
  });
});

describe('the add-on’s triggers (T)', () => {
  it('one time-driven trigger per user per document, whatever its schedule; another user keeps their own', () => {
    const { bundle, emulator } = addOn();
    bundle.run('hourly');
    expect(() => bundle.run('daily')).toThrow(APPS_SCRIPT_ERRORS.addOnTooManyTimeTriggers);
    bundle.runAs({ active: COLLEAGUE }, 'daily');
    expect(emulator.triggers.all().map((t) => t.owner)).toEqual([OWNER, COLLEAGUE]);
  });

  it('the same user may hold one in another document', () => {
    const { bundle, emulator } = addOn();
    bundle.run('hourly');
    const other = emulator.sheets.create('Rekap UPT 2025', { owner: OWNER });
    emulator.sheets.setActive(other);
    bundle.run('hourly');
    expect(emulator.triggers.all().map((t) => t.documentId)).toEqual([emulator.spreadsheet.id, other.id]);
  });

  it('creates triggers only for the file it is used in', () => {
    const { bundle, emulator } = addOn();
    const other = emulator.sheets.create('Lain', { owner: OWNER });
    expect(() => bundle.run('editTriggerFor', other.id)).toThrow(APPS_SCRIPT_ERRORS.addOnTriggerOtherFile);
    expect(bundle.run('editTriggerFor', emulator.spreadsheet.id)).toEqual(expect.any(String));
  });

  it('its triggers stop firing once its user uninstalls it or the document disables it, and resume when re-enabled', () => {
    const { bundle, emulator } = addOn();
    const lifecycle = emulator.addOnLifecycle;
    if (!lifecycle) throw new Error('not an add-on');
    bundle.run('hourly');
    emulator.runtime.advance(HOUR);
    expect(bundle.fireTimeTriggers()).toEqual([{ handler: 'tick', outcome: 'ok' }]);
    lifecycle.disable(emulator.spreadsheet.id);
    emulator.runtime.advance(HOUR);
    expect(bundle.fireTimeTriggers()).toEqual([]);
    bundle.run('start');
    emulator.runtime.advance(HOUR);
    expect(bundle.fireTimeTriggers()).toEqual([{ handler: 'tick', outcome: 'ok' }]);
    lifecycle.uninstall(OWNER);
    emulator.runtime.advance(HOUR);
    expect(bundle.fireTimeTriggers()).toEqual([]);
    expect(emulator.properties.script.peek('ticks')).toBe('2');
  });
});
