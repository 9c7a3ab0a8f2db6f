// The hourly trigger continues a set up or period close that stopped near the time limit, before any consolidation.

import type { Config } from '../../core/schema/types';
import { formatPeriod } from '../../core/text/format';
import { closeAndPublish } from '../actions/close-period';
import { pendingSetup, setupMessage, setupTabs } from '../actions/setup-unit-tabs';
import { loggedRun } from '../runtime/logged-run';
import { TimeBudget } from '../runtime/time-budget';
import { readConfig, readWorkbook, sheetsByName } from '../sheets/workbook';
import { pendingClose } from '../state/checkpoints';
import { beginRewrite } from '../state/late-edits';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SCHEDULED_SETUP_ACTION = 'Siapkan tab UPT (terjadwal)';
export const SCHEDULED_CLOSE_ACTION = 'Tutup periode (terjadwal)';

/**
 * Continues an unfinished close (first: the tabs are between two periods) or set up, as `by`, the admin who switched
 * automation on; its outcome for the execution log (the Log sheet gets the run). Null when nothing is pending or `by`
 * is no longer an admin: the hour consolidates as usual, reading afresh under the lock. `known`: the configuration
 * the run has just read, if any.
 */
export function resumeInterruptedWork(ss: Spreadsheet, by: string, known?: Config): string | null {
  const began = Date.now();
  let close: ReturnType<typeof pendingClose> = null;
  let setup: ReturnType<typeof pendingSetup> = null;
  try {
    const config = known ?? readConfig(sheetsByName(ss)).config;
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
  const result = loggedRun<string | null>({ ss, by, action }, (run) => {
    // Read again under the lock: a manual run may have finished (or moved the period on) meanwhile.
    const fresh = sheetsByName(ss);
    const now = readConfig(fresh).config;
    if (close) {
      if (!pendingClose(now)) return { value: null, detail: null };
      beginRewrite(run.start);
      const read = readWorkbook(ss, { sheets: fresh, config: now });
      run.tabsRead = read.tabsRead;
      const closed = closeAndPublish(read, run.start, new TimeBudget(began), run);
      return { value: closed.message, detail: closed.message, outcome: closed.paused ? 'Dilanjutkan' : 'Berhasil' };
    }
    if (!pendingSetup(now)) return { value: null, detail: null };
    const outcome = setupTabs(fresh, now, run.start, new TimeBudget(began));
    run.tabsRead = outcome.updated.length + outcome.restored.length;
    const message = setupMessage(formatPeriod(now.period), outcome);
    return { value: message, detail: message, outcome: outcome.paused ? 'Dilanjutkan' : 'Berhasil' };
  });
  if (result.kind === 'busy') return `${action}: proses lain sedang berjalan; dilanjutkan pada jadwal berikutnya.`;
  if (result.kind === 'failed') return `Gagal: ${result.message}`;
  return result.value;
}
