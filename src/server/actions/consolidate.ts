// "Rekap sekarang" (and the hourly "Rekap terjadwal"): reads every unit tab, consolidates the region and replaces
// the summary sheets as a whole, under the lock and logged.
import { basisLine } from '../../core/consolidation/basis';
import { type Consolidation, consolidateRegion } from '../../core/consolidation/consolidate';
import type { UnitReport } from '../../core/schema/types';
import { summarySheets } from '../../core/summary/summary-sheets';
import { formatArea, formatNumber, formatPeriod } from '../../core/text/format';
import type { ActionResult } from '../../shared/rpc';
import { type CallContext, preRead } from '../runtime/call-context';
import { adminRun, loggedRun, type Run, type RunDone, type RunResult, type RunSpec } from '../runtime/logged-run';
import { UserError } from '../runtime/user-error';
import { statusCellRequests } from '../sheets/status-cells';
import { type ReadOptions, readWorkbook, type WorkbookRead } from '../sheets/workbook';
import { writeSummaries } from '../sheets/write-sheet';
import { recordLastRun } from '../state/automation-state';
import { feedbackAddresses } from '../state/feedback-docs';
import { applyStoredStatus, seedStatus } from '../state/report-status';
import {
  figuresFingerprint,
  isChangedAfterSending,
  noticeChange,
  readStatuses,
  type StoredStatus,
  updateStatuses,
} from '../state/status-store';
import { closeUnderWay } from './close-period';
import { followAdmins } from './follow-admins';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

export const CONSOLIDATE_ACTION = 'Rekap sekarang';
export const SCHEDULED_CONSOLIDATE_ACTION = 'Rekap terjadwal';

/** What the Status sheet shows about changes: unit code → last change (ISO), and the sent tabs edited since. */
export interface ChangeTracking {
  readonly lastChanges: Record<string, string>;
  readonly changedAfterSending: string[];
}

/**
 * Records which units' figures changed since the last run, merged into the statuses as they are now (one locked
 * read and write), so a send or a return made while this run was reading is kept. When no figure changed against
 * the statuses the run read, nothing is written and no lock is taken (a send meanwhile records its own fingerprint).
 */
export function trackChanges(read: WorkbookRead, now: Date): ChangeTracking {
  const found = new Map(read.reports.filter((r) => r.found).map((r) => [r.unit.code, r]));
  const fresh = new Map<string, StoredStatus>();
  /** The unit's status with its figures' change noticed (null: they did not change); `fresh` keeps either. */
  const track = (code: string, current: StoredStatus | null): StoredStatus | null => {
    const report = found.get(code) as UnitReport;
    const seen = current ?? seedStatus(report);
    const changed = noticeChange(seen, figuresFingerprint(report.values), now);
    fresh.set(code, changed ?? seen);
    return changed;
  };
  const codes = [...found.keys()];
  const anyChanged = codes.map((code) => track(code, read.stored.get(code) ?? null)).some((c) => c !== null);
  if (anyChanged) updateStatuses(read.config.period, codes, track);
  const lastChanges: Record<string, string> = {};
  const changedAfterSending: string[] = [];
  for (const report of read.reports) {
    const code = report.unit.code;
    const stored = fresh.get(code) ?? null;
    if (stored?.lastChange) lastChanges[code] = stored.lastChange;
    if (stored?.status === 'Dikirim' && isChangedAfterSending(stored, figuresFingerprint(report.values)))
      changedAfterSending.push(code);
  }
  return { lastChanges, changedAfterSending };
}

/**
 * The requests that show each unit's stored status, as the run last read or wrote it, on its tab's protected status
 * cells (where it differs from what the tab shows).
 */
function statusOnTabs(read: WorkbookRead): Request[] {
  const stored = readStatuses(read.config.period);
  return read.reports.flatMap((report) => {
    const sheetId = read.sheets.idOf(report.sheetName);
    const grid = read.grids.get(report.sheetName);
    if (!report.found || sheetId === null || !grid || !report.meta.cells) return [];
    const now = applyStoredStatus(report, stored.get(report.unit.code) ?? null);
    return statusCellRequests(sheetId, report.meta.cells, now.meta, grid);
  });
}

/** The one-line result in Bahasa Indonesia, e.g. "18 UPT dibaca; ketahanan pangan 107 WBP, 102.772 m²; …". */
export function consolidationMessage(c: Consolidation): string {
  const s = c.status;
  return (
    `Rekap periode ${formatPeriod(c.period)} selesai: ${c.unitCount} UPT, ${s.counts.Dikirim} dikirim; ` +
    `ketahanan pangan ${formatNumber(c.pangan.wbpTerlibat.value)} WBP pada lahan ${formatArea(c.pangan.luasLahan.value)}. ` +
    basisLine(c.basis, c.unitCount)
  );
}

/** Why a consolidation waits while a period close is unfinished. */
export function closingMessage(period: string, cleared: number, total: number): string {
  return (
    `Penutupan periode ${formatPeriod(period)} belum selesai (${formatNumber(cleared)} dari ${formatNumber(total)} tab ` +
    'sudah dibuka untuk periode berikutnya). Jalankan "Tutup periode" lagi untuk menyelesaikannya, lalu rekap.'
  );
}

/** Every consolidation is remembered for the panel's automation view, whatever its outcome. */
const remember: RunSpec<ActionResult>['remember'] = (outcome, end) => recordLastRun(end, outcome);

/**
 * Reads, consolidates and replaces the summaries in place, each in one atomic Sheets API batch (writeSummaries): a
 * failure leaves the previous summaries whole, their sheet ids and links unchanged.
 */
function consolidationWork(ss: Spreadsheet, run: Run, pre?: ReadOptions): RunDone<ActionResult> {
  const read = readWorkbook(ss, pre);
  run.tabsRead = read.tabsRead;
  followAdmins(ss, read.config);
  const closing = closeUnderWay(read);
  // Some tabs may already be on the next period: a summary now would mix two periods.
  if (closing) throw new UserError(closingMessage(read.config.period, closing.cleared, closing.total));
  const now = new Date();
  const changes = trackChanges(read, now);
  const region = consolidateRegion(read.config, read.reports);
  // Per-unit feedback on: each unit's row links the feedback Doc it got for this period.
  const feedbackLinks = read.config.unitFeedback ? feedbackAddresses(read.config.period) : null;
  const summaries = summarySheets(region, now, { ...changes, feedbackLinks });
  const message = consolidationMessage(region);
  // The statuses on the tabs and the run's Log row travel with the summaries: one atomic batch.
  writeSummaries(read.sheets, summaries, read.config.admins, [...statusOnTabs(read), ...run.successRow(message)]);
  return { value: { ok: true, message }, detail: message };
}

/** "Rekap sekarang" from the menu or the sidebar (admins only). A failure leaves the previous summaries in place. */
export function consolidate(ctx: CallContext): ActionResult {
  const result = adminRun(ctx, { action: CONSOLIDATE_ACTION, remember }, (run) =>
    consolidationWork(ctx.ss, run, preRead(ctx)),
  );
  if (result.kind === 'done') return result.value;
  if (result.kind === 'failed')
    return { ok: false, message: `Rekap gagal; rekap sebelumnya tetap utuh. ${result.message}` };
  return { ok: false, message: result.message };
}

/**
 * The hourly trigger's consolidation as `by` (the admin who switched automation on); `pre`: the sheets and
 * configuration the trigger read for its checks, reused as a menu click's are (the tabs are read under the lock).
 */
export function consolidateOnSchedule(ss: Spreadsheet, by: string, pre?: ReadOptions): RunResult<ActionResult> {
  return loggedRun({ ss, by, action: SCHEDULED_CONSOLIDATE_ACTION, remember, sheets: pre?.sheets }, (run) =>
    consolidationWork(ss, run, pre),
  );
}
