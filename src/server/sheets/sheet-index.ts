// The workbook's sheets by name with their ids, the time zone, and what a batch writing them must know (protections,
// charts, conditional formats), from two calls whatever the number of tabs.
import { withRetry } from '../runtime/retry';
import { UserError } from '../runtime/user-error';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
export type RuleJson = GoogleAppsScript.Sheets.Schema.ConditionalFormatRule;

/** What a batch writing a sheet must know of it as it is. */
export interface SheetState {
  readonly sheetId: number;
  readonly title: string;
  readonly hidden: boolean;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly frozenRows: number;
  readonly merged: boolean;
  /** Protected ranges on the sheet; the whole-sheet one has no row or column bounds. */
  readonly protections: readonly ProtectionState[];
  readonly chartIds: readonly number[];
  readonly conditionalFormats: readonly RuleJson[];
}

export interface ProtectionState {
  readonly id: number;
  readonly wholeSheet: boolean;
  readonly description: string;
  readonly range: GridRange;
}

/** The fields of Spreadsheets.get the index reads: titles, ids, and each sheet's state. */
export const INDEX_FIELDS =
  'properties.timeZone,sheets(properties(sheetId,title,hidden,gridProperties(rowCount,columnCount,frozenRowCount)),' +
  'protectedRanges(protectedRangeId,range,description),merges,charts(chartId),conditionalFormats)';

function isWholeSheet(g: GridRange): boolean {
  return (
    g.startRowIndex === undefined &&
    g.endRowIndex === undefined &&
    g.startColumnIndex === undefined &&
    g.endColumnIndex === undefined
  );
}

/** A sheet's state from the Spreadsheets.get answer. */
export function sheetState(s: GoogleAppsScript.Sheets.Schema.Sheet): SheetState {
  const grid = s.properties?.gridProperties;
  return {
    sheetId: s.properties?.sheetId ?? 0,
    title: s.properties?.title ?? '',
    hidden: s.properties?.hidden ?? false,
    rowCount: grid?.rowCount ?? 0,
    columnCount: grid?.columnCount ?? 0,
    frozenRows: grid?.frozenRowCount ?? 0,
    merged: (s.merges ?? []).length > 0,
    protections: (s.protectedRanges ?? []).map((p) => ({
      id: p.protectedRangeId ?? 0,
      wholeSheet: isWholeSheet(p.range ?? {}),
      description: p.description ?? '',
      range: p.range ?? {},
    })),
    chartIds: (s.charts ?? []).map((c) => c.chartId ?? 0),
    conditionalFormats: s.conditionalFormats ?? [],
  };
}

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
    /** Each sheet's state when the index was read, in tab order. */
    readonly states: readonly SheetState[] = [],
  ) {
    super(entries);
  }

  /** The sheet's id (the "gid" of its link), or null for a sheet the index does not hold. */
  idOf(name: string): number | null {
    return this.ids.get(name) ?? null;
  }

  /** The sheet's state when the index was read, or null for a sheet the index does not hold. */
  stateOf(name: string): SheetState | null {
    return this.states.find((s) => s.title === name) ?? null;
  }
}

/** Each spreadsheet object's id, asked once per execution: a file's id never changes. */
const ids = new WeakMap<Spreadsheet, string>();

export function spreadsheetIdOf(ss: Spreadsheet): string {
  const known = ids.get(ss);
  if (known !== undefined) return known;
  const id = ss.getId();
  ids.set(ss, id);
  return id;
}

/**
 * One Sheets API Spreadsheets.get for every sheet's title and id (instead of getName()/getSheetId() per sheet) and
 * one getSheets() for the Sheet objects, matched by position: both list the sheets in tab order.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get
 */
export function readSheetIndex(ss: Spreadsheet): SheetIndex {
  const spreadsheetId = spreadsheetIdOf(ss);
  const meta = withRetry(() => sheetsApi().Spreadsheets.get(spreadsheetId, { fields: INDEX_FIELDS }));
  const sheets = withRetry(() => ss.getSheets());
  const states = (meta.sheets ?? []).map(sheetState);
  const listed = states.map((s) => ({ title: s.title, id: s.sheetId }));
  // A tab added or removed by someone else between the two calls would pair sheets with the wrong names.
  if (listed.length !== sheets.length)
    throw new UserError('Daftar sheet berubah ketika sedang dibaca (ada tab yang ditambah atau dihapus). Coba lagi.');
  return new SheetIndex(
    spreadsheetId,
    meta.properties?.timeZone ?? ss.getSpreadsheetTimeZone(),
    listed.map((s, i) => [s.title, sheets[i] as Sheet] as const),
    new Map(listed.map((s) => [s.title, s.id])),
    states,
  );
}
