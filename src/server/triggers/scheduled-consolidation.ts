// The time-driven consolidation: only from this user's trigger; busy → skipped; failure → logged and admins e-mailed.
import type { Config } from '../../core/schema/types';
import { formatDateTimeId, formatPeriod } from '../../core/text/format';
import { consolidateOnSchedule } from '../actions/consolidate';
import { withRetry } from '../runtime/retry';
import { readableMessage } from '../runtime/user-error';
import type { SheetIndex } from '../sheets/sheet-index';
import { type ReadOptions, readConfig, sheetsByName } from '../sheets/workbook';
import { withPropertyView } from '../state/document-properties';
import { scheduledSpreadsheet } from './installed-triggers';
import { resumeInterruptedWork } from './resume-interrupted';
import { ownerCheck } from './trigger-owner';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Admins to notify: from the configuration when it can be read, else the trigger's owner. */
function adminsOf(ss: Spreadsheet): { admins: string[]; period: string | null } {
  try {
    const { config } = readConfig(sheetsByName(ss));
    return { admins: [...config.admins], period: config.period };
  } catch {
    const owner = Session.getEffectiveUser().getEmail();
    return { admins: owner ? [owner] : [], period: null };
  }
}

/** The sheets and configuration, or undefined when they cannot be read now (each step then reads, and reports, them). */
function readOrUndefined(ss: Spreadsheet): { sheets: SheetIndex; config: Config } | undefined {
  try {
    const sheets = sheetsByName(ss);
    return { sheets, config: readConfig(sheets).config };
  } catch {
    return undefined;
  }
}

/** E-mails the admins that a scheduled run failed (the previous summary is still in place). */
export function notifyFailure(ss: Spreadsheet, message: string, at: Date): void {
  const { admins, period } = adminsOf(ss);
  if (admins.length === 0) return;
  const when = formatDateTimeId(at, ss.getSpreadsheetTimeZone());
  MailApp.sendEmail({
    to: admins.join(','),
    subject: `Rekap UPT: rekap terjadwal gagal${period ? ` (periode ${formatPeriod(period)})` : ''}`,
    body:
      `Rekap terjadwal pada ${when} gagal dan dihentikan.\n\n${message}\n\n` +
      `Rekap sebelumnya tetap utuh. Rincian ada di sheet "Log": ${ss.getUrl()}\n` +
      'Jalankan "Rekap sekarang" dari menu Rekap UPT setelah masalahnya diatasi.',
  });
}

/** E-mails the trigger's owner when the Sheet itself could not be opened (there is no Log to write to). */
function notifyOwner(message: string): void {
  const owner = Session.getEffectiveUser().getEmail();
  if (!owner) return;
  MailApp.sendEmail({
    to: owner,
    subject: 'Rekap UPT: rekap terjadwal gagal',
    body: `Rekap terjadwal tidak dapat membuka spreadsheet Rekap UPT dan dihentikan.\n\n${message}\n\nRekap sebelumnya tetap utuh.`,
  });
}

/** What a scheduled run did; `cleared`: the workbook and what was read of it, when the trigger passed its checks. */
export interface ScheduledRun {
  readonly outcome: string;
  readonly cleared: { readonly ss: Spreadsheet; readonly pre?: ReadOptions } | null;
}

/** Returns what happened, for the execution log ("sedang berjalan" when another run holds the lock). */
export function scheduledConsolidation(e: unknown): ScheduledRun {
  const refused = (outcome: string): ScheduledRun => ({ outcome, cleared: null });
  let ss: Spreadsheet | null;
  let by = '';
  try {
    // Finding the trigger and opening the Sheet are reads: a passing overload is retried.
    ss = withRetry(() => scheduledSpreadsheet(e));
    if (ss) by = withRetry(() => Session.getEffectiveUser().getEmail());
  } catch (error) {
    const message = readableMessage(error);
    try {
      notifyOwner(message);
    } catch {
      // Nobody can be told but the execution log.
    }
    return refused(`Gagal: ${message}`);
  }
  if (!ss) return refused('Ditolak: fungsi ini hanya dijalankan oleh pemicu otomatisasi Rekap UPT.');
  // One read of the sheets and configuration serves the checks, the consolidation and the reminders, as a menu
  // click's read serves its run.
  const pre = readOrUndefined(ss);
  const ready = ss;
  // The checks read their properties (automation, checkpoints) once; the work they start reads afresh under its lock.
  return withPropertyView(() => {
    const stoodDown = ownerCheck(ready, by, pre?.config);
    if (stoodDown !== null) return refused(stoodDown);
    // A set up or period close stopped near the time limit is continued first; the consolidation waits an hour.
    const resumed = resumeInterruptedWork(ready, by, pre?.config);
    if (resumed !== null) return { outcome: resumed, cleared: { ss: ready } };
    return { outcome: consolidated(ready, by, pre), cleared: { ss: ready, pre } };
  });
}

/** The consolidation of a cleared scheduled run, as the execution log reads it. */
function consolidated(ss: Spreadsheet, by: string, pre: ReadOptions | undefined): string {
  const outcome = consolidateOnSchedule(ss, by, pre);
  if (outcome.kind === 'busy')
    return 'Rekap sedang berjalan oleh proses lain; jadwal ini dilewati tanpa menulis apa pun.';
  if (outcome.kind === 'failed') {
    try {
      notifyFailure(ss, outcome.message, new Date());
    } catch {
      // Mail quota or outage: the failure is already in the Log.
    }
    return `Gagal: ${outcome.message}`;
  }
  return outcome.value.message;
}
