// A fault at every call of a period close, then an operator typing and the admin's retry: nothing typed
// is lost or archived twice, the period, the tabs and the statuses agree, and the next consolidation runs.

import { PUBLISHED_SHEET } from '../../src/core/config/sheet-names';
import { removeBuiltDistCopy } from '../browser/built-dist';
import { valuesOf } from '../e2e/sample-sheet';
import {
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
  TYPED_KEY,
  type Typed,
  typedFigures,
  typeInto,
  UNITS,
} from './lifecycle-fixture';

afterAll(removeBuiltDistCopy);

const CLOSED = /^Periode Februari 2026 ditutup: /;
const CHECKPOINT = 'close:checkpoint';

/** A workbook where one operator has sent (so a status of February exists to be left behind). */
function sentBook(): Book {
  const w = book();
  const unit = UNITS[1];
  if (!unit) throw new Error('units');
  w.bundle.callFromSidebar(unit.operators[0] ?? '', 'sendUnitTab', unit.code);
  return w;
}

const CALLS = callsOf(sentBook, closeFromMenu);
const SWEEP = faultIndices(CALLS);

/** February's rows in "Terbitan" ([] while the sheet is missing). */
const februaryPublished = (w: Book): unknown[][] =>
  w.emulator.spreadsheet.sheetByNameUnrecorded(PUBLISHED_SHEET)
    ? valuesOf(w.emulator, PUBLISHED_SHEET).filter((r) => r[0] === '2026-02')
    : [];
/** What a close without a fault publishes. */
const PUBLISHED = (() => {
  const w = sentBook();
  closeFromMenu(w);
  return februaryPublished(w);
})();

/** After the faulted run: the operator of the first unit types a figure: for March if the tab is open for it. */
function operatorTypes(w: Book, feb: Typed, march: Typed): void {
  const unit = UNITS[0];
  if (!unit) throw new Error('units');
  typeInto(w, unit, TYPED_KEY, '41');
  noteTyped(periodOf(w.emulator, unit.sheetName) === '2026-03' ? march : feb, unit.code, TYPED_KEY, 41);
}

describe(`a period close faulted at each of ${SWEEP.length} of its ${CALLS.length} calls`, () => {
  test.each(SWEEP)('call %i: nothing lost, the retry finishes, the next run recovers', (k) => {
    const w = sentBook();
    const feb = typedFigures(w.emulator);
    const march: Typed = new Map();
    w.emulator.ledger.inject({ at: w.emulator.ledger.count + k, error: errorFor(k) });
    const first = closeFromMenu(w);
    w.emulator.ledger.clearFaults();
    // Whatever the call, the three tabs (one batch) show one period; Pengaturan moves on only after them.
    const periods = [...new Set(UNITS.map((u) => periodOf(w.emulator, u.sheetName)))];
    expect(periods).toHaveLength(1);
    if (configPeriod(w.emulator) === '2026-03') expect(periods).toEqual(['2026-03']);
    expectNothingLost(w.emulator, feb);
    // The publication is one batch: all of February or none of it, and then the admin is told to run "Terbitkan".
    if (/Terbitan diperbarui/.test(first)) expect(februaryPublished(w)).toEqual(PUBLISHED);
    else expect(februaryPublished(w)).toEqual([]);
    if (/jalankan menu "Terbitkan"/.test(first)) {
      w.bundle.run('publish');
      expect(februaryPublished(w)).toEqual(PUBLISHED);
    }

    operatorTypes(w, feb, march);
    if (!CLOSED.test(first)) {
      expect(first).not.toBe('');
      expect(closeFromMenu(w)).toMatch(CLOSED);
    }
    expect(configPeriod(w.emulator)).toBe('2026-03');
    expect(UNITS.map((u) => periodOf(w.emulator, u.sheetName))).toEqual(UNITS.map(() => '2026-03'));
    expectNothingLost(w.emulator, feb, march);
    // No close is left under way (a finished one whose tidying failed is only said once by the next close).
    const left = JSON.parse(w.emulator.properties.document?.peek(CHECKPOINT) ?? 'null');
    expect(left === null || left.next === '2026-03').toBe(true);
    // No status of February survives into March: only the unit typed into is a draft.
    expect(panelStatuses(w)).toEqual(
      Object.fromEntries(UNITS.map((u) => [u.code, march.has(u.code) ? 'Draf' : 'Belum diisi'])),
    );
    clearMessages(w.emulator);
    w.bundle.run('consolidateNow');
    expect(lastMessage(w.emulator)).toMatch(/^Rekap periode Maret 2026 selesai/);
    // Every run has its Log row (one the faulted run could not write is appended by the next run).
    const closes = logRows(w.emulator).filter((r) => r[2] === 'Tutup periode');
    expect(closes.at(-1)?.[4]).toBe('Berhasil');
    if (!CLOSED.test(first)) expect(closes.length).toBeGreaterThanOrEqual(2);
  });
});

describe('a close that already switched the period', () => {
  test('is said so once, instead of a retry closing March unnoticed', () => {
    const w = sentBook();
    expect(closeFromMenu(w)).toMatch(CLOSED);
    // As if the reply was lost after the period switched: the checkpoint is still there.
    w.emulator.properties.document?.setProperty(
      CHECKPOINT,
      JSON.stringify({ period: '2026-02', next: '2026-03', cleared: 3, total: 3 }),
    );
    w.emulator.sheets.ui.queueResponse('NO');
    w.bundle.run('closePeriod');
    const alerts = w.emulator.sheets.ui.alerts;
    expect(alerts.at(-2)?.prompt).toMatch(/^Periode Februari 2026 sudah ditutup; periode aktif kini Maret 2026\.\n\n/);
    expect(alerts.at(-1)?.prompt).toBe('Tutup periode dibatalkan; tidak ada yang diubah.');
    expect(configPeriod(w.emulator)).toBe('2026-03');
    expect(w.emulator.properties.document?.peek(CHECKPOINT) ?? null).toBeNull();
  });
});
