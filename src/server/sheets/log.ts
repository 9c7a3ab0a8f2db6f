// The "Log" sheet: one row per run (manual or scheduled) with start, end, outcome, tabs read and duration.

import { LOG_SHEET } from '../../core/config/sheet-names';
import { cellText } from '../../core/text/cell-text';
import { withRetry } from '../runtime/retry';
import { dateToSerial } from './batch-read';
import { sheetsApi } from './sheet-index';
import { cellData } from './write-grid';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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

/**
 * Appends one row below the last one with the Sheets API: one metadata read (the Log's id, the time zone) and one
 * batchUpdate whose appendCells adds the row, growing the grid as needed (and makes the Log first, when missing).
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#appendcellsrequest
 * The read is retried on a transient error; the write is not: a batch that timed out may have added the row.
 */
export function appendLog(ss: Spreadsheet, entry: LogEntry): void {
  const seconds = Math.round((entry.end.getTime() - entry.start.getTime()) / 100) / 10;
  const spreadsheetId = withRetry(() => ss.getId());
  const meta = withRetry(() =>
    sheetsApi().Spreadsheets.get(spreadsheetId, { fields: 'properties.timeZone,sheets.properties(sheetId,title)' }),
  );
  const timeZone = meta.properties?.timeZone ?? 'UTC';
  const when = { pattern: DATE_TIME_FORMAT };
  const row = {
    values: [
      cellData(dateToSerial(entry.start, timeZone), when),
      cellData(dateToSerial(entry.end, timeZone), when),
      cellData(entry.action),
      cellData(cellText(entry.by || '(tidak diketahui)')),
      cellData(entry.outcome),
      cellData(entry.tabsRead),
      cellData(seconds),
      cellData(cellText(entry.detail)),
    ],
  };
  const sheets = (meta.sheets ?? []).map((s) => s.properties ?? {});
  const existing = sheets.find((p) => p.title === LOG_SHEET);
  const sheetId = existing?.sheetId ?? Math.max(0, ...sheets.map((p) => p.sheetId ?? 0)) + 1;
  const requests: GoogleAppsScript.Sheets.Schema.Request[] = existing
    ? []
    : [
        {
          addSheet: {
            properties: {
              sheetId,
              title: LOG_SHEET,
              gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 1 },
            },
          },
        },
        {
          updateCells: {
            start: { sheetId },
            rows: [{ values: LOG_HEADERS.map((h) => cellData(h, { bold: true })) }],
            fields: 'userEnteredValue,userEnteredFormat.textFormat.bold',
          },
        },
      ];
  requests.push({ appendCells: { sheetId, rows: [row], fields: 'userEnteredValue,userEnteredFormat.numberFormat' } });
  sheetsApi().Spreadsheets.batchUpdate({ requests }, spreadsheetId);
}
