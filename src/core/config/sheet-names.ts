// Names of the sheets the add-on owns (never unit tabs), shared by core and server.

export const CONFIG_SHEET = 'Pengaturan';
export const VALIDATION_SHEET = 'Validasi';
export const STATUS_SHEET = 'Status';
export const DASHBOARD_SHEET = 'Dasbor';
export const LOG_SHEET = 'Log';
export const ARCHIVE_SHEET = 'Arsip';
/** The long form of the closed periods, published for the national workbook (core/national/long-form.ts). */
export const PUBLISHED_SHEET = 'Terbitan';
/** The national workbook's settings: the period and the Kanwil workbooks it reads. */
export const NATIONAL_CONFIG_SHEET = 'Pengaturan Nasional';
/** Every regional summary sheet starts with this prefix, e.g. "Rekap Pangan". */
export const SUMMARY_SHEET_PREFIX = 'Rekap ';

export const ADDON_SHEETS: readonly string[] = [
  CONFIG_SHEET,
  VALIDATION_SHEET,
  STATUS_SHEET,
  DASHBOARD_SHEET,
  LOG_SHEET,
  ARCHIVE_SHEET,
  PUBLISHED_SHEET,
  NATIONAL_CONFIG_SHEET,
];

/** True for the add-on's own sheets (compared as Sheets compares names: case-insensitive, trimmed). */
export function isAddonSheet(name: string): boolean {
  const n = name.trim().toLowerCase();
  if (n.startsWith(SUMMARY_SHEET_PREFIX.toLowerCase())) return true;
  return ADDON_SHEETS.some((s) => s.toLowerCase() === n);
}

/** A removed unit's tab is parked under its name with this suffix (then " (nonaktif 2)", …). */
export const INACTIVE_SUFFIX = ' (nonaktif)';
/** A summary is drafted under its name with this suffix, then swapped in. */
export const DRAFT_SUFFIX = ' (baru)';
/** The summary a draft replaces steps aside under this suffix before it is removed. */
export const OLD_SUFFIX = ' (lama)';

const SUFFIXES = / \((baru|lama|nonaktif( \d+)?)\)$/i;

/** An add-on sheet's name, with or without a suffix the add-on gives its sheets: never a unit tab's name. */
export function isReservedTabName(name: string): boolean {
  return isAddonSheet(name.trim().replace(SUFFIXES, ''));
}
