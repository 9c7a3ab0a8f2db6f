// Access on the BUILT bundle: operators edit and read only their own unit, only admins run admin actions, and every
// top-level function of dist/Code.js has an explicit access rule here (a new export without one fails this file).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type EmuSheet, loadBundle } from '../../emulator';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { SAMPLE_PERIOD } from '../../fixtures/sample/workbook';
import { CONFIG_SHEET } from '../../src/core/config/sheet-names';
import { buildUnitTab } from '../../src/core/schema/tab-layout';
import type { PanelState, TabCheck } from '../../src/shared/rpc';
import { builtDist, removeBuiltDistCopy } from '../browser/built-dist';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from '../e2e/sample-sheet';
import { workbookState } from './workbook-state';

const unitA = SAMPLE_UNITS[0];
const unitB = SAMPLE_UNITS[1];
const operatorA = unitA.operators[0] as string;
const operatorB = unitB.operators[0] as string;
/** Same Workspace domain as the owner, so Apps Script reveals the address; no role in Pengaturan. */
const STRANGER = 'tamu@contoh.go.id';
/** A consumer account: Apps Script hides its address (getEmail() is ''). */
const HIDDEN = 'seseorang@gmail.com';

/** The refusals' wording (roles.ts, scheduled-run.ts): readable Bahasa Indonesia, never a stack trace. */
const REFUSED =
  /khusus admin Kanwil|tidak terdaftar sebagai operator UPT maupun admin|tidak berhak (membuka|mengirim)|tidak terbaca oleh Google Apps Script|^Ditolak: /;

afterAll(removeBuiltDistCopy);

/** The 18-unit sample after set up, running this file's private copy of dist/. */
function setUp(): SampleSheet {
  const s = sampleSheet();
  const bundle = loadBundle(s.emulator, { distDir: builtDist() });
  bundle.run('setupUnitTabs');
  return { emulator: s.emulator, bundle };
}

function sheetOf(s: SampleSheet, name: string): EmuSheet {
  const sheet = s.emulator.spreadsheet.sheetByNameUnrecorded(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
}

/** The first cell of each input range of a unit's tab. */
function inputCells(unit: (typeof SAMPLE_UNITS)[number]): string[] {
  return buildUnitTab(unit, SAMPLE_PERIOD).inputRanges.map((r) => r.split(':')[0] as string);
}

interface Outcome {
  readonly how: 'thrown' | 'result' | 'alert' | 'text' | 'nothing';
  readonly message: string;
  readonly value?: unknown;
}

/** What a person sees after a google.script.run call: an error, an { ok, message } result, an alert, or nothing. */
function callAs(s: SampleSheet, who: string, name: string, args: readonly unknown[]): Outcome {
  const alerts = s.emulator.sheets.ui.alerts.length;
  let value: unknown;
  try {
    value = s.bundle.callFromSidebar(who, name, ...args);
  } catch (error) {
    return { how: 'thrown', message: error instanceof Error ? error.message : String(error) };
  }
  if (value && typeof value === 'object' && 'message' in value) {
    return { how: 'result', message: String((value as { message: unknown }).message), value };
  }
  const alert = s.emulator.sheets.ui.alerts[alerts];
  if (alert) return { how: 'alert', message: alert.prompt, value };
  if (typeof value === 'string') return { how: 'text', message: value, value };
  return { how: 'nothing', message: '', value };
}

describe('unit tabs after set up', () => {
  const s = setUp();

  it('let each operator type only into their own unit’s input cells, never another unit’s or a status cell', () => {
    SAMPLE_UNITS.forEach((unit, i) => {
      const other = SAMPLE_UNITS[(i + 1) % SAMPLE_UNITS.length] as (typeof SAMPLE_UNITS)[number];
      const own = sheetOf(s, unit.sheetName);
      const theirs = sheetOf(s, other.sheetName);
      const operator = unit.operators[0] as string;
      for (const cell of inputCells(unit)) expect(own.canUserEdit(operator, cell)).toBe(true);
      for (const cell of inputCells(other)) {
        expect(theirs.canUserEdit(operator, cell)).toBe(false);
        expect(theirs.canUserEdit(STRANGER, cell)).toBe(false);
      }
      const status = buildUnitTab(unit, SAMPLE_PERIOD).addonCells.status;
      expect(own.canUserEdit(operator, status)).toBe(false);
    });
  });

  it('refuse operator A typing into unit B’s tab with the message Sheets shows, keeping B’s figure', () => {
    const cell = inputCells(unitB)[0] as string;
    const tab = sheetOf(s, unitB.sheetName);
    const before = tab.getRange(cell).getValue();
    expect(() => tab.userEdit(operatorA, cell, '999')).toThrow(/protected/i);
    expect(tab.getRange(cell).getValue()).toEqual(before);
    expect(() => tab.userEdit(operatorB, cell, String(before))).not.toThrow();
  });

  it('keep every sheet the add-on writes (Pengaturan, Validasi, Log, Status, summaries) for the admins only', () => {
    s.bundle.run('validateAll');
    s.bundle.run('consolidateNow');
    const unitTabs = new Set(SAMPLE_UNITS.map((u) => u.sheetName));
    const addonSheets = s.emulator.spreadsheet.sheets.map((sh) => sh.getName()).filter((n) => !unitTabs.has(n));
    expect(addonSheets).toEqual(
      expect.arrayContaining([CONFIG_SHEET, 'Validasi', 'Log', 'Status', 'Rekap Pangan', 'Dasbor']),
    );
    for (const name of addonSheets) {
      const sheet = sheetOf(s, name);
      expect([name, sheet.canUserEdit(operatorA, 'A1'), sheet.canUserEdit(STRANGER, 'B2')]).toEqual([
        name,
        false,
        false,
      ]);
      expect(sheet.canUserEdit(ADMIN, 'A1')).toBe(true);
    }
  });
});

describe('the sidebar API for operator A and unit B', () => {
  const s = setUp();
  const refusedForB = `Akun ${operatorA} tidak berhak membuka atau mengirim data UPT "${unitB.code}".`;

  it('shows A only A’s unit, without B’s status or issues', () => {
    const state = s.bundle.callFromSidebar(operatorA, 'getPanelState') as PanelState;
    expect(state.units.map((u) => u.code)).toEqual([unitA.code]);
    expect(JSON.stringify(state)).not.toContain(unitB.sheetName);
    const own = s.bundle.callFromSidebar(operatorA, 'checkUnitTab', unitA.code) as TabCheck;
    expect(own.issues.every((i) => i.sheet === unitA.sheetName)).toBe(true);
  });

  it('refuses to check, send, return or open B’s tab, changing nothing', () => {
    const before = workbookState(s.emulator);
    expect(callAs(s, operatorA, 'checkUnitTab', [unitB.code])).toEqual({ how: 'thrown', message: refusedForB });
    expect(callAs(s, operatorA, 'sendUnitTab', [unitB.code])).toEqual({ how: 'thrown', message: refusedForB });
    const open = callAs(s, operatorA, 'goToCell', [unitB.sheetName, 'B10']);
    expect(open.value).toEqual({
      ok: false,
      message: `Akun ${operatorA} tidak berhak membuka tab "${unitB.sheetName}".`,
    });
    const giveBack = callAs(s, operatorA, 'returnUnitTab', [unitB.code, 'kembalikan']);
    expect(giveBack.value).toEqual({
      ok: false,
      message: expect.stringMatching(/^Tindakan ini khusus admin Kanwil\./),
    });
    expect(workbookState(s.emulator)).toEqual(before);
  });

  it('refuses a forged argument (not text) with a readable message', () => {
    expect(callAs(s, operatorA, 'checkUnitTab', [{ code: unitA.code }]).message).toBe(
      'Permintaan tidak valid: kode UPT harus berupa teks.',
    );
    expect(callAs(s, operatorA, 'goToCell', [unitA.sheetName, '=HYPERLINK("x")']).value).toEqual({
      ok: false,
      message: 'Alamat sel "=HYPERLINK("x")" tidak valid.',
    });
  });
});

describe('removing an operator from Pengaturan', () => {
  it('takes their edit right away at the next set up, and gives it to the new operator', () => {
    const s = setUp();
    const cell = inputCells(unitA)[0] as string;
    const tab = sheetOf(s, unitA.sheetName);
    expect(() => tab.userEdit(operatorA, cell, '12')).not.toThrow();
    const typed = tab.getRange(cell).getValue();
    const config = valuesOf(s.emulator, CONFIG_SHEET);
    const header = config.find((r) => r[0] === 'Kode') ?? [];
    const row = config.findIndex((r) => r[0] === unitA.code) + 1;
    sheetOf(s, CONFIG_SHEET)
      .getRange(row, header.indexOf('E-mail operator') + 1)
      .setValue('operator.pengganti@contoh.go.id');
    s.bundle.run('setupUnitTabs');
    expect(() => tab.userEdit(operatorA, cell, '13')).toThrow(/protected/i);
    expect(tab.getRange(cell).getValue()).toEqual(typed);
    expect(() => tab.userEdit('operator.pengganti@contoh.go.id', cell, '13')).not.toThrow();
    // The removed operator no longer reaches the unit through the sidebar either.
    expect(callAs(s, operatorA, 'checkUnitTab', [unitA.code]).message).toBe(
      `Akun ${operatorA} tidak terdaftar sebagai operator UPT maupun admin di sheet "Pengaturan".`,
    );
  });
});

/** national-only: refused in every build but the national deployment's (dist-national/, test/e2e/national.test.ts). */
type Access = 'public' | 'simple-trigger' | 'operator-own-unit' | 'admin-only' | 'trigger-only' | 'national-only';

/**
 * Every top-level function of dist/Code.js (what the Apps Script editor, menus, triggers and google.script.run can
 * call), with who may run it and the arguments a forged call sends. A function missing here fails the guard test.
 */
const ACCESS: Readonly<Record<string, { access: Access; args: readonly unknown[] }>> = {
  onOpen: { access: 'simple-trigger', args: [] },
  onInstall: { access: 'simple-trigger', args: [] },
  onEdit: { access: 'simple-trigger', args: [{ range: `${unitA.sheetName}!B10`, value: '1' }] },
  showSidebar: { access: 'public', args: [] },
  showHelp: { access: 'public', args: [] },
  showTrialWarning: { access: 'public', args: [] },
  getPanelState: { access: 'public', args: [] },
  checkUnitTab: { access: 'operator-own-unit', args: [unitA.code] },
  sendUnitTab: { access: 'operator-own-unit', args: [unitA.code] },
  goToCell: { access: 'operator-own-unit', args: [unitA.sheetName, 'B10'] },
  setupUnitTabs: { access: 'admin-only', args: [] },
  validateAll: { access: 'admin-only', args: [] },
  consolidateNow: { access: 'admin-only', args: [] },
  generateReport: { access: 'admin-only', args: [] },
  createReportTemplate: { access: 'admin-only', args: [] },
  showSubmissionStatus: { access: 'admin-only', args: [] },
  showChatSummary: { access: 'admin-only', args: [] },
  toggleAutomation: { access: 'admin-only', args: [] },
  closePeriod: { access: 'admin-only', args: [] },
  publish: { access: 'admin-only', args: [] },
  rekapNasional: { access: 'national-only', args: [] },
  returnUnitTab: { access: 'admin-only', args: [unitA.code, 'Mohon diperbaiki'] },
  runValidateAll: { access: 'admin-only', args: [] },
  runConsolidation: { access: 'admin-only', args: [] },
  runReport: { access: 'admin-only', args: [] },
  setAutomation: { access: 'admin-only', args: [true] },
  getChatSummary: { access: 'admin-only', args: [] },
  runScheduledConsolidation: { access: 'trigger-only', args: [{ triggerUid: 'palsu', authMode: 'FULL' }] },
  sendDeadlineReminders: { access: 'trigger-only', args: [{ triggerUid: 'palsu', authMode: 'FULL' }] },
};

describe('the guard: every function Apps Script can call has an access rule', () => {
  const s = setUp();

  it('lists exactly the exports of src/server/index.ts', () => {
    const source = readFileSync(join(__dirname, '../../src/server/index.ts'), 'utf8');
    const exported = [...source.matchAll(/^export\s+(?:async\s+)?(?:function|const|let|var|class)\s+(\w+)/gm)].map(
      (m) => m[1] as string,
    );
    expect(exported.filter((f) => !(f in ACCESS))).toEqual([]);
    // Only a function declaration is visible to Apps Script (docs/architecture.md#build).
    expect(source).not.toMatch(/^export\s+(?:const|let|var|class|default)\b/m);
  });

  it('lists exactly the top-level functions of the built bundle', () => {
    const missing = s.bundle.functions.filter((f) => !(f in ACCESS));
    const stale = Object.keys(ACCESS).filter((f) => !s.bundle.functions.includes(f));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it('sees a change when one happens: the admin’s own call changes the workbook', () => {
    const before = workbookState(s.emulator);
    expect(callAs(s, ADMIN, 'runValidateAll', []).value).toMatchObject({ ok: true });
    expect(workbookState(s.emulator)).not.toEqual(before);
  });

  const callers: readonly [string, string][] = [
    ['a stranger of the domain', STRANGER],
    ['an account whose e-mail Apps Script hides', HIDDEN],
  ];

  describe.each(Object.entries(ACCESS).map(([name, rule]) => [name, rule.access, rule.args] as const))(
    '%s (%s)',
    (name, access, args) => {
      it.each(callers)('called by %s through google.script.run: refused or harmless, nothing changes', (_who, who) => {
        const before = workbookState(s.emulator);
        const outcome = callAs(s, who, name, args);
        expect(workbookState(s.emulator)).toEqual(before);
        expect(outcome.message).not.toMatch(/TypeError|ReferenceError|undefined|\bat \w+ \(/);
        if (access === 'public' || access === 'simple-trigger') {
          if (name === 'getPanelState') expect(outcome.value).toMatchObject({ role: 'none', units: [] });
          else expect(outcome.how).toBe('nothing');
        } else {
          expect(outcome.message).toMatch(REFUSED);
        }
      });

      if (access === 'admin-only') {
        it('called by an operator: refused, nothing changes', () => {
          const before = workbookState(s.emulator);
          expect(callAs(s, operatorA, name, args).message).toMatch(/^Tindakan ini khusus admin Kanwil\./);
          expect(workbookState(s.emulator)).toEqual(before);
        });
      }
    },
  );

  it('trigger handlers refuse a forged event carrying the real trigger id of the admin’s automation', () => {
    const view = s.bundle.callFromSidebar(ADMIN, 'setAutomation', true) as { on: boolean };
    expect(view.on).toBe(true);
    const uids = s.emulator.properties.script
      .getKeys()
      .filter((k) => k.startsWith('trigger:'))
      .map((k) => k.slice('trigger:'.length));
    expect(uids.length).toBeGreaterThan(0);
    for (const who of [STRANGER, operatorA, HIDDEN]) {
      for (const name of ['runScheduledConsolidation', 'sendDeadlineReminders']) {
        for (const triggerUid of uids) {
          const before = workbookState(s.emulator);
          expect(callAs(s, who, name, [{ triggerUid, authMode: 'FULL' }]).message).toMatch(/^Ditolak: /);
          expect(workbookState(s.emulator)).toEqual(before);
        }
      }
    }
    s.bundle.callFromSidebar(ADMIN, 'setAutomation', false);
  });

  it.each([
    ['an operator', operatorA],
    ['a stranger of the domain', STRANGER],
    ['an account whose e-mail Apps Script hides', ''],
  ])('admin-only menu items refuse %s clicking them, in an alert, changing nothing', (_who, active) => {
    s.bundle.simpleOnOpen();
    const items = (s.emulator.sheets.ui.menus.at(-1)?.items ?? []).map(([, fn]) => fn).filter((f) => f !== '');
    const adminItems = items.filter((f) => ACCESS[f]?.access === 'admin-only');
    expect(adminItems.length).toBeGreaterThanOrEqual(7);
    for (const name of adminItems) {
      const alerts = s.emulator.sheets.ui.alerts.length;
      const before = workbookState(s.emulator);
      s.bundle.runAs({ active }, name);
      const shown = s.emulator.sheets.ui.alerts.slice(alerts).map((a) => a.prompt);
      expect([name, shown]).toEqual([name, [expect.stringMatching(/khusus admin Kanwil\.?/)]]);
      expect(workbookState(s.emulator)).toEqual(before);
    }
  });
});
