// "Rekap sekarang": consolidates every unit and replaces the summary sheets only once every new one is complete.
import { type Consolidation, consolidateRegion } from '../../core/consolidation/consolidate';
import { type SummarySheet, summarySheets } from '../../core/consolidation/summary-sheets';
import { withRetry } from '../runtime/retry';
import { writeStatusCells } from '../sheets/status-cells';
import { DRAFT_SUFFIX, OLD_SUFFIX, type WorkbookRead } from '../sheets/workbook';
import { writeSummarySheet } from '../sheets/write-sheet';
import {
  clearCheckpoint,
  readCheckpoint,
  saveCheckpoint,
  summariesFingerprint,
  type TimeBudget,
} from '../state/checkpoint';
import { seedStatus } from '../state/report-status';
import {
  figuresFingerprint,
  isChangedAfterSending,
  noticeChange,
  type StoredStatus,
  writeStatuses,
} from '../state/status-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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

function removeSheet(ss: Spreadsheet, name: string): void {
  const sheet = ss.getSheetByName(name);
  if (sheet) ss.deleteSheet(sheet);
}

/** Whether the summaries were replaced, or the run stopped near the time limit with some drafts complete. */
export type Replacement =
  | { readonly complete: true }
  | { readonly complete: false; readonly drafted: number; readonly total: number };

/**
 * Writes every summary into a fresh draft sheet; only when all are complete does each draft take the name of the
 * sheet it replaces. A failure while drafting removes the drafts and leaves the previous summaries untouched.
 * With a time budget, a run nearing the limit stops between drafts: the complete ones wait, hidden, with a
 * checkpoint, and the next run with the same figures reuses them.
 */
export function replaceSummaries(
  ss: Spreadsheet,
  summaries: readonly SummarySheet[],
  admins: readonly string[],
  budget?: TimeBudget,
): Replacement {
  // Inserting and moving sheets activates them: the person running the consolidation gets their sheet back after.
  const activeName = ss.getActiveSheet().getName();
  const fingerprint = budget ? summariesFingerprint(summaries) : '';
  const checkpoint = budget ? readCheckpoint() : null;
  const kept = new Set(checkpoint?.fingerprint === fingerprint ? checkpoint.drafts : []);
  const drafts: { summary: SummarySheet; sheet: Sheet }[] = [];
  try {
    for (const summary of summaries) {
      const done = kept.has(summary.name) ? ss.getSheetByName(summary.name + DRAFT_SUFFIX) : null;
      if (done) {
        done.showSheet();
        drafts.push({ summary, sheet: done });
        continue;
      }
      if (budget?.nearLimit()) {
        ss.getSheetByName(activeName)?.activate();
        for (const d of drafts) d.sheet.hideSheet();
        saveCheckpoint({ fingerprint, drafts: drafts.map((d) => d.summary.name) });
        return { complete: false, drafted: drafts.length, total: summaries.length };
      }
      const draft = () => {
        removeSheet(ss, summary.name + DRAFT_SUFFIX);
        const sheet = ss.insertSheet(summary.name + DRAFT_SUFFIX);
        drafts.push({ summary, sheet });
        writeSummarySheet(sheet, summary, admins);
      };
      if (budget) budget.time(draft);
      else draft();
    }
  } catch (error) {
    for (const d of drafts) removeSheet(ss, d.summary.name + DRAFT_SUFFIX);
    throw error;
  }
  const swapped = swapIn(ss, drafts);
  // The new summaries carry the names now: tidying up is best effort (the next run removes a "(lama)" left behind).
  for (const { sheet, old } of swapped) {
    if (!old) continue;
    bestEffort(() => {
      const position = old.getIndex();
      withRetry(() => ss.deleteSheet(old));
      ss.setActiveSheet(sheet);
      ss.moveActiveSheet(position);
    });
  }
  bestEffort(() => ss.getSheetByName(activeName)?.activate());
  // A stale checkpoint only names drafts that no longer exist, which the next run then writes afresh.
  if (checkpoint) bestEffort(clearCheckpoint);
  return { complete: true };
}

interface Swapped {
  readonly name: string;
  readonly sheet: Sheet;
  readonly old: Sheet | null;
}

/**
 * Each previous sheet steps aside as "… (lama)" and its draft takes the name. A failure half-way puts every sheet
 * back and removes the drafts, so nobody ever sees old and new summaries mixed.
 */
function swapIn(ss: Spreadsheet, drafts: readonly { summary: SummarySheet; sheet: Sheet }[]): Swapped[] {
  const swapped: Swapped[] = [];
  try {
    for (const { summary, sheet } of drafts) {
      const old = ss.getSheetByName(summary.name);
      // A leftover of an interrupted swap.
      removeSheet(ss, summary.name + OLD_SUFFIX);
      if (old) withRetry(() => old.setName(summary.name + OLD_SUFFIX));
      swapped.push({ name: summary.name, sheet, old });
      withRetry(() => sheet.setName(summary.name));
    }
    return swapped;
  } catch (error) {
    for (const d of drafts) bestEffort(() => ss.deleteSheet(d.sheet));
    for (const { name, old } of swapped) if (old) bestEffort(() => old.setName(name));
    throw error;
  }
}

/** Runs a step of a roll-back; when the outage persists, the next run's clean-up finishes the job. */
function bestEffort(step: () => void): void {
  try {
    step();
  } catch {
    // The first error is the one reported.
  }
}

/** Consolidates the read workbook and writes the summary sheets (see replaceSummaries for `budget`). */
export function consolidateWorkbook(
  read: WorkbookRead,
  now: Date,
  budget?: TimeBudget,
): { consolidation: Consolidation; replacement: Replacement } {
  const changes = trackChanges(read, now);
  const consolidation = consolidateRegion(read.config, read.reports);
  const summaries = summarySheets(consolidation, now, changes);
  const replacement = replaceSummaries(read.ss, summaries, read.config.admins, budget);
  // The summaries are written (or safely paused): a failure showing statuses on tabs must not fail the run.
  bestEffort(() => showStatusOnTabs(read));
  return { consolidation, replacement };
}
