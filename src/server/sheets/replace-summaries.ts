// Replaces the summary sheets as a whole: every new one is drafted first and swapped in only when all are complete,
// so nobody ever sees old and new summaries mixed, and a failure leaves the previous ones in place.
import type { SummarySheet } from '../../core/summary/summary-sheets';
import { bestEffort } from '../runtime/best-effort';
import { withRetry } from '../runtime/retry';
import type { TimeBudget } from '../runtime/time-budget';
import { consolidationCheckpoint, fingerprintOf } from '../state/checkpoints';
import { DRAFT_SUFFIX, OLD_SUFFIX } from './workbook';
import { writeSummarySheet } from './write-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The summaries' content without the "Diperbarui: …" time, which differs between runs of the same figures. */
export function summariesFingerprint(summaries: readonly SummarySheet[]): string {
  const content = summaries.map((s) => [
    s.name,
    s.grid.map((row) => row.filter((c) => !/^Diperbarui: /.test(String(c)))),
  ]);
  return fingerprintOf(content);
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
  const checkpoint = budget ? consolidationCheckpoint.read() : null;
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
        consolidationCheckpoint.save({ fingerprint, drafts: drafts.map((d) => d.summary.name) });
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
  if (checkpoint) bestEffort(consolidationCheckpoint.clear);
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
