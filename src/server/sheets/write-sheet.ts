// Writes a core SummarySheet: one setValues, number formats, bold headers, frozen title, charts, admin-only protection.
import type { SummaryChart, SummarySheet } from '../../core/summary/summary-sheets';
import { withRetry } from '../runtime/retry';
import { coreRange, HEADER_BACKGROUND, protectForAdmins, trimGrid } from './apply-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Title and "Diperbarui: …" stay in view while scrolling. */
export const SUMMARY_FROZEN_ROWS = 2;
/** Columns kept free right of a sheet's table for its charts. */
export const CHART_COLUMNS = 8;
const CHART_HEIGHT_ROWS = 20;

function chartType(type: SummaryChart['type']): GoogleAppsScript.Charts.ChartType {
  if (type === 'bar') return Charts.ChartType.BAR;
  if (type === 'pie') return Charts.ChartType.PIE;
  return Charts.ChartType.COLUMN;
}

/** The number format of every cell: 'General' unless the summary names one ('@' would turn numbers into text). */
export function formatGrid(summary: SummarySheet, rows: number, cols: number): string[][] {
  const formats = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
  for (const f of summary.numberFormats) {
    const r = coreRange(f.range);
    for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) formats[r.row - 1 + i][r.col - 1 + j] = f.format;
  }
  return formats;
}

/** Writes the summary onto an empty sheet (a fresh one: the caller swaps it in when every sheet is complete). */
export function writeSummarySheet(sheet: Sheet, summary: SummarySheet, admins: readonly string[]): void {
  const rows = Math.max(1, summary.grid.length);
  const tableCols = Math.max(1, ...summary.grid.map((r) => r.length));
  const charts = summary.charts ?? [];
  const cols = tableCols + (charts.length > 0 ? CHART_COLUMNS : 0);
  const grid = Array.from({ length: rows }, (_, r) => {
    const row = summary.grid[r] ?? [];
    return [...row, ...Array<string | number>(cols - row.length).fill('')];
  });
  trimGrid(sheet, Math.max(rows, charts.length * CHART_HEIGHT_ROWS), cols);
  const all = sheet.getRange(1, 1, rows, cols);
  // Whole-range writes are idempotent, so a transient error is retried rather than failing the run.
  withRetry(() => all.setNumberFormats(formatGrid(summary, rows, cols)));
  withRetry(() => all.setValues(grid));
  const headers = new Set(summary.headerRows);
  withRetry(() => all.setFontWeights(grid.map((_, r) => Array(cols).fill(headers.has(r) ? 'bold' : 'normal'))));
  withRetry(() =>
    all.setBackgrounds(grid.map((_, r) => Array(cols).fill(headers.has(r) && r > 0 ? HEADER_BACKGROUND : null))),
  );
  sheet.setFrozenRows(Math.min(SUMMARY_FROZEN_ROWS, rows));
  summary.columnWidths?.forEach((w, i) => {
    sheet.setColumnWidth(i + 1, w);
  });
  charts.forEach((chart, i) => {
    const r = coreRange(chart.range);
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(chartType(chart.type))
        .addRange(sheet.getRange(r.row, r.col, r.rows, r.cols))
        .setOption('title', chart.title)
        .setPosition(1 + i * CHART_HEIGHT_ROWS, tableCols + 2, 0, 0)
        .build(),
    );
  });
  protectForAdmins(sheet, admins);
}
