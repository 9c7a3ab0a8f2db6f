// "Terbitan": the protected long-form sheet a Kanwil workbook publishes its closed periods in, for the national
// workbook to read in one call (core/national/long-form.ts). Written from Arsip by the close and by "Terbitkan".
import { ARCHIVE_SHEET, PUBLISHED_SHEET } from '../../core/config/sheet-names';
import { archivedPeriods, mergePublished, PUBLISHED_HEADER, publishedRows } from '../../core/national/long-form';
import type { Config, Grid } from '../../core/schema/types';
import { formatNumber, formatPeriod, listText } from '../../core/text/format';
import { withRetry } from '../runtime/retry';
import { UserError } from '../runtime/user-error';
import { protectForAdmins } from '../sheets/apply-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function publishedSheet(ss: Spreadsheet, admins: readonly string[]): Sheet {
  const existing = ss.getSheetByName(PUBLISHED_SHEET);
  if (existing) return existing;
  const sheet = ss.insertSheet(PUBLISHED_SHEET);
  // Text columns stay text ("2026-02" must not become a date); nilai (G) and versi_template (I) keep their type.
  sheet.getRange('A:F').setNumberFormat('@');
  sheet.getRange('H:H').setNumberFormat('@');
  sheet.setFrozenRows(1);
  // As every sheet the add-on writes: only admins (and the add-on running as one) can change it.
  protectForAdmins(sheet, admins);
  return sheet;
}

const valuesOf = (sheet: Sheet | null): Grid => (sheet ? withRetry(() => sheet.getDataRange().getValues()) : []);

/** Writes the whole long form in one write, and blanks what a shorter form leaves below it. */
function writeForm(sheet: Sheet, rows: (string | number)[][], before: number): void {
  const needed = rows.length - sheet.getMaxRows();
  if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
  sheet.getRange(1, 1, rows.length, PUBLISHED_HEADER.length).setValues(rows);
  if (before > rows.length)
    sheet.getRange(rows.length + 1, 1, before - rows.length, PUBLISHED_HEADER.length).clearContent();
}

/** Publishes `periods` (default: every closed period in Arsip) from Arsip; returns the periods and rows written. */
export function publishPeriods(
  ss: Spreadsheet,
  config: Config,
  periods?: readonly string[],
): { periods: string[]; rows: number } {
  const archive = valuesOf(ss.getSheetByName(ARCHIVE_SHEET));
  const wanted = periods ? [...periods] : archivedPeriods(archive);
  if (wanted.length === 0)
    throw new UserError(
      'Belum ada periode yang ditutup: "Terbitkan" menerbitkan periode yang sudah ditutup (sheet "Arsip"). Jalankan "Tutup periode" lebih dahulu.',
    );
  const sheet = publishedSheet(ss, config.admins);
  const existing = valuesOf(sheet);
  let form: (string | number)[][] = existing as (string | number)[][];
  let rows = 0;
  for (const period of wanted) {
    const published = publishedRows(config, archive, period);
    form = mergePublished(form, period, published);
    rows += published.length;
  }
  writeForm(sheet, form, existing.length);
  return { periods: wanted, rows };
}

/** What the admin reads after publishing. */
export function publishedMessage(published: { periods: string[]; rows: number }): string {
  const periods = listText(published.periods.map(formatPeriod), 'dan');
  return (
    `Terbitan diperbarui: periode ${periods} (${formatNumber(published.rows)} baris) di sheet "${PUBLISHED_SHEET}", ` +
    'siap dibaca Rekap Nasional.'
  );
}

/**
 * After a close: the closed period published, as a sentence to add to the close's message. A failure does not undo
 * the close; the sentence says to run "Terbitkan".
 */
export function publishAfterClose(ss: Spreadsheet, config: Config, closed: string): string {
  try {
    return ` ${publishedMessage(publishPeriods(ss, config, [closed]))}`;
  } catch {
    return ` Terbitan untuk Rekap Nasional belum diperbarui: jalankan menu "Terbitkan".`;
  }
}
