// The Kanwil's actions, shared by the menu and the sidebar: each checks the role, takes the lock and logs the run.
import { formatNumber } from '../../core/text/format';
import type { ActionResult, AutomationView } from '../../shared/rpc';
import { type CallContext, preRead } from '../runtime/call-context';
import { BUSY_MESSAGE, withScriptLock } from '../runtime/lock';
import { requireAdmin } from '../runtime/roles';
import { appendLog } from '../sheets/log';
import { readWorkbook } from '../sheets/workbook';
import { scheduleHours, setAutomationState } from './automation';
import { runConsolidation } from './run-consolidation';
import { writeValidation } from './validate-all';

export function validateAllAction(ctx: CallContext): ActionResult {
  requireAdmin(ctx.caller);
  const start = new Date();
  const locked = withScriptLock(() => {
    const read = readWorkbook(ctx.ss, preRead(ctx));
    const summary = writeValidation(read, new Date(), ctx.ss.getSpreadsheetTimeZone());
    const message =
      `Validasi selesai: ${formatNumber(summary.errors)} kesalahan dan ${formatNumber(summary.warnings)} peringatan` +
      ` (${formatNumber(summary.unitsWithErrors)} UPT dengan kesalahan). Rinciannya ada di sheet "Validasi".`;
    appendLog(ctx.ss, {
      start,
      end: new Date(),
      action: 'Validasi semua UPT',
      by: ctx.caller.email,
      outcome: 'Berhasil',
      tabsRead: read.tabsRead,
      detail: message,
    });
    return message;
  });
  if (!locked.ran) return { ok: false, message: BUSY_MESSAGE };
  return { ok: true, message: locked.value };
}

export function consolidateAction(ctx: CallContext): ActionResult {
  requireAdmin(ctx.caller);
  const outcome = runConsolidation({ ss: ctx.ss, by: ctx.caller.email, action: 'Rekap sekarang', pre: preRead(ctx) });
  if (outcome.kind === 'busy') return { ok: false, message: BUSY_MESSAGE };
  if (outcome.kind === 'failed')
    return { ok: false, message: `Rekap gagal; rekap sebelumnya tetap utuh. ${outcome.message}` };
  // Not finished yet: the person is told it continues, not that the summary is done.
  if (outcome.kind === 'paused') return { ok: false, message: outcome.message };
  return { ok: true, message: outcome.message };
}

export function automationAction(ctx: CallContext, on: boolean): AutomationView {
  requireAdmin(ctx.caller);
  return setAutomationState(ctx.ss, on, scheduleHours(ctx.config));
}

/** The sidebar's "Salin ringkasan" lives with the menu's dialog, so both show the same text. */
export { chatSummaryAction } from './chat-summary';
