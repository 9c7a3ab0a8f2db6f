// The "Arsip" sheet's long form: one row per typed value of a closed period, and the previous period read back from it.

import { locateTab, tabUnitCode, templateVersion } from '../schema/locate-tab';
import { allFields, SCHEMA } from '../schema/schema';
import type { CellValue, Config, FieldValue, Grid, UnitReport } from '../schema/types';
import { fromA1 } from '../text/a1';
import { cellText } from '../text/cell-text';
import { formatDateTimeId, isoDateIn } from '../text/format';
import type { WorkbookTab } from '../validation/validate-workbook';
import { validateWorkbook } from '../validation/validate-workbook';

export type ArchiveCell = string | number;

export const ARCHIVE_HEADER: readonly string[] = [
  'Periode',
  'Kode UPT',
  'Nama UPT',
  'Indikator',
  'Label',
  'Nilai',
  'Status',
  'Ditutup pada',
];
/** Status of an archived value: accepted by validation, or typed but rejected (kept so nothing is lost). */
export const ARCHIVE_VALID = 'Valid';
export const ARCHIVE_INVALID = 'Tidak valid';
/** Status of a value a new template had no place for: archived, never counted as a period's figure. */
export const ARCHIVE_DISPLACED = 'Tidak tertampung di templat baru';
/** Status of a value found on a template tab that belongs to no configured unit (renamed or unknown tab). */
export const ARCHIVE_UNMATCHED = 'Tab tidak terdaftar';

const LABELS: ReadonlyMap<string, string> = new Map(
  allFields(SCHEMA).map((f) => {
    const block = f.block.title.replace(/^[A-Z]\.\s*/, '');
    return [f.key, [block, f.row?.label, f.field.label].filter((part) => part !== undefined).join(' · ')];
  }),
);

/** "Ketahanan Pangan · Pertanian · Luas lahan (m²)" for a value key (block title without its letter). */
export function keyLabel(key: string): string {
  return LABELS.get(key) ?? key;
}

/** A raw typed cell as an archive value: numbers stay numbers, dates become YYYY-MM-DD (WIB), text is formula-safe. */
function archiveValue(value: CellValue): ArchiveCell {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return isoDateIn(value);
  return cellText(String(value));
}

function isBlank(value: CellValue): boolean {
  return value === '' || value === null || value === undefined;
}

function archiveRow(
  period: string,
  report: UnitReport,
  key: string,
  value: ArchiveCell,
  status: string,
  closedAt: string,
): ArchiveCell[] {
  return [period, cellText(report.unit.code), cellText(report.unit.name), key, keyLabel(key), value, status, closedAt];
}

/**
 * Archive rows from validated reports: every accepted value, and every rejected key with an empty value (the report
 * holds no rejected value; use archiveRowsFromGrids to keep what was typed). Header row first.
 */
export function archiveRows(reports: readonly UnitReport[], period: string, closedAt: Date): ArchiveCell[][] {
  const stamp = formatDateTimeId(closedAt);
  const rows: ArchiveCell[][] = [[...ARCHIVE_HEADER]];
  for (const report of reports) {
    if (!report.found) continue;
    const invalid = new Set(report.invalidKeys);
    for (const [key, value] of Object.entries(report.values)) {
      if (value === null || invalid.has(key)) continue;
      rows.push(archiveRow(period, report, key, archiveValue(value), ARCHIVE_VALID, stamp));
    }
    for (const key of report.invalidKeys) rows.push(archiveRow(period, report, key, '', ARCHIVE_INVALID, stamp));
  }
  return rows;
}

/**
 * Archive rows of what the operators TYPED, read from the raw grids at the cells the parser located, so a value
 * rejected by validation is archived as typed (status "Tidak valid") instead of being lost. Header row first.
 */
export function archiveRowsFromGrids(
  config: Config,
  tabs: readonly WorkbookTab[],
  period: string,
  closedAt: Date,
): ArchiveCell[][] {
  const stamp = formatDateTimeId(closedAt);
  const { reports } = validateWorkbook(config, tabs);
  const rows: ArchiveCell[][] = [[...ARCHIVE_HEADER]];
  for (const report of reports) {
    const tab = tabs.find((t) => t.name === report.sheetName);
    if (!report.found || !tab) continue;
    const invalid = new Set(report.invalidKeys);
    for (const { key, raw } of valueCells(report, tab.grid)) {
      if (isBlank(raw)) continue;
      rows.push(
        archiveRow(period, report, key, archiveValue(raw), invalid.has(key) ? ARCHIVE_INVALID : ARCHIVE_VALID, stamp),
      );
    }
  }
  // A renamed or unknown unit tab still holds typed figures: archive them too, under the tab's own name.
  const matched = new Set(reports.filter((r) => r.found).map((r) => r.sheetName));
  for (const tab of tabs) {
    if (matched.has(tab.name) || templateVersion(tab.grid) === null) continue;
    const code = cellText(tabUnitCode(tab.grid, SCHEMA) || tab.name);
    for (const [key, pos] of locateTab(tab.grid, SCHEMA).fields) {
      const raw = tab.grid[pos.r]?.[pos.c];
      if (isBlank(raw)) continue;
      rows.push([period, code, cellText(tab.name), key, keyLabel(key), archiveValue(raw), ARCHIVE_UNMATCHED, stamp]);
    }
  }
  return rows;
}

/** A value cell of a unit tab: its key, where it is (zero-based) and what it holds. */
export interface ValueCell {
  readonly key: string;
  readonly r: number;
  readonly c: number;
  readonly raw: CellValue;
}

/** The value cells at the addresses the report gives (or, when it gives none, where the template puts them). */
export function valueCells(report: UnitReport, grid: Grid): ValueCell[] {
  const addressed = Object.entries(report.cells);
  if (addressed.length > 0) {
    return addressed.flatMap(([key, a1]) => {
      const pos = fromA1(a1);
      return pos ? [{ key, r: pos.row - 1, c: pos.col - 1, raw: grid[pos.row - 1]?.[pos.col - 1] ?? '' }] : [];
    });
  }
  return [...locateTab(grid, SCHEMA).fields].map(([key, pos]) => ({
    key,
    r: pos.r,
    c: pos.c,
    raw: grid[pos.r]?.[pos.c],
  }));
}

/** Undoes cellText's protective apostrophe, for a value read back from a grid that kept it. */
function restoreText(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

function periodText(value: CellValue): string {
  if (value instanceof Date) return isoDateIn(value).slice(0, 7);
  return String(value ?? '').trim();
}

/**
 * The accepted values of `period` from the Arsip grid, by unit code then value key (for month-over-month warnings).
 * Columns are found by their header names; rows of other periods and rejected values are ignored.
 */
export function previousFromArchive(archiveGrid: Grid, period: string): Record<string, Record<string, FieldValue>> {
  const result: Record<string, Record<string, FieldValue>> = {};
  const headerIndex = archiveGrid.findIndex(
    (row) => row.some((c) => c === 'Kode UPT') && row.some((c) => c === 'Indikator'),
  );
  if (headerIndex < 0) return result;
  const header = (archiveGrid[headerIndex] ?? []).map((c) => String(c).trim());
  const col = (name: string) => header.indexOf(name);
  const [periodCol, codeCol, keyCol, valueCol, statusCol] = ['Periode', 'Kode UPT', 'Indikator', 'Nilai', 'Status'].map(
    col,
  ) as [number, number, number, number, number];
  if ([periodCol, codeCol, keyCol, valueCol].some((c) => c < 0)) return result;
  for (const row of archiveGrid.slice(headerIndex + 1)) {
    if (periodText(row[periodCol]) !== period) continue;
    if (statusCol >= 0 && String(row[statusCol] ?? '').trim() !== ARCHIVE_VALID) continue;
    const code = restoreText(String(row[codeCol] ?? '').trim());
    const key = String(row[keyCol] ?? '').trim();
    const raw = row[valueCol];
    if (code === '' || key === '' || isBlank(raw)) continue;
    const value: FieldValue =
      typeof raw === 'number' ? raw : raw instanceof Date ? isoDateIn(raw) : restoreText(String(raw));
    result[code] ??= {};
    (result[code] as Record<string, FieldValue>)[key] = value;
  }
  return result;
}
