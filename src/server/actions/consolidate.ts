// "Rekap sekarang" (and the hourly "Rekap terjadwal"): reads every unit tab, consolidates the region and replaces
// the summary sheets as a whole, under the lock and logged.
import { basisLine } from '../../core/consolidation/basis';
import { type Consolidation, consolidateRegion } from '../../core/consolidation/consolidate';
import { summarySheets } from '../../core/summary/summary-sheets';
import { formatArea, formatNumber, formatPeriod } from '../../core/text/format';
import type { ActionResult } from '../../shared/rpc';
import { bestEffort } from '../runtime/best-effort';
import { type CallContext, preRead } from '../runtime/call-context';
import { adminRun, loggedRun, type Run, type RunDone, type RunResult, type RunSpec } from '../runtime/logged-run';
import { UserError } from '../runtime/user-error';
import { writeStatusCells } from '../sheets/status-cells';
import { type ReadOptions, readWorkbook, type WorkbookRead } from '../sheets/workbook';
import { writeSummaries } from '../sheets/write-sheet';
import { recordLastRun } from '../state/automation-state';
import { seedStatus } from '../state/report-status';
import {
  figuresFingerprint,
  isChangedAfterSending,
  noticeChange,
  type StoredStatus,
  writeStatuses,
} from '../state/status-store';
import { pendingClose } from './close-period';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const CONSOLIDATE_ACTION = 'Rekap sekarang';
export const SCHEDULED_CONSOLIDATE_ACTION = 'Rekap terjadwal';

/** What the Status sheet shows about changes: unit code → last change (ISO), and the sent tabs edited since. */
export interface ChangeTracking {
  readonly lastChanges: Record<string, string>;
  readonly changedAfterSending: string[];
}

/** Records which units' figures changed since the last run, in one property write. */
export function trackChanges(read: WorkbookRead, now: Date): ChangeTracking {
  const updates = new Map<string, StoredStatus>();
  for (const report of read.reports) {
    if (!report.found) continue;
    const stored = read.stored.get(report.unit.code) ?? seedStatus(report);
    const changed = noticeChange(stored, figuresFingerprint(report.values), now);
    if (changed) updates.set(report.unit.code, changed);
  }
  writeStatuses(updates);
  const lastChanges: Record<string, string> = {};
  const changedAfterSending: string[] = [];
  for (const report of read.reports) {
    const code = report.unit.code;
    const stored = updates.get(code) ?? read.stored.get(code) ?? null;
    if (stored?.lastChange) lastChanges[code] = stored.lastChange;
    if (report.meta.status === 'Dikirim' && isChangedAfterSending(stored, figuresFingerprint(report.values)))
      changedAfterSending.push(code);
  }
  return { lastChanges, changedAfterSending };
}

/** Shows each unit's stored status on its tab's protected status cells (only where it differs). */
export function showStatusOnTabs(read: WorkbookRead): number {
  let written = 0;
  for (const report of read.reports) {
    const sheet = read.sheets.get(report.sheetName);
    const grid = read.grids.get(report.sheetName);
    if (!report.found || !sheet || !grid || !report.meta.cells) continue;
    if (writeStatusCells(sheet, report.meta.cells, report.meta, grid)) written++;
  }
  return written;
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
  const closing = pendingClose(read.config);
  // Some tabs may already be on the next period: a summary now would mix two periods.
  if (closing) throw new UserError(closingMessage(read.config.period, closing.cleared, closing.total));
  const now = new Date();
  const changes = trackChanges(read, now);
  const region = consolidateRegion(read.config, read.reports);
  const summaries = summarySheets(region, now, changes);
  writeSummaries(read.sheets, summaries, read.config.admins);
  // The summaries are written: a failure showing statuses on tabs must not fail the run.
  bestEffort(() => showStatusOnTabs(read));
  const message = consolidationMessage(region);
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

/** The hourly trigger's consolidation as `by` (the admin who switched automation on): everything read afresh. */
export function consolidateOnSchedule(ss: Spreadsheet, by: string): RunResult<ActionResult> {
  return loggedRun({ ss, by, action: SCHEDULED_CONSOLIDATE_ACTION, remember }, (run) => consolidationWork(ss, run));
}
