// The "Log" sheet: one row per run (manual or scheduled) with start, end, outcome, tabs read and duration.

import { LOG_SHEET } from '../../core/config/sheet-names';
import { cellText } from '../../core/text/cell-text';
import { withRetry } from '../runtime/retry';
import { ADMIN_SHEET_DESCRIPTION } from './apply-layout';
import { cellData, cellFormat } from './cell-data';
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

/** The Log sheet, created with its header row on first use. */
export function logSheet(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = ss.getSheetByName(LOG_SHEET);
  if (existing) return existing;
  const sheet = ss.insertSheet(LOG_SHEET);
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

/**
 * Appends one row below the last one with Sheet.appendRow, which is atomic: two runs logging at once (an operator's
 * send during a consolidation) never write the same row (https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object)).
 */
export function appendLog(ss: Spreadsheet, entry: LogEntry): void {
  const seconds = Math.round((entry.end.getTime() - entry.start.getTime()) / 100) / 10;
  const values = [
    entry.start,
    entry.end,
    entry.action,
    cellText(entry.by || '(tidak diketahui)'),
    entry.outcome,
    entry.tabsRead,
    seconds,
    cellText(entry.detail),
  ];
  const sheet = withRetry(() => logSheet(ss));
  sheet.appendRow(values);
}
