// Transient Apps Script errors are retried with bounded exponential backoff; quota errors are not retried at all.

import type { CallRecord } from '../../emulator';
import { removeBuiltDistCopy } from '../browser/built-dist';
import {
  clearMessages,
  closingMessage,
  FATAL_ERRORS,
  freshSheet,
  leftovers,
  logRows,
  summaries,
  TRANSIENT_ERRORS,
} from './faults-fixture';

afterAll(removeBuiltDistCopy);

const DONE =
  /^Rekap periode Februari 2026 selesai: 18 UPT, .*107 WBP pada lahan 102\.772 m²\. Lengkap: dihitung 18 dari 18 UPT/;
/** A read of cell values: one tab's getValues, or a Sheets API read of several tabs. */
const isRead = (call: CallRecord) => /(^Range\.getValues|batchGet|batchGetByDataFilter)$/.test(call.method);
/** The second read of "Rekap sekarang" reads unit tabs (the first is the caller's configuration). */
const UNIT_TAB_READ = 2;

/** Matches the n-th read of the run, and every later one when `forever`. */
function nthRead(n: number, forever = false): (call: CallRecord) => boolean {
  let reads = 0;
  return (call) => isRead(call) && (forever ? ++reads >= n : ++reads === n);
}

function consolidated() {
  const s = freshSheet();
  s.bundle.run('consolidateNow');
  expect(closingMessage(s.emulator)).toMatch(DONE);
  clearMessages(s.emulator);
  s.emulator.ledger.reset();
  return s;
}

describe('retrying transient errors', () => {
  it.each(TRANSIENT_ERRORS)('reads a unit tab again after "%s" once, and the run succeeds', (error) => {
    const { emulator, bundle } = consolidated();
    emulator.ledger.inject({ when: nthRead(UNIT_TAB_READ), error });
    bundle.run('consolidateNow');
    expect(closingMessage(emulator)).toMatch(DONE);
    // The ledger shows the failed read, one backoff sleep, then the same read again.
    const calls = emulator.ledger.all();
    const sleep = calls.findIndex((c) => c.method === 'sleep');
    expect(calls.filter((c) => c.method === 'sleep')).toHaveLength(1);
    const failed = calls[sleep - 1];
    expect(failed && isRead(failed)).toBe(true);
    expect(calls.slice(sleep + 1).find(isRead)?.method).toBe(failed?.method);
    expect(logRows(emulator).at(-1)?.[4]).toBe('Berhasil');
  });

  it('gives up after three tries of a read that keeps timing out, waiting longer each time, and fails cleanly', () => {
    const { emulator, bundle } = consolidated();
    const previous = summaries(emulator);
    let failedReads = 0;
    let firstFailureMs = 0;
    let lastFailureMs = 0;
    emulator.ledger.inject({
      when: (call) => {
        if (!nthReadForever(call)) return false;
        failedReads++;
        const now = emulator.runtime.now().getTime();
        if (failedReads === 1) firstFailureMs = now;
        lastFailureMs = now;
        return true;
      },
      error: TRANSIENT_ERRORS[0],
      repeat: true,
    });
    const nthReadForever = nthRead(UNIT_TAB_READ, true);
    bundle.run('consolidateNow');
    emulator.ledger.clearFaults();
    expect(failedReads).toBe(3);
    expect(emulator.ledger.all().filter((c) => c.method === 'sleep')).toHaveLength(2);
    // Backoff of 0.5 s then 1 s on the modelled clock (plus the calls' own latency).
    expect(lastFailureMs - firstFailureMs).toBeGreaterThanOrEqual(1500);
    expect(lastFailureMs - firstFailureMs).toBeLessThan(3000);
    expect(summaries(emulator)).toEqual(previous);
    expect(leftovers(emulator)).toEqual([]);
    expect(closingMessage(emulator)).toMatch(
      /^Rekap gagal; rekap sebelumnya tetap utuh\. Terjadi kesalahan: layanan Google tidak merespons tepat waktu \(Service Spreadsheets timed out while accessing document with id 1AbCdEfGh\)\. /,
    );
    expect(logRows(emulator).at(-1)?.slice(4, 5)).toEqual(['Gagal']);
  });

  it.each(FATAL_ERRORS)('does not retry "%s": one try, no sleep, the previous summary kept', (error) => {
    const { emulator, bundle } = consolidated();
    const previous = summaries(emulator);
    let tries = 0;
    const read = nthRead(UNIT_TAB_READ, true);
    emulator.ledger.inject({ when: (call) => read(call) && ++tries > 0, error, repeat: true });
    bundle.run('consolidateNow');
    emulator.ledger.clearFaults();
    expect(tries).toBe(1);
    expect(emulator.ledger.all().filter((c) => c.method === 'sleep')).toEqual([]);
    expect(summaries(emulator)).toEqual(previous);
    expect(closingMessage(emulator)).toMatch(/^Rekap gagal; rekap sebelumnya tetap utuh\. Terjadi kesalahan: /);
  });
});
