// "Tutup periode": archives every typed figure into Arsip BEFORE anything is cleared, then opens the next period.
import { archiveRowsFromGrids } from '../core/archive';
import { CONFIG_LABELS } from '../core/config';
import { formatNumber, formatPeriod, nextPeriod } from '../core/format';
import { CONFIG_SHEET } from '../core/sheet-names';
import { buildUnitTab } from '../core/tab-layout';
import type { WorkbookTab } from '../core/validate-workbook';
import { applyTabLayout } from './apply-layout';
import { appendArchive } from './archive-sheet';
import { clearStatuses } from './status-store';
import { UserError } from './user-error';
import type { WorkbookRead } from './workbook';

export interface CloseOutcome {
  readonly closed: string;
  readonly opened: string;
  readonly archived: number;
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

/**
 * Closes the read workbook's period. Order matters: the archive is written and flushed first; only then are the
 * unit tabs rebuilt empty for the next period, the configuration moved on and the statuses reset.
 */
export function closePeriodRun(read: WorkbookRead, now: Date): CloseOutcome {
  const { ss, config } = read;
  const tabs: WorkbookTab[] = [...read.grids].map(([name, grid]) => ({ name, grid }));
  const rows = archiveRowsFromGrids(config, tabs, config.period, now).slice(1);
  const archived = appendArchive(ss, rows, config.admins);
  SpreadsheetApp.flush();

  const next = nextPeriod(config.period);
  for (const unit of config.units) {
    const sheet = read.sheets.get(unit.sheetName);
    const grid = read.grids.get(unit.sheetName);
    if (!sheet || !grid) continue;
    applyTabLayout(sheet, buildUnitTab(unit, next), grid, unit.code, unit.operators, config.admins);
  }
  writeConfigPeriod(read, next);
  clearStatuses(config.units.map((u) => u.code));
  return {
    closed: config.period,
    opened: next,
    archived,
    message:
      `Periode ${formatPeriod(config.period)} ditutup: ${formatNumber(archived)} nilai disimpan di sheet "Arsip". ` +
      `Tab UPT kini dibuka untuk periode ${formatPeriod(next)}.`,
  };
}
