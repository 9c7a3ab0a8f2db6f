// The hourly trigger continues a set up or period close that stopped near the time limit, before any consolidation.
import { formatPeriod } from '../../core/text/format';
import { withScriptLock } from '../runtime/lock';
import { readableMessage } from '../runtime/user-error';
import { appendLog, type Outcome } from '../sheets/log';
import { readConfig, readWorkbook, sheetsByName } from '../sheets/workbook';
import { TimeBudget } from '../state/checkpoint';
import { automationView } from './automation';
import { closePeriodRun, pendingClose } from './close-period';
import { pendingSetup, setupMessage, setupTabs } from './setup-tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SCHEDULED_SETUP_ACTION = 'Siapkan tab UPT (terjadwal)';
export const SCHEDULED_CLOSE_ACTION = 'Tutup periode (terjadwal)';

/** What a paused run adds to its message when the hourly trigger will continue it (one extra call, paused runs only). */
export function resumeNote(): string {
  try {
    return automationView().on
      ? ' Otomatisasi aktif: proses ini juga dilanjutkan otomatis pada jadwal berikutnya.'
      : '';
  } catch {
    // Only a courtesy: the message already says how to continue by hand.
    return '';
  }
}

/**
 * Continues an unfinished close (first: the tabs are between two periods) or set up, as `by`, the admin who switched
 * automation on; its outcome for the execution log (the Log sheet gets the run). Null when nothing is pending or `by`
 * is no longer an admin: the hour consolidates as usual, reading afresh under the lock.
 */
export function resumeInterruptedWork(ss: Spreadsheet, by: string): string | null {
  const began = Date.now();
  let close: ReturnType<typeof pendingClose> = null;
  let setup: ReturnType<typeof pendingSetup> = null;
  try {
    const config = readConfig(sheetsByName(ss)).config;
    if (config.admins.includes(by.toLowerCase())) {
      close = pendingClose(config);
      setup = close ? null : pendingSetup(config);
    }
  } catch {
    // An unreadable workbook or configuration is the consolidation's to report.
    return null;
  }
  if (!close && !setup) return null;
  const action = close ? SCHEDULED_CLOSE_ACTION : SCHEDULED_SETUP_ACTION;
  const start = new Date();
  const log = (outcome: Outcome, detail: string, tabsRead: number) =>
    appendLog(ss, { start, end: new Date(), action, by, outcome, tabsRead, detail });
  try {
    const locked = withScriptLock(() => {
      // Read again under the lock: a manual run may have finished (or moved the period on) meanwhile.
      const fresh = sheetsByName(ss);
      const now = readConfig(fresh).config;
      if (close) {
        if (!pendingClose(now)) return null;
        const read = readWorkbook(ss, { sheets: fresh, config: now });
        const closed = closePeriodRun(read, start, new TimeBudget(began));
        log(closed.paused ? 'Dilanjutkan' : 'Berhasil', closed.message, read.tabsRead);
        return closed.message;
      }
      if (!pendingSetup(now)) return null;
      const outcome = setupTabs(ss, fresh, now, start, new TimeBudget(began));
      const message = setupMessage(formatPeriod(now.period), outcome);
      log(outcome.paused ? 'Dilanjutkan' : 'Berhasil', message, outcome.updated.length + outcome.restored.length);
      return message;
    });
    if (!locked.ran) return `${action}: proses lain sedang berjalan; dilanjutkan pada jadwal berikutnya.`;
    return locked.value;
  } catch (error) {
    const message = readableMessage(error);
    try {
      log('Gagal', message, 0);
    } catch {
      // The same outage: the execution log still gets the message.
    }
    return `Gagal: ${message}`;
  }
}
