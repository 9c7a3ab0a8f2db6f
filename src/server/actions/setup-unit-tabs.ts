// "Siapkan / perbarui tab UPT": Pengaturan when missing, one tab per unit from the schema (resumable near the time
// limit), removed units set aside.
import { CONFIG_LABELS, configTemplate } from '../../core/config/config';
import { CONFIG_SHEET, INACTIVE_SUFFIX, LOG_SHEET } from '../../core/config/sheet-names';
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
import { applyTabLayout, protectForAdmins, protectSheet, type ValidationRules } from '../sheets/apply-layout';
import { appendDisplaced, archiveSheet, displacedRows } from '../sheets/archive-sheet';
import { sendBatches } from '../sheets/batch-update';
import { logSheet } from '../sheets/log';
import { statusTexts } from '../sheets/status-cells';
import { isUnitCandidate, readGrid } from '../sheets/workbook';
import { fingerprintOf, pendingClose, setupCheckpoint } from '../state/checkpoints';
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

/**
 * Sets up one unit's tab: created, restored from its parked "(nonaktif)" tab, or updated. Values the new layout has
 * no place for are appended to Arsip (and flushed) BEFORE the tab is rewritten or trimmed; once rewritten the tab no
 * longer holds them, so a rerun never archives them twice.
 */
function setupUnit(
  ss: Spreadsheet,
  sheets: ReadonlyMap<string, Sheet>,
  config: Config,
  unit: UnitConfig,
  stored: StoredStatus | undefined,
  now: Date,
  rules: ValidationRules,
): {
  kind: SetupKind;
  sheet: Sheet;
  displaced: number;
  repaired: string[];
  rewritten: RewrittenTab | null;
  widths: Request[];
} {
  let sheet = sheets.get(unit.sheetName);
  let kind: SetupKind = 'updated';
  const parked = sheets.get(`${unit.sheetName}${INACTIVE_SUFFIX}`);
  if (!sheet && parked) {
    parked.setName(unit.sheetName);
    parked.showSheet();
    sheet = parked;
    kind = 'restored';
  }
  if (!sheet) {
    sheet = ss.insertSheet(unit.sheetName);
    kind = 'created';
  }
  const current = kind === 'created' ? [] : readGrid(sheet);
  const hasContent = current.some((row) => row.some((v) => v !== ''));
  const layout = buildUnitTab(unit, config.period, hasContent ? current : undefined);
  showStoredStatus(layout, stored);
  const displaced = displacedRows(config.period, unit, layout.unplaced, now);
  appendDisplaced(ss, displaced, config.admins);
  if (displaced.length > 0) SpreadsheetApp.flush();
  const widths = applyTabLayout(sheet, layout, current, unit.code, unit.operators, config.admins, rules);
  const rewritten = kind === 'created' ? null : { unit, sheet, before: current, layout };
  const repaired = layout.repaired.map((r) => `${unit.sheetName}!${r.cell}`);
  return { kind, sheet, displaced: displaced.length, repaired, rewritten, widths };
}

/**
 * Sets up every unit tab from the schema (idempotent), one whole tab at a time in configuration order. With a
 * budget, a run that nears the time limit stops after a whole tab and saves a checkpoint; the next run skips the
 * tabs already done (same period, template and configuration) and the last one hides removed units' tabs.
 */
export function setupTabs(
  ss: Spreadsheet,
  sheets: ReadonlyMap<string, Sheet>,
  config: Config,
  now: Date,
  budget?: TimeBudget,
): SetupOutcome {
  const stored = readStatuses(config.period);
  const fingerprint = setupFingerprint(config);
  const total = config.units.length;
  const resumedFrom = unitsDone(fingerprint, total);
  const rules: ValidationRules = new Map();
  const names: Record<SetupKind, string[]> = { created: [], updated: [], restored: [] };
  const setUp = new Set<Sheet>();
  let displaced = 0;
  const displacedFrom: string[] = [];
  const repaired: string[] = [];
  const rewritten: RewrittenTab[] = [];
  let done = resumedFrom;
  // Every tab's column widths, sent in one batch before the run ends or pauses.
  const widths: Request[] = [];
  const sendWidths = () => {
    if (widths.length > 0) sendBatches(ss.getId(), [widths.splice(0)]);
  };
  const tally = () => ({ ...names, displaced, displacedFrom, repaired, total, resumedFrom });
  // Marked before any tab is read: an edit typed from now on is kept for this run (setup-late-edits.ts).
  beginRewrite(now, true);
  for (const unit of config.units.slice(resumedFrom)) {
    if (budget?.nearLimit()) {
      sendWidths();
      const kept = keepLateEdits(ss, rewritten, config, now);
      setupCheckpoint.save({ fingerprint, done });
      bestEffort(endRewrite);
      return { ...tally(), deactivated: [], kept, done, paused: true };
    }
    const step = () => setupUnit(ss, sheets, config, unit, stored.get(unit.code), now, rules);
    const result = budget ? budget.time(step) : step();
    names[result.kind].push(unit.sheetName);
    setUp.add(result.sheet);
    displaced += result.displaced;
    if (result.displaced > 0) displacedFrom.push(unit.sheetName);
    repaired.push(...result.repaired);
    if (result.rewritten) rewritten.push(result.rewritten);
    widths.push(...result.widths);
    done++;
  }
  sendWidths();

  const kept = keepLateEdits(ss, rewritten, config, now);
  const configured = new Set(config.units.map((u) => u.sheetName));
  const taken = new Set([...sheets.keys(), ...config.units.map((u) => u.sheetName)]);
  const deactivated: string[] = [];
  for (const [name, sheet] of sheets) {
    if (configured.has(name) || !isUnitCandidate(name) || setUp.has(sheet)) continue;
    if (!looksLikeUnitTab(sheet.getRange(1, 1).getValues())) continue;
    const newName = inactiveName(name, taken);
    taken.add(newName);
    sheet.setName(newName);
    sheet.hideSheet();
    // Its operators lose their edit right with the unit; the figures stay for the Kanwil.
    protectSheet(sheet, `Rekap UPT: tab nonaktif ${name}`, [], config.admins);
    deactivated.push(name);
  }

  for (const name of [CONFIG_SHEET, LOG_SHEET]) {
    const sheet = name === LOG_SHEET ? logSheet(ss) : sheets.get(name);
    if (sheet) protectForAdmins(sheet, config.admins);
  }
  archiveSheet(ss, config.admins);
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
      const outcome = setupTabs(ctx.ss, ctx.sheets, config, run.start, new TimeBudget(began));
      run.tabsRead = outcome.updated.length + outcome.restored.length;
      const message = setupMessage(formatPeriod(config.period), outcome) + (outcome.paused ? resumeNote() : '');
      return { value: message, detail: message, outcome: outcome.paused ? 'Dilanjutkan' : 'Berhasil' };
    }),
  );
}
