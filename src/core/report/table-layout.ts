// How a report table is laid out on the page: which columns hold numbers (set flush right), how wide each column is
// (from its content, so no word is broken), and "Rp" kept on its number's line.

/** Text width of the page between A4's 72 pt margins (595 − 2 × 72 = 451 pt). */
export const PAGE_TEXT_WIDTH = 451;

/** Docs pads a cell by 5 pt on the left and on the right. */
const CELL_PADDING = 10;
/** Docs' default text size, and the smallest a table is set in to keep its words whole (still read in print). */
export const TABLE_FONT_SIZES = [11, 10, 9] as const;

// Advance widths of Arial (Docs' default font; metrically Helvetica's) in thousandths of an em, a to z and A to Z.
const LOWER = [
  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
  500, 500, 500,
];
const UPPER = [
  667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944,
  667, 667, 611,
];
const LOWER_BOLD = [
  556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778,
  556, 556, 500,
];
const UPPER_BOLD = [
  722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944,
  667, 667, 611,
];
const NARROW = new Set([..." .,:;/!'|\u00A0"]);
const MEDIUM = new Set([...'()-²*']);

/** A character's advance in thousandths of an em (digits and most signs 556, as in Arial). */
function advance(ch: string, bold: boolean): number {
  const code = ch.charCodeAt(0);
  if (code >= 97 && code <= 122) return (bold ? LOWER_BOLD : LOWER)[code - 97] ?? 556;
  if (code >= 65 && code <= 90) return (bold ? UPPER_BOLD : UPPER)[code - 65] ?? 667;
  if (NARROW.has(ch)) return 278;
  if (MEDIUM.has(ch)) return 333;
  if (ch === '%') return 889;
  return 556;
}

/** Width in points of `text` set at `size` pt. */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += advance(ch, bold);
  return (units * size) / 1000;
}

/** A figure as the report writes it: "1.234", "12,5%", "Rp 2.000.000", "-Rp 5", "102.772 m²", or the dash of no data. */
const NUMBER = /^(-?Rp[\s\u00A0])?-?\d[\d.]*(,\d+)?(%| m²)?$|^–$/;

/** Columns whose every body cell that is not empty is a figure (and at least one is): they are set flush right. */
export function numericColumns(rows: readonly (readonly string[])[], columns: number): boolean[] {
  return Array.from({ length: columns }, (_, c) => {
    const cells = rows.map((r) => (r[c] ?? '').trim()).filter((t) => t !== '');
    return cells.some((t) => t !== '–') && cells.every((t) => NUMBER.test(t));
  });
}

/** "Rp 2.000.000" → "Rp\u00A02.000.000": a non-breaking space, so "Rp" never ends a line alone. */
export function keepRupiahTogether(text: string): string {
  return text.replace(/Rp /g, 'Rp\u00A0');
}

const widest = (texts: readonly string[], size: number, bold: boolean) =>
  Math.max(0, ...texts.map((t) => textWidth(t, size, bold)));
const words = (text: string) => text.split(/[ \n]+/);
const lines = (text: string) => text.split('\n');

/** A table's column widths in points and the font size its text is set in. */
export interface TableLayout {
  readonly widths: number[];
  readonly fontSize: (typeof TABLE_FONT_SIZES)[number];
}

/**
 * Column widths from the content: each column at least as wide as its longest word (a figure with "Rp" counts as
 * one word), the rest of the page shared in proportion to how much longer each column's longest line is. When the
 * longest words do not fit at 11 pt, the table is set at 10 or 9 pt; only past that are columns narrowed.
 */
export function tableLayout(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  columns: number,
  available = PAGE_TEXT_WIDTH,
): TableLayout {
  const measure = (size: number, split: (text: string) => string[]) =>
    Array.from({ length: columns }, (_, c) => {
      const body = rows.flatMap((r) => split(keepRupiahTogether(r[c] ?? '')));
      return Math.ceil(Math.max(widest(split(header[c] ?? ''), size, true), widest(body, size, false)) + CELL_PADDING);
    });
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const fontSize = TABLE_FONT_SIZES.find((size) => sum(measure(size, words)) <= available) ?? 9;
  const least = measure(fontSize, words);
  const leastSum = sum(least);
  if (leastSum >= available) return { fontSize, widths: least.map((w) => Math.floor((w * available) / leastSum)) };
  const most = measure(fontSize, lines).map((w, c) => Math.max(w, least[c] ?? 0));
  const extra = most.map((w, c) => w - (least[c] ?? 0));
  const extraSum = sum(extra);
  const spare = available - leastSum;
  // Everything fits on one line each: the spare room goes to all columns alike, so the table spans the page.
  if (extraSum <= spare) return { fontSize, widths: most.map((w) => Math.floor(w + (spare - extraSum) / columns)) };
  return { fontSize, widths: least.map((w, c) => Math.floor(w + ((extra[c] ?? 0) * spare) / extraSum)) };
}
