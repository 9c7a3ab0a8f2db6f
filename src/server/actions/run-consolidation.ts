// One logged, locked consolidation run, shared by the menu, the sidebar and the time-driven trigger.
import type { Consolidation } from '../../core/consolidation/consolidate';
import { formatArea, formatNumber, formatPeriod } from '../../core/text/format';
import { withScriptLock } from '../runtime/lock';
import { readableMessage, UserError } from '../runtime/user-error';
import { appendLog, recordLastRun } from '../sheets/log';
import { type ReadOptions, readWorkbook, type WorkbookRead } from '../sheets/workbook';
import { TimeBudget } from '../state/checkpoint';
import { pendingClose } from './close-period';
import { consolidateWorkbook } from './consolidate';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RunContext {
  readonly ss: Spreadsheet;
  /** Who started the run (e-mail), for the Log. */
  readonly by: string;
  /** What the Log calls the run, e.g. "Rekap sekarang". */
  readonly action: string;
  /** How long a second caller waits for the lock before hearing "sedang berjalan". */
  readonly lockWaitMs?: number;
  /** Sheets and configuration the caller already read. */
  readonly pre?: ReadOptions;
}

export type RunOutcome =
  | {
      readonly kind: 'done';
      readonly consolidation: Consolidation;
      readonly read: WorkbookRead;
      readonly message: string;
    }
  | { readonly kind: 'busy' }
  | { readonly kind: 'failed'; readonly message: string }
  /** Stopped before the 6-minute limit with a checkpoint; the previous summaries are still in place. */
  | { readonly kind: 'paused'; readonly message: string };

/** Why a run stopped early and what happens next, in Bahasa Indonesia. */
export function pausedMessage(drafted: number, total: number): string {
  return (
    `Rekap belum selesai karena mendekati batas waktu 6 menit Google: ${drafted} dari ${total} sheet ringkasan sudah ` +
    'disiapkan dan dilanjutkan otomatis pada rekap berikutnya (terjadwal, atau jalankan "Rekap sekarang" lagi). ' +
    'Ringkasan sebelumnya tetap utuh sampai semuanya selesai.'
  );
}

/** The one-line result in Bahasa Indonesia, e.g. "18 UPT dibaca; ketahanan pangan 107 WBP, 102.772 m²; …". */
export function consolidationMessage(c: Consolidation): string {
  const s = c.status;
  const invalid = new Set([...s.missing, ...s.withErrors]).size;
  const completeness = invalid === 0 ? 'semua data valid' : `data ${invalid} UPT belum valid`;
  return (
    `Rekap periode ${formatPeriod(c.period)} selesai: ${c.unitCount} UPT, ${s.counts.Dikirim} dikirim; ` +
    `ketahanan pangan ${formatNumber(c.food.headCount.value)} WBP pada lahan ${formatArea(c.food.landM2.value)}; ${completeness}.`
  );
}

/**
 * Takes the script lock (busy → nothing is written), reads, consolidates, writes the summaries, and logs the run.
 * A failure is logged and leaves the previous summaries in place.
 */
/** Why a consolidation waits while a period close is unfinished. */
export function closingMessage(period: string, cleared: number, total: number): string {
  return (
    `Penutupan periode ${formatPeriod(period)} belum selesai (${formatNumber(cleared)} dari ${formatNumber(total)} tab ` +
    'sudah dibuka untuk periode berikutnya). Jalankan "Tutup periode" lagi untuk menyelesaikannya, lalu rekap.'
  );
}

export function runConsolidation(ctx: RunContext): RunOutcome {
  const start = new Date();
  let tabsRead = 0;
  try {
    const locked = withScriptLock((): RunOutcome => {
      const read = readWorkbook(ctx.ss, ctx.pre);
      tabsRead = read.tabsRead;
      const closing = pendingClose(read.config);
      // Some tabs may already be on the next period: a summary now would mix two periods.
      if (closing) throw new UserError(closingMessage(read.config.period, closing.cleared, closing.total));
      const { consolidation, replacement } = consolidateWorkbook(read, new Date(), new TimeBudget(start.getTime()));
      const paused = replacement.complete ? null : pausedMessage(replacement.drafted, replacement.total);
      const message = paused ?? consolidationMessage(consolidation);
      const end = new Date();
      // The summaries are replaced (or safely paused): a Log or property failure now must not fail the run.
      try {
        const outcome = paused ? 'Dilanjutkan' : 'Berhasil';
        appendLog(ctx.ss, { start, end, action: ctx.action, by: ctx.by, outcome, tabsRead, detail: message });
        recordLastRun(end, outcome);
      } catch {
        // Bookkeeping only; the figures are in place.
      }
      return paused ? { kind: 'paused', message } : { kind: 'done', consolidation, read, message };
    }, ctx.lockWaitMs);
    if (!locked.ran) return { kind: 'busy' };
    return locked.value;
  } catch (error) {
    const message = readableMessage(error);
    const end = new Date();
    try {
      appendLog(ctx.ss, { start, end, action: ctx.action, by: ctx.by, outcome: 'Gagal', tabsRead, detail: message });
      recordLastRun(end, 'Gagal');
    } catch {
      // The Log itself failed (the same outage): the caller still reports the first error.
    }
    return { kind: 'failed', message };
  }
}
