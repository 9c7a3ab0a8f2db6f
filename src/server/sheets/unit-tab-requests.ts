// A core TabLayout as Sheets API requests for one unit tab: grid size, frozen rows, formats, values, notes, rules,
// widths and its two protections, so every tab of a set up travels in a few spreadsheets.batchUpdate calls.
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request
import type { LayoutValidation, TabLayout } from '../../core/schema/tab-layout';
import type { Grid } from '../../core/schema/types';
import {
  coreRange,
  HEADER_BACKGROUND,
  INPUT_BACKGROUND,
  inputProtectionDescription,
  protectionDescription,
  sameGrid,
  TEMPLATE_BACKGROUND,
} from './apply-layout';
import { runsOf } from './cell-batch';
import { cellData, cellFormat } from './cell-data';
import type { ProtectionState, SheetState } from './sheet-index';
import { widthRequests } from './write-grid';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
type DataValidationRule = GoogleAppsScript.Sheets.Schema.DataValidationRule;

/** An A1 range the core wrote, as a GridRange of the sheet. */
export function gridRangeOf(sheetId: number, a1: string): GridRange {
  const { row, col, rows, cols } = coreRange(a1);
  return {
    sheetId,
    startRowIndex: row - 1,
    endRowIndex: row - 1 + rows,
    startColumnIndex: col - 1,
    endColumnIndex: col - 1 + cols,
  };
}

function wholeArea(sheetId: number, rows: number, cols: number): GridRange {
  return { sheetId, startRowIndex: 0, endRowIndex: rows, startColumnIndex: 0, endColumnIndex: cols };
}

/** Ranges with the same look as fewer ranges: neighbours on a row joined, then equal-width blocks down a column. */
export function joinedRanges(ranges: readonly GridRange[]): GridRange[] {
  const r0 = (g: GridRange) => g.startRowIndex ?? 0;
  const c0 = (g: GridRange) => g.startColumnIndex ?? 0;
  const across = runsOf(
    [...ranges].sort((a, b) => r0(a) - r0(b) || c0(a) - c0(b)),
    (a, b) => r0(a) === r0(b) && a.endRowIndex === b.endRowIndex && a.endColumnIndex === c0(b),
  ).map((run) => ({ ...(run[0] as GridRange), endColumnIndex: run.at(-1)?.endColumnIndex }));
  return runsOf(
    across.sort((a, b) => c0(a) - c0(b) || (a.endColumnIndex ?? 0) - (b.endColumnIndex ?? 0) || r0(a) - r0(b)),
    (a, b) => c0(a) === c0(b) && a.endColumnIndex === b.endColumnIndex && a.endRowIndex === r0(b),
  ).map((run) => ({ ...(run[0] as GridRange), endRowIndex: run.at(-1)?.endRowIndex }));
}

/** The same cells, whichever way the bounds are written (the API leaves a 0 index out). */
function sameRange(a: GridRange, b: GridRange): boolean {
  return (
    (a.startRowIndex ?? 0) === (b.startRowIndex ?? 0) &&
    a.endRowIndex === b.endRowIndex &&
    (a.startColumnIndex ?? 0) === (b.startColumnIndex ?? 0) &&
    a.endColumnIndex === b.endColumnIndex
  );
}

/**
 * A layout rule as the API's DataValidationRule: strict unless invalid values are allowed, the help as the input
 * message. "Any number" is the widest between, as the SpreadsheetApp builder says it.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#DataValidationRule
 */
export function validationRule(v: LayoutValidation): DataValidationRule {
  const values = (...xs: (string | number)[]) => xs.map((x) => ({ userEnteredValue: String(x) }));
  const rule = v.rule;
  const condition =
    rule.kind === 'list'
      ? { type: 'ONE_OF_LIST', values: values(...rule.values) }
      : rule.kind === 'date'
        ? { type: 'DATE_IS_VALID' }
        : rule.min !== undefined && rule.max !== undefined
          ? { type: 'NUMBER_BETWEEN', values: values(rule.min, rule.max) }
          : rule.min !== undefined
            ? { type: 'NUMBER_GREATER_THAN_EQ', values: values(rule.min) }
            : rule.max !== undefined
              ? { type: 'NUMBER_LESS_THAN_EQ', values: values(rule.max) }
              : { type: 'NUMBER_BETWEEN', values: values(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER) };
  return { condition, strict: !v.allowInvalid, inputMessage: v.help, showCustomUi: rule.kind === 'list' };
}

/**
 * A protected range made exactly this: the existing one updated (its id kept) or a new one added. Editors become
 * exactly `editors` (the person running the script always stays one); never warning-only, never the whole domain.
 */
export function protectionRequest(
  sheetId: number,
  existing: ProtectionState | undefined,
  range: GridRange,
  description: string,
  unprotected: readonly GridRange[],
  editors: readonly string[],
): Request {
  const wanted = {
    description,
    warningOnly: false,
    editors: { users: [...editors], domainUsersCanEdit: false },
    unprotectedRanges: [...unprotected],
  };
  if (!existing) return { addProtectedRange: { protectedRange: { range: { ...range, sheetId }, ...wanted } } };
  return {
    updateProtectedRange: {
      protectedRange: { protectedRangeId: existing.id, range: { ...range, sheetId }, ...wanted },
      fields: 'range,description,warningOnly,editors,unprotectedRanges',
    },
  };
}

/** What the requests of one unit tab need. */
export interface UnitTab {
  readonly sheetId: number;
  /** The sheet as the index read it; null for a tab the same batch adds. */
  readonly state: SheetState | null;
  readonly title: string;
  readonly layout: TabLayout;
  /** The tab's values as read ([] for a new tab). */
  readonly current: Grid;
  readonly unitCode: string;
  readonly operators: readonly string[];
  readonly admins: readonly string[];
  readonly timeZone: string;
}

/** A unit tab's requests, its look (formats and rules) written out or pasted from a tab of the same shape. */
export interface UnitTabPlan {
  /** Equal for two tabs whose size and look requests (each relative to its own sheet) are equal. */
  readonly shape: string;
  /** Every request, the look written out. */
  readonly full: Request[];
  /** The same with the look pasted from the sheet `sourceId`, which got this shape earlier in the same batch. */
  pasted(sourceId: number): Request[];
}

/** The sheet id the shape of a look is written with (any id: only equality matters). */
const SHAPE_SHEET_ID = 0;

/**
 * The requests that make a unit tab exactly its layout. Values are written only when they differ from what was
 * read, so a second run over an unchanged tab rewrites no figure; formats, notes, rules and widths are written
 * whole (reading them back would cost more than sending them). The whole area is cleared of formats and rules
 * first, so a tab whose look is pasted ends exactly as one whose look is written out.
 */
export function unitTabPlan(tab: UnitTab): UnitTabPlan {
  const { sheetId, layout } = tab;
  const area = wholeArea(sheetId, layout.rows, layout.cols);
  const head = [...frameRequests(tab, area), ...clearRequests(area)];
  const tail = [
    cellsRequest(tab, area),
    // Written whatever the sheet has: the batch costs the same with them.
    ...widthRequests(sheetId, layout.columnWidths, layout.columnWidths.length),
    ...protectionRequests(tab, area),
  ];
  return {
    shape: `${layout.rows}x${layout.cols} ${JSON.stringify(lookRequests(SHAPE_SHEET_ID, layout))}`,
    full: [...head, ...lookRequests(sheetId, layout), ...tail],
    pasted: (sourceId) => [...head, pastedLook(sourceId, area), ...tail],
  };
}

/** Every request of a unit tab, its look written out. */
export function unitTabRequests(tab: UnitTab): Request[] {
  return unitTabPlan(tab).full;
}

/** The sheet's name, visibility, size and frozen rows (added when missing), merges gone. */
function frameRequests(tab: UnitTab, area: GridRange): Request[] {
  const { sheetId, state, layout } = tab;
  const gridProperties = { rowCount: layout.rows, columnCount: layout.cols, frozenRowCount: layout.frozenRows };
  if (!state) return [{ addSheet: { properties: { sheetId, title: tab.title, gridProperties } } }];
  return [
    {
      updateSheetProperties: {
        properties: { sheetId, title: tab.title, hidden: false, gridProperties },
        fields: 'title,hidden,gridProperties(rowCount,columnCount,frozenRowCount)',
      },
    },
    ...(state.merged ? [{ unmergeCells: { range: area } }] : []),
  ];
}

const paint = (range: GridRange, style: Parameters<typeof cellFormat>[0], mask: string): Request => ({
  repeatCell: { range, cell: { userEnteredFormat: cellFormat(style) }, fields: mask },
});

/**
 * The area's whole format made the template's background and its rules removed: nothing an earlier layout or a
 * person left stays, on a tab written out or on the tab its look is pasted from.
 */
function clearRequests(area: GridRange): Request[] {
  return [
    paint(area, { background: TEMPLATE_BACKGROUND }, 'userEnteredFormat'),
    { setDataValidation: { range: area } },
  ];
}

/** The layout's number formats, input and header looks, and rules, on the sheet `sheetId`. */
function lookRequests(sheetId: number, layout: TabLayout): Request[] {
  const requests: Request[] = [];
  const byFormat = new Map<string, GridRange[]>();
  for (const f of layout.numberFormats)
    byFormat.set(f.format, [...(byFormat.get(f.format) ?? []), gridRangeOf(sheetId, f.range)]);
  for (const [pattern, ranges] of byFormat)
    for (const range of joinedRanges(ranges))
      requests.push(paint(range, { pattern }, 'userEnteredFormat.numberFormat'));
  for (const range of joinedRanges(layout.inputRanges.map((a1) => gridRangeOf(sheetId, a1))))
    requests.push(paint(range, { background: INPUT_BACKGROUND }, 'userEnteredFormat.backgroundColor'));
  for (const range of joinedRanges(layout.headerCells.map((a1) => gridRangeOf(sheetId, a1))))
    requests.push(
      paint(range, { background: HEADER_BACKGROUND, bold: true }, 'userEnteredFormat(backgroundColor,textFormat.bold)'),
    );
  for (const v of layout.validations)
    requests.push({ setDataValidation: { range: gridRangeOf(sheetId, v.range), rule: validationRule(v) } });
  return requests;
}

/**
 * The look of the same area on `sourceId`: "Paste the format and data validation only"
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#pastetype).
 */
function pastedLook(sourceId: number, area: GridRange): Request {
  return {
    copyPaste: {
      source: { ...area, sheetId: sourceId },
      destination: area,
      pasteType: 'PASTE_FORMAT',
      pasteOrientation: 'NORMAL',
    },
  };
}

/**
 * The values when they differ, and the notes. Cells the rows leave out are cleared of those fields ("If the data in
 * rows does not cover the entire requested range, the fields matching those set in fields will be cleared":
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatecellsrequest), so empty
 * cells at the end of a row and empty rows at the end are not sent.
 */
function cellsRequest(tab: UnitTab, area: GridRange): Request {
  const { layout } = tab;
  const notes = new Map<string, string>();
  for (const n of layout.notes) {
    const { row, col } = coreRange(n.cell);
    notes.set(`${row - 1},${col - 1}`, n.text);
  }
  const writeValues = !sameGrid(tab.current, layout.grid);
  const rows = layout.grid.map((row, r) =>
    withoutTrailing(
      row.map((v, c) => {
        const cell = writeValues ? cellData(v, {}, tab.timeZone) : {};
        const note = notes.get(`${r},${c}`);
        return note ? { ...cell, note } : cell;
      }),
      (cell) => Object.keys(cell).length === 0,
    ),
  );
  return {
    updateCells: {
      range: area,
      rows: withoutTrailing(rows, (row) => row.length === 0).map((values) => ({ values })),
      fields: writeValues ? 'userEnteredValue,note' : 'note',
    },
  };
}

/** `list` without the items at its end that are `empty`. */
function withoutTrailing<T>(list: readonly T[], empty: (item: T) => boolean): T[] {
  let end = list.length;
  while (end > 0 && empty(list[end - 1] as T)) end--;
  return list.slice(0, end);
}

/**
 * The tab's whole-sheet protection (admins only, the input ranges left open) and, since open ranges are open to
 * every editor of the file, one range protection over the whole tab for its operators and the admins
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection#setUnprotectedRanges(Range)). Other
 * protections of ours on it (an older layout's, or one a stopped run left without a description) go.
 */
function protectionRequests(tab: UnitTab, area: GridRange): Request[] {
  const { sheetId, state, layout, unitCode, admins } = tab;
  const existing = state?.protections ?? [];
  const sheetWide = existing.find((p) => p.wholeSheet);
  const open = layout.inputRanges.map((a1) => gridRangeOf(sheetId, a1));
  const requests = [protectionRequest(sheetId, sheetWide, {}, protectionDescription(unitCode), open, admins)];
  const description = inputProtectionDescription(unitCode);
  const ours = existing.filter(
    (p) => !p.wholeSheet && (p.description === description || (p.description === '' && sameRange(p.range, area))),
  );
  const keep = ours.find((p) => sameRange(p.range, area)) ?? ours[0];
  for (const p of ours) if (p !== keep) requests.push({ deleteProtectedRange: { protectedRangeId: p.id } });
  requests.push(protectionRequest(sheetId, keep, area, description, [], [...tab.operators, ...admins]));
  return requests;
}
