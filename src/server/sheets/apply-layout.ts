// What unit tabs and add-on sheets look like and how the add-on protects them (SpreadsheetApp protections).
import type { LayoutCell } from '../../core/schema/tab-layout';
import type { CellValue, Grid } from '../../core/schema/types';
import { fromRangeA1 } from '../../core/text/a1';
import { wroteThroughSpreadsheetApp } from '../runtime/write-cache';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const HEADER_BACKGROUND = '#cfe2f3';
/** Cells operators fill stay white ("Isi hanya sel putih"); everything else is shaded. */
export const INPUT_BACKGROUND = '#ffffff';
export const TEMPLATE_BACKGROUND = '#f3f3f3';

/** Protection description that marks a unit tab's protection as the add-on's. */
export function protectionDescription(unitCode: string): string {
  return `Rekap UPT: tab ${unitCode} (diatur oleh add-on)`;
}

/** A range the core wrote into a layout or a summary: always valid A1, so anything else is a bug. */
export function coreRange(a1: string): { row: number; col: number; rows: number; cols: number } {
  const range = fromRangeA1(a1);
  if (!range) throw new Error(`Bad A1 range from the core: ${a1}`);
  return range;
}

function sameCell(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** True when the sheet already holds exactly the layout's values (the write can be skipped). */
export function sameGrid(current: Grid, wanted: readonly (readonly LayoutCell[])[]): boolean {
  if (current.length !== wanted.length) return false;
  return wanted.every((row, r) => row.length === current[r].length && row.every((v, c) => sameCell(current[r][c], v)));
}

/** Resizes the sheet's grid to exactly rows × cols (a spreadsheet holds at most 10 million cells). */
export function trimGrid(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  if (maxRows !== rows || maxCols !== cols) wroteThroughSpreadsheetApp();
  if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  else if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (maxCols > cols) sheet.deleteColumns(cols + 1, maxCols - cols);
  else if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

export const ADMIN_SHEET_DESCRIPTION = 'Rekap UPT: ditulis oleh add-on, hanya admin yang dapat mengubah';

/** Protection description of the range that lets a unit's operators fill their tab's input cells. */
export function inputProtectionDescription(unitCode: string): string {
  return `Rekap UPT: isian tab ${unitCode} (operator UPT dan admin)`;
}

/**
 * Makes the protection's editors exactly `editors` (the owner and the current user always stay, as in Sheets). A new
 * protection mirrors the file's permissions until its editor list is changed, so anyone the file is shared with
 * later could edit it (https://developers.google.com/apps-script/reference/spreadsheet/range#protect()): a new one
 * always gets its list set, even when it already matches.
 */
export function setEditors(
  protection: GoogleAppsScript.Spreadsheet.Protection,
  editors: readonly string[],
  isNew: boolean,
): void {
  const wanted = new Set(editors.map((e) => e.toLowerCase()));
  const current = protection.getEditors().map((u) => u.getEmail().toLowerCase());
  const extra = current.filter((e) => !wanted.has(e));
  const missing = [...wanted].filter((e) => !current.includes(e));
  wroteThroughSpreadsheetApp();
  if (extra.length > 0) protection.removeEditors(extra);
  if (missing.length > 0) protection.addEditors(missing);
  else if (isNew && extra.length === 0) protection.addEditors([...wanted]);
  if (protection.isWarningOnly()) protection.setWarningOnly(false);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/**
 * Protects the whole sheet except the input ranges; editors become exactly `editors`. The owner and the person
 * running the script always stay editors (Apps Script cannot remove them), so admins running setup keep access.
 */
export function protectSheet(
  sheet: Sheet,
  description: string,
  inputRanges: readonly string[],
  editors: readonly string[],
): void {
  wroteThroughSpreadsheetApp();
  const protection = sheet.protect();
  const ours = protection.getDescription() === description;
  if (!ours) protection.setDescription(description);
  // On a rerun the open ranges are read (cheap) and rewritten only when the layout moved them.
  const open = ours
    ? protection
        .getUnprotectedRanges()
        .map((r) => r.getA1Notation())
        .sort()
        .join()
    : null;
  if (open !== [...inputRanges].sort().join()) {
    protection.setUnprotectedRanges(inputRanges.length > 0 ? sheet.getRangeList([...inputRanges]).getRanges() : []);
  }
  setEditors(protection, editors, !ours);
}

/** Protects an add-on sheet (summaries, Log, Arsip, Validasi) so only the admins edit it. */
export function protectForAdmins(sheet: Sheet, admins: readonly string[]): void {
  protectSheet(sheet, ADMIN_SHEET_DESCRIPTION, [], admins);
}
