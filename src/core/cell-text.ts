// Formula-safe text for sheets: user text written with setValues can never turn into a formula.

/** Prefixes text starting with = + - @ with an apostrophe, which Sheets stores as plain text and does not show. */
export function cellText(s: string): string {
  return /^[=+\-@]/.test(s) ? `'${s}` : s;
}
