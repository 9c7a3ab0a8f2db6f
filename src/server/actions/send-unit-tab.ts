// "Kirim laporan": an operator marks their unit's tab as sent, only when it has no error and no empty required field.
import { sendRefusal } from '../../core/lifecycle/send-rule';
import type { UnitReport } from '../../core/schema/types';
import type { TabCheck } from '../../shared/rpc';
import { type CallContext, preRead } from '../runtime/call-context';
import { requireUnitAccess } from '../runtime/roles';
import { readUnitTab } from '../sheets/workbook';
import { rememberEditArea } from '../state/edit-areas';
import { trackChange } from '../state/report-status';
import { figuresFingerprint, type StoredStatus, writeStatus } from '../state/status-store';
import { tabCheck } from '../ui/unit-views';

/** Marks the tab as sent when it has no error; otherwise returns the check unchanged (nothing is sent). */
export function sendUnitTab(ctx: CallContext, unitCode: string, now: Date): TabCheck {
  const unit = requireUnitAccess(ctx.caller, unitCode);
  const { report } = readUnitTab(ctx.ss, unit, preRead(ctx));
  const stored = trackChange(report, now);
  // Refused (not found, an error, or a required field empty): the check says why, nothing is sent.
  if (sendRefusal(report) !== null) return tabCheck(report, stored);
  const fp = figuresFingerprint(report.values);
  const sent: StoredStatus = {
    ...stored,
    status: 'Dikirim',
    sentAt: now.toISOString(),
    sentBy: ctx.caller.email,
    returnNote: null,
    fingerprint: fp,
    sentFingerprint: fp,
    editedAfterSending: false,
  };
  writeStatus(unit.code, sent);
  rememberEditArea(report);
  const updated: UnitReport = {
    ...report,
    meta: { ...report.meta, status: 'Dikirim', sentAt: sent.sentAt, sentBy: sent.sentBy, returnNote: null },
  };
  return tabCheck(updated, sent);
}
