// Near the 6-minute limit a consolidation stops cleanly with a checkpoint, and the next run resumes and completes.

import type { Emulator } from '../../emulator';
import { FOOD_SHEET } from '../../src/core/summary/summary-sheets';
import { removeBuiltDistCopy } from '../browser/built-dist';
import { valuesOf } from '../e2e/sample-sheet';
import {
  ADMIN,
  clearMessages,
  closingMessage,
  freshSheet,
  leftovers,
  logRows,
  restoreTab,
  SUMMARY_SHEETS,
  summaries,
  UNIT_TABS,
} from './faults-fixture';

afterAll(removeBuiltDistCopy);

const LATE_TAB = UNIT_TABS[0] as string;
const HOUR_MS = 60 * 60 * 1000;
const DONE =
  /^Rekap periode Februari 2026 selesai: 18 UPT, .*107 WBP pada lahan 102\.772 m²\. Lengkap: dihitung 18 dari 18 UPT/;
const CHECKPOINT = 'consolidation:checkpoint';
/** A slow Sheets backend: each summary sheet takes 70 modelled seconds to write, five of them more than 5 minutes. */
const SLOW_DRAFT_MS = 70_000;

function slowDrafts(emulator: Emulator): void {
  emulator.ledger.inject({
    when: (call) => {
      // One setNumberFormats per summary sheet written (its whole range at once).
      if (call.method === 'Range.setNumberFormats') emulator.runtime.advance(SLOW_DRAFT_MS);
      return false;
    },
    error: 'never raised',
    repeat: true,
  });
}

const drafted = (emulator: Emulator) => emulator.ledger.all().filter((c) => c.method === 'Range.setNumberFormats');
const visibleLeftovers = (emulator: Emulator) =>
  leftovers(emulator).filter((n) => !emulator.spreadsheet.sheetByNameUnrecorded(n)?.hidden);

/** A Sheet whose last summary left one unit out; that unit's tab is back for the next run. */
function withPreviousSummary() {
  const s = freshSheet({ omit: [LATE_TAB] });
  s.bundle.run('consolidateNow');
  restoreTab(s.emulator, LATE_TAB);
  clearMessages(s.emulator);
  return s;
}

describe('a consolidation near the 6-minute limit', () => {
  it('stops before the limit with the previous summary whole, then the next run resumes from the checkpoint', () => {
    const { emulator, bundle } = withPreviousSummary();
    const previous = summaries(emulator);
    slowDrafts(emulator);
    emulator.ledger.reset();
    bundle.run('consolidateNow');

    // Stopped cleanly (no "Exceeded maximum execution time"), after four of the five drafts.
    expect(drafted(emulator)).toHaveLength(4);
    const paused = closingMessage(emulator) ?? '';
    expect(paused).toMatch(
      /^Rekap belum selesai karena mendekati batas waktu 6 menit Google: 4 dari 5 sheet ringkasan/,
    );
    expect(paused).toContain('dilanjutkan otomatis');
    expect(summaries(emulator)).toEqual(previous);
    expect(visibleLeftovers(emulator)).toEqual([]);
    const log = logRows(emulator).at(-1) ?? [];
    expect(log.slice(2, 5)).toEqual(['Rekap sekarang', expect.any(String), 'Dilanjutkan']);
    expect(Number(log[6])).toBeLessThan(300);
    expect(JSON.parse(emulator.properties.document?.peek(CHECKPOINT) ?? '{}').drafts).toHaveLength(4);

    // The next run (the backend still slow) writes only the missing sheet, then swaps all five at once.
    emulator.runtime.advance(60_000);
    clearMessages(emulator);
    emulator.ledger.reset();
    bundle.run('consolidateNow');
    expect(drafted(emulator)).toHaveLength(1);
    expect(closingMessage(emulator)).toMatch(DONE);
    expect(valuesOf(emulator, FOOD_SHEET).some((r) => r.includes(102_772))).toBe(true);
    expect(leftovers(emulator)).toEqual([]);
    for (const name of SUMMARY_SHEETS) expect(emulator.spreadsheet.sheetByNameUnrecorded(name)?.hidden).toBe(false);
    expect(logRows(emulator).at(-1)?.[4]).toBe('Berhasil');
    expect(emulator.properties.document?.peek(CHECKPOINT)).toBeNull();
  });

  it('writes every sheet afresh when the figures changed since the checkpoint', () => {
    const { emulator, bundle } = withPreviousSummary();
    slowDrafts(emulator);
    bundle.run('consolidateNow');
    expect(closingMessage(emulator)).toMatch(/^Rekap belum selesai/);
    emulator.ledger.clearFaults();
    const tab = emulator.spreadsheet.sheetByNameUnrecorded('LP-PKU');
    const row = valuesOf(emulator, 'LP-PKU').findIndex((r) => r[0] === 'Jumlah WBP terlibat (tanpa dobel)') + 1;
    tab?.getRange(row, 2).setValue(13);
    clearMessages(emulator);
    emulator.ledger.reset();
    bundle.run('consolidateNow');
    expect(drafted(emulator)).toHaveLength(5);
    expect(closingMessage(emulator)).toMatch(/108 WBP pada lahan 102\.772 m²/);
    expect(leftovers(emulator)).toEqual([]);
  });

  it('lets the hourly trigger pick up where a scheduled run stopped', () => {
    const { emulator, bundle } = withPreviousSummary();
    const previous = summaries(emulator);
    bundle.callFromSidebar(ADMIN, 'setAutomation', true);
    slowDrafts(emulator);
    emulator.runtime.advance(HOUR_MS + 1000);
    expect(bundle.fireTimeTriggers()).toEqual([{ handler: 'runScheduledConsolidation', outcome: 'ok' }]);
    expect(logRows(emulator).at(-1)?.slice(2, 5)).toEqual(['Rekap terjadwal', ADMIN, 'Dilanjutkan']);
    expect(summaries(emulator)).toEqual(previous);
    // A pause is not a failure: nobody is e-mailed about it.
    expect(emulator.mail.outbox).toEqual([]);
    emulator.runtime.advance(HOUR_MS);
    expect(bundle.fireTimeTriggers()).toEqual([{ handler: 'runScheduledConsolidation', outcome: 'ok' }]);
    expect(logRows(emulator).at(-1)?.slice(2, 5)).toEqual(['Rekap terjadwal', ADMIN, 'Berhasil']);
    expect(valuesOf(emulator, FOOD_SHEET).some((r) => r.includes(102_772))).toBe(true);
    expect(leftovers(emulator)).toEqual([]);
  });
});
