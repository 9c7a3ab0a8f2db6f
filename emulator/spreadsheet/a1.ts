// A1 notation: parsing "Sheet!B2:D10" style references and formatting 1-based coordinates back to A1.
import { SHEET_ERRORS } from './errors';

export interface GridRef {
  readonly sheetName: string | null;
  readonly row: number;
  readonly column: number;
  /** null for open-ended references such as "A:C" (to the last row) or "2:4" (to the last column). */
  readonly numRows: number | null;
  readonly numColumns: number | null;
}

export function columnToLetters(column: number): string {
  let s = '';
  let n = column;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnToLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnToLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Splits "'My Sheet'!A1:B2" into the sheet name (quotes removed) and the range part. */
function splitSheet(a1: string): { sheetName: string | null; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, ref: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

/** Parses A1 notation; throws Apps Script's "Range not found" on anything it cannot read. */
export function parseA1(a1: string): GridRef {
  const { sheetName, ref } = splitSheet(a1.trim());
  const [a, b = a] = ref.split(':');
  const ma = CELL.exec(a);
  const mb = CELL.exec(b);
  if (!ma || !mb || (!ma[1] && !ma[2]) || (!mb[1] && !mb[2])) throw new Error(SHEET_ERRORS.rangeNotFound);
  const c1 = ma[1] ? lettersToColumn(ma[1]) : null;
  const c2 = mb[1] ? lettersToColumn(mb[1]) : null;
  const r1 = ma[2] ? Number(ma[2]) : null;
  const r2 = mb[2] ? Number(mb[2]) : null;
  if ((c1 === null) !== (c2 === null)) throw new Error(SHEET_ERRORS.rangeNotFound);
  if (r1 === 0 || r2 === 0 || (r1 === null && r2 !== null)) throw new Error(SHEET_ERRORS.rangeNotFound);
  // "A2:C" runs from row 2 to the last row of the grid.
  const row = r1 === null ? 1 : r2 === null ? r1 : Math.min(r1, r2);
  const column = c1 === null || c2 === null ? 1 : Math.min(c1, c2);
  return {
    sheetName,
    row,
    column,
    numRows: r1 === null || r2 === null ? null : Math.abs(r2 - r1) + 1,
    numColumns: c1 === null || c2 === null ? null : Math.abs(c2 - c1) + 1,
  };
}
