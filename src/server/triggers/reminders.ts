// Daily deadline reminders: e-mails the operators of units that have not sent, within the mail quota, logged.

import {
  periodDeadline,
  planReminders,
  type ReminderLogEntry,
  SHEET_LINK_PLACEHOLDER,
} from '../../core/lifecycle/reminders';
import { formatNumber } from '../../core/text/format';
import { withScriptLock } from '../runtime/lock';
import { readableMessage } from '../runtime/user-error';
import { appendLog, type Outcome } from '../sheets/log';
import { readConfig, readWorkbook, sheetsByName } from '../sheets/workbook';
import { BUILT_AS_ADDON, REMINDER_HANDLER } from '../ui/menu';
import { REMINDER_HOUR, scheduledSpreadsheet } from './automation';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const REMINDER_ACTION = 'Pengingat batas pengiriman';
/** Document property: the reminders sent today ([{ unitCode, date }]), so a second run the same day sends none again. */
export const SENT_LOG_PROPERTY = 'reminders:sent';
/** The daily job waits longer for the lock than a person would: a busy consolidation must not cost a day's reminders. */
const REMINDER_LOCK_WAIT_MS = 60_000;

function readSentLog(): ReminderLogEntry[] {
  const raw = PropertiesService.getDocumentProperties().getProperty(SENT_LOG_PROPERTY);
  if (!raw) return [];
  try {
    const entries = JSON.parse(raw) as unknown;
    return Array.isArray(entries)
      ? entries.filter(
          (e): e is ReminderLogEntry =>
            typeof e === 'object' && e !== null && typeof e.unitCode === 'string' && typeof e.date === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

/** Keeps only today's entries: planReminders looks at no other day, and the property stays small. */
function writeSentLog(entries: readonly ReminderLogEntry[], today: string): void {
  PropertiesService.getDocumentProperties().setProperty(
    SENT_LOG_PROPERTY,
    JSON.stringify(entries.filter((e) => e.date === today)),
  );
}

/**
 * Plans and sends today's reminders under the script lock; returns the outcome for the execution log. Each
 * reminder sent and each one held back (quota, no operator e-mail) gets its own Log row.
 */
export function sendReminders(ss: Spreadsheet, now: Date): string {
  const by = Session.getEffectiveUser().getEmail();
  const locked = withScriptLock(() => {
    const sheets = sheetsByName(ss);
    const { config } = readConfig(sheets);
    // Off, or no deadline: nothing to send, so no tab is read and no mail quota asked.
    if (!config.remindersOn) return 'Pengingat nonaktif di sheet "Pengaturan".';
    if (periodDeadline(config.period, config.deadlineDay) === null)
      return 'Batas pengiriman belum diisi di sheet "Pengaturan"; tidak ada pengingat.';
    const read = readWorkbook(ss, { sheets, config });
    const sentLog = readSentLog();
    const plan = planReminders({
      config: read.config,
      statuses: read.reports.map((r) => ({ unit: r.unit, status: r.meta.status, errors: r.errorCount })),
      today: now,
      timeZone: ss.getSpreadsheetTimeZone(),
      sentLog,
      remainingQuota: MailApp.getRemainingDailyQuota(),
    });
    const url = ss.getUrl();
    const log = (outcome: Outcome, detail: string) =>
      appendLog(ss, {
        start: now,
        end: new Date(),
        action: REMINDER_ACTION,
        by,
        outcome,
        tabsRead: read.tabsRead,
        detail,
      });
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
          log('Gagal', `Pengingat dihentikan saat mengirim ke ${reminder.unit.name}: ${readableMessage(error)}`);
          break;
        }
        sent++;
        sentLog.push({ unitCode: reminder.unit.code, date: plan.date });
        log('Berhasil', reminder.logLine);
      }
    } finally {
      if (sent > 0) writeSentLog(sentLog, plan.date);
    }
    for (const line of plan.logLines) log('Gagal', line);
    return `Pengingat terkirim: ${formatNumber(sent)}${plan.quotaStop ? ' (dihentikan: kuota e-mail harian)' : ''}.`;
  }, REMINDER_LOCK_WAIT_MS);
  return locked.ran ? locked.value : 'Proses lain masih berjalan; pengingat hari ini dilewati.';
}

/** The daily trigger's work: only from this user's reminder trigger, never from a made-up call. */
export function deadlineReminders(e: unknown): string {
  const ss = scheduledSpreadsheet(e, REMINDER_HANDLER);
  if (!ss) return 'Ditolak: fungsi ini hanya dijalankan oleh pemicu pengingat Rekap UPT.';
  return remindersLogged(ss, new Date());
}

/** sendReminders, with a failure written to the Log instead of thrown: nobody watches a trigger. */
function remindersLogged(ss: Spreadsheet, now: Date): string {
  try {
    return sendReminders(ss, now);
  } catch (error) {
    const message = readableMessage(error);
    try {
      appendLog(ss, {
        start: now,
        end: new Date(),
        action: REMINDER_ACTION,
        by: Session.getEffectiveUser().getEmail(),
        outcome: 'Gagal',
        tabsRead: 0,
        detail: message,
      });
    } catch {
      // The Log itself failed (the same outage): the execution log still has the message.
    }
    return `Gagal: ${message}`;
  }
}

/**
 * An add-on holds only its hourly consolidation trigger, so that run also sends the day's reminders from
 * REMINDER_HOUR on (the sent log keeps it to once a day per unit). Null when built as a bound script, before the
 * hour, or when the call is not from the consolidation trigger.
 */
export function addonReminders(e: unknown): string | null {
  if (!BUILT_AS_ADDON) return null;
  const ss = scheduledSpreadsheet(e);
  const now = new Date();
  if (!ss || Number(Utilities.formatDate(now, ss.getSpreadsheetTimeZone(), 'H')) < REMINDER_HOUR) return null;
  return remindersLogged(ss, now);
}
