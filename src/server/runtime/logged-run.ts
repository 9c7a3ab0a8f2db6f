// One run that changes the workbook: under the script lock, recorded in the Log (failed or not), answered with a
// readable Bahasa Indonesia message. Every action and trigger that writes goes through loggedRun.
import type { ActionResult } from '../../shared/rpc';
import { followAdmins } from '../actions/follow-admins';
import { appendLog, type LogEntry, logRowRequest, type Outcome } from '../sheets/log';
import type { SheetIndex } from '../sheets/sheet-index';
import { withPropertyView } from '../state/document-properties';
import { keepPendingLog, type PendingLog, pendingLog } from '../state/pending-log';
import { bestEffort } from './best-effort';
import type { CallContext } from './call-context';
import { BUSY_MESSAGE, withScriptLock } from './lock';
import { requireAdmin } from './roles';
import { readableMessage } from './user-error';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

export interface RunSpec<T> {
  readonly ss: Spreadsheet;
  /** Who runs it (e-mail), for the Log. */
  readonly by: string;
  /** What the Log calls the run, e.g. "Rekap sekarang". */
  readonly action: string;
  /** When the run started: now, unless the caller's day began earlier (a reminder run). */
  readonly start?: Date;
  /** How long to wait for another run to finish before answering busy (the lock's default otherwise). */
  readonly lockWaitMs?: number;
  /** Kept after the run's Log row, best effort, whatever the outcome (`value` null on failure). */
  readonly remember?: (outcome: Outcome, end: Date, value: T | null) => void;
  /** A short change under its own lock (an operator's send): the script lock a long run holds is not awaited. */
  readonly unlocked?: boolean;
  /** The sheets as the caller read them: the Log row then goes by the Log's id, in one call. */
  readonly sheets?: SheetIndex;
  /** The caller may not write the Log (an operator: the sheet is the admins'): the row waits for an admin's run. */
  readonly logLater?: boolean;
}

/** The run in progress, as the work tells it. */
export interface Run {
  readonly start: Date;
  /** Unit tabs read so far: the Log row reports them, whether the run then succeeds or fails. */
  tabsRead: number;
  /** Writes a Log row of its own for one step, now (reminders: one per e-mail); best effort. */
  log(outcome: Outcome, detail: string): void;
  /**
   * The request that appends the run's "Berhasil" row with `detail`, for the work to send in its last batch, so the
   * row and the work are applied together or not at all; the run then writes no row of its own when it returns that
   * same detail. [] when the row cannot go that way (no Log known, or the caller may not write it). `newLogId`: the
   * Log the same batch adds, on a Sheet that has none yet.
   */
  successRow(detail: string, newLogId?: number | null): Request[];
}

export interface RunDone<T> {
  readonly value: T;
  /** The run's Log row; null when there is nothing to record (nothing left to do, or each step logged itself). */
  readonly detail: string | null;
  /** 'Dilanjutkan' when the run stopped before the time limit and the next one finishes it. Default 'Berhasil'. */
  readonly outcome?: 'Berhasil' | 'Dilanjutkan';
}

export type RunResult<T> =
  | { readonly kind: 'done'; readonly value: T }
  /** Another run held the lock: nothing was written. */
  | { readonly kind: 'busy'; readonly message: string }
  /** The failure, readable, as the Log row says it. */
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Runs `work` holding the script lock. Success and failure each get their Log row; writing the Log (or what
 * `remember` keeps) never turns the outcome into a failure, nor hides the first error.
 */
export function loggedRun<T>(spec: RunSpec<T>, work: (run: Run) => RunDone<T>): RunResult<T> {
  const { ss, by } = spec;
  const start = spec.start ?? new Date();
  // Rows earlier runs could not write (read once the lock is held) go first, in order, with this run's first row.
  let waiting: PendingLog | null = null;
  const written = () => {
    const rows = waiting;
    waiting = null;
    if (rows) bestEffort(() => rows.forget());
  };
  const row = (outcome: Outcome, detail: string, end: Date) => {
    const entry = { start, end, action: spec.action, by, outcome, tabsRead: run.tabsRead, detail };
    if (writeLog(ss, [...(waiting?.rows ?? []), entry], spec)) written();
  };
  const keep = (outcome: Outcome, end: Date, value: T | null) => {
    const remember = spec.remember;
    if (remember) bestEffort(() => remember(outcome, end, value));
  };
  let staged: string | null = null;
  const run: Run = {
    start,
    tabsRead: 0,
    log: (outcome, detail) => row(outcome, detail, new Date()),
    successRow: (detail, newLogId) => {
      const entry = { start, end: new Date(), action: spec.action, by, outcome: 'Berhasil' as const, detail };
      const rows = [...(waiting?.rows ?? []), { ...entry, tabsRead: run.tabsRead }];
      const request = spec.sheets && !spec.logLater ? logRowRequest(rows, spec.sheets, newLogId ?? undefined) : null;
      if (!request) return [];
      staged = detail;
      return [request];
    },
  };
  const locked = (body: () => T) =>
    spec.unlocked
      ? { ran: true as const, value: body() }
      : withScriptLock(() => withPropertyView(body), spec.lockWaitMs);
  try {
    const result = locked(() => {
      if (!spec.unlocked) {
        bestEffort(() => {
          const pending = pendingLog();
          waiting = pending.rows.length > 0 ? pending : null;
        });
      }
      const done = work(run);
      const end = new Date();
      const outcome = done.outcome ?? 'Berhasil';
      const inBatch = staged !== null && staged === done.detail && outcome === 'Berhasil';
      // Otherwise the waiting rows go again with the run's row: should the staged batch have been applied, a row twice
      // in the Log is better than a row lost.
      if (inBatch) written();
      else if (done.detail !== null) row(outcome, done.detail, end);
      else if (waiting) {
        const rows = waiting.rows;
        bestEffort(() => {
          appendLog(ss, rows, spec.sheets);
          written();
        });
      }
      keep(outcome, end, done.value);
      return done.value;
    });
    return result.ran ? { kind: 'done', value: result.value } : { kind: 'busy', message: BUSY_MESSAGE };
  } catch (error) {
    const message = readableMessage(error);
    const end = new Date();
    row('Gagal', message, end);
    keep('Gagal', end, null);
    return { kind: 'failed', message };
  }
}

/**
 * Appends the Log rows (rows kept by earlier runs, then this run's, the last one); true when they are in the sheet.
 * When the caller may not write it, or the sheet refuses them (protection, outage), this run's row waits in a
 * property, best effort (the earlier ones are still there).
 */
function writeLog(
  ss: Spreadsheet,
  entries: readonly LogEntry[],
  where: { sheets?: SheetIndex; logLater?: boolean } = {},
): boolean {
  if (!where.logLater) {
    try {
      appendLog(ss, entries, where.sheets);
      return true;
    } catch {
      // Kept below.
    }
  }
  const own = entries.at(-1);
  if (own) bestEffort(() => keepPendingLog(own));
  return false;
}

/** An admin's run from the menu or the sidebar: anyone else is refused (a UserError) before anything is locked or logged. */
export function adminRun<T>(
  ctx: CallContext,
  spec: Omit<RunSpec<T>, 'ss' | 'by'>,
  work: (run: Run) => RunDone<T>,
): RunResult<T> {
  requireAdmin(ctx.caller);
  return loggedRun({ ...spec, ss: ctx.ss, by: ctx.caller.email, sheets: ctx.sheets }, (run) => {
    // An admin added in "Pengaturan" since the protections were set can act at once.
    followAdmins(ctx.ss, ctx.config);
    return work(run);
  });
}

/** A run whose value is the message to show: done is ok, busy or failed is not. */
export function actionResult(result: RunResult<string>): ActionResult {
  return result.kind === 'done' ? { ok: true, message: result.value } : { ok: false, message: result.message };
}

/** The Log row of a run that failed before it could start (the caller's context unreadable), best effort. */
export function logFailedStart(action: string, start: Date, message: string): void {
  bestEffort(() =>
    writeLog(SpreadsheetApp.getActiveSpreadsheet(), [
      { start, end: new Date(), action, by: '', outcome: 'Gagal', tabsRead: 0, detail: message },
    ]),
  );
}
