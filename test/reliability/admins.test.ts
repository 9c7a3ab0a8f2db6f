// Roles follow "Pengaturan": automation belongs to the workbook (one state every admin sees and any admin switches
// off), a removed admin's triggers stand down and say so, and an admin added without a set up can act at once.

import { CONFIG_LABELS } from '../../src/core/config/config';
import { CONFIG_SHEET } from '../../src/core/config/sheet-names';
import { locateTab } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import { toA1 } from '../../src/core/text/a1';
import type { AutomationView, PanelState } from '../../src/shared/rpc';
import { removeBuiltDistCopy } from '../browser/built-dist';
import { valuesOf } from '../e2e/sample-sheet';
import {
  ADMIN,
  type Book,
  book,
  clearMessages,
  configPeriod,
  lastMessage,
  logRows,
  SECOND_ADMIN,
  sheetOf,
  TYPED_KEY,
  UNITS,
} from './lifecycle-fixture';

afterAll(removeBuiltDistCopy);

const HOUR_MS = 60 * 60 * 1000;
const SCHEDULED = 'runScheduledConsolidation';

const triggersOf = (w: Book, owner: string) =>
  w.emulator.triggers
    .all()
    .filter((t) => t.owner === owner)
    .map((t) => t.getHandlerFunction())
    .sort();
const automationOf = (w: Book, admin: string) =>
  (w.bundle.callFromSidebar(admin, 'getPanelState') as PanelState).automation as AutomationView;
const summaryWritten = (w: Book) => w.emulator.spreadsheet.sheetByNameUnrecorded('Rekap Pangan') !== null;

/** Types a setting into column B of "Pengaturan", next to its label. */
function setSetting(w: Book, label: string, value: string | number): void {
  const row = valuesOf(w.emulator, CONFIG_SHEET).findIndex((r) => r[0] === label) + 1;
  sheetOf(w.emulator, CONFIG_SHEET).getRange(row, 2).setValue(value);
}

const setAdmins = (w: Book, admins: readonly string[]) => setSetting(w, 'Admin', admins.join(', '));

/** Two admins, the workbook set up; the first switched automation on. */
function twoAdmins(): Book {
  const w = book({ admins: [ADMIN, SECOND_ADMIN], drafts: UNITS.map((u) => u.code) });
  w.bundle.run('setupUnitTabs');
  w.bundle.callFromSidebar(ADMIN, 'setAutomation', true);
  return w;
}

describe('automation belongs to the workbook', () => {
  test('every admin sees it on; a second "on" installs no second set of triggers', () => {
    const w = twoAdmins();
    expect(automationOf(w, SECOND_ADMIN)).toEqual(automationOf(w, ADMIN));
    expect(automationOf(w, SECOND_ADMIN).on).toBe(true);
    w.bundle.callFromSidebar(SECOND_ADMIN, 'setAutomation', true);
    // The add-on holds one time trigger: the hourly run also sends the day's reminders.
    expect(triggersOf(w, ADMIN)).toEqual([SCHEDULED]);
    expect(triggersOf(w, SECOND_ADMIN)).toEqual([]);
  });

  test('any admin switches it off for everyone: the other admin’s trigger stands down at its next run', () => {
    const w = twoAdmins();
    const view = w.bundle.callFromSidebar(SECOND_ADMIN, 'setAutomation', false) as AutomationView;
    expect(view.on).toBe(false);
    expect(automationOf(w, ADMIN).on).toBe(false);
    w.emulator.runtime.advance(HOUR_MS + 1000);
    expect(w.bundle.fireTimeTriggers().map((t) => t.outcome)).toEqual(['ok']);
    expect(summaryWritten(w)).toBe(false);
    expect(triggersOf(w, ADMIN)).toEqual([]);
    expect(logRows(w.emulator).at(-1)?.slice(2, 5)).toEqual(['Otomatisasi', ADMIN, 'Berhasil']);
    expect(String(logRows(w.emulator).at(-1)?.[7])).toMatch(/otomatisasi sudah dinonaktifkan oleh admin/);
    // Switched on again by the second admin, it runs as them.
    w.bundle.callFromSidebar(SECOND_ADMIN, 'setAutomation', true);
    w.emulator.runtime.advance(HOUR_MS + 1000);
    w.bundle.fireTimeTriggers();
    expect(logRows(w.emulator).at(-1)?.slice(2, 5)).toEqual(['Rekap terjadwal', SECOND_ADMIN, 'Berhasil']);
  });

  test('a removed admin’s trigger neither consolidates nor mails reminders: it logs, tells the admins, and goes', () => {
    const w = twoAdmins();
    // Reminders due that morning (deadline 5 March, from three days before), were the trigger to run.
    setSetting(w, CONFIG_LABELS.deadline, 5);
    setSetting(w, CONFIG_LABELS.reminders, 'Ya');
    setSetting(w, CONFIG_LABELS.reminderDays, 3);
    setAdmins(w, [SECOND_ADMIN]);
    w.emulator.mail.outbox.length = 0;
    w.emulator.runtime.setClock(new Date('2026-03-02T08:30:00+07:00'));
    const fired = w.bundle.fireTimeTriggers();
    expect(fired.map((t) => [t.handler, t.outcome])).toEqual([[SCHEDULED, 'ok']]);
    expect(summaryWritten(w)).toBe(false);
    expect(triggersOf(w, ADMIN)).toEqual([]);
    const mails = w.emulator.mail.outbox;
    expect(mails.map((m) => [m.to, m.subject])).toEqual([[SECOND_ADMIN, 'Rekap UPT: otomatisasi dihentikan']]);
    expect(mails[0]?.body).toMatch(new RegExp(`^Pemicu otomatisasi milik ${ADMIN} dihentikan: akun itu tidak lagi`));
    expect(automationOf(w, SECOND_ADMIN).on).toBe(false);
    expect(logRows(w.emulator).at(-1)?.slice(2, 5)).toEqual(['Otomatisasi', ADMIN, 'Berhasil']);
  });
});

describe('an admin added in "Pengaturan" without a set up', () => {
  test("is told to wait for an admin already there; after that admin's next run, consolidates, returns and closes at once", () => {
    const w = book();
    w.bundle.run('setupUnitTabs');
    const unit = UNITS[1];
    if (!unit) throw new Error('units');
    w.bundle.callFromSidebar(unit.operators[0] ?? '', 'sendUnitTab', unit.code);
    setAdmins(w, [ADMIN, SECOND_ADMIN]);
    w.emulator.spreadsheet.share(SECOND_ADMIN);
    const asNew = (name: string) => {
      clearMessages(w.emulator);
      w.emulator.sheets.ui.queueResponse('YES');
      w.bundle.runAs({ active: SECOND_ADMIN }, name);
      return lastMessage(w.emulator);
    };
    // Sheets lets only an editor of a protection change it: the new admin cannot make themselves one.
    expect(asNew('consolidateNow')).toMatch(/Akun Anda belum termasuk editor sheet yang dilindungi Rekap UPT/);
    // Any run of an admin the protections know gives them the admins of "Pengaturan".
    w.bundle.run('validateAll');
    expect(asNew('consolidateNow')).toMatch(/^Rekap periode Februari 2026 selesai/);
    const returned = w.bundle.callFromSidebar(SECOND_ADMIN, 'returnUnitTab', unit.code, 'Periksa lagi.');
    expect(returned).toEqual({ ok: true, message: `Tab ${unit.name} dikembalikan ke operator dengan catatan.` });
    expect(asNew('closePeriod')).toMatch(/^Periode Februari 2026 ditutup: /);
    expect(configPeriod(w.emulator)).toBe('2026-03');
    const mine = logRows(w.emulator).filter((r) => r[3] === SECOND_ADMIN);
    expect(mine.map((r) => [r[2], r[4]])).toEqual([
      ['Rekap sekarang', 'Gagal'],
      ['Rekap sekarang', 'Berhasil'],
      ['Kembalikan tab', 'Berhasil'],
      ['Tutup periode', 'Berhasil'],
    ]);
  });

  test('when Sheets still refuses a protected cell, the admin reads what to do in Bahasa Indonesia', () => {
    const w = book();
    w.bundle.run('setupUnitTabs');
    w.emulator.ledger.inject({
      // The batch that writes the summaries, refused as the Sheets API refuses it.
      when: (call) => call.method === 'Spreadsheets.batchUpdate',
      error:
        'API call to sheets.spreadsheets.batchUpdate failed with error: You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    });
    clearMessages(w.emulator);
    w.bundle.run('consolidateNow');
    const message = lastMessage(w.emulator);
    expect(message).toMatch(/Akun Anda belum termasuk editor sheet yang dilindungi Rekap UPT/);
    expect(message).not.toMatch(/You are trying/);
    expect(logRows(w.emulator).at(-1)?.slice(2, 5)).toEqual(['Rekap sekarang', ADMIN, 'Gagal']);
  });
});

describe('admins changed in "Pengaturan"', () => {
  const THIRD_ADMIN = 'admin.tiga@contoh.go.id';
  /** Where the unit's operators type (an input cell) and a cell only admins change (its header), as A1. */
  const cellsOf = (w: Book, tab: string) => {
    const grid = valuesOf(w.emulator, tab);
    const pos = locateTab(grid, SCHEMA).fields.get(TYPED_KEY);
    if (!pos) throw new Error(`no ${TYPED_KEY} on ${tab}`);
    return { input: toA1(pos.r + 1, pos.c + 1), header: 'A1' };
  };

  test('the next admin run gives every protection the new admin and takes the removed one off, in one batch', () => {
    const w = twoAdmins();
    setAdmins(w, [ADMIN, THIRD_ADMIN]);
    w.emulator.spreadsheet.share(THIRD_ADMIN);
    const from = w.emulator.ledger.count;
    w.bundle.run('validateAll');
    const changed = w.emulator.ledger.all().slice(from);
    for (const unit of UNITS) {
      const tab = sheetOf(w.emulator, unit.sheetName);
      const { input, header } = cellsOf(w, unit.sheetName);
      expect([tab.canUserEdit(THIRD_ADMIN, input), tab.canUserEdit(THIRD_ADMIN, header)]).toEqual([true, true]);
      expect([tab.canUserEdit(SECOND_ADMIN, input), tab.canUserEdit(SECOND_ADMIN, header)]).toEqual([false, false]);
      expect(tab.canUserEdit(unit.operators[0] ?? '', input)).toBe(true);
      expect(tab.canUserEdit(unit.operators[0] ?? '', header)).toBe(false);
    }
    for (const name of [CONFIG_SHEET, 'Validasi'])
      expect([THIRD_ADMIN, SECOND_ADMIN].map((a) => sheetOf(w.emulator, name).canUserEdit(a, 'A1'))).toEqual([
        true,
        false,
      ]);
    // The same run once the protections follow: the change cost one listing and one batch, no call per protection.
    const again = w.emulator.ledger.count;
    w.bundle.run('validateAll');
    const unchanged = w.emulator.ledger.all().slice(again);
    const count = (calls: readonly { method: string }[], method: string) =>
      calls.filter((c) => c.method === method).length;
    expect(changed.filter((c) => c.method.startsWith('Protection.'))).toEqual([]);
    expect(count(changed, 'Spreadsheets.batchUpdate') - count(unchanged, 'Spreadsheets.batchUpdate')).toBe(1);
    expect(count(changed, 'Spreadsheets.get') - count(unchanged, 'Spreadsheets.get')).toBe(1);
  });
});
