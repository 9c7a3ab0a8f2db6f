// "Tutup periode": every typed figure archived and every unit tab opened for the next period, as one transaction in
// effect. Tabs go in groups, each group ONE atomic Sheets API batch holding its tabs' Arsip rows and the cells that
// clear them; the last batch also switches Pengaturan's period, which is what makes the statuses of the closed period
// stale (status-store.ts). An interruption anywhere leaves each tab either closed (archived and cleared together) or
// untouched, and the period switched only when every tab is closed; a resumed close skips the tabs already showing
// the next period (never clearing what was typed for it) and writes Arsip rows by key, so nothing is archived twice.
import { CONFIG_LABELS } from '../../core/config/config';
import { CONFIG_SHEET, PUBLISHED_SHEET } from '../../core/config/sheet-names';
import { ARCHIVE_UNMATCHED, type ArchiveCell, archiveRowsFromGrids } from '../../core/lifecycle/archive';
import { archiveRowKey, storedText } from '../../core/lifecycle/archive-keys';
import { closeUnitTab, type TabClose, tabPeriod } from '../../core/lifecycle/close-tab';
import { isAddonKey } from '../../core/schema/field-key';
import { locateTab } from '../../core/schema/locate-tab';
import { SCHEMA } from '../../core/schema/schema';
import type { Grid, UnitConfig } from '../../core/schema/types';
import { formatNumber, formatPeriod, nextPeriod } from '../../core/text/format';
import type { ActionResult } from '../../shared/rpc';
import { publishAfterClose } from '../national/publish';
import { bestEffort } from '../runtime/best-effort';
import { type CallContext, preRead } from '../runtime/call-context';
import { actionResult, adminRun, type Run } from '../runtime/logged-run';
import { TimeBudget } from '../runtime/time-budget';
import { UserError } from '../runtime/user-error';
import { type ArchiveTarget, archiveRequests, archiveTarget } from '../sheets/archive-sheet';
import { readGrids, readGridsAgain } from '../sheets/batch-read';
import { MAX_BATCH_BYTES, packBySize, sheetIdAllocator } from '../sheets/batch-update';
import { applyBatch, writeCells, writeRows } from '../sheets/cell-batch';
import { readGrid, readWorkbook, type WorkbookRead } from '../sheets/workbook';
import { closeCheckpoint, finishedClose, pendingClose } from '../state/checkpoints';
import { documentProperties, withPropertyView } from '../state/document-properties';
import { forgetEditAreas } from '../state/edit-areas';
import { beginRewrite, endRewrite, forgetLateEdits, lateEdits } from '../state/late-edits';
import { readStatuses, stampLegacyStatuses } from '../state/status-store';
import { resumeNote } from './automation';

type Request = GoogleAppsScript.Sheets.Schema.Request;

export interface CloseOutcome {
  readonly closed: string;
  readonly opened: string;
  /** Arsip rows written (added or brought up to date) by this run. */
  readonly archived: number;
  /** True when the run stopped near the time limit: the tabs closed so far are archived and open, the rest untouched. */
  readonly paused: boolean;
  readonly message: string;
  /** The Arsip as this run left it (what the publication of the closed period reads). */
  readonly archive: ArchiveTarget;
}

/**
 * The close under way that consolidation must wait for: one whose checkpoint is there AND that has opened some tab
 * for the next period already (a close that failed before its first batch changed nothing, so nothing waits for it).
 */
export function closeUnderWay(read: WorkbookRead): { readonly cleared: number; readonly total: number } | null {
  const pending = pendingClose(read.config);
  if (!pending) return null;
  // Counted on the tabs themselves: the checkpoint is not updated after every batch.
  const cleared = read.config.units.filter((u) => {
    const grid = read.grids.get(u.sheetName);
    return grid !== undefined && tabPeriod(grid) === pending.next;
  }).length;
  return cleared > 0 ? { cleared, total: pending.total } : null;
}

/**
 * Bytes per batch: a group's Arsip rows and cleared cells, within the API's recommended 2 MB request
 * (https://developers.google.com/sheets/api/limits) with room for the Arsip's growth and stray values; a tab is
 * never split.
 */
export const CLOSE_BATCH_BYTES = MAX_BATCH_BYTES - 100_000;

/** One tab to close in this run. */
interface TabWork {
  readonly unit: UnitConfig;
  readonly sheetId: number;
  /** The tab as read before it was cleared. */
  readonly grid: Grid;
  readonly close: TabClose;
}

/** What a tab's close sends: its Arsip rows (as rows of values) and the cells that clear it, in bytes of JSON. */
function bytesOf(tab: TabWork): number {
  return (
    JSON.stringify(writeRows(0, 1, 1, tab.close.rows)).length + JSON.stringify(writeCells(0, tab.close.writes)).length
  );
}

/** Tabs in groups of at most CLOSE_BATCH_BYTES (at least one group: the first also archives stray tabs). */
function groups(work: readonly TabWork[]): TabWork[][] {
  const packed = packBySize(work, bytesOf, CLOSE_BATCH_BYTES);
  return packed.length > 0 ? packed : [[]];
}

/** Pengaturan's "Periode aktif" value cell as a request writing `period` (text, never a date). */
function periodRequest(read: WorkbookRead, period: string): Request {
  const sheet = read.sheets.get(CONFIG_SHEET);
  const id = read.sheets.idOf(CONFIG_SHEET);
  if (!sheet || id === null) throw new UserError(`Sheet "${CONFIG_SHEET}" tidak ditemukan.`);
  const grid = read.configGrid ?? readGrid(sheet);
  const row = grid.findIndex((r) => String(r[0]).trim() === CONFIG_LABELS.period);
  if (row < 0) throw new UserError(`Baris "${CONFIG_LABELS.period}" tidak ditemukan di sheet "${CONFIG_SHEET}".`);
  return writeRows(id, row + 1, 2, [[period]]);
}

/** What this run has to do: the tabs still on the closing period, and those it cannot clear safely. */
interface ClosePlan {
  readonly work: TabWork[];
  /** Tabs already showing the next period (a resumed close). */
  readonly opened: number;
  /** Tabs whose value cells cannot be found: archived as far as they are understood, never cleared blind. */
  readonly unrecognized: string[];
  /** Values on template tabs of no configured unit: archived (as before every close), never cleared. */
  readonly unmatched: ArchiveCell[][];
}

function planClose(read: WorkbookRead, grids: ReadonlyMap<string, Grid>, now: Date): ClosePlan {
  const { config } = read;
  const next = nextPeriod(config.period);
  const work: TabWork[] = [];
  const unrecognized: string[] = [];
  let opened = 0;
  for (const unit of config.units) {
    const grid = grids.get(unit.sheetName);
    const sheetId = read.sheets.idOf(unit.sheetName);
    if (!grid || sheetId === null) continue;
    if (tabPeriod(grid) === next) {
      opened++;
      continue;
    }
    const close = closeUnitTab(config, unit, grid, config.period, next, now);
    if (close) work.push({ unit, sheetId, grid, close });
    else unrecognized.push(unit.sheetName);
  }
  const tabs = [...grids].map(([name, grid]) => ({ name, grid }));
  const unmatched = archiveRowsFromGrids(config, tabs, config.period, now).filter((r) => r[6] === ARCHIVE_UNMATCHED);
  return { work, opened, unrecognized, unmatched };
}

/**
 * Closes the read workbook's period (see the file's header). With a budget, a run nearing the time limit stops
 * between two batches; the checkpoint only says a close is under way, for the messages and the hourly trigger.
 */
export function closePeriodRun(read: WorkbookRead, now: Date, budget?: TimeBudget): CloseOutcome {
  const { ss, config } = read;
  const closing = config.period;
  const next = nextPeriod(closing);
  const resumed = pendingClose(config) !== null;
  const plan = planClose(read, read.grids, now);
  const total = plan.opened + plan.work.length;
  let cleared = plan.opened;
  const archive = archiveTarget(ss, read.sheets, read.archiveGrid, config.admins);
  const batches = groups(plan.work);
  const properties = documentProperties();
  let archived = 0;
  /** Each tab this run cleared, as it was read just before. */
  const before = new Map<string, Grid>();
  const pause = () => {
    const late = archiveLateEdits(read, before, archive, now);
    bestEffort(() => closeCheckpoint.save({ period: closing, next, cleared, total }, properties));
    bestEffort(endRewrite);
    return {
      closed: closing,
      opened: next,
      archived,
      paused: true,
      message: pausedMessage(closing, cleared, total, late),
      archive,
    };
  };
  for (const [i, group] of batches.entries()) {
    if (i > 0 && budget?.nearLimit()) return pause();
    const step = () => {
      // A later group is read again just before it is cleared: its figures may have changed meanwhile.
      const fresh = i === 0 ? group : reread(read, group, now);
      const rows = [...(i === 0 ? plan.unmatched : []), ...fresh.flatMap((t) => t.close.rows)];
      const writes = archive.index.plan(rows);
      const requests = [
        ...archiveRequests(archive, writes),
        ...fresh.flatMap((t) => writeCells(t.sheetId, t.close.writes)),
      ];
      // Saved before the first change: from then on set up and sends wait for the close to finish. How far it got is
      // said by the tabs themselves (and by a run that pauses), not saved after every batch.
      if (i === 0) closeCheckpoint.save({ period: closing, next, cleared: null, total }, properties);
      applyBatch(read.sheets.spreadsheetId, requests);
      archived += writes.length;
      cleared += fresh.length;
      for (const t of fresh) before.set(t.unit.sheetName, t.grid);
    };
    if (budget) budget.time(step);
    else step();
  }
  // One fresh read of the properties, after the last clear, serves the late edits and the statuses.
  const fresh = properties.getProperties();
  const late = archiveLateEdits(read, before, archive, now, fresh);
  // Every tab is archived and open for the next period: the period switches last, in a batch of its own, and with
  // it the statuses of the closed period go stale (one recorded before statuses carried their period is stamped).
  stampLegacyStatuses(closing, fresh);
  applyBatch(read.sheets.spreadsheetId, [periodRequest(read, next)]);
  // The period has moved on: what is left is tidying that the statuses' period makes optional.
  // One listing of the keys serves both: a key written after it (a send of the new period) is not one to forget.
  let keys: string[] | undefined;
  bestEffort(() => {
    keys = documentProperties().getKeys();
  });
  bestEffort(() => endRewrite(keys));
  bestEffort(() =>
    forgetEditAreas(
      config.units.map((u) => u.sheetName),
      keys,
    ),
  );
  bestEffort(() => closeCheckpoint.clear());
  const message = closedMessage(closing, archived, resumed, plan) + lateMessage(late);
  return { closed: closing, opened: next, archived, paused: false, message, archive };
}

/**
 * Figures typed into a tab between its read and its clearing (kept by onEdit, late-edits.ts): each that is neither
 * on the tab now nor in Arsip for the closing period is archived there, in one more batch. `before` holds the tabs
 * cleared by this run as read; a tab cleared by an earlier run is keyed by its layout now (the same template).
 */
function archiveLateEdits(
  read: WorkbookRead,
  before: ReadonlyMap<string, Grid>,
  archive: ArchiveTarget,
  now: Date,
  fresh = documentProperties().getProperties(),
): number {
  const { config } = read;
  const next = nextPeriod(config.period);
  const edits = lateEdits(
    config.units.map((u) => u.sheetName),
    fresh,
  );
  if (edits.size === 0) return 0;
  const grids = readGrids(read.sheets, [...edits.keys()]);
  const rows: ArchiveCell[][] = [];
  for (const [name, cells] of edits) {
    const unit = config.units.find((u) => u.sheetName === name);
    const current = grids.get(name);
    if (!unit || !current || tabPeriod(current) !== next) continue;
    const grid = (before.get(name) ?? current).map((row) => [...row]);
    const keys = new Map([...locateTab(grid, SCHEMA).fields].map(([key, p]) => [`${p.r},${p.c}`, key]));
    const late = new Set<string>();
    for (const { r, c, value } of cells) {
      const key = keys.get(`${r},${c}`);
      if (!key || isAddonKey(key) || value === '' || sameValue(current[r]?.[c], value)) continue;
      const row = grid[r];
      if (row) row[c] = value;
      late.add(key);
    }
    const closed = late.size > 0 ? closeUnitTab(config, unit, grid, config.period, next, now) : null;
    for (const row of closed?.rows ?? []) {
      const stored = archive.index.get(archiveRowKey(row));
      if (late.has(String(row[3])) && !(stored && sameValue(stored[5], row[5]))) rows.push(row);
    }
  }
  const writes = archive.index.plan(rows);
  applyBatch(read.sheets.spreadsheetId, archiveRequests(archive, writes));
  forgetLateEdits([...edits.keys()], Object.keys(fresh));
  return writes.length;
}

function sameValue(a: unknown, b: unknown): boolean {
  const plain = (v: unknown) => (v instanceof Date ? v.getTime() : typeof v === 'string' ? storedText(v) : v);
  return plain(a) === plain(b) || String(plain(a)) === String(plain(b));
}

function lateMessage(late: number): string {
  return late > 0
    ? ` ${formatNumber(late)} nilai yang diketik saat tab sedang dikosongkan juga disimpan di sheet "Arsip".`
    : '';
}

/**
 * The group's tabs read afresh and closed from what they hold now (a tab that moved on meanwhile is left alone): one
 * values read when nothing changed. Nothing is written through SpreadsheetApp between batches, so nothing to flush.
 */
function reread(read: WorkbookRead, group: readonly TabWork[], now: Date): TabWork[] {
  const grids = readGridsAgain(read.sheets, new Map(group.map((t) => [t.unit.sheetName, t.grid])));
  const next = nextPeriod(read.config.period);
  return group.flatMap((t) => {
    const grid = grids.get(t.unit.sheetName);
    if (grid === t.grid) return [t];
    if (!grid || tabPeriod(grid) === next) return [];
    const close = closeUnitTab(read.config, t.unit, grid, read.config.period, next, now);
    return close ? [{ ...t, grid, close }] : [];
  });
}

function pausedMessage(closing: string, cleared: number, total: number, late: number): string {
  return (
    `Tutup periode ${formatPeriod(closing)} dihentikan sementara karena mendekati batas waktu 6 menit Google: ` +
    `${formatNumber(cleared)} dari ${formatNumber(total)} tab UPT sudah diarsipkan dan dibuka untuk periode ` +
    `${formatPeriod(nextPeriod(closing))}; angka di tab lainnya belum diubah. Jalankan "Tutup periode" lagi untuk ` +
    'melanjutkan. Periode aktif tetap sampai semua tab selesai.' +
    lateMessage(late)
  );
}

function closedMessage(closing: string, archived: number, resumed: boolean, plan: ClosePlan): string {
  const saying = resumed
    ? `penutupan sebelumnya dilanjutkan dan ${formatNumber(archived)} nilai lagi disimpan di sheet "Arsip"`
    : `${formatNumber(archived)} nilai disimpan di sheet "Arsip"`;
  const left =
    plan.unrecognized.length > 0
      ? ` Tab ${plan.unrecognized.join(', ')} tidak dikosongkan karena sel "Periode"-nya tidak ditemukan; angkanya ` +
        'tetap di tab. Jalankan "Siapkan / perbarui tab UPT" untuk memperbaikinya.'
      : '';
  return (
    `Periode ${formatPeriod(closing)} ditutup: ${saying}. ` +
    `Tab UPT kini dibuka untuk periode ${formatPeriod(nextPeriod(closing))}.${left}`
  );
}

/**
 * Closes (or continues closing) `read`'s period and, once the close completes, publishes the closed period in
 * "Terbitan" for the national workbook: the menu's close and the hourly trigger's resumed close alike.
 */
export function closeAndPublish(
  read: WorkbookRead,
  start: Date,
  budget: TimeBudget,
  run?: Run,
): { message: string; paused: boolean } {
  const closed = closePeriodRun(read, start, budget);
  if (closed.paused) return { message: closed.message, paused: true };
  const { sheets } = read;
  // The Arsip may be newer than the index (the close adds it when missing): the free id is above both.
  const free = sheetIdAllocator([...sheets.states, closed.archive]);
  const target = { spreadsheetId: sheets.spreadsheetId, sheet: sheets.stateOf(PUBLISHED_SHEET), freeSheetId: free() };
  // The run's Log row travels in the publication's last batch, saying what it says.
  const published = publishAfterClose(
    target,
    read.config,
    closed.closed,
    closed.archive.index.rowsOf(closed.closed),
    (sentence) => run?.successRow(closed.message + sentence) ?? [],
  );
  return { message: closed.message + published, paused: false };
}

export const CLOSE_ACTION = 'Tutup periode';

/** The units the admin is warned about before closing, in two lists: figures not sent, and figures sent then edited. */
export interface CloseWarnings {
  /** No tab (said so), never sent, or returned. */
  readonly notSent: string[];
  /** Sent, then changed on the tab without sending again: the close archives the tab as it is now. */
  readonly editedAfterSending: string[];
}

/**
 * The units whose figures for the period the Kanwil has not received as they stand. From the stored statuses; only a
 * unit without one this period (a workbook imported, or no consolidation yet) has its tab read, for what its status
 * cells say.
 */
export function closeWarnings(ctx: CallContext): CloseWarnings {
  const stored = readStatuses(ctx.config.period);
  const unrecorded = ctx.config.units.filter((u) => ctx.sheets.has(u.sheetName) && !stored.has(u.code));
  const fromTabs = new Map(
    unrecorded.length > 0
      ? readWorkbook(ctx.ss, { ...preRead(ctx), only: unrecorded.map((u) => u.sheetName) }).reports.map((r) => [
          r.unit.code,
          r.meta.status,
        ])
      : [],
  );
  const warnings: CloseWarnings = { notSent: [], editedAfterSending: [] };
  for (const unit of ctx.config.units) {
    const status = stored.get(unit.code);
    if (!ctx.sheets.has(unit.sheetName)) warnings.notSent.push(`${unit.name} (tab tidak ada)`);
    else if ((status?.status ?? fromTabs.get(unit.code)) !== 'Dikirim') warnings.notSent.push(unit.name);
    else if (status?.editedAfterSending) warnings.editedAfterSending.push(unit.name);
  }
  return warnings;
}

/**
 * What the admin confirms before closing: the units that have not sent, or how far an unfinished close got. Read
 * from the statuses, not the tabs: the close reads every tab under the lock, once.
 */
export function closePeriodQuestion(ctx: CallContext): string {
  return withPropertyView(() => {
    const period = formatPeriod(ctx.config.period);
    const pending = pendingClose(ctx.config);
    if (pending) {
      const far =
        pending.cleared === null
          ? 'penutupan sebelumnya terhenti sebelum semua tab UPT diarsipkan'
          : `${formatNumber(pending.cleared)} dari ${formatNumber(pending.total)} tab UPT sudah diarsipkan dan dibuka ` +
            'untuk periode berikutnya';
      return `Penutupan periode ${period} belum selesai: ${far}. Lanjutkan penutupan?`;
    }
    const finished = finishedClose(ctx.config);
    // A close whose reply was lost after the period switched: said once, so that nobody closes the new month by mistake.
    if (finished) bestEffort(() => closeCheckpoint.clear());
    const before = finished
      ? `Periode ${formatPeriod(finished.period)} sudah ditutup; periode aktif kini ${period}.\n\n`
      : '';
    const { notSent, editedAfterSending } = closeWarnings(ctx);
    const warning =
      (notSent.length > 0
        ? `${formatNumber(notSent.length)} UPT belum mengirim angka periode ${period}: ${notSent.join(', ')}.\n\n`
        : '') +
      (editedAfterSending.length > 0
        ? `${formatNumber(editedAfterSending.length)} UPT mengubah angka setelah mengirim dan belum mengirim ulang ` +
          `(yang diarsipkan adalah angka di tab saat ini): ${editedAfterSending.join(', ')}.\n\n`
        : '');
    return `${before}${warning}Tutup periode ${period}? Semua angka disimpan di sheet "Arsip", lalu tab UPT dikosongkan untuk periode berikutnya.`;
  });
}

/**
 * Closes the period the admin confirmed (admins only), reading the workbook afresh under the lock; `began` is when
 * the execution started (the time spent confirming counts against the 6-minute limit too).
 */
export function closePeriod(ctx: CallContext, began: number): ActionResult {
  return actionResult(
    adminRun(ctx, { action: CLOSE_ACTION }, (run) => {
      // Marked before the tabs are read: an edit typed from now on is kept for this run (late-edits.ts).
      beginRewrite(run.start);
      const read = readWorkbook(ctx.ss);
      run.tabsRead = read.tabsRead;
      if (read.config.period !== ctx.config.period) {
        throw new UserError('Periode aktif berubah selama konfirmasi; jalankan Tutup periode sekali lagi.');
      }
      const closed = closeAndPublish(read, run.start, new TimeBudget(began), run);
      return {
        value: closed.paused ? closed.message + resumeNote() : closed.message,
        detail: closed.message,
        outcome: closed.paused ? 'Dilanjutkan' : 'Berhasil',
      };
    }),
  );
}
