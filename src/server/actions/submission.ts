// Submission status: an operator checks and sends their tab; the Kanwil returns it with a note.
import type { Issue, UnitConfig, UnitReport } from '../../core/schema/types';
import type { ActionResult, IssueView, TabCheck, UnitStatusView } from '../../shared/rpc';
import { type CallContext, preRead } from '../runtime/call-context';
import { requireAdmin, requireUnitAccess } from '../runtime/roles';
import { UserError } from '../runtime/user-error';
import { appendLog } from '../sheets/log';
import { writeStatusCells } from '../sheets/status-cells';
import { readWorkbook, type WorkbookRead } from '../sheets/workbook';
import { seedStatus } from '../state/report-status';
import {
  figuresFingerprint,
  isChangedAfterSending,
  noticeChange,
  readStatus,
  type StoredStatus,
  writeStatus,
} from '../state/status-store';
import { rememberEditArea } from './on-edit';

export const MAX_NOTE_LENGTH = 1000;

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

/** Reads only the unit's own tab (plus the configuration) and validates it. */
function readUnit(ctx: CallContext, unit: UnitConfig): { read: WorkbookRead; report: UnitReport } {
  const read = readWorkbook(ctx.ss, { ...preRead(ctx), only: [unit.sheetName] });
  const report = read.reports.find((r) => r.unit.code === unit.code);
  if (!report) throw new UserError(`Data UPT ${unit.code} tidak dapat dibaca.`);
  return { read, report };
}

/** Remembers when the figures changed (for "Perubahan terakhir"), returning the stored status now in force. */
function trackChange(unitCode: string, report: UnitReport, now: Date): StoredStatus {
  const stored = readStatus(unitCode) ?? seedStatus(report);
  const changed = noticeChange(stored, figuresFingerprint(report.values), now);
  if (changed) writeStatus(unitCode, changed);
  return changed ?? stored;
}

function tabCheck(report: UnitReport, stored: StoredStatus): TabCheck {
  const unit = unitStatusView(report, stored);
  return {
    unit,
    issues: report.issues.map(issueView),
    // Sending again is allowed once the figures changed after they were sent.
    canSend: report.found && report.errorCount === 0 && (unit.status !== 'Dikirim' || unit.changedAfterSending),
  };
}

export function checkUnit(ctx: CallContext, unitCode: string, now: Date): TabCheck {
  const unit = requireUnitAccess(ctx.caller, unitCode);
  const { report } = readUnit(ctx, unit);
  return tabCheck(report, trackChange(unit.code, report, now));
}

/** Marks the tab as sent when it has no error; otherwise returns the check unchanged (nothing is sent). */
export function sendUnit(ctx: CallContext, unitCode: string, now: Date): TabCheck {
  const unit = requireUnitAccess(ctx.caller, unitCode);
  const { report } = readUnit(ctx, unit);
  const stored = trackChange(unit.code, report, now);
  if (!report.found || report.errorCount > 0) return tabCheck(report, stored);
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

/** The Kanwil returns a sent tab for correction with a note (admins only). */
export function returnUnit(ctx: CallContext, unitCode: string, note: string, now: Date): ActionResult {
  requireAdmin(ctx.caller);
  const unit = requireUnitAccess(ctx.caller, unitCode);
  const text = note.trim();
  if (text === '') throw new UserError('Tuliskan catatan perbaikan untuk UPT sebelum mengembalikan tab.');
  if (text.length > MAX_NOTE_LENGTH) {
    throw new UserError(`Catatan terlalu panjang (${text.length} karakter); batasnya ${MAX_NOTE_LENGTH} karakter.`);
  }
  const { read, report } = readUnit(ctx, unit);
  if (report.meta.status !== 'Dikirim') {
    throw new UserError(
      `Tab ${unit.name} berstatus "${report.meta.status}"; hanya tab berstatus "Dikirim" yang dapat dikembalikan.`,
    );
  }
  const stored = readStatus(unit.code) ?? seedStatus(report);
  const returned: StoredStatus = {
    ...stored,
    status: 'Dikembalikan',
    returnNote: text,
    returnedAt: now.toISOString(),
    returnedBy: ctx.caller.email,
  };
  writeStatus(unit.code, returned);
  const sheet = read.sheets.get(unit.sheetName);
  const grid = read.grids.get(unit.sheetName);
  if (sheet && grid && report.meta.cells) {
    writeStatusCells(
      sheet,
      report.meta.cells,
      { status: 'Dikembalikan', sentAt: returned.sentAt, sentBy: returned.sentBy, returnNote: text },
      grid,
    );
  }
  appendLog(ctx.ss, {
    start: now,
    end: new Date(),
    action: 'Kembalikan tab',
    by: ctx.caller.email,
    outcome: 'Berhasil',
    tabsRead: read.tabsRead,
    detail: `${unit.code}: ${text}`,
  });
  return { ok: true, message: `Tab ${unit.name} dikembalikan ke operator dengan catatan.` };
}
