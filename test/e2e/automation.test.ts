// End to end on the built bundle: one time trigger at most, and a trigger firing during a manual consolidation.

import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { LOG_SHEET } from '../../src/core/config/sheet-names';
import type { AutomationView } from '../../src/shared/rpc';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

const HANDLER = 'runScheduledConsolidation';
const HOUR_MS = 60 * 60 * 1000;

function setUp(): SampleSheet {
  const s = sampleSheet();
  s.bundle.run('setupUnitTabs');
  return s;
}

const ourTriggers = (s: SampleSheet) => s.emulator.triggers.all().filter((t) => t.getHandlerFunction() === HANDLER);
const logRows = (s: SampleSheet) => valuesOf(s.emulator, LOG_SHEET).slice(1);
const summaryNames = (s: SampleSheet) =>
  s.emulator.spreadsheet.sheets
    .map((sh) => sh.name)
    .filter((n) => n.startsWith('Rekap ') || n === 'Dasbor' || n === 'Status');

describe('automation', () => {
  it('installs one trigger however often it is switched on, and removes it when switched off', () => {
    const s = setUp();
    const on1 = s.bundle.callFromSidebar(ADMIN, 'setAutomation', true) as AutomationView;
    const on2 = s.bundle.callFromSidebar(ADMIN, 'setAutomation', true) as AutomationView;
    expect(on1).toEqual({ on: true, everyHours: 1, lastRun: null });
    expect(on2).toEqual(on1);
    expect(ourTriggers(s)).toHaveLength(1);
    s.bundle.run('toggleAutomation');
    expect(ourTriggers(s)).toHaveLength(0);
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(/^Otomatisasi nonaktif/);
    s.bundle.run('toggleAutomation');
    expect(ourTriggers(s)).toHaveLength(1);
  });

  it('refuses an operator who tries to switch it on', () => {
    const s = setUp();
    expect(() => s.bundle.callFromSidebar(SAMPLE_UNITS[0].operators[0], 'setAutomation', true)).toThrow(
      /^Tindakan ini khusus admin Kanwil/,
    );
    expect(ourTriggers(s)).toHaveLength(0);
  });

  it('consolidates on schedule and logs the run', () => {
    const s = setUp();
    s.bundle.callFromSidebar(ADMIN, 'setAutomation', true);
    s.emulator.runtime.advance(HOUR_MS + 1000);
    expect(s.bundle.fireTimeTriggers()).toEqual([{ handler: HANDLER, outcome: 'ok' }]);
    const last = logRows(s).at(-1) ?? [];
    expect(last.slice(2, 6)).toEqual(['Rekap terjadwal', ADMIN, 'Berhasil', SAMPLE_UNITS.length]);
    expect(summaryNames(s).sort()).toEqual(['Dasbor', 'Rekap Manajemen', 'Rekap Pangan', 'Rekap Pembinaan', 'Status']);
    const view = s.bundle.callFromSidebar(ADMIN, 'getPanelState') as { automation: AutomationView };
    expect(view.automation.lastRun?.outcome).toBe('Berhasil');
  });

  it('shows nothing on schedule: no getUi, alert or toast, as nobody has the Sheet open', () => {
    const s = setUp();
    s.bundle.callFromSidebar(ADMIN, 'setAutomation', true);
    s.emulator.runtime.advance(HOUR_MS + 1000);
    s.emulator.ledger.reset();
    expect(s.bundle.fireTimeTriggers()).toEqual([{ handler: HANDLER, outcome: 'ok' }]);
    expect(s.emulator.ledger.all().filter((c) => c.kind === 'ui')).toEqual([]);
  });

  it('skips a trigger that fires while a manual consolidation holds the lock: "sedang berjalan", nothing written twice', () => {
    const s = setUp();
    s.bundle.callFromSidebar(ADMIN, 'setAutomation', true);
    s.emulator.runtime.advance(HOUR_MS + 1000);
    const logBefore = logRows(s).length;
    let nested: unknown = null;
    // In the middle of the manual run (as it writes the summaries), the hourly trigger fires.
    s.emulator.ledger.inject({
      when: (call) => {
        if (nested === null && call.method === 'Spreadsheets.batchUpdate') nested = s.bundle.fireTimeTriggers();
        return false;
      },
      error: 'never raised',
    });
    s.bundle.run('consolidateNow');
    expect(nested).toEqual([{ handler: HANDLER, outcome: 'ok' }]);
    expect(s.emulator.logs.entries.map((e) => e.message)).toContain(
      'Rekap sedang berjalan oleh proses lain; jadwal ini dilewati tanpa menulis apa pun.',
    );
    const added = logRows(s).slice(logBefore);
    expect(added.map((r) => r[2])).toEqual(['Rekap sekarang']);
    expect(summaryNames(s).sort()).toEqual(['Dasbor', 'Rekap Manajemen', 'Rekap Pangan', 'Rekap Pembinaan', 'Status']);
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(/^Rekap periode Februari 2026 selesai: /);
  });

  it('tells a manual run that waits too long that a consolidation is running, and writes nothing', () => {
    const s = setUp();
    s.emulator.locks.holdScriptLock('scheduled-run');
    const calls = s.emulator.ledger.count;
    s.bundle.run('consolidateNow');
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toBe(
      'Rekap sedang berjalan oleh proses lain. Tunggu sebentar, lalu coba lagi.',
    );
    const writes = s.emulator.ledger
      .all()
      .slice(calls)
      .filter((c) => c.kind === 'write');
    expect(writes).toEqual([]);
    expect(s.emulator.spreadsheet.sheetByNameUnrecorded('Rekap Pangan')).toBeNull();
  });

  it('keeps the previous summary when a scheduled run fails, logs it and e-mails the admins', () => {
    const s = setUp();
    s.bundle.run('consolidateNow');
    const before = valuesOf(s.emulator, 'Rekap Pangan');
    s.bundle.callFromSidebar(ADMIN, 'setAutomation', true);
    s.emulator.runtime.advance(HOUR_MS + 1000);
    s.emulator.ledger.inject({
      when: (call) => call.method === 'Spreadsheets.batchUpdate',
      // Not transient (a timeout would be retried).
      error: 'Service invoked too many times for one day: spreadsheets.',
    });
    expect(s.bundle.fireTimeTriggers()).toEqual([{ handler: HANDLER, outcome: 'ok' }]);
    expect(valuesOf(s.emulator, 'Rekap Pangan')).toEqual(before);
    expect(summaryNames(s).sort()).toEqual(['Dasbor', 'Rekap Manajemen', 'Rekap Pangan', 'Rekap Pembinaan', 'Status']);
    const last = logRows(s).at(-1) ?? [];
    expect(last.slice(2, 5)).toEqual(['Rekap terjadwal', ADMIN, 'Gagal']);
    expect(String(last[7])).toMatch(/Service invoked too many times for one day/);
    const mail = s.emulator.mail.outbox.at(-1);
    expect(mail?.to).toBe(ADMIN);
    expect(mail?.subject).toBe('Rekap UPT: rekap terjadwal gagal (periode Februari 2026)');
  });

  it('refuses the handler when called through google.script.run with a made-up event', () => {
    const s = setUp();
    s.bundle.callFromSidebar(ADMIN, 'setAutomation', true);
    const result = s.bundle.callFromSidebar(SAMPLE_UNITS[0].operators[0], HANDLER, { triggerUid: '1' });
    expect(result).toBe('Ditolak: fungsi ini hanya dijalankan oleh pemicu otomatisasi Rekap UPT.');
    expect(s.emulator.spreadsheet.sheetByNameUnrecorded('Rekap Pangan')).toBeNull();
  });
});
