// Interleavings on the built bundle: an operator typing at every call of a period close and of a set up, an operator
// sending at every call of a consolidation, two admins at once. Nothing typed is lost, no status is undone.

import { removeBuiltDistCopy } from '../browser/built-dist';
import { valuesOf } from '../e2e/sample-sheet';
import { during } from './faults-fixture';
import {
  ADMIN,
  atCall,
  type Book,
  book,
  callsOf,
  clearMessages,
  closeFromMenu,
  configPeriod,
  expectNothingLost,
  faultIndices,
  lastMessage,
  logRows,
  noteTyped,
  panelStatuses,
  periodOf,
  SECOND_ADMIN,
  TYPED_KEY,
  type Typed,
  typedFigures,
  typedOn,
  typeInto,
  UNITS,
} from './lifecycle-fixture';

afterAll(removeBuiltDistCopy);

const unit = UNITS[0] ?? (undefined as never);
const other = UNITS[1] ?? (undefined as never);

describe('an operator typing during a period close', () => {
  const CALLS = callsOf(book, closeFromMenu);
  const SWEEP = faultIndices(CALLS);

  test.each(SWEEP)(`at call %i of ${CALLS.length}: the figure is kept on the tab or archived, once`, (k) => {
    const w = book();
    const feb = typedFigures(w.emulator);
    const typing = atCall(w.emulator, k, () => typeInto(w, unit, TYPED_KEY, '41'));
    expect(closeFromMenu(w)).toMatch(/^Periode Februari 2026 ditutup: /);
    w.emulator.ledger.clearFaults();
    expect(typing.ran).toBe(true);
    expect(configPeriod(w.emulator)).toBe('2026-03');
    const march: Typed = new Map();
    // Typed on the tab once it showed March, the figure is March's first; typed before, February's last.
    if (typedOn(w.emulator, unit.sheetName).get(TYPED_KEY) === 41) noteTyped(march, unit.code, TYPED_KEY, 41);
    else noteTyped(feb, unit.code, TYPED_KEY, 41);
    expectNothingLost(w.emulator, feb, march);
  });
});

describe('an operator typing during set up', () => {
  /** One unit whose stored status differs from its tab, so that set up rewrites the tab's values. */
  const sentBook = (): Book => {
    const w = book({ units: [unit] });
    w.bundle.run('setupUnitTabs');
    w.bundle.callFromSidebar(unit.operators[0] ?? '', 'sendUnitTab', unit.code);
    w.bundle.callFromSidebar(ADMIN, 'returnUnitTab', unit.code, 'Periksa jumlah WBP.');
    // An older instruction text, which set up puts right with one write of the tab's values.
    w.emulator.spreadsheet.sheetByNameUnrecorded(unit.sheetName)?.getRange(2, 2).setValue('Isi sel putih.');
    return w;
  };
  const setUp = (w: Book) => {
    clearMessages(w.emulator);
    w.bundle.run('setupUnitTabs');
  };
  const CALLS = callsOf(sentBook, setUp);
  const SWEEP = faultIndices(CALLS);

  test.each(SWEEP)(`at call %i of ${CALLS.length}: the figure typed stays on the tab`, (k) => {
    const w = sentBook();
    const typing = atCall(w.emulator, k, () => typeInto(w, unit, TYPED_KEY, '41'));
    setUp(w);
    w.emulator.ledger.clearFaults();
    expect(lastMessage(w.emulator)).toMatch(/^Tab UPT periode Februari 2026 siap: /);
    expect(typing.ran).toBe(true);
    expect(typedOn(w.emulator, unit.sheetName).get(TYPED_KEY)).toBe(41);
  });
});

describe('an operator sending during a consolidation', () => {
  const prepared = (): Book => {
    const w = book();
    w.bundle.run('consolidateNow');
    return w;
  };
  const consolidate = (w: Book) => {
    clearMessages(w.emulator);
    w.bundle.run('consolidateNow');
  };
  const CALLS = callsOf(prepared, consolidate);
  const SWEEP = faultIndices(CALLS);

  test.each(SWEEP)(
    `at call %i of ${CALLS.length}: the send stands in the store, the panel and, next run, the tab`,
    (k) => {
      const w = prepared();
      let answer: unknown = null;
      const send = () => w.bundle.callFromSidebar(other.operators[0] ?? '', 'sendUnitTab', other.code);
      atCall(w.emulator, k, () => {
        try {
          answer = send();
        } catch (error) {
          answer = error instanceof Error ? error.message : String(error);
        }
      });
      consolidate(w);
      w.emulator.ledger.clearFaults();
      expect(lastMessage(w.emulator)).toMatch(/^Rekap periode Februari 2026 selesai/);
      // The operator either saw "Dikirim" or was told to try again in a moment, and then sent.
      if (typeof answer === 'string') {
        expect(answer).toMatch(/Tunggu sebentar, lalu coba lagi\./);
        send();
      }
      expect(panelStatuses(w)[other.code]).toBe('Dikirim');
      consolidate(w);
      expect(panelStatuses(w)[other.code]).toBe('Dikirim');
      const grid = valuesOf(w.emulator, other.sheetName);
      expect(grid.some((r) => r[0] === 'Status' && r[1] === 'Dikirim')).toBe(true);
      expect(logRows(w.emulator).filter((r) => r[2] === 'Kirim laporan' && r[4] === 'Berhasil')).toHaveLength(1);
    },
  );
});

describe('two admins at once', () => {
  test('a second admin closing during the first admin’s close is told it is busy; the period closes once', () => {
    const w = book({ admins: [ADMIN, SECOND_ADMIN] });
    const feb = typedFigures(w.emulator);
    let second = '';
    during(
      w.emulator,
      (call) => call.method === 'Spreadsheets.batchUpdate',
      () => {
        w.emulator.sheets.ui.queueResponse('YES');
        w.bundle.runAs({ active: SECOND_ADMIN }, 'closePeriod');
        second = w.emulator.sheets.ui.alerts.at(-1)?.prompt ?? '';
      },
    );
    expect(closeFromMenu(w)).toMatch(/^Periode Februari 2026 ditutup: /);
    w.emulator.ledger.clearFaults();
    expect(second).toBe('Rekap sedang berjalan oleh proses lain. Tunggu sebentar, lalu coba lagi.');
    expect(configPeriod(w.emulator)).toBe('2026-03');
    expect(UNITS.every((u) => periodOf(w.emulator, u.sheetName) === '2026-03')).toBe(true);
    expectNothingLost(w.emulator, feb);
  });
});
