// The add-on's earlier way of writing a summary, through SpreadsheetApp call by call on a fresh sheet: the oracle the
// one-batch writer (src/server/sheets/write-sheet.ts) is compared with, cell by cell.
import type { SummaryChart, SummarySheet } from '../../../src/core/summary/summary-sheets';
import { coreRange, HEADER_BACKGROUND, protectForAdmins, trimGrid } from '../../../src/server/sheets/apply-layout';
import { CHART_COLUMNS, SUMMARY_FROZEN_ROWS } from '../../../src/server/sheets/write-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const CHART_HEIGHT_ROWS = 20;

function chartType(type: SummaryChart['type']): GoogleAppsScript.Charts.ChartType {
  if (type === 'bar') return Charts.ChartType.BAR;
  if (type === 'pie') return Charts.ChartType.PIE;
  return Charts.ChartType.COLUMN;
}

export function writeSummaryBySpreadsheetApp(sheet: Sheet, summary: SummarySheet, admins: readonly string[]): void {
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
  const formats = Array.from({ length: rows }, () => Array<string>(cols).fill('General'));
  for (const f of summary.numberFormats) {
    const r = coreRange(f.range);
    for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) formats[r.row - 1 + i][r.col - 1 + j] = f.format;
  }
  all.setNumberFormats(formats);
  all.setValues(grid);
  const headers = new Set(summary.headerRows);
  all.setFontWeights(grid.map((_, r) => Array(cols).fill(headers.has(r) ? 'bold' : 'normal')));
  all.setBackgrounds(grid.map((_, r) => Array(cols).fill(headers.has(r) && r > 0 ? HEADER_BACKGROUND : null)));
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
