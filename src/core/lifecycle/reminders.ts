// Deadline reminder planner: which units' operators get an e-mail today, within the daily mail quota.

import type { Config, UnitConfig } from '../schema/types';
import type { SubmissionStatus } from '../schema/vocabulary';
import { formatNumber, formatPeriod, isoDateIn, isPeriod, MONTHS_ID, nextPeriod } from '../text/format';

/** The server replaces this text in a reminder's body with the spreadsheet's URL (the server knows the URL; the core does not). */
export const SHEET_LINK_PLACEHOLDER = '{{LINK_SHEET}}';

export interface ReminderStatus {
  readonly unit: UnitConfig;
  readonly status: SubmissionStatus;
  /** Open errors on the unit's tab. */
  readonly errors: number;
}

/** One reminder already sent: the unit and the day (YYYY-MM-DD, in the run's time zone). */
export interface ReminderLogEntry {
  readonly unitCode: string;
  readonly date: string;
}

export interface ReminderPlanInput {
  readonly config: Config;
  readonly statuses: readonly ReminderStatus[];
  /** The run time. */
  readonly today: Date;
  /** Default Asia/Jakarta. */
  readonly timeZone?: string;
  readonly sentLog: readonly ReminderLogEntry[];
  /** Recipients the account may still e-mail today (the server passes the mail service's remaining daily quota). */
  readonly remainingQuota: number;
}

export interface PlannedReminder {
  readonly unit: UnitConfig;
  readonly to: string[];
  readonly subject: string;
  /** Plain text; contains SHEET_LINK_PLACEHOLDER once. */
  readonly body: string;
  /** The Log line to write once this e-mail has actually gone out. */
  readonly logLine: string;
}

export interface ReminderPlan {
  readonly send: PlannedReminder[];
  readonly skipped: { unitCode: string; reason: string }[];
  /** True when the quota stopped the plan before every due reminder was planned. */
  readonly quotaStop: boolean;
  /** Bahasa Indonesia Log lines about reminders NOT sent (no operator e-mail, quota); sent ones carry their own. */
  readonly logLines: string[];
  /** The run's day (YYYY-MM-DD in the time zone): what the server records in the sent log for each reminder. */
  readonly date: string;
}

const DAY_MS = 86_400_000;

/** "2026-03-05" → day number since the epoch, for whole-day differences without time-zone drift. */
function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** "2026-03-05" → "5 Maret 2026". */
function isoToText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS_ID[m - 1]} ${y}`;
}

/**
 * The deadline of a period: `deadlineDay` of the month AFTER the period, since a monthly report covers the whole
 * month and is due early in the next one (period 2026-02, day 5 → 2026-03-05). A day past the month's end is its
 * last day. Null when there is no deadline or the period is not YYYY-MM.
 */
export function periodDeadline(period: string, deadlineDay: number | null): string | null {
  if (deadlineDay === null || !Number.isInteger(deadlineDay) || deadlineDay < 1 || !isPeriod(period)) return null;
  const due = nextPeriod(period);
  const [y, m] = due.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${due}-${String(Math.min(deadlineDay, lastDay)).padStart(2, '0')}`;
}

/** A count from configuration or the mail quota as a whole number ≥ 0; NaN or negative → 0, so a bad value never widens anything. */
function wholeOrZero(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/** "3 hari lagi", "besok", "hari ini". */
export function daysLeftText(days: number): string {
  if (days === 0) return 'hari ini';
  if (days === 1) return 'besok';
  return `${formatNumber(days)} hari lagi`;
}

/** One line, no control characters: unit names go into a mail subject. */
function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

function recipientsOf(unit: UnitConfig): string[] {
  const seen = new Set<string>();
  for (const address of unit.operators) {
    const clean = address.trim().toLowerCase();
    if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(clean)) seen.add(clean);
  }
  return [...seen];
}

function reminderText(
  config: Config,
  entry: ReminderStatus,
  deadline: string,
  days: number,
): { subject: string; body: string } {
  const name = oneLine(entry.unit.name);
  const period = formatPeriod(config.period);
  const due = isoToText(deadline);
  const left = daysLeftText(days);
  const errors =
    entry.errors > 0
      ? `Masih ada ${formatNumber(entry.errors)} kesalahan yang perlu diperbaiki di tab "${oneLine(entry.unit.sheetName)}"; buka sidebar Rekap UPT lalu klik "Periksa tab saya" untuk melihat selnya.`
      : `Tidak ada kesalahan yang tercatat di tab "${oneLine(entry.unit.sheetName)}".`;
  const subject = `Pengingat laporan ${period}: ${name} — batas ${due} (${left})`;
  const body = [
    `Yth. Operator ${name},`,
    '',
    entry.status === 'Dikembalikan'
      ? `Laporan periode ${period} untuk ${name} dikembalikan untuk perbaikan dan belum dikirim ulang.`
      : `Laporan periode ${period} untuk ${name} belum dikirim (status: ${entry.status}).`,
    `Batas waktu pengiriman: ${due} (${left}).`,
    errors,
    '',
    `Buka Sheet: ${SHEET_LINK_PLACEHOLDER}`,
    'Setelah data lengkap dan benar, klik "Kirim laporan" di sidebar Rekap UPT.',
    '',
    `Pesan ini dikirim otomatis oleh Rekap UPT ${oneLine(config.office)}.`,
  ].join('\n');
  return { subject, body };
}

/**
 * Plans today's reminders: units not sent ('Dikirim'), from `reminderDaysBefore` days before the deadline up to the
 * deadline day itself, once a day per unit. Recipients count against the quota; the plan stops before exceeding it.
 */
export function planReminders(input: ReminderPlanInput): ReminderPlan {
  const { config } = input;
  const date = isoDateIn(input.today, input.timeZone ?? 'Asia/Jakarta');
  const plan: ReminderPlan = { send: [], skipped: [], quotaStop: false, logLines: [], date };
  const deadline = periodDeadline(config.period, config.deadlineDay);
  if (!config.remindersOn || deadline === null) return plan;
  const days = dayNumber(deadline) - dayNumber(date);
  const window = wholeOrZero(config.reminderDaysBefore);
  if (days < 0 || days > window) return plan;

  const sentToday = new Set(input.sentLog.filter((e) => e.date === date).map((e) => e.unitCode));
  const seen = new Set<string>();
  let quota = wholeOrZero(input.remainingQuota);
  /** Units left without a reminder once the quota stopped the plan. */
  const stoppedAt: string[] = [];
  let quotaLine = '';
  for (const entry of input.statuses) {
    const code = entry.unit.code;
    if (entry.status === 'Dikirim' || seen.has(code)) continue;
    seen.add(code);
    if (sentToday.has(code)) {
      plan.skipped.push({ unitCode: code, reason: 'Pengingat sudah dikirim hari ini.' });
      continue;
    }
    const to = recipientsOf(entry.unit);
    if (to.length === 0) {
      plan.skipped.push({ unitCode: code, reason: 'Tidak ada e-mail operator yang valid di sheet "Pengaturan".' });
      plan.logLines.push(`Pengingat untuk ${oneLine(entry.unit.name)} tidak dikirim: e-mail operator belum diisi.`);
      continue;
    }
    // Once a unit does not fit, the plan stops: later (maybe smaller) units wait for tomorrow's quota too.
    if (stoppedAt.length > 0 || to.length > quota) {
      if (stoppedAt.length === 0)
        quotaLine =
          `Pengingat dihentikan: sisa kuota e-mail hari ini ${formatNumber(quota)} penerima, ` +
          `${oneLine(entry.unit.name)} butuh ${formatNumber(to.length)}`;
      stoppedAt.push(code);
      plan.skipped.push({ unitCode: code, reason: 'Kuota e-mail harian tidak cukup.' });
      continue;
    }
    quota -= to.length;
    const logLine =
      `Pengingat dikirim ke ${oneLine(entry.unit.name)} (${to.join(', ')}): batas ${isoToText(deadline)}, ` +
      `${daysLeftText(days)}, ${formatNumber(entry.errors)} kesalahan.`;
    plan.send.push({ unit: entry.unit, to, ...reminderText(config, entry, deadline, days), logLine });
  }
  if (stoppedAt.length === 0) return plan;
  plan.logLines.push(`${quotaLine}; ${formatNumber(stoppedAt.length)} UPT belum diingatkan.`);
  return { ...plan, quotaStop: true };
}
