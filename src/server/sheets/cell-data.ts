// The one builder of Sheets API cells: a value as setValues stores it, with how the cell looks.
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#CellData
import { storedText } from '../../core/lifecycle/archive-keys';
import { dateToSerial } from './batch-read';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;

export type SheetCell = string | number | boolean | Date;

/** How a cell looks: a number format pattern, bold, a background colour ("#cfe2f3"). */
export interface CellStyle {
  readonly pattern?: string | null;
  readonly bold?: boolean;
  readonly background?: string | null;
}

/** The API's number-format type for a pattern (the pattern decides the display; the type names its kind). */
export function numberFormatType(pattern: string): string {
  if (pattern === '@') return 'TEXT';
  if (pattern.includes('%')) return 'PERCENT';
  if (pattern.includes('Rp')) return 'CURRENCY';
  const letters = pattern.replace(/"[^"]*"/g, '');
  if (/[dy]/.test(letters)) return /[hHs]/.test(letters) ? 'DATE_TIME' : 'DATE';
  return 'NUMBER';
}

/** "#cfe2f3" → the API's Color (components 0–1, to 4 decimals: still exactly the 8-bit colour, fewer bytes sent). */
export function apiColor(hex: string): GoogleAppsScript.Sheets.Schema.Color {
  const n = Number.parseInt(hex.slice(1), 16);
  const part = (byte: number) => Math.round((byte / 255) * 10_000) / 10_000;
  return { red: part((n >> 16) & 255), green: part((n >> 8) & 255), blue: part(n & 255) };
}

/** The cell format of a style (empty when the style sets nothing). */
export function cellFormat(style: CellStyle): GoogleAppsScript.Sheets.Schema.CellFormat {
  const format: GoogleAppsScript.Sheets.Schema.CellFormat = {};
  if (style.pattern) format.numberFormat = { type: numberFormatType(style.pattern), pattern: style.pattern };
  if (style.bold) format.textFormat = { bold: true };
  if (style.background) format.backgroundColor = apiColor(style.background);
  return format;
}

/**
 * A value as setValues stores it: a number or boolean as such, a Date as the serial number of its wall-clock time in
 * the spreadsheet's zone (its cell's date format shows it), a formula as a formula, text as text without the
 * apostrophe cellText puts before text that would not stay text ('' clears the cell). A userEnteredValue is never
 * parsed, so text stays text.
 */
function userEnteredValue(value: SheetCell, timeZone: string): CellData['userEnteredValue'] | undefined {
  if (typeof value === 'number') return { numberValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  if (value instanceof Date) return { numberValue: dateToSerial(value, timeZone) };
  if (value === '') return undefined;
  if (value.startsWith('=') && value.length > 1) return { formulaValue: value };
  return { stringValue: storedText(value) };
}

/** One cell of an updateCells request; `timeZone` is the spreadsheet's (for Date values). */
export function cellData(value: SheetCell, style: CellStyle = {}, timeZone = 'UTC'): CellData {
  const cell: CellData = {};
  const entered = userEnteredValue(value, timeZone);
  if (entered) cell.userEnteredValue = entered;
  const format = cellFormat(style);
  if (Object.keys(format).length > 0) cell.userEnteredFormat = format;
  return cell;
}
