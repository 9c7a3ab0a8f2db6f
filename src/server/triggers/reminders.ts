// Daily deadline reminders: e-mails the operators of units that have not sent, within the mail quota, logged.

import { periodDeadline, planReminders, SHEET_LINK_PLACEHOLDER } from '../../core/lifecycle/reminders';
import type { Config } from '../../core/schema/types';
import { formatNumber } from '../../core/text/format';
import { BUILT_AS_ADDON } from '../runtime/build-target';
import { loggedRun } from '../runtime/logged-run';
import { readableMessage } from '../runtime/user-error';
import { type ReadOptions, readConfig, readWorkbook, sheetsByName } from '../sheets/workbook';
import { readSentReminders, saveSentReminders } from '../state/reminder-log';
import { REMINDER_HANDLER, REMINDER_HOUR, scheduledSpreadsheet } from './installed-triggers';
import type { ScheduledRun } from './scheduled-consolidation';
import { ownerCheck } from './trigger-owner';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const REMINDER_ACTION = 'Pengingat batas pengiriman';
/** The daily job waits longer for the lock than a person would: a busy consolidation must not cost a day's reminders. */
const REMINDER_LOCK_WAIT_MS = 60_000;

/** Reminders to send: none when they are off or the period has no deadline (then no tab is read, no quota asked). */
function remindersOff(config: Config): string | null {
  if (!config.remindersOn) return 'Pengingat nonaktif di sheet "Pengaturan".';
  if (periodDeadline(config.period, config.deadlineDay) === null)
    return 'Batas pengiriman belum diisi di sheet "Pengaturan"; tidak ada pengingat.';
  return null;
}

/**
 * Plans and sends today's reminders under the script lock; returns the outcome for the execution log. Each
 * reminder sent and each one held back (quota, no operator e-mail) gets its own Log row, and so does a failure.
 */
export function sendReminders(ss: Spreadsheet, now: Date, pre: ReadOptions = {}): string {
  let by: string;
  try {
    by = Session.getEffectiveUser().getEmail();
  } catch (error) {
    // Without the Session nothing else would work either: the execution log gets the reason.
    return `Gagal: ${readableMessage(error)}`;
  }
  const spec = { ss, by, action: REMINDER_ACTION, start: now, lockWaitMs: REMINDER_LOCK_WAIT_MS, sheets: pre.sheets };
  const result = loggedRun(spec, (run) => {
    const sheets = pre.sheets ?? sheetsByName(ss);
    const config = pre.config ?? readConfig(sheets).config;
    const off = remindersOff(config);
    if (off) return { value: off, detail: null };
    const read = readWorkbook(ss, { sheets, config });
    run.tabsRead = read.tabsRead;
    const sentLog = readSentReminders();
    const plan = planReminders({
      config: read.config,
      statuses: read.reports.map((r) => ({ unit: r.unit, status: r.meta.status, errors: r.errorCount })),
      today: now,
      timeZone: sheets.timeZone,
      sentLog,
      remainingQuota: MailApp.getRemainingDailyQuota(),
    });
    const url = ss.getUrl();
    let sent = 0;
    try {
      for (const reminder of plan.send) {
        try {
          MailApp.sendEmail({
            to: reminder.to.join(','),
            subject: reminder.subject,
            body: reminder.body.replace(SHEET_LINK_PLACEHOLDER, url),
            name: 'Rekap UPT',
          });
        } catch (error) {
          // Stop at the first refusal (quota, outage): the rest wait for tomorrow, and the Log says why.
          run.log('Gagal', `Pengingat dihentikan saat mengirim ke ${reminder.unit.name}: ${readableMessage(error)}`);
          break;
        }
        sent++;
        sentLog.push({ unitCode: reminder.unit.code, date: plan.date });
        run.log('Berhasil', reminder.logLine);
      }
    } finally {
      if (sent > 0) saveSentReminders(sentLog, plan.date);
    }
    for (const line of plan.logLines) run.log('Gagal', line);
    const value = `Pengingat terkirim: ${formatNumber(sent)}${plan.quotaStop ? ' (dihentikan: kuota e-mail harian)' : ''}.`;
    // Each e-mail has its Log row already.
    return { value, detail: null };
  });
  if (result.kind === 'busy') return 'Proses lain masih berjalan; pengingat hari ini dilewati.';
  return result.kind === 'done' ? result.value : `Gagal: ${result.message}`;
}

/** The daily trigger's work: only from this user's reminder trigger, never from a made-up call. */
export function deadlineReminders(e: unknown): string {
  const ss = scheduledSpreadsheet(e, REMINDER_HANDLER);
  if (!ss) return 'Ditolak: fungsi ini hanya dijalankan oleh pemicu pengingat Rekap UPT.';
  const stoodDown = ownerCheck(ss, Session.getEffectiveUser().getEmail());
  return stoodDown ?? sendReminders(ss, new Date());
}

/**
 * An add-on holds only its hourly consolidation trigger, so that run also sends the day's reminders from
 * REMINDER_HOUR on (the sent log keeps it to once a day per unit), on the workbook the run cleared (null when the
 * trigger was refused or stood down) and with what it read of it. Null when built as a bound script or before the hour.
 */
export function addonReminders(cleared: ScheduledRun['cleared']): string | null {
  if (!BUILT_AS_ADDON || !cleared) return null;
  try {
    const { ss, pre = {} } = cleared;
    // Off by the configuration just read: nothing to lock, read or log.
    const off = pre.config ? remindersOff(pre.config) : null;
    if (off) return off;
    const now = new Date();
    const timeZone = pre.sheets?.timeZone ?? ss.getSpreadsheetTimeZone();
    if (Number(Utilities.formatDate(now, timeZone, 'H')) < REMINDER_HOUR) return null;
    return sendReminders(ss, now, pre);
  } catch (error) {
    // The consolidation has run and logged itself: finding the trigger failing here must not end the run in a raw error.
    return `Pengingat gagal: ${readableMessage(error)}`;
  }
}
