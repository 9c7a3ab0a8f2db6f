// "Terbitan": the protected long-form sheet a Kanwil workbook publishes its closed periods in, for the national
// workbook to read in one call (core/national/long-form.ts). The close publishes the period it closed from the Arsip
// rows it holds; "Terbitkan" publishes every closed period from Arsip. Either way: one read of the sheet's period
// column, then one Sheets API batch per period (requests: publish-requests.ts), each applied whole or not at all.

import { ARCHIVE_SHEET, PUBLISHED_SHEET } from '../../core/config/sheet-names';
import { ARCHIVE_HEADER } from '../../core/lifecycle/archive';
import { archivedPeriods, publishedCells, publishedRows } from '../../core/national/long-form';
import type { Config, Grid } from '../../core/schema/types';
import { formatNumber, formatPeriod, listText } from '../../core/text/format';
import { withRetry } from '../runtime/retry';
import { UserError } from '../runtime/user-error';
import { wholeSheetRange } from '../sheets/batch-read';
import { sendBatches, sheetIdAllocator } from '../sheets/batch-update';
import { sheetsApi, spreadsheetIdOf } from '../sheets/sheet-index';
import { type PeriodRows, type PublishedSheet, publishParts } from './publish-requests';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

/** Where a publication writes: the spreadsheet, Terbitan (null when missing) and an id free to add it under. */
export interface PublishTarget {
  readonly spreadsheetId: string;
  readonly sheet: { readonly sheetId: number; readonly rowCount: number } | null;
  readonly freeSheetId: number;
}

/** The sheet's period column (one values read), or an empty sheet to add under the free id. */
function publishedSheet(target: PublishTarget): PublishedSheet {
  const { spreadsheetId, sheet } = target;
  if (sheet === null) return { sheetId: target.freeSheetId, exists: false, rowCount: 0, periods: [] };
  const read = withRetry(() =>
    sheetsApi().Spreadsheets.Values.batchGet(spreadsheetId, { ranges: [`${wholeSheetRange(PUBLISHED_SHEET)}!A:A`] }),
  );
  const rows = (read.valueRanges?.[0]?.values ?? []) as unknown[][];
  return { ...sheet, exists: true, periods: rows.map((r) => String(r[0] ?? '')) };
}

interface Published {
  readonly periods: string[];
  readonly rows: number;
}

/**
 * Publishes `periods` from the Arsip grid (header first): each period's rows replace the ones it had in Terbitan.
 * Returns the periods and rows written. A batch is not retried (it deletes rows by index): a failure goes up.
 * `alongside`: requests sent after the publication's own, in its last batch (the run's Log row saying it).
 */
export function publishFromArchive(
  target: PublishTarget,
  config: Config,
  archive: Grid,
  periods: readonly string[],
  alongside: (published: Published) => Request[] = () => [],
): Published {
  const forms: PeriodRows[] = periods.map((period) => ({
    period,
    rows: publishedRows(config, archive, period).map(publishedCells),
  }));
  const published = { periods: [...periods], rows: forms.reduce((n, f) => n + f.rows.length, 0) };
  const parts = publishParts(publishedSheet(target), forms, config.admins);
  const last = parts.at(-1);
  sendBatches(target.spreadsheetId, last ? [...parts.slice(0, -1), [...last, ...alongside(published)]] : parts);
  return published;
}

/** "Terbitkan": every closed period in Arsip published again (one listing of the sheets, one read of Arsip). */
export function publishPeriods(ss: Spreadsheet, config: Config): { periods: string[]; rows: number } {
  const spreadsheetId = spreadsheetIdOf(ss);
  const listed = withRetry(() =>
    sheetsApi().Spreadsheets.get(spreadsheetId, { fields: 'sheets.properties(sheetId,title,gridProperties.rowCount)' }),
  );
  const sheets = new Map(
    (listed.sheets ?? []).map((s) => [
      s.properties?.title ?? '',
      { sheetId: s.properties?.sheetId ?? 0, rowCount: s.properties?.gridProperties?.rowCount ?? 0 },
    ]),
  );
  const archiveSheet = ss.getSheetByName(ARCHIVE_SHEET);
  const archive: Grid = archiveSheet ? withRetry(() => archiveSheet.getDataRange().getValues()) : [];
  const periods = archivedPeriods(archive);
  if (periods.length === 0)
    throw new UserError(
      'Belum ada periode yang ditutup: "Terbitkan" menerbitkan periode yang sudah ditutup (sheet "Arsip"). Jalankan "Tutup periode" lebih dahulu.',
    );
  const target = {
    spreadsheetId,
    sheet: sheets.get(PUBLISHED_SHEET) ?? null,
    freeSheetId: sheetIdAllocator([...sheets.values()])(),
  };
  return publishFromArchive(target, config, archive, periods);
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
 * After a close: the closed period published from its Arsip rows (`archived`, the rows of that period the close
 * holds), as a sentence to add to the close's message. A failure does not undo the close; the sentence says to run
 * "Terbitkan".
 */
export function publishAfterClose(
  target: PublishTarget,
  config: Config,
  closed: string,
  archived: readonly (readonly unknown[])[],
  alongside: (sentence: string) => Request[] = () => [],
): string {
  try {
    const archive: Grid = [[...ARCHIVE_HEADER], ...archived.map((r) => [...r])] as Grid;
    const sentence = (published: Published) => ` ${publishedMessage(published)}`;
    return sentence(publishFromArchive(target, config, archive, [closed], (p) => alongside(sentence(p))));
  } catch {
    return ` Terbitan untuk Rekap Nasional belum diperbarui: jalankan menu "Terbitkan".`;
  }
}
