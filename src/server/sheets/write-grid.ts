// The Sheets API requests that make an add-on sheet exactly a grid: the sheet (added, or the one there cleared and
// resized), every cell in one updateCells, widths, frozen rows and a whole-sheet protection only the admins pass.
import { ADMIN_SHEET_DESCRIPTION } from './apply-layout';
import type { SheetCell } from './cell-data';
import type { SheetState } from './sheet-index';

type Request = GoogleAppsScript.Sheets.Schema.Request;
export type RowData = GoogleAppsScript.Sheets.Schema.RowData;

/** Sheets' width of a column nobody sized. */
const DEFAULT_COLUMN_WIDTH = 100;

export interface GridSheet {
  readonly name: string;
  /** The cells, row by row; cells of the grid they leave out are cleared. */
  readonly rows: RowData[];
  readonly rowCount: number;
  readonly columnCount: number;
  readonly frozenRows: number;
  /** Widths of the first columns; the others get Sheets' default. */
  readonly columnWidths: readonly number[];
  readonly admins: readonly string[];
}

/** Pads every row to the widest one: a rectangle. */
export function rectangular(grid: readonly (readonly SheetCell[])[]): SheetCell[][] {
  const cols = Math.max(1, ...grid.map((r) => r.length));
  return grid.map((r) => [...r, ...Array<SheetCell>(cols - r.length).fill('')]);
}

/** Sets the widths of columns [0, count): the sheet's own, the default for the rest, one request per run. */
export function widthRequests(sheetId: number, widths: readonly number[], count: number): Request[] {
  const requests: Request[] = [];
  let start = 0;
  while (start < count) {
    const width = widths[start] ?? DEFAULT_COLUMN_WIDTH;
    let end = start + 1;
    while (end < count && (widths[end] ?? DEFAULT_COLUMN_WIDTH) === width) end++;
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: start, endIndex: end },
        properties: { pixelSize: width },
        fields: 'pixelSize',
      },
    });
    start = end;
  }
  return requests;
}

/**
 * The requests that make a sheet exactly `grid`: added under `sheetId` when missing, else cleared of charts,
 * conditional formats, range protections and merges and resized; every cell; widths; and its whole-sheet
 * protection for the admins only. `extra` (charts) come after the cells they draw.
 */
export function gridSheetRequests(
  sheetId: number,
  existing: SheetState | null,
  grid: GridSheet,
  extra: readonly Request[] = [],
): Request[] {
  const gridProperties = {
    rowCount: grid.rowCount,
    columnCount: grid.columnCount,
    frozenRowCount: Math.min(grid.frozenRows, grid.rowCount),
  };
  const requests: Request[] = [];
  if (existing) {
    for (const objectId of existing.chartIds) requests.push({ deleteEmbeddedObject: { objectId } });
    for (let index = existing.conditionalFormats.length - 1; index >= 0; index--)
      requests.push({ deleteConditionalFormatRule: { sheetId, index } });
    for (const p of existing.protections)
      if (!p.wholeSheet) requests.push({ deleteProtectedRange: { protectedRangeId: p.id } });
    requests.push(
      { unmergeCells: { range: { sheetId } } },
      {
        updateSheetProperties: {
          properties: { sheetId, hidden: false, gridProperties },
          fields: 'hidden,gridProperties(rowCount,columnCount,frozenRowCount)',
        },
      },
    );
  } else {
    requests.push({ addSheet: { properties: { sheetId, title: grid.name, gridProperties } } });
  }
  requests.push(
    {
      updateCells: {
        range: {
          sheetId,
          startRowIndex: 0,
          endRowIndex: grid.rowCount,
          startColumnIndex: 0,
          endColumnIndex: grid.columnCount,
        },
        rows: grid.rows,
        fields: 'userEnteredValue,userEnteredFormat,note',
      },
    },
    ...widthRequests(sheetId, grid.columnWidths, grid.columnCount),
    ...extra,
  );
  const sheetProtection = existing?.protections.find((p) => p.wholeSheet);
  const protectedRange = {
    description: ADMIN_SHEET_DESCRIPTION,
    warningOnly: false,
    editors: { users: [...grid.admins] },
    unprotectedRanges: [],
  };
  requests.push(
    sheetProtection
      ? {
          updateProtectedRange: {
            protectedRange: { protectedRangeId: sheetProtection.id, ...protectedRange },
            fields: 'description,warningOnly,editors,unprotectedRanges',
          },
        }
      : { addProtectedRange: { protectedRange: { range: { sheetId }, ...protectedRange } } },
  );
  return requests;
}
