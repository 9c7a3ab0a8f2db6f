// Opens the spreadsheet and reads it in one pass: the configuration, then every unit tab in one Sheets API batch.

import { parseConfig } from '../../core/config/config';
import {
  ARCHIVE_SHEET,
  CONFIG_SHEET,
  DRAFT_SUFFIX,
  INACTIVE_SUFFIX,
  isAddonSheet,
  OLD_SUFFIX,
} from '../../core/config/sheet-names';
import { previousFromArchive } from '../../core/lifecycle/archive';
import { displacedIssues } from '../../core/lifecycle/displaced';
import type { Config, Grid, Issue, UnitConfig, UnitReport } from '../../core/schema/types';
import { previousPeriod } from '../../core/text/format';
import { validateWorkbook, type WorkbookTab } from '../../core/validation/validate-workbook';
import { withRetry } from '../runtime/retry';
import { UserError } from '../runtime/user-error';
import { applyStoredStatus } from '../state/report-status';
import { readStatuses, type StoredStatus } from '../state/status-store';
import { readGrids } from './batch-read';
import { readSheetIndex, type SheetIndex } from './sheet-index';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet's whole content in one read (an empty sheet's data range is A1, read as [['']]); transient errors retried. */
export function readGrid(sheet: Sheet): Grid {
  return withRetry(() => sheet.getDataRange().getValues());
}

/** Sheets by name with their ids, in two calls whatever the number of sheets (see readSheetIndex). */
export function sheetsByName(ss: Spreadsheet): SheetIndex {
  return readSheetIndex(ss);
}

function describeIssues(issues: readonly Issue[]): string {
  const errors = issues.filter((i) => i.severity === 'error');
  const shown = errors
    .slice(0, 5)
    .map((i) => `• ${i.cell ? `${i.sheet}!${i.cell}: ` : ''}${i.message}${i.hint ? ` ${i.hint}` : ''}`)
    .join('\n');
  const more = errors.length > 5 ? `\n… dan ${errors.length - 5} kesalahan lain.` : '';
  return `${shown}${more}`;
}

const NO_CONFIG_MESSAGE = `Sheet "${CONFIG_SHEET}" belum ada. Admin Kanwil menjalankan menu Rekap UPT → Siapkan / perbarui tab UPT untuk membuatnya.`;

/** The configuration parsed from Pengaturan's grid; an invalid one stops the action with a clear message. */
function configFrom(grid: Grid): { config: Config; issues: Issue[] } {
  const { config, issues } = parseConfig(grid, CONFIG_SHEET);
  if (!config) {
    throw new UserError(`Sheet "${CONFIG_SHEET}" belum benar, tindakan dibatalkan:\n${describeIssues(issues)}`);
  }
  return { config, issues };
}

/** Reads and parses "Pengaturan"; a missing or invalid configuration stops the action with a clear message. */
export function readConfig(sheets: ReadonlyMap<string, Sheet>): { config: Config; issues: Issue[] } {
  const sheet = sheets.get(CONFIG_SHEET);
  if (!sheet) throw new UserError(NO_CONFIG_MESSAGE);
  return configFrom(readGrid(sheet));
}

export interface WorkbookRead {
  readonly ss: Spreadsheet;
  readonly config: Config;
  readonly sheets: SheetIndex;
  /** Every unit tab's grid, by sheet name. */
  readonly grids: ReadonlyMap<string, Grid>;
  /** One report per configured unit, its status taken from the status store. */
  readonly reports: UnitReport[];
  /** Configuration and workbook-level issues plus every unit's issues. */
  readonly issues: Issue[];
  readonly stored: ReadonlyMap<string, StoredStatus>;
  /** Unit tabs read (all in one batch). */
  readonly tabsRead: number;
  /** Pengaturan as this read found it; null when the caller gave the configuration. */
  readonly configGrid: Grid | null;
  /** The Arsip as read in the same batch; null when the workbook has none. */
  readonly archiveGrid: Grid | null;
}

/** True for a tab the workflow reads: not an add-on sheet (nor its draft), not a deactivated unit's tab. */
export function isUnitCandidate(name: string): boolean {
  const base = [DRAFT_SUFFIX, OLD_SUFFIX].reduce(
    (n, suffix) => (n.endsWith(suffix) ? n.slice(0, -suffix.length) : n),
    name,
  );
  return !isAddonSheet(base) && !name.endsWith(INACTIVE_SUFFIX);
}

/** What a caller may already hold: the sheets by name and the configuration read from them. */
export interface ReadOptions {
  /** Restricts the read to these sheet names (an operator checking their own tab). */
  readonly only?: readonly string[];
  readonly sheets?: SheetIndex;
  readonly config?: Config;
}

/**
 * Reads the workbook for validation and consolidation: the configuration, then every candidate unit tab in one
 * Sheets API batch (readGrids: reads do not grow with the number of tabs), validated by the core, with the status
 * store applied.
 */
export function readWorkbook(ss: Spreadsheet, options: ReadOptions = {}): WorkbookRead {
  const { only } = options;
  const sheets = options.sheets ?? sheetsByName(ss);
  if (!options.config && !sheets.has(CONFIG_SHEET)) throw new UserError(NO_CONFIG_MESSAGE);
  const names = [...sheets.keys()].filter((name) => isUnitCandidate(name) && (!only || only.includes(name)));
  // Pengaturan (unless given) and Arsip travel in the same batch: Arsip's last period feeds the month-over-month
  // warnings, and a close writes to it.
  const addon = [...(options.config ? [] : [CONFIG_SHEET]), ...(sheets.has(ARCHIVE_SHEET) ? [ARCHIVE_SHEET] : [])];
  const grids = readGrids(sheets, [...names, ...addon]);
  const configGrid = options.config ? null : (grids.get(CONFIG_SHEET) ?? [['']]);
  const { config, issues: configIssues } = options.config
    ? { config: options.config, issues: [] as Issue[] }
    : configFrom(configGrid ?? [['']]);
  const archiveRead = grids.get(ARCHIVE_SHEET) ?? null;
  const archiveGrid = archiveRead ?? [];
  for (const name of addon) grids.delete(name);
  const tabs: WorkbookTab[] = [...grids].map(([name, grid]) => ({ name, grid }));
  const scopedConfig = only ? { ...config, units: config.units.filter((u) => only.includes(u.sheetName)) } : config;
  const previous = previousFromArchive(archiveGrid, previousPeriod(config.period));
  const { reports, issues } = validateWorkbook(scopedConfig, tabs, { previous });
  const displaced = displacedIssues(archiveGrid, config.period);
  const stored = readStatuses(config.period);
  const withStatus = reports.map((r) =>
    applyStoredStatus(withIssues(r, displaced.get(r.unit.code) ?? []), stored.get(r.unit.code) ?? null),
  );
  return {
    ss,
    config,
    sheets,
    grids,
    reports: withStatus,
    issues: [...configIssues, ...issues, ...withStatus.flatMap((r) => r.issues)],
    stored,
    tabsRead: tabs.length,
    configGrid,
    archiveGrid: archiveRead,
  };
}

/** A report with more warnings (values set-up moved to Arsip): they are shown, never counted as errors. */
function withIssues(report: UnitReport, extra: readonly Issue[]): UnitReport {
  if (extra.length === 0) return report;
  return { ...report, issues: [...report.issues, ...extra], warningCount: report.warningCount + extra.length };
}

/** Reads only one unit's tab (plus the configuration, unless given) and validates it. */
export function readUnitTab(
  ss: Spreadsheet,
  unit: UnitConfig,
  options: ReadOptions = {},
): { read: WorkbookRead; report: UnitReport } {
  const read = readWorkbook(ss, { ...options, only: [unit.sheetName] });
  const report = read.reports.find((r) => r.unit.code === unit.code);
  if (!report) throw new UserError(`Data UPT ${unit.code} tidak dapat dibaca.`);
  return { read, report };
}
