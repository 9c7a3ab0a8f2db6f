// "Siapkan / perbarui tab UPT": Pengaturan when missing, one tab per unit from the schema (resumable near the time
// limit), removed units set aside.
import { CONFIG_LABELS, configTemplate } from '../../core/config/config';
import { ARCHIVE_SHEET, CONFIG_SHEET, INACTIVE_SUFFIX, LOG_SHEET } from '../../core/config/sheet-names';
import { SCHEMA } from '../../core/schema/schema';
import { buildUnitTab, type TabLayout, TITLE_PREFIX } from '../../core/schema/tab-layout';
import type { Config, Grid, UnitConfig } from '../../core/schema/types';
import { fromA1 } from '../../core/text/a1';
import { formatNumber, formatPeriod } from '../../core/text/format';
import type { ActionResult } from '../../shared/rpc';
import { bestEffort } from '../runtime/best-effort';
import type { CallContext } from '../runtime/call-context';
import { actionResult, adminRun } from '../runtime/logged-run';
import { requireAdmin } from '../runtime/roles';
import { TimeBudget } from '../runtime/time-budget';
import { UserError } from '../runtime/user-error';
import { wroteThroughSpreadsheetApp } from '../runtime/write-cache';
import { ADMIN_SHEET_DESCRIPTION } from '../sheets/apply-layout';
import {
  archiveSheetRequests,
  type DisplacedTarget,
  displacedRequests,
  displacedRows,
  NEW_SHEET_COLUMNS,
  NEW_SHEET_ROWS,
} from '../sheets/archive-sheet';
import { readGrids } from '../sheets/batch-read';
import { sendBatches, sheetIdAllocator } from '../sheets/batch-update';
import { logSheetRequests } from '../sheets/log';
import type { SheetIndex, SheetState } from '../sheets/sheet-index';
import { statusTexts } from '../sheets/status-cells';
import { type TabPart, tabBatches } from '../sheets/tab-batches';
import { protectionRequest, unitTabPlan } from '../sheets/unit-tab-requests';
import { isUnitCandidate } from '../sheets/workbook';
import { fingerprintOf, pendingClose, setupCheckpoint } from '../state/checkpoints';
import { rememberCreated } from '../state/created-sheets';
import { beginRewrite, endRewrite } from '../state/late-edits';
import { readStatuses, type StoredStatus } from '../state/status-store';
import { resumeNote } from './automation';
import { rememberProtectedAdmins } from './follow-admins';
import { keepLateEdits, type RewrittenTab } from './setup-late-edits';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

export interface SetupOutcome {
  readonly created: readonly string[];
  readonly updated: readonly string[];
  readonly restored: readonly string[];
  readonly deactivated: readonly string[];
  /** Typed values a new layout had no place for, appended to Arsip. */
  readonly displaced: number;
  /** Tabs those values came from. */
  readonly displacedFrom: readonly string[];
  /** Damaged headers restored in place ("LP-PKU!C21"), so the figures under them stayed. */
  readonly repaired: readonly string[];
  /** Figures typed while a tab was being rewritten, put back (or archived): see setup-late-edits.ts. */
  readonly kept: number;
  /** Unit tabs set up so far (this run and the runs it resumes) out of `total`. */
  readonly done: number;
  readonly total: number;
  /** Tabs a previous run had already set up (0 for a fresh start). */
  readonly resumedFrom: number;
  /** True when the run stopped near the time limit with a checkpoint; the next run continues. */
  readonly paused: boolean;
}

/** Creates "Pengaturan" from the template; `admin` (the person running set up) is its first admin. */
export function createConfigSheet(ss: Spreadsheet, admin: string): Sheet {
  const grid = configTemplate({ admins: admin ? [admin] : [] });
  wroteThroughSpreadsheetApp();
  const sheet = ss.insertSheet(CONFIG_SHEET, 0);
  sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
  const periodRow = grid.findIndex((r) => r[0] === CONFIG_LABELS.period);
  // "2026-02" typed into a General cell becomes a date: the period cell is text.
  if (periodRow >= 0) sheet.getRange(periodRow + 1, 2).setNumberFormat('@');
  sheet.getRange(1, 1).setFontWeight('bold');
  sheet.setColumnWidth(1, 220);
  sheet.setColumnWidth(2, 320);
  sheet.setColumnWidth(3, 360);
  return sheet;
}

/** Writes the stored submission status into the layout's status cells, so the tab displays the store. */
export function showStoredStatus(layout: TabLayout, stored: StoredStatus | undefined): void {
  if (!stored?.status) return;
  const texts = statusTexts({
    status: stored.status,
    sentAt: stored.sentAt,
    sentBy: stored.sentBy,
    returnNote: stored.returnNote,
  });
  const cells = [
    layout.addonCells.status,
    layout.addonCells.sentAt,
    layout.addonCells.sentBy,
    layout.addonCells.returnNote,
  ];
  cells.forEach((a1, i) => {
    const pos = fromA1(a1);
    if (pos) layout.grid[pos.row - 1][pos.col - 1] = texts[i];
  });
}

/** True when a sheet's first cell is a unit tab's title (so a removed unit's tab is recognised). */
function looksLikeUnitTab(grid: Grid): boolean {
  return typeof grid[0]?.[0] === 'string' && (grid[0][0] as string).startsWith(TITLE_PREFIX);
}

/** A free name for a deactivated tab: "LP-PKU (nonaktif)", then "LP-PKU (nonaktif 2)", … */
function inactiveName(name: string, taken: ReadonlySet<string>): string {
  let candidate = `${name}${INACTIVE_SUFFIX}`;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name} (nonaktif ${n})`;
  return candidate;
}

/** What a set-up depends on: a checkpoint made for another period, template or configuration is not reused. */
function setupFingerprint(config: Config): string {
  return fingerprintOf([config.period, SCHEMA.version, config.units, config.admins]);
}

/** Units already set up by a previous run stopped near the time limit (0 when none, or made for other settings). */
function unitsDone(fingerprint: string, total: number): number {
  const saved = setupCheckpoint.read();
  if (saved?.fingerprint !== fingerprint) return 0;
  return Math.max(0, Math.min(Math.floor(saved.done), total));
}

/** How far an unfinished set up for this configuration got; null when none is pending. */
export function pendingSetup(config: Config): { readonly done: number; readonly total: number } | null {
  const done = unitsDone(setupFingerprint(config), config.units.length);
  return done > 0 ? { done, total: config.units.length } : null;
}

type SetupKind = 'created' | 'updated' | 'restored';

/** The Arsip a set up appends displaced values to (added by the first batch, `newSheetId`, when missing). */
function displacedTarget(sheets: SheetIndex, grids: ReadonlyMap<string, Grid>, newSheetId: number): DisplacedTarget {
  const state = sheets.stateOf(ARCHIVE_SHEET);
  if (!state) return { sheetId: newSheetId, nextRow: 2, maxRows: NEW_SHEET_ROWS, maxColumns: NEW_SHEET_COLUMNS };
  const rows = grids.get(ARCHIVE_SHEET) ?? [];
  const empty = rows.length === 1 && (rows[0] ?? []).every((v) => v === '');
  return {
    sheetId: state.sheetId,
    nextRow: (empty ? 0 : rows.length) + 1,
    maxRows: state.rowCount,
    maxColumns: state.columnCount,
  };
}

/** A sheet's whole-sheet protection made admin-only under `description` (updated in place when there is one). */
function adminProtection(state: SheetState, description: string, admins: readonly string[]): Request {
  const existing = state.protections.find((p) => p.wholeSheet);
  return protectionRequest(state.sheetId, existing, {}, description, [], admins);
}

/**
 * Sets up every unit tab from the schema (idempotent). The workbook is read once (the sheet index and one values
 * read for every tab); each tab's plan is computed in memory (core: buildUnitTab with migration, repaired headers and
 * displaced values) and sent as one part of a spreadsheets.batchUpdate, never split across two batches: a tab's
 * displaced values go to Arsip in the same atomic batch that rewrites it, so a failed batch archives nothing and a
 * rerun (which finds the tab rewritten) never archives twice. Tabs of one shape share their look within a batch
 * (tab-batches.ts). With a budget, a run that nears the time limit stops between two batches and saves a checkpoint;
 * the next run skips the tabs already done (same period, template and configuration) and the last one hides removed
 * units' tabs. `lastBatch` gives requests for the last batch from the outcome as planned (no late edits kept yet) and
 * the id of the Log the first batch adds (null when the Sheet had one).
 */
export function setupTabs(
  sheets: SheetIndex,
  config: Config,
  now: Date,
  budget?: TimeBudget,
  lastBatch?: (planned: SetupOutcome, newLogId: number | null) => Request[],
): SetupOutcome {
  const stored = readStatuses(config.period);
  const fingerprint = setupFingerprint(config);
  const total = config.units.length;
  const resumedFrom = unitsDone(fingerprint, total);
  const units = config.units.slice(resumedFrom);
  const configured = new Set(config.units.map((u) => u.sheetName));
  const sourceOf = (unit: UnitConfig): string | null => {
    const parked = `${unit.sheetName}${INACTIVE_SUFFIX}`;
    if (sheets.has(unit.sheetName)) return unit.sheetName;
    return sheets.has(parked) ? parked : null;
  };
  const strays = [...sheets.keys()].filter((name) => !configured.has(name) && isUnitCandidate(name));
  // Marked before any tab is read: an edit typed from now on is kept for this run (setup-late-edits.ts).
  beginRewrite(now, true);
  const toRead = [...units.map(sourceOf), ...strays, sheets.has(ARCHIVE_SHEET) ? ARCHIVE_SHEET : null];
  const grids = readGrids(sheets, [...new Set(toRead.filter((n): n is string => n !== null))]);
  const newSheetId = sheetIdAllocator(sheets.states);
  const archive = displacedTarget(sheets, grids, newSheetId());
  const added: number[] = [];
  // Arsip and Log come with the first batch when missing (a new Sheet), admin-only.
  const addonSheets: Request[] = [];
  if (!sheets.has(ARCHIVE_SHEET)) {
    added.push(archive.sheetId);
    addonSheets.push(...archiveSheetRequests(archive.sheetId, config.admins));
  }
  const newLogId = sheets.has(LOG_SHEET) ? null : newSheetId();
  if (newLogId !== null) {
    added.push(newLogId);
    addonSheets.push(...logSheetRequests(newLogId, config.admins));
  }

  const names: Record<SetupKind, string[]> = { created: [], updated: [], restored: [] };
  let displaced = 0;
  const displacedFrom: string[] = [];
  const repaired: string[] = [];
  const rewritten: RewrittenTab[] = [];
  const tabs: TabPart[] = [];
  const restoredFrom = new Set<string>();
  for (const unit of units) {
    const source = sourceOf(unit);
    const kind: SetupKind = source === null ? 'created' : source === unit.sheetName ? 'updated' : 'restored';
    if (source !== null) restoredFrom.add(source);
    const state = source ? sheets.stateOf(source) : null;
    const sheetId = state?.sheetId ?? newSheetId();
    if (!state) added.push(sheetId);
    const current = state && source ? (grids.get(source) ?? []) : [];
    const hasContent = current.some((row) => row.some((v) => v !== ''));
    const layout = buildUnitTab(unit, config.period, hasContent ? current : undefined);
    showStoredStatus(layout, stored.get(unit.code));
    const moved = displacedRows(config.period, unit, layout.unplaced, now);
    tabs.push({
      sheetId,
      before: displacedRequests(archive, moved),
      plan: unitTabPlan({
        sheetId,
        state,
        title: unit.sheetName,
        layout,
        current,
        unitCode: unit.code,
        operators: unit.operators,
        admins: config.admins,
        timeZone: sheets.timeZone,
      }),
    });
    names[kind].push(unit.sheetName);
    displaced += moved.length;
    if (moved.length > 0) displacedFrom.push(unit.sheetName);
    repaired.push(...layout.repaired.map((r) => `${unit.sheetName}!${r.cell}`));
    if (state) rewritten.push({ unit, sheetId, before: current, layout });
  }

  const deactivated: string[] = [];
  const closing: Request[] = [];
  const taken = new Set([...sheets.keys(), ...config.units.map((u) => u.sheetName)]);
  for (const name of strays) {
    const state = sheets.stateOf(name);
    if (!state || restoredFrom.has(name) || !looksLikeUnitTab(grids.get(name) ?? [])) continue;
    const newName = inactiveName(name, taken);
    taken.add(newName);
    // Its operators lose their edit right with the unit; the figures stay for the Kanwil.
    closing.push(
      {
        updateSheetProperties: {
          properties: { sheetId: state.sheetId, title: newName, hidden: true },
          fields: 'title,hidden',
        },
      },
      adminProtection(state, `Rekap UPT: tab nonaktif ${name}`, config.admins),
    );
    deactivated.push(name);
  }
  for (const name of [CONFIG_SHEET, LOG_SHEET, ARCHIVE_SHEET]) {
    const state = sheets.stateOf(name);
    if (state) closing.push(adminProtection(state, ADMIN_SHEET_DESCRIPTION, config.admins));
  }

  rememberCreated(added);
  const tally = () => ({ ...names, displaced, displacedFrom, repaired, total, resumedFrom });
  const batches = tabBatches(addonSheets, tabs, closing);
  let done = resumedFrom;
  for (const [i, batch] of batches.entries()) {
    if (i > 0 && budget?.nearLimit()) {
      const finished = new Set(config.units.slice(0, done).map((u) => u.sheetName));
      const kept = keepLateEdits(
        sheets,
        rewritten.filter((t) => finished.has(t.unit.sheetName)),
        config,
        now,
        archive,
      );
      setupCheckpoint.save({ fingerprint, done });
      bestEffort(endRewrite);
      return { ...tally(), deactivated: [], kept, done, paused: true };
    }
    const last =
      i === batches.length - 1
        ? (lastBatch?.({ ...tally(), deactivated, kept: 0, done: total, paused: false }, newLogId) ?? [])
        : [];
    const send = () => sendBatches(sheets.spreadsheetId, [[...batch.requests, ...last]]);
    if (budget) budget.time(send);
    else send();
    done += batch.tabs;
  }

  const kept = keepLateEdits(sheets, rewritten, config, now, archive);
  rememberProtectedAdmins(config.admins);
  setupCheckpoint.clear();
  bestEffort(endRewrite);
  return { ...tally(), deactivated, kept, done, paused: false };
}

/** The set-up result in Bahasa Indonesia: what this run did, and how far a run stopped near the time limit got. */
export function setupMessage(period: string, outcome: SetupOutcome): string {
  const parts = [
    `${formatNumber(outcome.created.length)} tab dibuat`,
    `${formatNumber(outcome.updated.length)} tab diperbarui`,
    outcome.restored.length > 0 ? `${formatNumber(outcome.restored.length)} tab diaktifkan kembali` : '',
    outcome.deactivated.length > 0
      ? `${formatNumber(outcome.deactivated.length)} tab UPT yang tidak lagi terdaftar disembunyikan (${outcome.deactivated.join(', ')})`
      : '',
    outcome.repaired.length > 0
      ? `${formatNumber(outcome.repaired.length)} judul yang rusak dipulihkan di tempatnya, angka di bawahnya tetap (${outcome.repaired.join(', ')})`
      : '',
    outcome.displaced > 0
      ? `${formatNumber(outcome.displaced)} nilai tanpa tempat di templat baru disimpan di sheet "Arsip" (dari tab ${outcome.displacedFrom.join(', ')}) dan tampil di Validasi sampai admin mencentang "Ditinjau admin"`
      : '',
    outcome.kept > 0
      ? `${formatNumber(outcome.kept)} nilai yang diketik selama penyiapan dipertahankan (dikembalikan ke selnya atau disimpan di sheet "Arsip")`
      : '',
  ].filter((p) => p !== '');
  if (outcome.paused) {
    return (
      `Penyiapan tab UPT periode ${period} dihentikan sementara karena mendekati batas waktu 6 menit Google: ` +
      `${formatNumber(outcome.done)} dari ${formatNumber(outcome.total)} tab siap; jalankan lagi untuk melanjutkan ` +
      `(menu "Siapkan / perbarui tab UPT"). Tab yang sudah siap tidak dikerjakan ulang. Pada proses ini: ${parts.join('; ')}.`
    );
  }
  const resumed =
    outcome.resumedFrom > 0
      ? ` (melanjutkan penyiapan sebelumnya: ${formatNumber(outcome.resumedFrom)} tab sudah siap sebelumnya)`
      : '';
  return `Tab UPT periode ${period} siap: ${parts.join('; ')}${resumed}.`;
}

export const SETUP_ACTION = 'Siapkan tab UPT';

/** The first step on a new Sheet: "Pengaturan" from the template, the caller its first admin. */
export function createSettings(ss: Spreadsheet, email: string): ActionResult {
  createConfigSheet(ss, email);
  return {
    ok: true,
    message: `Sheet "${CONFIG_SHEET}" sudah dibuat. Isi periode aktif, daftar UPT beserta e-mail operatornya, dan e-mail admin; lalu jalankan menu ini sekali lagi.`,
  };
}

/** Sets up every unit tab (admins only); `began` is when the execution started, for the 6-minute limit. */
export function setupUnitTabs(ctx: CallContext, began: number): ActionResult {
  const { config } = ctx;
  requireAdmin(ctx.caller);
  // Set up would put this period back on tabs an unfinished close already opened for the next one.
  if (pendingClose(config)) {
    throw new UserError(
      `Penutupan periode ${formatPeriod(config.period)} belum selesai; jalankan "Tutup periode" lagi sampai selesai, lalu siapkan tab UPT.`,
    );
  }
  return actionResult(
    adminRun(ctx, { action: SETUP_ACTION }, (run) => {
      const period = formatPeriod(config.period);
      // The Log row rides in the last batch; it cannot name figures kept from late edits, found only after it.
      let inBatch: string | null = null;
      const outcome = setupTabs(ctx.sheets, config, run.start, new TimeBudget(began), (planned, newLogId) => {
        run.tabsRead = planned.updated.length + planned.restored.length;
        const detail = setupMessage(period, planned);
        const row = run.successRow(detail, newLogId);
        if (row.length > 0) inBatch = detail;
        return row;
      });
      run.tabsRead = outcome.updated.length + outcome.restored.length;
      const message = setupMessage(period, outcome) + (outcome.paused ? resumeNote() : '');
      if (outcome.paused) return { value: message, detail: message, outcome: 'Dilanjutkan' };
      return { value: message, detail: inBatch ?? message, outcome: 'Berhasil' };
    }),
  );
}
