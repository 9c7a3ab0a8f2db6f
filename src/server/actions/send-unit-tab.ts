// "Kirim laporan": an operator marks their unit's tab as sent, only when it has no error and no empty required field.
import { sendRefusal } from '../../core/lifecycle/send-rule';
import type { UnitReport } from '../../core/schema/types';
import { formatPeriod } from '../../core/text/format';
import type { TabCheck } from '../../shared/rpc';
import { type CallContext, preRead } from '../runtime/call-context';
import { loggedRun } from '../runtime/logged-run';
import { requireUnitAccess } from '../runtime/roles';
import { UserError } from '../runtime/user-error';
import { readUnitTab } from '../sheets/workbook';
import { pendingClose } from '../state/checkpoints';
import { rememberEditArea } from '../state/edit-areas';
import { seedStatus, trackChange } from '../state/report-status';
import { figuresFingerprint, noticeChange, type StoredStatus, updateStatus } from '../state/status-store';
import { tabCheck } from '../ui/unit-views';

export const SEND_ACTION = 'Kirim laporan';

/**
 * Marks the tab as sent when sendRefusal allows it; otherwise returns the check unchanged (nothing is sent). The status
 * is merged into the store's current record under the status lock (never the script lock a consolidation holds for
 * minutes), and the send has its Log row.
 */
export function sendUnitTab(ctx: CallContext, unitCode: string, now: Date): TabCheck {
  const unit = requireUnitAccess(ctx.caller, unitCode);
  const { period } = ctx.config;
  const { report } = readUnitTab(ctx.ss, unit, preRead(ctx));
  // A close under way has already opened this tab for the next period: its figures are not this period's to send.
  if (pendingClose(ctx.config) && report.meta.period !== period) {
    throw new UserError(
      `Penutupan periode ${formatPeriod(period)} sedang berlangsung dan tab ${unit.name} sudah dibuka untuk periode ` +
        'berikutnya; kirim laporan setelah penutupan selesai.',
    );
  }
  // Refused (not found, an error, or a required field empty): the check says why, nothing is sent.
  if (sendRefusal(report) !== null) return tabCheck(report, trackChange(report, period, now));
  const spec = {
    ss: ctx.ss,
    by: ctx.caller.email,
    action: SEND_ACTION,
    start: now,
    unlocked: true,
    sheets: ctx.sheets,
    logLater: ctx.caller.role !== 'admin',
  };
  const result = loggedRun(spec, () => {
    const fp = figuresFingerprint(report.values);
    const sent = updateStatus(unit.code, period, (current) => ({
      ...(noticeChange(current ?? seedStatus(report), fp, now) ?? current ?? seedStatus(report)),
      status: 'Dikirim',
      sentAt: now.toISOString(),
      sentBy: ctx.caller.email,
      returnNote: null,
      fingerprint: fp,
      sentFingerprint: fp,
      editedAfterSending: false,
    })) as StoredStatus;
    rememberEditArea(report);
    return { value: sent, detail: `${unit.code}: laporan periode ${formatPeriod(period)} dikirim.` };
  });
  if (result.kind !== 'done') throw new UserError(result.message);
  const sent = result.value;
  const updated: UnitReport = {
    ...report,
    meta: { ...report.meta, status: 'Dikirim', sentAt: sent.sentAt, sentBy: sent.sentBy, returnNote: null },
  };
  return tabCheck(updated, sent);
}
