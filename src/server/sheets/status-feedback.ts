// Right after the feedback documents are made, each unit's row in the Status sheet links its own (the column
// "Umpan balik", added when the sheet has none yet); every later rekap writes the same links with the whole sheet.
import { STATUS_SHEET } from '../../core/config/sheet-names';
import { FEEDBACK_COLUMN, feedbackLink } from '../../core/summary/status';
import { wroteThroughSpreadsheetApp } from '../runtime/write-cache';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const CODE_COLUMN = 'Kode UPT';

/**
 * Writes the links (unit code → address) into the Status sheet's table; false when there is no Status sheet with
 * its table yet (the first rekap shows them). One read, one write of the column (and its header when new).
 */
export function linkFeedbackInStatus(ss: Spreadsheet, links: Readonly<Record<string, string>>): boolean {
  const sheet = ss.getSheetByName(STATUS_SHEET);
  if (!sheet) return false;
  const grid = sheet.getDataRange().getValues();
  const headerRow = grid.findIndex((row) => row.includes(CODE_COLUMN));
  const header = grid[headerRow];
  if (!header) return false;
  wroteThroughSpreadsheetApp();
  const codeColumn = header.indexOf(CODE_COLUMN);
  let column = header.indexOf(FEEDBACK_COLUMN);
  if (column < 0) {
    column = header.reduce((last: number, cell, c) => (cell === '' ? last : c), 0) + 1;
    if (column + 1 > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
  }
  const rows: string[][] = [[FEEDBACK_COLUMN]];
  for (const row of grid.slice(headerRow + 1)) {
    const code = String(row[codeColumn] ?? '');
    if (code === '') break;
    const url = links[code];
    rows.push([url ? feedbackLink(url) : '']);
  }
  // The header and the links in one write: setValues stores a text starting with "=" as a formula.
  sheet.getRange(headerRow + 1, column + 1, rows.length, 1).setValues(rows);
  return true;
}
