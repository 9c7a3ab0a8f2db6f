// Concurrency on the built bundle: one consolidation writes, a second caller (trigger or admin) is told it is busy and
// writes nothing, and an operator's edit during a consolidation is neither lost nor half-read.

import type { CallRecord } from '../../emulator';
import { CONFIG_SHEET } from '../../src/core/config/sheet-names';
import { FOOD_SHEET } from '../../src/core/summary/summary-sheets';
import type { ActionResult } from '../../src/shared/rpc';
import { removeBuiltDistCopy } from '../browser/built-dist';
import { valuesOf } from '../e2e/sample-sheet';
import { ADMIN, clearMessages, closingMessage, during, freshSheet, leftovers, logRows } from './faults-fixture';

afterAll(removeBuiltDistCopy);

const HOUR_MS = 60 * 60 * 1000;
const SECOND_ADMIN = 'admin.dua@contoh.go.id';
const BUSY = 'Rekap sedang berjalan oleh proses lain. Tunggu sebentar, lalu coba lagi.';
const DONE =
  /^Rekap periode Februari 2026 selesai: 18 UPT, .*107 WBP pada lahan 102\.772 m²\. Lengkap: dihitung 18 dari 18 UPT/;

/** The batch that replaces the summaries: every tab has been read by then. */
const summaryBatch = (call: CallRecord) => call.method === 'Spreadsheets.batchUpdate';
const writesIn = (calls: readonly CallRecord[]) => calls.filter((c) => c.kind === 'write').map((c) => c.method);

/** The service calls a clean consolidation makes from the same state, for comparison. */
function cleanWrites(): string[] {
  const { emulator, bundle } = freshSheet();
  bundle.run('consolidateNow');
  emulator.ledger.reset();
  bundle.run('consolidateNow');
  return writesIn(emulator.ledger.all());
}

describe('concurrent runs', () => {
  it('skips a trigger that fires during a manual consolidation: "sedang berjalan", no write, one Log row', () => {
    const { emulator, bundle } = freshSheet();
    bundle.run('consolidateNow');
    bundle.callFromSidebar(ADMIN, 'setAutomation', true);
    emulator.runtime.advance(HOUR_MS + 1000);
    const logBefore = logRows(emulator).length;
    emulator.ledger.reset();
    let nestedCalls: readonly CallRecord[] = [];
    const trigger = during(emulator, summaryBatch, () => {
      const from = emulator.ledger.count;
      expect(bundle.fireTimeTriggers()).toEqual([{ handler: 'runScheduledConsolidation', outcome: 'ok' }]);
      nestedCalls = emulator.ledger.all().slice(from);
    });
    clearMessages(emulator);
    bundle.run('consolidateNow');
    expect(trigger.ran).toBe(true);
    expect(emulator.logs.entries.map((e) => e.message)).toContain(
      'Rekap sedang berjalan oleh proses lain; jadwal ini dilewati tanpa menulis apa pun.',
    );
    expect(writesIn(nestedCalls)).toEqual([]);
    expect(closingMessage(emulator)).toMatch(DONE);
    expect(
      logRows(emulator)
        .slice(logBefore)
        .map((r) => r[2]),
    ).toEqual(['Rekap sekarang']);
    emulator.ledger.clearFaults();
    expect(writesIn(emulator.ledger.all())).toEqual(cleanWrites());
  });

  it('lets one of two admins clicking at once write; the other hears it is busy, and nothing is written twice', () => {
    const { emulator, bundle } = freshSheet();
    const config = emulator.spreadsheet.sheetByNameUnrecorded(CONFIG_SHEET);
    const adminRow = valuesOf(emulator, CONFIG_SHEET).findIndex((r) => r[0] === 'Admin') + 1;
    config?.getRange(adminRow, 2).setValue(`${ADMIN}, ${SECOND_ADMIN}`);
    bundle.run('consolidateNow');
    const logBefore = logRows(emulator).length;
    emulator.ledger.reset();
    let second: ActionResult | null = null;
    let secondCalls: readonly CallRecord[] = [];
    during(emulator, summaryBatch, () => {
      const from = emulator.ledger.count;
      second = bundle.callFromSidebar(SECOND_ADMIN, 'runConsolidation') as ActionResult;
      secondCalls = emulator.ledger.all().slice(from);
    });
    clearMessages(emulator);
    bundle.run('consolidateNow');
    emulator.ledger.clearFaults();
    expect(second).toEqual({ ok: false, message: BUSY });
    expect(writesIn(secondCalls)).toEqual([]);
    expect(closingMessage(emulator)).toMatch(DONE);
    // The whole of both clicks writes exactly what one consolidation writes: each summary sheet once.
    const all = emulator.ledger.all();
    expect(writesIn(all)).toEqual(cleanWrites());
    expect(
      logRows(emulator)
        .slice(logBefore)
        .map((r) => [r[2], r[4]]),
    ).toEqual([['Rekap sekarang', 'Berhasil']]);
    expect(leftovers(emulator)).toEqual([]);
  });

  it('consolidates one consistent read of a tab an operator edits meanwhile; the edit stays and the next run counts it', () => {
    const { emulator, bundle } = freshSheet();
    bundle.run('consolidateNow');
    const tab = 'LP-PKU';
    const grid = valuesOf(emulator, tab);
    const row = grid.findIndex((r) => r[0] === 'Jumlah WBP terlibat (tanpa dobel)') + 1;
    expect(grid[row - 1]?.[1]).toBe(12);
    const operator = 'operator.lppku@contoh.go.id';
    // The operator types 13 after the consolidation has read every tab, as it writes the summaries.
    during(emulator, summaryBatch, () => {
      emulator.runtime.activeUserEmail = operator;
      emulator.spreadsheet.sheetByNameUnrecorded(tab)?.getRange(row, 2).setValue(13);
      emulator.runtime.activeUserEmail = ADMIN;
    });
    clearMessages(emulator);
    bundle.run('consolidateNow');
    emulator.ledger.clearFaults();
    expect(closingMessage(emulator)).toMatch(/107 WBP pada lahan 102\.772 m²/);
    const food = valuesOf(emulator, FOOD_SHEET);
    expect(food.some((r) => r.includes(107))).toBe(true);
    expect(food.some((r) => r.includes(108))).toBe(false);
    // Nothing the operator typed is overwritten by the run.
    expect(valuesOf(emulator, tab)[row - 1]?.[1]).toBe(13);
    clearMessages(emulator);
    bundle.run('consolidateNow');
    expect(closingMessage(emulator)).toMatch(/108 WBP pada lahan 102\.772 m²/);
    expect(valuesOf(emulator, FOOD_SHEET).some((r) => r.includes(108))).toBe(true);
  });
});
