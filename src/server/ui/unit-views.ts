// What the sidebar and the dialogs show of a unit: its status, its issues, and whether it may be sent.
import { sendRefusal } from '../../core/lifecycle/send-rule';
import type { Issue, UnitReport } from '../../core/schema/types';
import type { IssueView, TabCheck, UnitStatusView } from '../../shared/rpc';
import type { WorkbookRead } from '../sheets/workbook';
import { figuresFingerprint, isChangedAfterSending, type StoredStatus } from '../state/status-store';

export function issueView(i: Issue): IssueView {
  return { sheet: i.sheet, cell: i.cell, severity: i.severity, code: i.code, message: i.message, hint: i.hint ?? null };
}

/** What the panel shows for one unit; `stored` decides whether the tab changed after it was sent. */
export function unitStatusView(report: UnitReport, stored: StoredStatus | null): UnitStatusView {
  const current = figuresFingerprint(report.values);
  return {
    code: report.unit.code,
    name: report.unit.name,
    sheetName: report.sheetName,
    status: report.meta.status,
    errors: report.errorCount,
    warnings: report.warningCount,
    sentAt: report.meta.sentAt,
    sentBy: report.meta.sentBy,
    lastChange: stored?.lastChange ?? null,
    returnNote: report.meta.returnNote,
    changedAfterSending: report.meta.status === 'Dikirim' && isChangedAfterSending(stored, current),
  };
}

/** Every unit read, as the panel and the status dialog list them. */
export function unitStatusViews(read: WorkbookRead): UnitStatusView[] {
  return read.reports.map((r) => unitStatusView(r, read.stored.get(r.unit.code) ?? null));
}

/** The result of checking a unit's tab: its status, every issue, and whether the send button is offered. */
export function tabCheck(report: UnitReport, stored: StoredStatus): TabCheck {
  const unit = unitStatusView(report, stored);
  const refusal = sendRefusal(report);
  return {
    unit,
    issues: report.issues.map(issueView),
    // Sending again is allowed once the figures changed after they were sent.
    canSend: refusal === null && (unit.status !== 'Dikirim' || unit.changedAfterSending),
    sendRefusal: refusal,
  };
}
