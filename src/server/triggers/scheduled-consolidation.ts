// The time-driven consolidation: only from this user's trigger; busy → skipped; failure → logged and admins e-mailed.
import type { Config } from '../../core/schema/types';
import { formatDateTimeId, formatPeriod } from '../../core/text/format';
import { consolidateOnSchedule } from '../actions/consolidate';
import { withRetry } from '../runtime/retry';
import { readableMessage } from '../runtime/user-error';
import { readConfig, sheetsByName } from '../sheets/workbook';
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

/** The configuration, or undefined when it cannot be read now (each check then reads, and the run reports, it). */
function configOrUndefined(ss: Spreadsheet): Config | undefined {
  try {
    return readConfig(sheetsByName(ss)).config;
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

/** Returns what happened, for the execution log ("sedang berjalan" when another run holds the lock). */
export function scheduledConsolidation(e: unknown): string {
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
    return `Gagal: ${message}`;
  }
  if (!ss) return 'Ditolak: fungsi ini hanya dijalankan oleh pemicu otomatisasi Rekap UPT.';
  // One read of the configuration serves both checks; the consolidation reads afresh under its lock.
  const config = configOrUndefined(ss);
  const stoodDown = ownerCheck(ss, by, config);
  if (stoodDown !== null) return stoodDown;
  // A set up or period close stopped near the time limit is continued first; the consolidation waits an hour.
  const resumed = resumeInterruptedWork(ss, by, config);
  if (resumed !== null) return resumed;
  const outcome = consolidateOnSchedule(ss, by);
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
