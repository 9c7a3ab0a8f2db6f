// Replaces the summary sheets in place with Sheets API batches: each sheet whole (values, formats, size, widths,
// charts, admin-only protection) inside one atomic batchUpdate, so its sheet id (and every link to it) stays.
import { DRAFT_SUFFIX, OLD_SUFFIX } from '../../core/config/sheet-names';
import type { SummaryChart, SummarySheet } from '../../core/summary/summary-sheets';
import { createdSheetIds, rememberCreated } from '../state/created-sheets';
import { coreRange, HEADER_BACKGROUND } from './apply-layout';
import { sendBatches, sheetIdAllocator } from './batch-update';
import { cellData } from './cell-data';
import type { SheetIndex } from './sheet-index';
import { gridSheetRequests } from './write-grid';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type ChartSpec = GoogleAppsScript.Sheets.Schema.ChartSpec;

/** Title and "Diperbarui: …" stay in view while scrolling. */
export const SUMMARY_FROZEN_ROWS = 2;
/** Columns kept free right of a sheet's table for its charts. */
export const CHART_COLUMNS = 8;
const CHART_HEIGHT_ROWS = 20;

/** The chart over a summary table: first column the categories, the others one series each, first row the names. */
function chartSpec(sheetId: number, chart: SummaryChart): ChartSpec {
  const r = coreRange(chart.range);
  const column = (c: number) => ({
    sourceRange: {
      sources: [
        {
          sheetId,
          startRowIndex: r.row - 1,
          endRowIndex: r.row - 1 + r.rows,
          startColumnIndex: c,
          endColumnIndex: c + 1,
        },
      ],
    },
  });
  const first = r.col - 1;
  if (chart.type === 'pie')
    return { title: chart.title, pieChart: { domain: column(first), series: column(first + 1) } };
  return {
    title: chart.title,
    basicChart: {
      chartType: chart.type === 'bar' ? 'BAR' : 'COLUMN',
      headerCount: 1,
      domains: [{ domain: column(first) }],
      series: Array.from({ length: r.cols - 1 }, (_, k) => ({ series: column(first + 1 + k) })),
    },
  };
}

/** The requests that make a sheet exactly the summary (see gridSheetRequests), its charts right of the table. */
export function summaryRequests(
  summary: SummarySheet,
  sheetId: number,
  existing: Parameters<typeof gridSheetRequests>[1],
  admins: readonly string[],
): Request[] {
  const rows = Math.max(1, summary.grid.length);
  const tableCols = Math.max(1, ...summary.grid.map((r) => r.length));
  const charts = summary.charts ?? [];
  const cols = tableCols + (charts.length > 0 ? CHART_COLUMNS : 0);
  const headers = new Set(summary.headerRows);
  // Values cell by cell; formats by range (far fewer bytes than a format in every cell).
  const cells = Array.from({ length: rows }, (_, r) => ({
    values: Array.from({ length: cols }, (_, c) => cellData(summary.grid[r]?.[c] ?? '')),
  }));
  const gridRange = (a1: string) => {
    const r = coreRange(a1);
    return {
      sheetId,
      startRowIndex: r.row - 1,
      endRowIndex: r.row - 1 + r.rows,
      startColumnIndex: r.col - 1,
      endColumnIndex: r.col - 1 + r.cols,
    };
  };
  const formatRequests: Request[] = [
    ...summary.numberFormats.map((f) => ({
      repeatCell: {
        range: gridRange(f.range),
        cell: cellData('', { pattern: f.format }),
        fields: 'userEnteredFormat.numberFormat',
      },
    })),
    ...[...headers].map((r) => ({
      repeatCell: {
        range: { sheetId, startRowIndex: r, endRowIndex: r + 1, startColumnIndex: 0, endColumnIndex: cols },
        cell: cellData('', { bold: true, background: r > 0 ? HEADER_BACKGROUND : null }),
        fields: 'userEnteredFormat(textFormat.bold,backgroundColor)',
      },
    })),
  ];
  const chartRequests: Request[] = charts.map((chart, i) => ({
    addChart: {
      chart: {
        spec: chartSpec(sheetId, chart),
        position: {
          overlayPosition: { anchorCell: { sheetId, rowIndex: i * CHART_HEIGHT_ROWS, columnIndex: tableCols + 1 } },
        },
      },
    },
  }));
  return gridSheetRequests(
    sheetId,
    existing,
    {
      name: summary.name,
      rows: cells,
      rowCount: Math.max(rows, charts.length * CHART_HEIGHT_ROWS),
      columnCount: cols,
      frozenRows: SUMMARY_FROZEN_ROWS,
      columnWidths: summary.columnWidths ?? [],
      admins,
    },
    [...formatRequests, ...chartRequests],
  );
}

/**
 * Replaces every summary in place with one batchUpdate for all of them (more only past the 2 MB guideline, a summary
 * never split), from the sheet index the run read first. Drafts and old copies an earlier run left ("… (baru)",
 * "… (lama)") go in the first batch when the add-on created them (their ids are recorded, created-sheets.ts);
 * `alongside` (the statuses shown on unit tabs) in the last. A failed batch applies nothing: the previous summaries
 * stay whole. Returns the batches sent.
 */
export function writeSummaries(
  index: SheetIndex,
  summaries: readonly SummarySheet[],
  admins: readonly string[],
  alongside: readonly Request[] = [],
): number {
  const states = index.states;
  const byTitle = new Map(states.map((s) => [s.title, s]));
  const newSheetId = sheetIdAllocator(states);
  const created = createdSheetIds();
  // Only a leftover the add-on created goes: a sheet of the Kanwil's under such a name is never deleted.
  const leftovers: Request[] = summaries.flatMap((s) =>
    [DRAFT_SUFFIX, OLD_SUFFIX].flatMap((suffix) => {
      const left = byTitle.get(s.name + suffix);
      return left && created.has(left.sheetId) ? [{ deleteSheet: { sheetId: left.sheetId } }] : [];
    }),
  );
  const added: number[] = [];
  const parts = summaries.map((summary) => {
    const existing = byTitle.get(summary.name) ?? null;
    const sheetId = existing?.sheetId ?? newSheetId();
    if (!existing) added.push(sheetId);
    return summaryRequests(summary, sheetId, existing, admins);
  });
  rememberCreated(added, created);
  return sendBatches(index.spreadsheetId, [leftovers, ...parts, [...alongside]]);
}
