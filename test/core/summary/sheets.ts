// Test helpers for the summary sheets: the sample's sheets, and finding a sheet or a row by what a user reads.
import { SAMPLE_CONFIG } from '../../../fixtures/sample/workbook';
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import type { UnitConfig, UnitReport } from '../../../src/core/schema/types';
import type { SummarySheet } from '../../../src/core/summary/summary-sheets';
import { summarySheets } from '../../../src/core/summary/summary-sheets';
import { regionConfig, sampleReports } from '../consolidation/consolidate-reports';

export const NOW = new Date('2026-02-06T02:30:00Z'); // 09.30 WIB

/** The summary sheets of the sample workbook. */
export function sampleSheets(): SummarySheet[] {
  return summarySheets(consolidateRegion(SAMPLE_CONFIG, sampleReports()), NOW);
}

/** One summary sheet of a region of `units` with these reports. */
export function regionSheet(name: string, units: UnitConfig[], reports: UnitReport[]): SummarySheet {
  return sheet(summarySheets(consolidateRegion(regionConfig(units), reports), NOW), name);
}

export function sheet(sheets: SummarySheet[], name: string): SummarySheet {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The row whose first cell is `label`. */
export function rowOf(s: SummarySheet, label: string): (string | number)[] {
  const row = s.grid.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label} in ${s.name}`);
  return row;
}

/** The cells of the row whose first cell is `label`, after that label. */
export function after(s: SummarySheet, label: string): (string | number)[] {
  return rowOf(s, label).slice(1);
}

/** A unit's row in the per-unit table that has a column `header`, as header → cell. */
export function unitRow(s: SummarySheet, header: string, code: string): Record<string, string | number> {
  const top = s.grid.findIndex((r) => r[0] === 'Kode UPT' && r.includes(header));
  const end = s.grid.findIndex((r, i) => i > top && (r[0] === '' || r[0] === 'Total wilayah'));
  const row = s.grid.slice(top + 1, end < 0 ? undefined : end).find((r) => r[0] === code);
  if (top < 0 || !row) throw new Error(`no row ${code} under ${header} in ${s.name}`);
  return Object.fromEntries((s.grid[top] ?? []).map((h, i) => [String(h), row[i] ?? '']));
}
