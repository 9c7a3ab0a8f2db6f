// A fault at every call of a resumed close, a set up, a send, a return, switching automation on and off
// and the daily reminders; each followed by an operator typing and a retry. Nothing typed is lost, the statuses and
// the period agree, and the next run recovers.

import type { Emulator } from '../../emulator';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { CONFIG_LABELS } from '../../src/core/config/config';
import { CONFIG_SHEET } from '../../src/core/config/sheet-names';
import type { UnitConfig } from '../../src/core/schema/types';
import type { AutomationView, PanelState, TabCheck } from '../../src/shared/rpc';
import { removeBuiltDistCopy } from '../browser/built-dist';
import { valuesOf } from '../e2e/sample-sheet';
import {
  ADMIN,
  archived,
  type Book,
  book,
  callsOf,
  clearMessages,
  closeFromMenu,
  configPeriod,
  errorFor,
  expectNothingLost,
  faultIndices,
  lastMessage,
  logRows,
  noteTyped,
  panelStatuses,
  periodOf,
  sheetOf,
  TYPED_KEY,
  type Typed,
  typedFigures,
  typedOn,
  typeInto,
  UNITS,
} from './lifecycle-fixture';

afterAll(removeBuiltDistCopy);

const unit = UNITS[0] as UnitConfig;
/** What an operator retypes before sending again: their name (a changed figure might not pass validation). */
const NAME_KEY = 'identitas.operator';
const sender = UNITS[1] as UnitConfig;
const operator = sender.operators[0] as string;

/** Faults the k-th call of `run` with a service error. */
function faulted<T>(emulator: Emulator, k: number, run: () => T): T | string {
  emulator.ledger.inject({ at: emulator.ledger.count + k, error: errorFor(k) });
  try {
    return run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    emulator.ledger.clearFaults();
  }
}

describe('a resumed close', () => {
  /** A close cut short at its period switch: every tab open for March, the period still February. */
  const FIRST = callsOf(book, closeFromMenu);
  // The period switch: the close's last batch but one (the last publishes the closed period in Terbitan).
  const batches = FIRST.flatMap((c, i) => (c.method === 'Spreadsheets.batchUpdate' ? [i] : []));
  const afterTabs = (batches.at(-2) ?? -1) + 1;
  const interrupted = (): Book => {
    const w = book();
    w.emulator.ledger.inject({ at: w.emulator.ledger.count + afterTabs, error: errorFor(2) });
    closeFromMenu(w);
    w.emulator.ledger.clearFaults();
    return w;
  };
  expect(FIRST[afterTabs - 1]?.method).toBe('Spreadsheets.batchUpdate');
  const CALLS = callsOf(interrupted, closeFromMenu);
  const SWEEP = faultIndices(CALLS);

  test.each(SWEEP)(`faulted at call %i of ${CALLS.length}: March's figures stay, February's are archived once`, (k) => {
    const w = book();
    const feb = typedFigures(w.emulator);
    w.emulator.ledger.inject({ at: w.emulator.ledger.count + afterTabs, error: errorFor(2) });
    expect(closeFromMenu(w)).toMatch(/^Terjadi kesalahan: /);
    w.emulator.ledger.clearFaults();
    expect(UNITS.map((u) => periodOf(w.emulator, u.sheetName))).toEqual(UNITS.map(() => '2026-03'));
    expect(configPeriod(w.emulator)).toBe('2026-02');
    // An operator types March's first figure before anyone resumes the close.
    const march: Typed = new Map();
    typeInto(w, unit, TYPED_KEY, '41');
    noteTyped(march, unit.code, TYPED_KEY, 41);
    const message = faulted(w.emulator, k, () => closeFromMenu(w));
    expectNothingLost(w.emulator, feb, march);
    typeInto(w, sender, TYPED_KEY, '42');
    noteTyped(march, sender.code, TYPED_KEY, 42);
    if (!/^Periode Februari 2026 ditutup: /.test(String(message))) {
      expect(closeFromMenu(w)).toMatch(/^Periode Februari 2026 ditutup: /);
    }
    expect(configPeriod(w.emulator)).toBe('2026-03');
    expectNothingLost(w.emulator, feb, march);
    clearMessages(w.emulator);
    w.bundle.run('consolidateNow');
    expect(lastMessage(w.emulator)).toMatch(/^Rekap periode Maret 2026 selesai/);
  });
});

describe('set up', () => {
  const one = (): Book => book({ units: [unit] });
  const setUp = (w: Book): string => {
    clearMessages(w.emulator);
    w.bundle.run('setupUnitTabs');
    return lastMessage(w.emulator);
  };
  const CALLS = callsOf(one, setUp);
  const SWEEP = faultIndices(CALLS);

  test.each(SWEEP)(`faulted at call %i of ${CALLS.length}: the retry sets the tab up with every figure on it`, (k) => {
    const w = one();
    const before = typedOn(w.emulator, unit.sheetName);
    faulted(w.emulator, k, () => setUp(w));
    typeInto(w, unit, TYPED_KEY, '41');
    expect(setUp(w)).toMatch(/^Tab UPT periode Februari 2026 siap: /);
    expect(Object.fromEntries(typedOn(w.emulator, unit.sheetName))).toEqual({
      ...Object.fromEntries(before),
      [TYPED_KEY]: 41,
    });
    const sheet = sheetOf(w.emulator, unit.sheetName);
    expect(sheet.getProtections('RANGE')).toHaveLength(1);
    expect(sheet.canUserEdit(unit.operators[0] as string, 'A1')).toBe(false);
    expect(logRows(w.emulator).at(-1)?.slice(2, 5)).toEqual(['Siapkan tab UPT', ADMIN, 'Berhasil']);
  });
});

describe('set up moving a value the template has no place for to Arsip', () => {
  const OLD_NOTE = 'catatan lama operator';
  /** One unit whose tab has a value below the template: set up archives it in the batch that trims the tab. */
  const extra = (): Book => {
    const w = book({ units: [unit] });
    const sheet = sheetOf(w.emulator, unit.sheetName);
    const rows = sheet.getMaxRows();
    sheet.insertRowsAfter(rows, 3);
    sheet.getRange(rows + 3, 2).setValue(OLD_NOTE);
    return w;
  };
  const setUp = (w: Book): string => {
    clearMessages(w.emulator);
    w.bundle.run('setupUnitTabs');
    return lastMessage(w.emulator);
  };
  const CALLS = callsOf(extra, setUp);
  const SWEEP = faultIndices(CALLS);

  test.each(SWEEP)(
    `faulted at call %i of ${CALLS.length}: the value is archived exactly once, nothing typed lost`,
    (k) => {
      const w = extra();
      const before = typedOn(w.emulator, unit.sheetName);
      faulted(w.emulator, k, () => setUp(w));
      // Archived only together with the rewrite of its tab: either both happened or neither.
      const moved = archived(w.emulator).filter((r) => r[5] === OLD_NOTE).length;
      const trimmed = !valuesOf(w.emulator, unit.sheetName).some((r) => r.includes(OLD_NOTE));
      expect(moved).toBe(trimmed ? 1 : 0);
      typeInto(w, unit, TYPED_KEY, '41');
      expect(setUp(w)).toMatch(/^Tab UPT periode Februari 2026 siap: /);
      expect(Object.fromEntries(typedOn(w.emulator, unit.sheetName))).toEqual({
        ...Object.fromEntries(before),
        [TYPED_KEY]: 41,
      });
      const rows = archived(w.emulator).filter((r) => r[5] === OLD_NOTE);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.[8]).toBe(false);
    },
  );
});

describe('sending', () => {
  const send = (w: Book) => w.bundle.callFromSidebar(operator, 'sendUnitTab', sender.code) as TabCheck;
  const CALLS = callsOf(book, send);
  const SWEEP = faultIndices(CALLS);

  test.each(SWEEP)(`faulted at call %i of ${CALLS.length}: the retry sends the figures as they are then`, (k) => {
    const w = book();
    faulted(w.emulator, k, () => send(w));
    typeInto(w, sender, NAME_KEY, 'Siti Rahma');
    const sent = send(w);
    expect(sent.unit.status).toBe('Dikirim');
    expect(sent.unit.changedAfterSending).toBe(false);
    expect(panelStatuses(w)[sender.code]).toBe('Dikirim');
    expect(typedOn(w.emulator, sender.sheetName).get(NAME_KEY)).toBe('Siti Rahma');
    clearMessages(w.emulator);
    w.bundle.run('consolidateNow');
    expect(lastMessage(w.emulator)).toMatch(/^Rekap periode Februari 2026 selesai/);
    expect(
      logRows(w.emulator)
        .filter((r) => r[2] === 'Kirim laporan')
        .at(-1)?.[4],
    ).toBe('Berhasil');
  });
});

describe('returning', () => {
  const NOTE = 'Jumlah WBP belum sesuai.';
  const sent = (): Book => {
    const w = book();
    w.bundle.callFromSidebar(operator, 'sendUnitTab', sender.code);
    return w;
  };
  const giveBack = (w: Book) => w.bundle.callFromSidebar(ADMIN, 'returnUnitTab', sender.code, NOTE);
  const CALLS = callsOf(sent, giveBack);
  const SWEEP = faultIndices(CALLS);

  test.each(SWEEP)(`faulted at call %i of ${CALLS.length}: the retry returns the tab, shown on it and logged`, (k) => {
    const w = sent();
    faulted(w.emulator, k, () => giveBack(w));
    typeInto(w, sender, NAME_KEY, 'Siti Rahma');
    expect(giveBack(w)).toEqual({ ok: true, message: `Tab ${sender.name} dikembalikan ke operator dengan catatan.` });
    expect(panelStatuses(w)[sender.code]).toBe('Dikembalikan');
    const grid = valuesOf(w.emulator, sender.sheetName);
    expect(grid.some((r) => r.includes('Dikembalikan'))).toBe(true);
    expect(grid.some((r) => r.includes(NOTE))).toBe(true);
    expect(typedOn(w.emulator, sender.sheetName).get(NAME_KEY)).toBe('Siti Rahma');
    clearMessages(w.emulator);
    w.bundle.run('consolidateNow');
    expect(
      logRows(w.emulator)
        .filter((r) => r[2] === 'Kembalikan tab')
        .at(-1)?.[4],
    ).toBe('Berhasil');
  });
});

describe('switching automation', () => {
  const handlers = (w: Book) =>
    w.emulator.triggers
      .all()
      .map((t) => t.getHandlerFunction())
      .sort();
  const switchTo = (w: Book, on: boolean) => w.bundle.callFromSidebar(ADMIN, 'setAutomation', on) as AutomationView;
  const ON = callsOf(book, (w) => switchTo(w, true));
  const withOn = (): Book => {
    const w = book();
    switchTo(w, true);
    return w;
  };
  const OFF = callsOf(withOn, (w) => switchTo(w, false));

  test.each(faultIndices(ON))(`on, faulted at call %i of ${ON.length}: the retry leaves one set of triggers`, (k) => {
    const w = book();
    faulted(w.emulator, k, () => switchTo(w, true));
    typeInto(w, unit, TYPED_KEY, '41');
    expect(switchTo(w, true).on).toBe(true);
    // The add-on holds one time trigger: the hourly run also sends the day's reminders.
    expect(handlers(w)).toEqual(['runScheduledConsolidation']);
    w.emulator.runtime.advance(60 * 60 * 1000 + 1000);
    w.bundle.fireTimeTriggers();
    expect(logRows(w.emulator).at(-1)?.slice(2, 5)).toEqual(['Rekap terjadwal', ADMIN, 'Berhasil']);
    expect(typedOn(w.emulator, unit.sheetName).get(TYPED_KEY)).toBe(41);
  });

  test.each(faultIndices(OFF))(`off, faulted at call %i of ${OFF.length}: the retry leaves no trigger running`, (k) => {
    const w = withOn();
    faulted(w.emulator, k, () => switchTo(w, false));
    typeInto(w, unit, TYPED_KEY, '41');
    expect(switchTo(w, false).on).toBe(false);
    expect(handlers(w)).toEqual([]);
    expect(((w.bundle.callFromSidebar(ADMIN, 'getPanelState') as PanelState).automation as AutomationView).on).toBe(
      false,
    );
    expect(typedOn(w.emulator, unit.sheetName).get(TYPED_KEY)).toBe(41);
  });
});

describe('deadline reminders', () => {
  /** Three units left unsent: their operators are reminded. */
  const UNSENT = [4, 9, 13].map((i) => SAMPLE_UNITS[i] as UnitConfig);
  const setting = (w: Book, label: string, value: string | number) => {
    const row = valuesOf(w.emulator, CONFIG_SHEET).findIndex((r) => r[0] === label) + 1;
    sheetOf(w.emulator, CONFIG_SHEET).getRange(row, 2).setValue(value);
  };
  /** Reminders on from three days before the 5 March deadline; automation on; the clock at 07.30 on 2 March (the
   * add-on's hourly run sends the day's reminders). */
  const due = (): Book => {
    const w = book({ units: UNSENT, drafts: UNSENT.map((u) => u.code) });
    setting(w, CONFIG_LABELS.deadline, 5);
    setting(w, CONFIG_LABELS.reminders, 'Ya');
    setting(w, CONFIG_LABELS.reminderDays, 3);
    w.bundle.callFromSidebar(ADMIN, 'setAutomation', true);
    w.emulator.runtime.setClock(new Date('2026-03-02T07:30:00+07:00'));
    w.emulator.mail.outbox.length = 0;
    return w;
  };
  const remind = (w: Book) => w.bundle.fireTimeTriggers();
  const CALLS = callsOf(due, remind);
  const SWEEP = faultIndices(CALLS);
  const operators = UNSENT.flatMap((u) => u.operators).sort();

  test.each(SWEEP)(`faulted at call %i of ${CALLS.length}: no operator twice a day, the next day all`, (k) => {
    const w = due();
    faulted(w.emulator, k, () => remind(w));
    // (An admin may be told that the scheduled consolidation of the same hour failed.)
    const today = w.emulator.mail.outbox.map((m) => m.to).filter((to) => operators.includes(to));
    expect(new Set(today).size).toBe(today.length);
    typeInto(w, UNSENT[0] as UnitConfig, TYPED_KEY, '41');
    w.emulator.mail.outbox.length = 0;
    w.emulator.runtime.setClock(new Date('2026-03-03T07:30:00+07:00'));
    expect(remind(w).map((t) => t.outcome)).toEqual(['ok']);
    expect(
      w.emulator.mail.outbox
        .map((m) => m.to)
        .filter((to) => operators.includes(to))
        .sort(),
    ).toEqual(operators);
  });
});
