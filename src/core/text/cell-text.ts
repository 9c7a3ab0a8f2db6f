// Formula-safe text for sheets: user text written with setValues can never turn into a formula.

/** Sheets refuses a cell of more than 50,000 characters (the whole write fails); longer text is cut, ending in "…". */
export const MAX_CELL_CHARS = 50_000;

/**
 * setValues parses strings as if typed (like the API's USER_ENTERED): a leading = + - @ starts a formula and a
 * leading apostrophe marks text and is hidden. So such text gets one more apostrophe, which Sheets drops on storing.
 */
export function cellText(s: string): string {
  const safe = /^[=+\-@']/.test(s) ? `'${s}` : s;
  return safe.length > MAX_CELL_CHARS ? `${safe.slice(0, MAX_CELL_CHARS - 1)}…` : safe;
}
