// What each menu item does in the Sheet's UI: toasts for progress, an alert or dialog with the result in Bahasa Indonesia.

import { CONFIG_SHEET } from '../../core/config/sheet-names';
import { formatNumber, formatPeriod } from '../../core/text/format';
import { automationAction, consolidateAction, validateAllAction } from '../actions/admin-actions';
import { automationView } from '../actions/automation';
import { closePeriodRun, pendingClose, unitsNotValid } from '../actions/close-period';
import { resumeNote } from '../actions/resume-scheduled';
import { createConfigSheet, setupMessage, setupTabs } from '../actions/setup-tabs';
import { unitStatusView } from '../actions/submission';
import { generateReportRun } from '../report/generate-report';
import { type CallContext, callContext, preRead } from '../runtime/call-context';
import { requireScriptLock } from '../runtime/lock';
import { withRetry } from '../runtime/retry';
import { callerEmail, requireAdmin, roleOf } from '../runtime/roles';
import { readableMessage, UserError } from '../runtime/user-error';
import { appendLog } from '../sheets/log';
import { readConfig, readWorkbook, sheetsByName } from '../sheets/workbook';
import { TimeBudget } from '../state/checkpoint';

export const DIALOG_TITLE = 'Rekap UPT';

type Ui = GoogleAppsScript.Base.Ui;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A courtesy note: a failing toast never fails the action. */
function toast(ctx: { ss: GoogleAppsScript.Spreadsheet.Spreadsheet }, message: string): void {
  try {
    ctx.ss.toast(message, DIALOG_TITLE, 5);
  } catch {
    // The alert at the end says what happened.
  }
}

/**
 * Runs a menu action: its message, or any failure as a readable message, in an alert. With `action`, a failure
 * outside the action's own logged run (opening the Ui, reading the caller's context) is logged under that name.
 */
function runMenu(work: (ui: Ui) => string | null, action?: string): void {
  const start = new Date();
  let message: string | null;
  try {
    message = work(withRetry(() => SpreadsheetApp.getUi()));
  } catch (error) {
    message = readableMessage(error);
    if (action && !(error instanceof Error && error.name === 'UserError')) logFailure(action, start, message);
  }
  if (message) showMessage(message);
}

function logFailure(action: string, start: Date, detail: string): void {
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    appendLog(ss, { start, end: new Date(), action, by: '', outcome: 'Gagal', tabsRead: 0, detail });
  } catch {
    // The same outage: the alert still says what happened.
  }
}

/** An alert; when the dialog service fails, a toast, then the execution log: never a raw error for the user. */
function showMessage(message: string): void {
  try {
    const ui = SpreadsheetApp.getUi();
    ui.alert(DIALOG_TITLE, message, ui.ButtonSet.OK);
  } catch {
    try {
      SpreadsheetApp.getActiveSpreadsheet().toast(message, DIALOG_TITLE, 30);
    } catch {
      console.error(message);
    }
  }
}

function adminContext(): CallContext {
  const ctx = callContext();
  requireAdmin(ctx.caller);
  return ctx;
}

export function setupUnitTabsMenu(): void {
  runMenu(() => {
    const began = Date.now();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const email = callerEmail();
    const sheets = sheetsByName(ss);
    if (!sheets.has(CONFIG_SHEET)) {
      createConfigSheet(ss, email);
      return `Sheet "${CONFIG_SHEET}" sudah dibuat. Isi periode aktif, daftar UPT beserta e-mail operatornya, dan e-mail admin; lalu jalankan menu ini sekali lagi.`;
    }
    const { config } = readConfig(sheets);
    const caller = roleOf(config, email);
    requireAdmin(caller);
    // Set up would put this period back on tabs an unfinished close already opened for the next one.
    if (pendingClose(config)) {
      throw new UserError(
        `Penutupan periode ${formatPeriod(config.period)} belum selesai; jalankan "Tutup periode" lagi sampai selesai, lalu siapkan tab UPT.`,
      );
    }
    const start = new Date();
    ss.toast(`Menyiapkan ${config.units.length} tab UPT…`, DIALOG_TITLE, 10);
    const outcome = requireScriptLock(() => setupTabs(ss, sheets, config, start, new TimeBudget(began)));
    const message = setupMessage(formatPeriod(config.period), outcome) + (outcome.paused ? resumeNote() : '');
    appendLog(ss, {
      start,
      end: new Date(),
      action: 'Siapkan tab UPT',
      by: caller.email,
      outcome: outcome.paused ? 'Dilanjutkan' : 'Berhasil',
      tabsRead: outcome.updated.length + outcome.restored.length,
      detail: message,
    });
    return message;
  });
}

export function validateAllMenu(): void {
  runMenu(() => {
    const ctx = adminContext();
    toast(ctx, 'Memvalidasi semua tab UPT…');
    return validateAllAction(ctx).message;
  });
}

export function consolidateNowMenu(): void {
  runMenu(() => {
    const ctx = adminContext();
    toast(ctx, 'Membaca dan merekap semua tab UPT…');
    const result = consolidateAction(ctx);
    if (result.ok) toast(ctx, 'Rekap selesai.');
    return result.message;
  }, 'Rekap sekarang');
}

export function generateReportMenu(): void {
  runMenu((ui) => {
    const ctx = adminContext();
    toast(ctx, 'Menyusun laporan…');
    const result = generateReportRun(ctx.ss, ctx.caller.email, preRead(ctx));
    if (!result.ok || !result.docUrl) return result.message;
    const pdf = result.pdfUrl ? ` · <a href="${escapeHtml(result.pdfUrl)}" target="_blank">PDF</a>` : '';
    try {
      const html = HtmlService.createHtmlOutput(
        `<p style="font-family:Arial,sans-serif">${escapeHtml(result.message)}</p>` +
          `<p style="font-family:Arial,sans-serif"><a href="${escapeHtml(result.docUrl)}" target="_blank">Buka laporan</a>${pdf}</p>`,
      )
        .setWidth(420)
        .setHeight(160);
      ui.showModalDialog(html, DIALOG_TITLE);
      return null;
    } catch {
      // The report is made and logged: without the dialog, the link goes into the alert.
      return `${result.message} Tautan: ${result.docUrl}`;
    }
  }, 'Buat laporan');
}

export function showSubmissionStatusMenu(): void {
  runMenu((ui) => {
    const ctx = adminContext();
    const read = readWorkbook(ctx.ss, preRead(ctx));
    const rows = read.reports
      .map((r) => unitStatusView(r, read.stored.get(r.unit.code) ?? null))
      .map(
        (u) =>
          `<tr><td>${escapeHtml(u.name)}</td><td>${escapeHtml(u.status)}${u.changedAfterSending ? ' (diubah setelah dikirim)' : ''}</td>` +
          `<td style="text-align:right">${u.errors}</td><td style="text-align:right">${u.warnings}</td></tr>`,
      )
      .join('');
    const html = HtmlService.createHtmlOutput(
      `<table style="font-family:Arial,sans-serif;font-size:12px;border-collapse:collapse" cellpadding="4">` +
        `<tr><th align="left">UPT</th><th align="left">Status</th><th>Kesalahan</th><th>Peringatan</th></tr>${rows}</table>`,
    )
      .setWidth(560)
      .setHeight(520);
    ui.showModalDialog(html, `Status pengiriman — ${formatPeriod(ctx.config.period)}`);
    return null;
  });
}

export function toggleAutomationMenu(): void {
  runMenu(() => {
    const ctx = adminContext();
    const view = automationAction(ctx, !automationView().on);
    return view.on
      ? `Otomatisasi aktif: rekap berjalan otomatis setiap ${view.everyHours} jam dan tercatat di sheet "Log".`
      : 'Otomatisasi nonaktif: rekap hanya berjalan bila dijalankan dari menu atau panel.';
  });
}

export function closePeriodMenu(): void {
  runMenu((ui) => {
    // The 6-minute limit counts from the execution's start, the time the admin spends on the confirmation included.
    const began = Date.now();
    const ctx = adminContext();
    const period = formatPeriod(ctx.config.period);
    const pending = pendingClose(ctx.config);
    // A resumed close: the tabs already opened for the next period would read as invalid for this one.
    const notValid = pending ? [] : unitsNotValid(readWorkbook(ctx.ss, preRead(ctx)));
    const warning =
      notValid.length > 0
        ? `${notValid.length} UPT masih memiliki kesalahan atau tabnya tidak ada: ${notValid.join(', ')}.\n\n`
        : '';
    const question = pending
      ? `Penutupan periode ${period} belum selesai: semua angka sudah disimpan di sheet "Arsip" dan ` +
        `${formatNumber(pending.cleared)} dari ${formatNumber(pending.total)} tab UPT sudah dibuka untuk periode berikutnya. ` +
        'Lanjutkan penutupan?'
      : `${warning}Tutup periode ${period}? Semua angka disimpan di sheet "Arsip", lalu tab UPT dikosongkan untuk periode berikutnya.`;
    const answer = ui.alert('Tutup periode', question, ui.ButtonSet.YES_NO);
    if (answer !== ui.Button.YES) return 'Tutup periode dibatalkan; tidak ada yang diubah.';
    toast(ctx, 'Mengarsipkan angka periode ini…');
    const start = new Date();
    const outcome = requireScriptLock(() => {
      const read = readWorkbook(ctx.ss);
      if (read.config.period !== ctx.config.period) {
        throw new UserError('Periode aktif berubah selama konfirmasi; jalankan Tutup periode sekali lagi.');
      }
      const closed = closePeriodRun(read, start, new TimeBudget(began));
      appendLog(ctx.ss, {
        start,
        end: new Date(),
        action: 'Tutup periode',
        by: ctx.caller.email,
        outcome: closed.paused ? 'Dilanjutkan' : 'Berhasil',
        tabsRead: read.tabsRead,
        detail: closed.message,
      });
      return closed.paused ? { ...closed, message: closed.message + resumeNote() } : closed;
    });
    return outcome.message;
  });
}
