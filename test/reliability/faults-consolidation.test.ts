// A fault at every service call of "Rekap sekarang": the previous summary stays whole, the Log says why, the next run works.

import { FOOD_SHEET } from '../../src/core/summary/summary-sheets';
import { removeBuiltDistCopy } from '../browser/built-dist';
import { valuesOf } from '../e2e/sample-sheet';
import {
  ALL_ERRORS,
  clearMessages,
  closingMessage,
  FATAL_ERRORS,
  freshSheet,
  leftovers,
  logRows,
  restoreTab,
  summaries,
  TRANSLATED,
  UNIT_TABS,
} from './faults-fixture';

afterAll(removeBuiltDistCopy);

/** Taken away before each faulted run, so the summary it would write differs from the previous one. */
const LATE_TAB = UNIT_TABS[0] as string;
const DONE =
  /^Rekap periode Februari 2026 selesai: 18 UPT, .*107 WBP pada lahan 102\.772 m²\. Lengkap: dihitung 18 dari 18 UPT/;

type Sheet = ReturnType<typeof freshSheet>;

/** Consolidates the full sample: the good summary every faulted run must leave in place. */
function consolidated(): Sheet {
  const s = freshSheet();
  s.bundle.run('consolidateNow');
  expect(closingMessage(s.emulator)).toMatch(DONE);
  return s;
}

function removeTab({ emulator }: Sheet, name: string): void {
  const sheet = emulator.spreadsheet.sheetByNameUnrecorded(name);
  if (sheet) emulator.spreadsheet.deleteSheet(sheet);
}

function attempt(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (e) {
    return String(e);
  }
}

describe('a fault at every service call of a consolidation', () => {
  it('keeps the previous summary whole or completes, logs a failure in Bahasa Indonesia, and the next run succeeds', () => {
    // The calls of a clean run over the same shape (one tab gone since the last summary).
    const probe = consolidated();
    removeTab(probe, LATE_TAB);
    probe.emulator.ledger.reset();
    probe.bundle.run('consolidateNow');
    const calls = probe.emulator.ledger.all().map((c) => `${c.service}.${c.method}`);
    // Service calls: a call the script answers itself (kind 'utility') reaches no service, so no fault hits it.
    const roundTrips = probe.emulator.ledger
      .all()
      .filter((c) => c.kind !== 'utility')
      .map((c) => c.n);
    // A whole run (lock, reads, the summaries' batch, the Log), not one stopped early.
    expect(calls).toEqual(expect.arrayContaining(['Sheets.Spreadsheets.batchUpdate', 'Lock.releaseLock']));

    // One Sheet for the whole sweep: each k starts from the state the previous k's recovery run left.
    const s = consolidated();
    const { emulator, bundle } = s;
    const outcomes = { failed: 0, completed: 0 };
    for (const k of roundTrips) {
      const error = ALL_ERRORS[k % ALL_ERRORS.length] as string;
      try {
        const previous = summaries(emulator);
        const logBefore = logRows(emulator).length;
        removeTab(s, LATE_TAB);
        clearMessages(emulator);
        emulator.ledger.reset();
        emulator.ledger.inject({ at: k, error });

        expect(attempt(() => bundle.run('consolidateNow'))).toBeNull();
        const shown = closingMessage(emulator) ?? '';
        expect(shown).not.toMatch(/\n\s+at |Error:/);
        const last = logRows(emulator).slice(logBefore).at(-1) ?? [];
        if (!/^Rekap periode Februari 2026 selesai/.test(shown)) {
          outcomes.failed++;
          // Readers see exactly the previous summary, with no draft or old copy beside it.
          expect({ summaries: summaries(emulator), leftovers: leftovers(emulator) }).toEqual({
            summaries: previous,
            leftovers: [],
          });
          expect(last.slice(2, 5)).toEqual(['Rekap sekarang', expect.any(String), 'Gagal']);
          expect(String(last[7])).toMatch(TRANSLATED);
          expect(shown).toMatch(
            /^(Rekap gagal; rekap sebelumnya tetap utuh\. )?Terjadi kesalahan: .*hubungi admin Kanwil\.$/,
          );
        } else {
          // Absorbed: retried, or a courtesy call after the summaries were complete.
          outcomes.completed++;
          // The unit whose tab was taken away is named as left out of the figures.
          expect(shown).toMatch(
            new RegExp(
              `^Rekap periode Februari 2026 selesai: 18 UPT, .*Tidak dihitung: ${LATE_TAB} \\(tab tidak ditemukan\\)\\.$`,
            ),
          );
          expect(valuesOf(emulator, FOOD_SHEET).some((r) => r.includes(87_772))).toBe(true);
        }
        // Quota and time-limit errors are never retried: no backoff sleep.
        if ((FATAL_ERRORS as readonly string[]).includes(error)) {
          expect(emulator.ledger.all().filter((c) => c.method === 'sleep')).toEqual([]);
        }

        emulator.ledger.clearFaults();
        restoreTab(emulator, LATE_TAB);
        clearMessages(emulator);
        bundle.run('consolidateNow');
        expect(closingMessage(emulator)).toMatch(DONE);
        expect(leftovers(emulator)).toEqual([]);
        expect(valuesOf(emulator, FOOD_SHEET).some((r) => r.includes(102_772))).toBe(true);
        expect(logRows(emulator).at(-1)?.[4]).toBe('Berhasil');
      } catch (e) {
        throw new Error(`Fault "${error}" at call ${k} (${calls[k - 1]}):\n${(e as Error).message}`);
      }
    }
    // Both happen: faults the run absorbs and faults that stop it.
    expect(outcomes.failed).toBeGreaterThan(0);
    expect(outcomes.completed).toBeGreaterThan(0);
  });
});
