// End to end on both builds, where they differ: the add-on (dist/) installs, opens and automates as Google allows an
// editor add-on; the bound script (dist-bound/) warns that every editor of the Sheet can change its code, and switches
// automation on only once the admin states that only admins edit the Sheet (logged with who and when).
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { LOG_SHEET } from '../../src/core/config/sheet-names';
import { MENU_ITEMS } from '../../src/server/ui/menu';
import type { AutomationView, PanelState } from '../../src/shared/rpc';
import { ADMIN, type Build, type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

const OPERATOR = SAMPLE_UNITS[0].operators[0];
const HANDLER = 'runScheduledConsolidation';

/** The menu's entry points as the source lists them (the add-on's; test/server/ui/menu.test.ts pins the labels). */
const MENU_FUNCTIONS = MENU_ITEMS.flatMap((item) => (item === 'separator' ? [] : [item.functionName]));

function setUp(build: Build): SampleSheet {
  const s = sampleSheet({ build });
  s.bundle.run('setupUnitTabs');
  return s;
}

const menuFunctions = (s: SampleSheet) => (s.emulator.sheets.ui.menus.at(-1)?.items ?? []).map(([, fn]) => fn);
const automationTriggers = (s: SampleSheet) =>
  s.emulator.triggers.all().filter((t) => t.getHandlerFunction() === HANDLER);
const logRows = (s: SampleSheet) => valuesOf(s.emulator, LOG_SHEET).slice(1);
const panel = (s: SampleSheet, who: string) => s.bundle.callFromSidebar(who, 'getPanelState') as PanelState;

describe('the editor add-on (dist/)', () => {
  it('shows its menu under Extensions → Rekap UPT as soon as the admin installs it from the Sheet', () => {
    const s = sampleSheet();
    s.bundle.installAddOn(ADMIN);
    const [menu] = s.emulator.sheets.ui.menus;
    expect(menu).toMatchObject({ title: 'Rekap UPT', addon: true, underExtensions: true });
    expect(menuFunctions(s)).toEqual(MENU_FUNCTIONS);
    for (const fn of MENU_FUNCTIONS) expect(s.bundle.functions).toContain(fn);
  });

  it('builds the whole menu in AuthMode.NONE, before it is used in the Sheet, touching nothing that needs authorization', () => {
    const s = sampleSheet();
    const calls = s.emulator.ledger.count;
    s.bundle.simpleOnOpen();
    expect(menuFunctions(s)).toEqual(MENU_FUNCTIONS);
    const services = new Set(
      s.emulator.ledger
        .all()
        .slice(calls)
        .map((c) => `${c.service}.${c.method}`),
    );
    expect([...services].sort()).toEqual([
      'SpreadsheetApp.Menu.addItem',
      'SpreadsheetApp.Menu.addSeparator',
      'SpreadsheetApp.Menu.addToUi',
      'SpreadsheetApp.SpreadsheetApp.getUi',
      'SpreadsheetApp.Ui.createAddonMenu',
    ]);
  });

  it('appears for an operator once the admin has used it in the Sheet (AuthMode.LIMITED), and not before', () => {
    const s = sampleSheet();
    s.bundle.simpleOnOpen(undefined, OPERATOR);
    expect(s.emulator.sheets.ui.menus).toEqual([]);
    s.bundle.run('setupUnitTabs');
    s.bundle.simpleOnOpen(undefined, OPERATOR);
    expect(menuFunctions(s)).toEqual(MENU_FUNCTIONS);
  });

  it('holds one time-driven trigger, switched on without a question, and no trial warning anywhere', () => {
    const s = setUp('addon');
    s.bundle.run('toggleAutomation');
    expect(s.emulator.sheets.ui.alerts.map((a) => a.buttons)).toEqual(['OK', 'OK']);
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(/^Otomatisasi aktif/);
    expect(s.emulator.triggers.all().map((t) => t.getHandlerFunction())).toEqual([HANDLER]);
    expect(panel(s, ADMIN).trial).toBeNull();
  });
});

describe('the bound script (dist-bound/)', () => {
  it('opens its own "Rekap UPT" menu with the warning first, and the warning names who can change the code', () => {
    const s = setUp('bound');
    s.bundle.simpleOnOpen();
    const menu = s.emulator.sheets.ui.menus.at(-1);
    expect(menu).toMatchObject({ title: 'Rekap UPT', addon: false, underExtensions: false });
    expect(menu?.items[0]).toEqual(['⚠ Versi uji coba: baca peringatan', 'showTrialWarning']);
    expect(menuFunctions(s).slice(1)).toEqual(MENU_FUNCTIONS);
    s.bundle.run('showTrialWarning');
    const dialog = s.emulator.sheets.ui.dialogs.at(-1);
    if (!dialog) throw new Error('no dialog shown');
    expect(dialog.title).toBe('Peringatan: versi uji coba');
    expect((dialog.html as { getContent(): string }).getContent()).toContain(
      'setiap editor Sheet ini, termasuk operator UPT, dapat mengubahnya lewat Ekstensi → Apps Script',
    );
  });

  it('shows the warning in the admin’s panel only', () => {
    const s = setUp('bound');
    expect(panel(s, ADMIN).trial?.warning).toMatch(/^Rekap UPT di Sheet ini adalah versi uji coba/);
    expect(panel(s, ADMIN).trial?.onlyAdminsQuestion).toMatch(/Apakah hanya admin Kanwil yang menjadi editor/);
    expect(panel(s, OPERATOR).trial).toBeNull();
  });

  it('asks from the menu before automation goes on: "No" changes nothing, "Yes" installs it and logs who said so', () => {
    const s = setUp('bound');
    const ui = s.emulator.sheets.ui;
    ui.queueResponse('NO');
    s.bundle.run('toggleAutomation');
    expect(ui.alerts.at(-2)).toMatchObject({ title: 'Otomatisasi', buttons: 'YES_NO', response: 'NO' });
    expect(ui.alerts.at(-2)?.prompt).toContain('setiap editor Sheet dapat mengubahnya');
    expect(ui.alerts.at(-1)?.prompt).toBe('Otomatisasi tetap nonaktif; tidak ada yang diubah.');
    expect(automationTriggers(s)).toEqual([]);
    const rows = logRows(s).length;

    s.emulator.runtime.setClock(new Date('2026-02-07T08:15:00+07:00'));
    ui.queueResponse('YES');
    s.bundle.run('toggleAutomation');
    expect(ui.alerts.at(-1)?.prompt).toMatch(/^Otomatisasi aktif/);
    expect(automationTriggers(s)).toHaveLength(1);
    const added = logRows(s).slice(rows);
    expect(added).toHaveLength(1);
    const [start, , action, by, outcome, , , detail] = added[0] ?? [];
    // When: the run's start on the modelled clock, within the minute the admin answered.
    expect((start as Date).toISOString().slice(0, 16)).toBe('2026-02-07T01:15');
    expect([action, by, outcome]).toEqual(['Otomatisasi diaktifkan (versi uji coba)', ADMIN, 'Berhasil']);
    expect(detail).toBe(
      `${ADMIN} menyatakan hanya admin Kanwil yang menjadi editor Sheet ini (versi uji coba); rekap otomatis aktif setiap 1 jam.`,
    );

    // Switching off asks nothing.
    s.bundle.run('toggleAutomation');
    expect(ui.alerts.at(-1)?.prompt).toMatch(/^Otomatisasi nonaktif/);
    expect(automationTriggers(s)).toEqual([]);
  });

  it('from the sidebar, switches on only with the admin’s yes', () => {
    const s = setUp('bound');
    expect(() => s.bundle.callFromSidebar(ADMIN, 'setAutomation', true)).toThrow(
      /^Otomatisasi belum diaktifkan: pada versi uji coba, admin harus menyatakan/,
    );
    expect(() => s.bundle.callFromSidebar(ADMIN, 'setAutomation', true, 'ya')).toThrow(/^Otomatisasi belum diaktifkan/);
    expect(automationTriggers(s)).toEqual([]);
    const view = s.bundle.callFromSidebar(ADMIN, 'setAutomation', true, true) as AutomationView;
    expect(view.on).toBe(true);
    expect(logRows(s).at(-1)?.slice(2, 5)).toEqual(['Otomatisasi diaktifkan (versi uji coba)', ADMIN, 'Berhasil']);
  });

  it('refuses outright, naming them, while the Sheet lists editors who are not admins', () => {
    const s = setUp('bound');
    s.emulator.spreadsheet.share(OPERATOR);
    const ui = s.emulator.sheets.ui;
    const alerts = ui.alerts.length;
    s.bundle.run('toggleAutomation');
    expect(ui.alerts.slice(alerts).map((a) => a.buttons)).toEqual(['OK']);
    expect(ui.alerts.at(-1)?.prompt).toMatch(
      new RegExp(
        `^Otomatisasi tidak diaktifkan: Sheet ini juga dapat diedit oleh ${OPERATOR}, yang bukan admin Kanwil\\.`,
      ),
    );
    expect(() => s.bundle.callFromSidebar(ADMIN, 'setAutomation', true, true)).toThrow(/dapat diedit oleh/);
    expect(automationTriggers(s)).toEqual([]);
  });

  it('still refuses an operator first', () => {
    const s = setUp('bound');
    expect(() => s.bundle.callFromSidebar(OPERATOR, 'setAutomation', true, true)).toThrow(
      /^Tindakan ini khusus admin Kanwil/,
    );
  });
});

describe.each([
  ['addon', 'menu Ekstensi → Rekap UPT → Buka panel'],
  ['bound', 'menu Rekap UPT → Buka panel'],
] as const)('the help of the %s build', (build, path) => {
  it(`tells operators where the panel is: ${path}`, () => {
    const s = sampleSheet({ build });
    s.bundle.run('showHelp');
    const dialog = s.emulator.sheets.ui.dialogs.at(-1);
    if (!dialog) throw new Error('no help shown');
    expect((dialog.html as { getContent(): string }).getContent()).toContain(`Buka panel (${path})`);
  });
});
