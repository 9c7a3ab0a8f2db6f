// The stored cell: value (or formula with its last computed result), formats, note and validation; and typed-input parsing.
import type { EmuDataValidation } from './data-validation';
import { separatorsFor, zonedInstant } from './locale';

/** What a cell holds as Apps Script returns it; null is only the internal "never set" marker. */
export type CellValue = number | string | boolean | Date | null;

export interface Cell {
  value: CellValue;
  /** Formula text including the leading "="; value then holds its computed (or xlsx-cached) result. */
  formula?: string;
  numberFormat?: string;
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  note?: string;
  validation?: EmuDataValidation;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  linkUrl?: string;
}

/** The formatting a cell carries (what "clear formats" removes). */
export const CELL_FORMAT_KEYS = [
  'numberFormat',
  'background',
  'fontWeight',
  'fontColor',
  'wrap',
  'horizontalAlignment',
  'verticalAlignment',
] as const;

export function isBlank(cell: Cell | undefined): boolean {
  return !cell || ((cell.value === null || cell.value === '') && !cell.formula);
}

/** Error values a sheet can show (a formula that broke, or a value loaded from a workbook). */
export const ERROR_VALUES = ['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'] as const;

/**
 * How a string written by setValue(s) or typed by a person is stored. Apps Script writes strings the way the Sheets
 * API's USER_ENTERED input option parses them, "as if the user typed them into the UI"
 * (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption; that Range.setValue behaves so is
 * widely observed, not stated in its reference): a leading apostrophe forces text (dropped from the value), numbers
 * are read with the spreadsheet locale's separators (id_ID: "1.234,5" → 1234.5, "102.772" → 102772), TRUE/FALSE
 * become booleans, ISO and slash dates (in the locale's order) become dates in the spreadsheet time zone, a leading
 * "Rp"/"$" is read as an amount. A cell formatted as plain text ("@") keeps the string. Other date spellings ("3 Feb
 * 2026") stay strings here (a documented gap).
 */
export function parseTyped(text: string, locale: string, timeZone: string, numberFormat?: string): CellValue {
  if (text.startsWith("'")) return text.slice(1);
  if (numberFormat === '@') return text;
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  const sep = separatorsFor(locale);
  const g = sep.group === '.' ? '\\.' : ',';
  const d = sep.decimal === '.' ? '\\.' : ',';
  // A currency symbol in front is read as a number (the cell would also get a currency format).
  const amount = t.replace(/^([+-]?)(?:Rp\.?|\$)\s?/i, '$1');
  const num = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?(%?)$`).exec(amount);
  if (num && (num[2] !== undefined || num[3] !== undefined)) {
    const int = (num[2] ?? '0').split(sep.group).join('');
    const n = Number(`${num[1]}${int}.${num[3] ?? '0'}`);
    return num[4] ? n / 100 : n;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return zonedInstant(Number(iso[1]), Number(iso[2]), Number(iso[3]), timeZone);
  // Slash dates follow the locale's order: day first where "," is the decimal separator (id_ID 3/2/2026 = 3 Feb).
  const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (slash) {
    const [a, b, y] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
    const [day, month] = sep.decimal === ',' ? [a, b] : [b, a];
    if (month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(y, month, 0)).getUTCDate()) {
      return zonedInstant(y, month, day, timeZone);
    }
  }
  return text;
}
