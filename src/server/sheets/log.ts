// The "Log" sheet: one row per run (manual or scheduled) with start, end, outcome, tabs read and duration.

import { LOG_SHEET } from '../../core/config/sheet-names';
import { cellText } from '../../core/text/cell-text';
import { withRetry } from '../runtime/retry';
import { wroteThroughSpreadsheetApp } from '../runtime/write-cache';
import { ADMIN_SHEET_DESCRIPTION } from './apply-layout';
import { cellData, cellFormat } from './cell-data';
import { type SheetIndex, sheetsApi } from './sheet-index';
import { protectionRequest } from './unit-tab-requests';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

export const LOG_HEADERS = [
  'Mulai',
  'Selesai',
  'Tindakan',
  'Oleh',
  'Hasil',
  'Tab UPT dibaca',
  'Durasi (detik)',
  'Keterangan',
] as const;

export const DATE_TIME_FORMAT = 'd mmmm yyyy HH:mm:ss';

/** 'Dilanjutkan': stopped before the time limit, to be finished by the next run. */
export type Outcome = 'Berhasil' | 'Gagal' | 'Dilanjutkan';

export interface LogEntry {
  readonly start: Date;
  readonly end: Date;
  /** What ran, e.g. "Rekap sekarang", "Rekap terjadwal". */
  readonly action: string;
  readonly by: string;
  readonly outcome: Outcome;
  readonly tabsRead: number;
  readonly detail: string;
}

/** The Log sheet, created with its header row on first use (or given it, when a run stopped between the two). */
export function logSheet(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = ss.getSheetByName(LOG_SHEET);
  if (existing && existing.getLastRow() > 0) return existing;
  wroteThroughSpreadsheetApp();
  const sheet = existing ?? ss.insertSheet(LOG_SHEET);
  sheet
    .getRange(1, 1, 1, LOG_HEADERS.length)
    .setValues([[...LOG_HEADERS]])
    .setFontWeight('bold');
  sheet.getRange('A:B').setNumberFormat(DATE_TIME_FORMAT);
  sheet.setFrozenRows(1);
  return sheet;
}

/** The requests that add the Log as logSheet makes it, admin-only, under `sheetId`. */
export function logSheetRequests(sheetId: number, admins: readonly string[]): Request[] {
  return [
    { addSheet: { properties: { sheetId, title: LOG_SHEET, gridProperties: { frozenRowCount: 1 } } } },
    {
      repeatCell: {
        range: { sheetId, startColumnIndex: 0, endColumnIndex: 2 },
        cell: { userEnteredFormat: cellFormat({ pattern: DATE_TIME_FORMAT }) },
        fields: 'userEnteredFormat.numberFormat',
      },
    },
    {
      updateCells: {
        start: { sheetId, rowIndex: 0, columnIndex: 0 },
        rows: [{ values: LOG_HEADERS.map((h) => cellData(h, { bold: true })) }],
        fields: 'userEnteredValue,userEnteredFormat.textFormat.bold',
      },
    },
    protectionRequest(sheetId, undefined, {}, ADMIN_SHEET_DESCRIPTION, [], admins),
  ];
}

/** The row's cells as appendRow takes them: start, end, action, by, outcome, tabs read, seconds, detail. */
function rowValues(entry: LogEntry): (string | number | Date)[] {
  const seconds = Math.round((entry.end.getTime() - entry.start.getTime()) / 100) / 10;
  return [
    entry.start,
    entry.end,
    entry.action,
    cellText(entry.by || '(tidak diketahui)'),
    entry.outcome,
    entry.tabsRead,
    seconds,
    cellText(entry.detail),
  ];
}

/**
 * The Sheets API request that appends the rows after the Log's last row with data, atomically ("appends new rows and
 * columns to a sheet": https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#appendcellsrequest),
 * or null when the index holds no Log and no `logId` is given (the Log the same batch adds). Sent alone or inside a
 * run's own batch, so that the rows and the work they record are applied together or not at all.
 */
export function logRowRequest(
  entries: readonly LogEntry[],
  index: SheetIndex,
  logId: number | null = index.idOf(LOG_SHEET),
): Request | null {
  if (logId === null) return null;
  const dated = { pattern: DATE_TIME_FORMAT };
  const rows = entries.map((entry) => ({
    values: rowValues(entry).map((v, i) => cellData(v, i < 2 ? dated : {}, index.timeZone)),
  }));
  return { appendCells: { sheetId: logId, rows, fields: 'userEnteredValue,userEnteredFormat' } };
}

/**
 * Appends the rows below the last one, in order, atomically: two runs logging at once (an operator's send during a
 * consolidation) never write the same row. With the run's sheet index, one appendCells by the Log's id; without it,
 * or when that is refused (the Log deleted since the index was read), Sheet.appendRow per row
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object)), creating the sheet first.
 */
export function appendLog(ss: Spreadsheet, entries: readonly LogEntry[], index?: SheetIndex): void {
  if (entries.length === 0) return;
  const request = index ? logRowRequest(entries, index) : null;
  if (index && request) {
    try {
      sheetsApi().Spreadsheets.batchUpdate({ requests: [request] }, index.spreadsheetId);
      return;
    } catch {
      // appendRow below.
    }
  }
  const sheet = withRetry(() => logSheet(ss));
  wroteThroughSpreadsheetApp();
  for (const entry of entries) sheet.appendRow(rowValues(entry));
}
