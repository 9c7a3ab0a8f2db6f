// A1 notation helpers: column letters, (row, col) ↔ A1 and rectangular ranges (1-based rows and columns).

/** Column number (1 = A) to letters: 1 → "A", 27 → "AA". */
export function columnLetter(col: number): string {
  let n = col;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Letters to column number: "A" → 1, "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based row and column to A1: (2, 3) → "C2". */
export function toA1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** A1 cell to 1-based row and column; null when it is not a single-cell A1 reference. */
export function fromA1(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** A rectangular range in A1: rangeA1(2, 2, 3, 1) → "B2:B4"; a single cell stays "B2". */
export function rangeA1(row: number, col: number, numRows = 1, numCols = 1): string {
  const start = toA1(row, col);
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${toA1(row + numRows - 1, col + numCols - 1)}`;
}

/** Zero-based grid indices (as in `grid[r][c]`) to A1. */
export function gridA1(r: number, c: number): string {
  return toA1(r + 1, c + 1);
}

/** A1 cell or rectangular range to its top-left cell and size: "B4:C5" → { row: 4, col: 2, rows: 2, cols: 2 }. */
export function fromRangeA1(a1: string): { row: number; col: number; rows: number; cols: number } | null {
  const [first = '', last = first, ...rest] = a1.split(':');
  const from = fromA1(first);
  const to = fromA1(last);
  if (!from || !to || rest.length > 0) return null;
  const row = Math.min(from.row, to.row);
  const col = Math.min(from.col, to.col);
  return { row, col, rows: Math.max(from.row, to.row) - row + 1, cols: Math.max(from.col, to.col) - col + 1 };
}
