// Contract tests: the Ui (menus, sidebar, alerts, toasts), AuthMode.NONE, SpreadsheetApp globals, and call counting.
import { APPS_SCRIPT_ERRORS, LATENCY_SECONDS, Runtime } from '../runtime';
import { SpreadsheetService } from '../spreadsheet';

const UI = 'https://developers.google.com/apps-script/reference/base/ui';

function setup() {
  const runtime = new Runtime();
  const service = new SpreadsheetService(runtime);
  const ss = service.create('Rekap');
  service.setActive(ss);
  return { runtime, service, ss, app: service.app };
}

describe('Ui', () => {
  test(`a menu shows nothing until addToUi() (${UI}#createMenu(String))`, () => {
    const { app, service } = setup();
    const menu = app.getUi().createMenu('Rekap UPT').addItem('Buka panel', 'showSidebar').addSeparator();
    expect(service.ui.menus).toHaveLength(0);
    menu.addItem('Validasi semua', 'validateAll').addToUi();
    expect(service.ui.menu('Rekap UPT')).toEqual({
      title: 'Rekap UPT',
      items: [
        ['Buka panel', 'showSidebar'],
        ['Validasi semua', 'validateAll'],
      ],
      addon: false,
      underExtensions: false,
    });
  });

  test(`an add-on menu carries the add-on's name (${UI}#createAddonMenu())`, () => {
    const { app, service } = setup();
    app.getUi().createAddonMenu().addItem('Buka panel', 'showSidebar').addToUi();
    expect(service.ui.menus[0]).toMatchObject({ title: 'Rekap UPT', addon: true });
  });

  test(`showSidebar records the HtmlOutput and does not block (${UI}#showSidebar(Object))`, () => {
    const { app, service } = setup();
    const html = { getContent: () => '<p>Panel</p>' } as unknown as GoogleAppsScript.HTML.HtmlOutput;
    app.getUi().showSidebar(html);
    expect(service.ui.sidebars).toEqual([html]);
  });

  test(`alert returns the queued button, default OK or YES (${UI}#alert(String,String,ButtonSet))`, () => {
    const { app, service } = setup();
    const ui = app.getUi();
    expect(ui.alert('Selesai')).toBe(ui.Button.OK);
    expect(ui.alert('Tutup periode?', 'Data akan diarsipkan.', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    service.ui.queueResponse('NO');
    expect(ui.alert('Tutup periode?', 'Data akan diarsipkan.', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(service.ui.alerts.map((a) => [a.title, a.prompt, a.response])).toEqual([
      ['', 'Selesai', 'OK'],
      ['Tutup periode?', 'Data akan diarsipkan.', 'YES'],
      ['Tutup periode?', 'Data akan diarsipkan.', 'NO'],
    ]);
  });

  test(`prompt returns the queued text and button (${UI}#prompt(String,String,ButtonSet))`, () => {
    const { app, service } = setup();
    service.ui.queuePromptResponse('Februari 2026', 'OK');
    const r = app.getUi().prompt('Periode', 'Isi nama periode', app.getUi().ButtonSet.OK_CANCEL);
    expect([r.getResponseText(), r.getSelectedButton()]).toEqual(['Februari 2026', 'OK']);
  });

  test('getUi() throws where no editor is open, e.g. a time-driven trigger [F] (https://github.com/davepar/gcalendarsync/issues/93)', () => {
    const { app, service } = setup();
    service.ui.available = false;
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  test('toast is recorded with its title and a 5 s default timeout (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String))', () => {
    const { ss, service } = setup();
    ss.toast('Konsolidasi selesai', 'Rekap UPT');
    expect(service.ui.toasts).toEqual([{ message: 'Konsolidasi selesai', title: 'Rekap UPT', timeoutSeconds: 5 }]);
  });
});

describe('authorization (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle)', () => {
  test("in AuthMode.NONE an add-on's onOpen may build menus but not read the spreadsheet", () => {
    const { runtime, app, service } = setup();
    runtime.authMode = 'NONE';
    app.getUi().createAddonMenu().addItem('Buka panel', 'showSidebar').addToUi();
    expect(service.ui.menus).toHaveLength(1);
    expect(() => app.getActiveSpreadsheet()).toThrow(
      `${APPS_SCRIPT_ERRORS.authRequired}SpreadsheetApp.getActiveSpreadsheet`,
    );
  });

  test('in AuthMode.LIMITED the bound spreadsheet is readable but other spreadsheets are not (https://developers.google.com/apps-script/guides/triggers#restrictions; wording https://github.com/peterherrmann/BetterLog/issues/29)', () => {
    const { runtime, app, ss } = setup();
    runtime.authMode = 'LIMITED';
    expect(app.getActiveSpreadsheet()).toBe(ss);
    expect(() => app.openById(ss.getId())).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });
});

describe('SpreadsheetApp', () => {
  test('getActiveSpreadsheet is whatever the test made active, null when none (e.g. a time-driven trigger)', () => {
    const { app, service, ss } = setup();
    expect(app.getActive()).toBe(ss);
    service.setActive(null);
    expect(app.getActiveSpreadsheet()).toBeNull();
  });

  test('openById finds a spreadsheet by id and throws when missing [F] (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String))', () => {
    const { app, ss } = setup();
    expect(app.openById(ss.getId())).toBe(ss);
    expect(() => app.openById('nope')).toThrow('Unexpected error while getting the method or property openById');
  });

  test('flush() is a counted round trip that applies pending writes (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush())', () => {
    const { app, runtime, ss } = setup();
    ss.getSheets()[0].getRange('A1').setValue(1);
    runtime.ledger.reset();
    app.flush();
    expect(runtime.ledger.all().map((c) => c.method)).toEqual(['SpreadsheetApp.flush']);
    expect(ss.getSheets()[0].getRange('A1').getValue()).toBe(1);
  });

  test('enums compare by name', () => {
    const { app, ss } = setup();
    const p = ss.getSheets()[0].protect();
    expect(p.getProtectionType()).toBe(app.ProtectionType.SHEET);
  });
});

describe('ledger', () => {
  test('every call is recorded by kind before it runs; range geometry is answered in the script (utility, 0 s)', () => {
    const { runtime, ss } = setup();
    runtime.ledger.reset();
    const sheet = ss.getSheetByName('Sheet1');
    const range = sheet?.getRange('A1:C3');
    range?.setValues([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    range?.getValues();
    range?.getNumRows();
    range?.setBackground('#ffffff');
    expect(runtime.ledger.all().map((c) => [c.method, c.kind])).toEqual([
      ['Spreadsheet.getSheetByName', 'metadata'],
      ['Sheet.getRange', 'metadata'],
      ['Range.setValues', 'write'],
      ['Range.getValues', 'read'],
      ['Range.getNumRows', 'utility'],
      ['Range.setBackground', 'format'],
    ]);
    expect(LATENCY_SECONDS.utility).toBe(0);
  });

  test('reading a 100×100 tab with one getValues is one read, not 10,000', () => {
    const { runtime, ss } = setup();
    const sheet = ss.getSheets()[0];
    runtime.ledger.reset();
    sheet.getRange(1, 1, 100, 26).getValues();
    expect(runtime.ledger.byKind().read).toBe(1);
  });

  test('an injected fault is thrown by the Nth call and nothing is written', () => {
    const { runtime, ss } = setup();
    const sheet = ss.getSheets()[0];
    const range = sheet.getRange('A1');
    runtime.ledger.inject({ at: runtime.ledger.count + 1, error: APPS_SCRIPT_ERRORS.tooManySimultaneous });
    expect(() => range.setValue(1)).toThrow(APPS_SCRIPT_ERRORS.tooManySimultaneous);
    expect(range.getValue()).toBe('');
  });

  test('the 6-minute limit is enforced on the modelled clock', () => {
    const { runtime, ss } = setup();
    const range = ss.getSheets()[0].getRange('A1');
    runtime.beginExecution(1000);
    expect(() => {
      for (let i = 0; i < 100; i++) range.getValue();
    }).toThrow(APPS_SCRIPT_ERRORS.maxExecutionTime);
  });
});
