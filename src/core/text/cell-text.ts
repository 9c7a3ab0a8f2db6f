// Text-safe values for sheets: free text written with setValues stays exactly the text that was typed.

/** Sheets refuses a cell of more than 50,000 characters (the whole write fails); longer text is cut, ending in "…". */
export const MAX_CELL_CHARS = 50_000;

/**
 * What Sheets would read as something other than text when a string is written as if typed: a number in any
 * separator style ("08123", "1.234,5", "Rp 5.000", "-5"), a percentage ("50%"), a boolean ("TRUE"), a date or time
 * ("2026-02-01", "1/2/2026", "09.00").
 */
const NOT_TEXT_WHEN_TYPED = [
  /^[+-]?(rp\.?|\$)?\s*[\d.,]*\d[\d.,]*%?$/i,
  /^(true|false)$/i,
  /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?([ T]\d{1,2}[:.]\d{2}([:.]\d{2})?)?$/,
  /^\d{1,2}[:.]\d{2}([:.]\d{2})?$/,
];

/**
 * setValues parses strings as if typed (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption,
 * USER_ENTERED): a leading = + - @ starts a formula, "08123" becomes 8123, "50%" 0.5, "TRUE" a boolean, "2026-02-01"
 * a date; a leading apostrophe marks the rest as text and is not kept in the value. Such text gets that apostrophe,
 * whatever the cell's number format, so every copy of free text stays as typed.
 */
export function cellText(s: string): string {
  const trimmed = s.trim();
  const marked = /^[=+\-@']/.test(s) || NOT_TEXT_WHEN_TYPED.some((re) => re.test(trimmed)) ? `'${s}` : s;
  return marked.length > MAX_CELL_CHARS ? `${marked.slice(0, MAX_CELL_CHARS - 1)}…` : marked;
}
