// Test helpers for the summary sheets: the sample's sheets, and finding a sheet or a row by what a user reads.
import { SAMPLE_CONFIG } from '../../../fixtures/sample/workbook';
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import type { SummarySheet } from '../../../src/core/summary/summary-sheets';
import { summarySheets } from '../../../src/core/summary/summary-sheets';
import { sampleReports } from '../consolidation/consolidate-reports';

export const NOW = new Date('2026-02-06T02:30:00Z'); // 09.30 WIB

/** The summary sheets of the sample workbook. */
export function sampleSheets(): SummarySheet[] {
  return summarySheets(consolidateRegion(SAMPLE_CONFIG, sampleReports()), NOW);
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
