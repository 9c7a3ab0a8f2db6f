// Formula-safe text for sheets: user text written with setValues can never turn into a formula.

/**
 * setValues parses strings as if typed (like the API's USER_ENTERED): a leading = + - @ starts a formula and a
 * leading apostrophe marks text and is hidden. So such text gets one more apostrophe, which Sheets drops on storing.
 */
export function cellText(s: string): string {
  return /^[=+\-@']/.test(s) ? `'${s}` : s;
}
