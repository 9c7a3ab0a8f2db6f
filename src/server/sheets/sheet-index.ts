// The workbook's sheets by name with their ids and the time zone, from two calls whatever the number of tabs.
import { withRetry } from '../runtime/retry';
import { UserError } from '../runtime/user-error';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Sheets advanced service, enabled in appsscript.json (dependencies.enabledAdvancedServices). */
export function sheetsApi(): GoogleAppsScript.Sheets {
  if (typeof Sheets === 'undefined' || !Sheets)
    throw new UserError(
      'Layanan lanjutan "Google Sheets API" tidak aktif di proyek Apps Script ini. Admin mengaktifkannya di editor Apps Script (Layanan → Google Sheets API) atau memasang ulang versi add-on terbaru.',
    );
  return Sheets;
}

/** Sheets by name (a ReadonlyMap, in tab order) that also knows each sheet's id and the spreadsheet's time zone. */
export class SheetIndex extends Map<string, Sheet> {
  constructor(
    readonly spreadsheetId: string,
    readonly timeZone: string,
    entries: readonly (readonly [string, Sheet])[],
    private readonly ids: ReadonlyMap<string, number>,
  ) {
    super(entries);
  }

  /** The sheet's id (the "gid" of its link), or null for a sheet the index does not hold. */
  idOf(name: string): number | null {
    return this.ids.get(name) ?? null;
  }
}

/**
 * One Sheets API Spreadsheets.get for every sheet's title and id (instead of getName()/getSheetId() per sheet) and
 * one getSheets() for the Sheet objects, matched by position: both list the sheets in tab order.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get
 */
export function readSheetIndex(ss: Spreadsheet): SheetIndex {
  const spreadsheetId = ss.getId();
  const meta = withRetry(() =>
    sheetsApi().Spreadsheets.get(spreadsheetId, { fields: 'properties.timeZone,sheets.properties(sheetId,title)' }),
  );
  const sheets = withRetry(() => ss.getSheets());
  const listed = (meta.sheets ?? []).map((s) => ({ title: s.properties?.title ?? '', id: s.properties?.sheetId ?? 0 }));
  // A tab added or removed by someone else between the two calls would pair sheets with the wrong names.
  if (listed.length !== sheets.length)
    throw new UserError('Daftar sheet berubah ketika sedang dibaca (ada tab yang ditambah atau dihapus). Coba lagi.');
  return new SheetIndex(
    spreadsheetId,
    meta.properties?.timeZone ?? ss.getSpreadsheetTimeZone(),
    listed.map((s, i) => [s.title, sheets[i] as Sheet] as const),
    new Map(listed.map((s) => [s.title, s.id])),
  );
}
