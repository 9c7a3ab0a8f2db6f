// The script lock: one run at a time; a busy lock runs nothing; the lock is released even when the work fails.

import { installEmulator, removeEmulator } from '../../../emulator';
import { BUSY_MESSAGE, requireScriptLock, withScriptLock } from '../../../src/server/runtime/lock';
import { wroteThroughSpreadsheetApp } from '../../../src/server/runtime/write-cache';

afterEach(removeEmulator);

/** A run under the lock that wrote one cell through SpreadsheetApp: the write flushed before the lock is released. */
const WRITE_FLUSH_RELEASE = ['getScriptLock', 'tryLock', 'Range.setValue', 'SpreadsheetApp.flush', 'releaseLock'];

describe('script lock', () => {
  it('runs the work, flushes its SpreadsheetApp writes and releases, so the next run can take it and read them', () => {
    const emulator = installEmulator();
    const cell = emulator.spreadsheet.getSheets()[0]?.getRange('A1');
    emulator.ledger.reset();
    const written = () => {
      wroteThroughSpreadsheetApp();
      cell?.setValue('Lapas');
      return 42;
    };
    expect(withScriptLock(written)).toEqual({ ran: true, value: 42 });
    expect(emulator.ledger.all().map((c) => c.method)).toEqual(WRITE_FLUSH_RELEASE);
    // Another execution (a re-entrant tryLock of the same one would succeed anyway).
    emulator.runtime.executionId = 'next-execution';
    expect(withScriptLock(() => 'again')).toEqual({ ran: true, value: 'again' });
  });

  it('makes no flush when the run wrote nothing through SpreadsheetApp (its writes go through the Sheets API)', () => {
    const emulator = installEmulator();
    expect(withScriptLock(() => 'read only')).toEqual({ ran: true, value: 'read only' });
    expect(emulator.ledger.all().map((c) => c.method)).toEqual(['getScriptLock', 'tryLock', 'releaseLock']);
  });

  it('runs nothing while another execution holds the lock', () => {
    const emulator = installEmulator();
    emulator.locks.holdScriptLock('scheduled-run');
    let ran = false;
    expect(
      withScriptLock(() => {
        ran = true;
      }),
    ).toEqual({ ran: false });
    expect(ran).toBe(false);
    expect(() => requireScriptLock(() => 1)).toThrow(BUSY_MESSAGE);
  });

  it('flushes what the work wrote through SpreadsheetApp before releasing, when it failed half way too', () => {
    const emulator = installEmulator();
    const cell = emulator.spreadsheet.getSheets()[0]?.getRange('A1');
    emulator.ledger.reset();
    expect(() =>
      withScriptLock(() => {
        wroteThroughSpreadsheetApp();
        cell?.setValue('Arsip');
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(emulator.ledger.all().map((c) => c.method)).toEqual(WRITE_FLUSH_RELEASE);
  });

  it('releases the lock when the work throws', () => {
    const emulator = installEmulator();
    expect(() =>
      withScriptLock(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    emulator.runtime.executionId = 'next-execution';
    expect(withScriptLock(() => 'free')).toEqual({ ran: true, value: 'free' });
  });
});
