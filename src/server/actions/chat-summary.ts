// "Salin ringkasan": the period's plain-text summary for the office chat (the menu shows it in a dialog with a copy
// button, the sidebar copies it).
import { consolidateRegion } from '../../core/consolidation/consolidate';
import { chatSummary as summaryText } from '../../core/report/chat-summary';
import type { ActionResult } from '../../shared/rpc';
import { type CallContext, preRead } from '../runtime/call-context';
import { requireAdmin } from '../runtime/roles';
import { readWorkbook } from '../sheets/workbook';
import { lastReport } from '../state/report-state';

/** The summary of the workbook as it is now, with the last report's link, as the message (admins only). */
export function chatSummary(ctx: CallContext, now: Date): ActionResult {
  requireAdmin(ctx.caller);
  const read = readWorkbook(ctx.ss, preRead(ctx));
  const message = summaryText({
    config: read.config,
    consolidation: consolidateRegion(read.config, read.reports),
    reportUrl: lastReport()?.docUrl ?? null,
    now,
  });
  return { ok: true, message };
}
