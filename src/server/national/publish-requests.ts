// The Sheets API requests that publish closed periods in "Terbitan": each period's rows written below the last
// published row and the rows it had there before deleted, so a period published again is there once and the rows of
// other periods stay as they are. A missing sheet is added as "Terbitkan" always made it: text columns, a frozen
// header, admins only. https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request
import { PUBLISHED_SHEET } from '../../core/config/sheet-names';
import { PUBLISHED_HEADER } from '../../core/national/long-form';
import { addAdminSheetRequests, NEW_SHEET_ROWS } from '../sheets/archive-sheet';
import { runsOf, writeRows } from '../sheets/cell-batch';
import { cellData } from '../sheets/cell-data';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type Cell = string | number;

/** The Terbitan as a publication finds it. */
export interface PublishedSheet {
  /** Its id; when `exists` is false, the id the batch adds it under. */
  readonly sheetId: number;
  readonly exists: boolean;
  /** Rows in its grid (ignored when the batch adds it). */
  readonly rowCount: number;
  /** Column A ("periode") from row 1, the header included; [] for a sheet that is missing or empty. */
  readonly periods: readonly string[];
}

/** One period's long form as written on the sheet (publishedCells rows). */
export interface PeriodRows {
  readonly period: string;
  readonly rows: readonly (readonly Cell[])[];
}

/** Columns that change from row to row (kunci, nilai): written cell by cell; every other one repeats per unit. */
const ROW_COLUMNS = [PUBLISHED_HEADER.indexOf('kunci'), PUBLISHED_HEADER.indexOf('nilai')] as const;

/**
 * The rows written from row index `top`: kunci and nilai cell by cell, each other column one repeatCell per run of
 * equal values (a unit's code, name, type and status; the period, office and version of all). A period of 500 units
 * thus sends about a quarter of what the same rows cost cell by cell.
 */
function rowsRequests(sheetId: number, top: number, rows: readonly (readonly Cell[])[]): Request[] {
  const [first, last] = ROW_COLUMNS;
  const requests = [
    writeRows(
      sheetId,
      top + 1,
      first + 1,
      rows.map((r) => r.slice(first, last + 1)),
    ),
  ];
  PUBLISHED_HEADER.forEach((_, col) => {
    if ((ROW_COLUMNS as readonly number[]).includes(col)) return;
    const indices = rows.map((_, i) => i);
    for (const run of runsOf(indices, (a, b) => rows[a]?.[col] === rows[b]?.[col])) {
      const from = run[0] ?? 0;
      requests.push({
        repeatCell: {
          range: {
            sheetId,
            startRowIndex: top + from,
            endRowIndex: top + from + run.length,
            startColumnIndex: col,
            endColumnIndex: col + 1,
          },
          cell: cellData(rows[from]?.[col] ?? ''),
          fields: 'userEnteredValue',
        },
      });
    }
  });
  return requests;
}

/**
 * The requests of each period, in order (the first also adds the sheet, or its header, when missing). A period's
 * rows go below the last row holding a period, the grid grown first; its old rows are deleted after, from the bottom
 * up, so every index stays what it was when computed and the sheet never loses all its rows (which Sheets refuses).
 * A part is one period: sent as one batch, applied whole or not at all.
 */
export function publishParts(
  sheet: PublishedSheet,
  periods: readonly PeriodRows[],
  admins: readonly string[],
): Request[][] {
  const { sheetId } = sheet;
  let rowCount = sheet.exists ? sheet.rowCount : NEW_SHEET_ROWS;
  let column = sheet.periods.map((p) => p.trim());
  // nilai (G) and versi_template (I) keep their type; every other column is text.
  const setUp = sheet.exists
    ? []
    : addAdminSheetRequests(
        sheetId,
        PUBLISHED_SHEET,
        [
          [0, 6],
          [7, 8],
        ],
        admins,
      );
  if (column.every((p) => p === '')) {
    setUp.push(writeRows(sheetId, 1, 1, [[...PUBLISHED_HEADER]]));
    column = [PUBLISHED_HEADER[0]];
  }
  return periods.map(({ period, rows }, i) => {
    // Below the last published row: a row without a period is no row of the form (and is written over).
    let top = column.length;
    while (top > 1 && column[top - 1] === '') top--;
    const grow: Request[] =
      top + rows.length > rowCount
        ? [{ appendDimension: { sheetId, dimension: 'ROWS', length: top + rows.length - rowCount } }]
        : [];
    rowCount = Math.max(rowCount, top + rows.length);
    const stale = column.flatMap((p, row) => (row > 0 && p === period ? [row] : []));
    const deletes = runsOf(stale, (a, b) => a + 1 === b)
      .reverse()
      .map(
        (run): Request => ({
          deleteDimension: {
            range: { sheetId, dimension: 'ROWS', startIndex: run[0] ?? 0, endIndex: (run.at(-1) ?? 0) + 1 },
          },
        }),
      );
    rowCount -= stale.length;
    column = [...column.slice(0, top), ...rows.map(() => period)].filter((p, row) => row >= top || p !== period);
    return [
      ...(i === 0 ? setUp : []),
      ...grow,
      ...(rows.length > 0 ? rowsRequests(sheetId, top, rows) : []),
      ...deletes,
    ];
  });
}
