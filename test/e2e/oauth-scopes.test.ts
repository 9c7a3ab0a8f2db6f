// End to end on the built bundle: the whole Kanwil flow runs under the scopes dist/appsscript.json declares, every
// method it calls is covered by one of them, and every declared scope is needed by some call (least privilege).

import { join } from 'node:path';
import { covers, readManifest, ScopeEnforcer } from '../../emulator';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { CONFIG_LABELS } from '../../src/core/config/config';
import { CONFIG_SHEET } from '../../src/core/config/sheet-names';
import { locateTab, posA1 } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import type { ActionResult, AutomationView, PanelState, ReportResult, TabCheck } from '../../src/shared/rpc';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

const A = 'https://www.googleapis.com/auth/';
const declared = readManifest(join(__dirname, '../../dist/appsscript.json')).oauthScopes ?? [];
const unitA = SAMPLE_UNITS[0];
const operatorA = unitA.operators[0];

function setSetting(s: SampleSheet, label: string, value: string | number): void {
  const row = valuesOf(s.emulator, CONFIG_SHEET).findIndex((r) => r[0] === label) + 1;
  s.emulator.spreadsheet.sheetByNameUnrecorded(CONFIG_SHEET)?.getRange(row, 2).setValue(value);
}

/** A typed figure on unit A's tab, edited by its operator: the onEdit simple trigger runs. */
function operatorEdits(s: SampleSheet): void {
  const fields = locateTab(valuesOf(s.emulator, unitA.sheetName), SCHEMA).fields;
  const [, pos] = [...fields].find(([key]) => !key.startsWith('identitas.')) ?? [];
  if (!pos) throw new Error('no field on the tab');
  const sheet = s.emulator.spreadsheet.sheetByNameUnrecorded(unitA.sheetName);
  const event = sheet?.userEdit(operatorA, posA1(pos), '12');
  s.bundle.simpleOnEdit(event as unknown as Record<string, unknown>, operatorA);
}

/** Every step a Kanwil and its units take in a period, each checked to have done its work; the methods it called. */
function wholeFlow(): ReadonlyMap<string, readonly string[]> {
  const s = sampleSheet();
  const ui = s.emulator.sheets.ui;
  const as =
    (who: string) =>
    (name: string, ...args: unknown[]) =>
      s.bundle.callFromSidebar(who, name, ...args);
  const admin = as(ADMIN);
  const operator = as(operatorA);

  s.bundle.simpleOnOpen();
  expect(ui.menu('Rekap UPT')).toBeDefined();
  s.bundle.run('showSidebar');
  s.bundle.run('setupUnitTabs');
  expect(ui.alerts.at(-1)?.prompt).toMatch(/^Tab UPT periode Februari 2026 siap/);
  s.bundle.run('validateAll');
  expect((admin('runValidateAll') as ActionResult).ok).toBe(true);

  expect((operator('getPanelState') as PanelState).role).toBe('operator');
  expect((operator('checkUnitTab', unitA.code) as TabCheck).unit.code).toBe(unitA.code);
  expect((operator('sendUnitTab', unitA.code) as TabCheck).unit.status).toBe('Dikirim');
  s.emulator.runtime.advance(10 * 60_000);
  operatorEdits(s);
  expect((admin('returnUnitTab', unitA.code, 'Mohon diperiksa.') as ActionResult).ok).toBe(true);
  expect((admin('goToCell', unitA.sheetName, 'B2') as ActionResult).ok).toBe(true);

  s.bundle.run('consolidateNow');
  expect(ui.alerts.at(-1)?.prompt).toMatch(/^Rekap periode Februari 2026 selesai/);
  expect((admin('runConsolidation') as ActionResult).ok).toBe(true);
  s.bundle.run('showSubmissionStatus');
  s.bundle.run('showChatSummary');
  expect((admin('getChatSummary') as ActionResult).ok).toBe(true);
  s.bundle.run('showHelp');

  setSetting(s, CONFIG_LABELS.recipients, 'kakanwil@contoh.go.id');
  s.bundle.run('generateReport');
  const report = admin('runReport') as ReportResult;
  expect(report.ok).toBe(true);
  expect(report.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);

  setSetting(s, CONFIG_LABELS.deadline, 5);
  setSetting(s, CONFIG_LABELS.reminders, 'Ya');
  setSetting(s, CONFIG_LABELS.reminderDays, 3);
  expect((admin('setAutomation', true) as AutomationView).on).toBe(true);
  s.bundle.run('toggleAutomation');
  s.bundle.run('toggleAutomation');
  expect(ui.alerts.at(-1)?.prompt).toMatch(/^Otomatisasi aktif/);
  const mailed = s.emulator.mail.outbox.length;
  s.emulator.runtime.setClock(new Date('2026-03-02T07:30:00+07:00'));
  expect(s.bundle.fireTimeTriggers().filter((t) => t.outcome !== 'ok')).toEqual([]);
  expect(s.emulator.mail.outbox.length).toBeGreaterThan(mailed);

  ui.queueResponse('YES');
  s.bundle.run('closePeriod');
  expect(ui.alerts.at(-1)?.prompt).toMatch(/^Periode Februari 2026 ditutup/);

  const scopes = s.emulator.runtime.scopes;
  if (!(scopes instanceof ScopeEnforcer)) throw new Error('the harness installed no scope enforcer');
  expect(scopes.granted).toEqual(declared);
  return scopes.calledMethods();
}

describe('OAuth scopes of the built bundle (dist/appsscript.json)', () => {
  let called: ReadonlyMap<string, readonly string[]> = new Map();
  /** For each declared scope, the methods that would fail without it: no other declared scope covers them. */
  let neededBy = new Map<string, string[]>();
  beforeAll(() => {
    called = wholeFlow();
    neededBy = new Map(
      declared.map((scope) => {
        const rest = declared.filter((s) => s !== scope);
        const needing = [...called].filter(([, accepted]) => !covers(rest, accepted)).map(([method]) => method);
        return [scope, needing.sort()];
      }),
    );
  });

  it('covers every method the flow calls with a declared scope', () => {
    const uncovered = [...called].filter(([, accepted]) => !covers(declared, accepted)).map(([m]) => m);
    expect(uncovered).toEqual([]);
    expect(called.size).toBeGreaterThan(100);
  });

  it('declares no scope that nothing needs', () => {
    const unused = [...neededBy].filter(([, methods]) => methods.length === 0).map(([scope]) => scope);
    expect(unused).toEqual([]);
  });

  it.each([
    ['spreadsheets', 'SpreadsheetApp.openById'],
    ['documents', 'DocumentApp.openById'],
    ['drive.file', 'Drive.Files.create'],
    ['script.container.ui', 'Ui.showSidebar'],
    ['script.scriptapp', 'ScriptApp.newTrigger'],
    ['script.send_mail', 'MailApp.sendEmail'],
    ['userinfo.email', 'Session.getActiveUser'],
  ])('needs %s for %s, among others', (scope, method) => {
    expect(neededBy.get(A + scope)).toContain(method);
  });

  it('never calls DriveApp, whose every method needs full Drive access', () => {
    const driveApp = [...called.keys()].filter((m) => /^(DriveApp|File|Folder|FileIterator|FolderIterator)\./.test(m));
    expect(driveApp).toEqual([]);
    expect(declared).not.toContain(`${A}drive`);
  });
});
