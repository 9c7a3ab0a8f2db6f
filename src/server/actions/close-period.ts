// "Tutup periode": archives every typed figure into Arsip BEFORE anything is cleared, then opens the next period (resumable).

import { CONFIG_LABELS } from '../../core/config/config';
import { ARCHIVE_SHEET, CONFIG_SHEET } from '../../core/config/sheet-names';
import { type ArchiveCell, archiveRowsFromGrids } from '../../core/lifecycle/archive';
import { fieldKey } from '../../core/schema/field-key';
import { locateTab } from '../../core/schema/locate-tab';
import { SCHEMA } from '../../core/schema/schema';
import { buildUnitTab } from '../../core/schema/tab-layout';
import type { Config, Grid, UnitConfig } from '../../core/schema/types';
import { cellText } from '../../core/text/cell-text';
import { formatNumber, formatPeriod, isoDateIn, nextPeriod } from '../../core/text/format';
import type { WorkbookTab } from '../../core/validation/validate-workbook';
import type { ActionResult } from '../../shared/rpc';
import { type CallContext, preRead } from '../runtime/call-context';
import { actionResult, adminRun } from '../runtime/logged-run';
import { TimeBudget } from '../runtime/time-budget';
import { UserError } from '../runtime/user-error';
import { applyTabLayout } from '../sheets/apply-layout';
import { appendArchive } from '../sheets/archive-sheet';
import { readWorkbook, type WorkbookRead } from '../sheets/workbook';
import { type CloseCheckpoint, closeCheckpoint, fingerprintOf } from '../state/checkpoints';
import { clearStatuses } from '../state/status-store';
import { resumeNote } from './automation';

export interface CloseOutcome {
  readonly closed: string;
  readonly opened: string;
  /** Values appended to Arsip by this run. */
  readonly archived: number;
  /** True when the run stopped near the time limit with a checkpoint: everything is archived, some tabs not cleared. */
  readonly paused: boolean;
  readonly message: string;
}

/** Names of the units whose tab is missing or still has errors (the admin must confirm closing over them). */
export function unitsNotValid(read: WorkbookRead): string[] {
  return read.reports.filter((r) => !r.found || r.errorCount > 0).map((r) => r.unit.name);
}

/** Writes the new period into Pengaturan's "Periode aktif" cell (as text, so it never becomes a date). */
function writeConfigPeriod(read: WorkbookRead, period: string): void {
  const sheet = read.sheets.get(CONFIG_SHEET);
  if (!sheet) throw new UserError(`Sheet "${CONFIG_SHEET}" tidak ditemukan.`);
  const grid = sheet.getDataRange().getValues();
  const row = grid.findIndex((r) => String(r[0]).trim() === CONFIG_LABELS.period);
  if (row < 0) throw new UserError(`Baris "${CONFIG_LABELS.period}" tidak ditemukan di sheet "${CONFIG_SHEET}".`);
  sheet
    .getRange(row + 1, 2)
    .setNumberFormat('@')
    .setValue(period);
}

/** A close of the configured period stopped near the time limit: how many tabs already moved on. */
export interface PendingClose {
  readonly cleared: number;
  readonly total: number;
}

/** The period, template and units (in order) being closed; a changed operator or admin does not restart a close. */
function closeFingerprint(config: Config): string {
  return fingerprintOf([config.period, SCHEMA.version, config.units.map((u) => [u.code, u.sheetName])]);
}

/** The checkpoint of an unfinished close of this configuration's period, or null (then closing starts afresh). */
function readCloseCheckpoint(config: Config): CloseCheckpoint | null {
  const saved = closeCheckpoint.read();
  const total = config.units.length;
  if (saved?.fingerprint !== closeFingerprint(config) || saved.digests.length !== total) return null;
  return { ...saved, cleared: Math.max(0, Math.min(Math.floor(saved.cleared), total)) };
}

/** How far an unfinished close of the configured period got, for the confirmation; null when none is pending. */
export function pendingClose(config: Config): PendingClose | null {
  const saved = readCloseCheckpoint(config);
  return saved ? { cleared: saved.cleared, total: config.units.length } : null;
}

/** Digest of each unit's archive rows without the closing time (8 characters: 500 units fit a 9 KB property). */
function unitDigests(config: Config, rows: readonly (readonly ArchiveCell[])[]): string[] {
  return config.units.map((unit) => {
    const code = cellText(unit.code);
    return fingerprintOf(rows.filter((r) => r[1] === code).map((r) => r.slice(0, -1))).slice(0, 8);
  });
}

/** What identifies an archived value: period, unit code, indicator key and value (a read-back date as its day). */
function archiveKey(row: readonly unknown[]): string {
  const value = row[5] instanceof Date ? isoDateIn(row[5]) : String(row[5]);
  return JSON.stringify([String(row[0]), String(row[1]), String(row[3]), value]);
}

/** The values already in Arsip for the period (one read), so a resumed close archives only what is new. */
function archivedKeys(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, period: string): Set<string> {
  const sheet = ss.getSheetByName(ARCHIVE_SHEET);
  const rows = sheet ? sheet.getDataRange().getValues() : [];
  return new Set(rows.filter((r) => String(r[0]) === period).map(archiveKey));
}

/** True when a tab's "Periode" cell already names `period` (it was rebuilt for it). */
function openedFor(grid: Grid | undefined, period: string): boolean {
  const pos = grid ? locateTab(grid, SCHEMA).fields.get(fieldKey.identitas('periode')) : undefined;
  return pos !== undefined && String(grid?.[pos.r]?.[pos.c] ?? '') === period;
}

/** Archive rows (no header) of the given configured units' tabs only, as they are now. */
function unitRows(read: WorkbookRead, units: readonly UnitConfig[], now: Date): ArchiveCell[][] {
  const tabs: WorkbookTab[] = units.flatMap((u) => {
    const grid = read.grids.get(u.sheetName);
    return grid ? [{ name: u.sheetName, grid }] : [];
  });
  return archiveRowsFromGrids(read.config, tabs, read.config.period, now).slice(1);
}

/**
 * Closes the read workbook's period. Order matters: the archive of EVERY unit is written, flushed and recorded in a
 * checkpoint first; only then are the unit tabs rebuilt empty for the next period, one whole tab at a time, and at
 * the end the configuration moved on and the statuses reset. With a budget, a run nearing the time limit stops
 * after a whole tab; the next run archives nothing twice (only figures typed since archiving are appended, before
 * their tab is cleared) and clears only archived tabs.
 */
export function closePeriodRun(read: WorkbookRead, now: Date, budget?: TimeBudget): CloseOutcome {
  const { ss, config } = read;
  const next = nextPeriod(config.period);
  const saved = readCloseCheckpoint(config);
  let archived = 0;
  let digests: string[];
  if (saved) {
    // A run cut short (not paused) may have cleared tabs past the checkpoint: those hold the next period already.
    const remaining = config.units.slice(saved.cleared);
    const rows = unitRows(
      read,
      remaining.filter((u) => !openedFor(read.grids.get(u.sheetName), next)),
      now,
    );
    const current = unitDigests(config, rows);
    digests = [...saved.digests];
    // Figures typed on a tab after it was archived are archived again before that tab is cleared.
    const changed = remaining.filter((_, i) => current[saved.cleared + i] !== saved.digests[saved.cleared + i]);
    const codes = new Set(changed.map((u) => cellText(u.code)));
    const candidates = rows.filter((r) => codes.has(String(r[1])));
    const already = candidates.length > 0 ? archivedKeys(ss, config.period) : new Set<string>();
    archived = appendArchive(
      ss,
      candidates.filter((r) => !already.has(archiveKey(r))),
      config.admins,
    );
    for (const u of changed) {
      const i = config.units.indexOf(u);
      digests[i] = current[i] as string;
    }
  } else {
    const tabs: WorkbookTab[] = [...read.grids].map(([name, grid]) => ({ name, grid }));
    const rows = archiveRowsFromGrids(config, tabs, config.period, now).slice(1);
    archived = appendArchive(ss, rows, config.admins);
    digests = unitDigests(config, rows);
  }
  SpreadsheetApp.flush();
  let cleared = saved?.cleared ?? 0;
  // Recorded before any tab is cleared: a run killed while clearing is resumed without archiving again.
  closeCheckpoint.save({ fingerprint: closeFingerprint(config), cleared, digests });

  for (const unit of config.units.slice(cleared)) {
    if (budget?.nearLimit()) {
      closeCheckpoint.save({ fingerprint: closeFingerprint(config), cleared, digests });
      return {
        closed: config.period,
        opened: next,
        archived,
        paused: true,
        message:
          `Tutup periode ${formatPeriod(config.period)} dihentikan sementara karena mendekati batas waktu 6 menit Google: ` +
          `semua angka sudah disimpan di sheet "Arsip", dan ${formatNumber(cleared)} dari ${formatNumber(config.units.length)} ` +
          `tab UPT sudah dibuka untuk periode ${formatPeriod(next)}; jalankan "Tutup periode" lagi untuk melanjutkan. ` +
          'Periode aktif tetap sampai semua tab selesai.',
      };
    }
    const sheet = read.sheets.get(unit.sheetName);
    const grid = read.grids.get(unit.sheetName);
    const step = () => {
      if (sheet && grid)
        applyTabLayout(sheet, buildUnitTab(unit, next), grid, unit.code, unit.operators, config.admins);
    };
    if (budget) budget.time(step);
    else step();
    cleared++;
  }
  writeConfigPeriod(read, next);
  clearStatuses(config.units.map((u) => u.code));
  closeCheckpoint.clear();
  const saying = saved
    ? `semua angka sudah disimpan di sheet "Arsip" oleh penutupan sebelumnya` +
      (archived > 0 ? `, ditambah ${formatNumber(archived)} nilai yang diisi sesudahnya` : '')
    : `${formatNumber(archived)} nilai disimpan di sheet "Arsip"`;
  return {
    closed: config.period,
    opened: next,
    archived,
    paused: false,
    message:
      `Periode ${formatPeriod(config.period)} ditutup: ${saying}. ` +
      `Tab UPT kini dibuka untuk periode ${formatPeriod(next)}.`,
  };
}

export const CLOSE_ACTION = 'Tutup periode';

/** What the admin confirms before closing: the units still invalid, or how far an unfinished close got. */
export function closePeriodQuestion(ctx: CallContext): string {
  const period = formatPeriod(ctx.config.period);
  const pending = pendingClose(ctx.config);
  if (pending) {
    return (
      `Penutupan periode ${period} belum selesai: semua angka sudah disimpan di sheet "Arsip" dan ` +
      `${formatNumber(pending.cleared)} dari ${formatNumber(pending.total)} tab UPT sudah dibuka untuk periode berikutnya. ` +
      'Lanjutkan penutupan?'
    );
  }
  const notValid = unitsNotValid(readWorkbook(ctx.ss, preRead(ctx)));
  const warning =
    notValid.length > 0
      ? `${notValid.length} UPT masih memiliki kesalahan atau tabnya tidak ada: ${notValid.join(', ')}.\n\n`
      : '';
  return `${warning}Tutup periode ${period}? Semua angka disimpan di sheet "Arsip", lalu tab UPT dikosongkan untuk periode berikutnya.`;
}

/**
 * Closes the period the admin confirmed (admins only), reading the workbook afresh under the lock; `began` is when
 * the execution started (the time spent confirming counts against the 6-minute limit too).
 */
export function closePeriod(ctx: CallContext, began: number): ActionResult {
  return actionResult(
    adminRun(ctx, { action: CLOSE_ACTION }, (run) => {
      const read = readWorkbook(ctx.ss);
      run.tabsRead = read.tabsRead;
      if (read.config.period !== ctx.config.period) {
        throw new UserError('Periode aktif berubah selama konfirmasi; jalankan Tutup periode sekali lagi.');
      }
      const closed = closePeriodRun(read, run.start, new TimeBudget(began));
      return {
        value: closed.paused ? closed.message + resumeNote() : closed.message,
        detail: closed.message,
        outcome: closed.paused ? 'Dilanjutkan' : 'Berhasil',
      };
    }),
  );
}
