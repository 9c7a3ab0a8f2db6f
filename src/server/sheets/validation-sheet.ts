// The "Validasi" sheet (one row per issue, a link to its cell) and the marks on offending cells.

import { VALIDATION_SHEET } from '../../core/config/sheet-names';
import type { Issue, Severity } from '../../core/schema/types';
import { fromRangeA1 } from '../../core/text/a1';
import { cellText } from '../../core/text/cell-text';
import { formatDateTimeId, formatPeriod } from '../../core/text/format';
import { HEADER_BACKGROUND } from './apply-layout';
import { sendBatches, sheetIdAllocator } from './batch-update';
import { cellData } from './cell-data';
import type { RuleJson } from './sheet-index';
import type { WorkbookRead } from './workbook';
import { gridSheetRequests, rectangular } from './write-grid';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type Color = GoogleAppsScript.Sheets.Schema.Color;

export const VALIDATION_HEADERS = ['UPT', 'Tab', 'Sel', 'Tingkat', 'Kode', 'Pesan', 'Saran perbaikan'] as const;

/**
 * Offending cells are marked with conditional-format rules the add-on owns (custom formula MARK_FORMULA with one of
 * these backgrounds), not by overwriting backgrounds: an operator's own formatting is untouched, and the next run
 * removes exactly the add-on's rules. Written for every tab at once with the Sheets API (in the Validasi sheet's
 * batchUpdate), since SpreadsheetApp reads and sets rules one sheet at a time.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#addconditionalformatrulerequest
 */
export const MARK_BACKGROUND: Readonly<Record<Severity, string>> = { error: '#f4cccc', warning: '#fff2cc' };
export const MARK_FORMULA = '=TRUE';

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'Kesalahan', warning: 'Peringatan' };

/** "#f4cccc" → the API's Color (components 0–1). */
function colorOf(hex: string): Color {
  const n = Number.parseInt(hex.slice(1), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

/** The API's Color → "#f4cccc" (absent components are 0). */
function hexOf(color: Color): string {
  const byte = (v = 0) =>
    Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${byte(color.red)}${byte(color.green)}${byte(color.blue)}`;
}

/** True for a conditional-format rule (as the Sheets API gives it) this add-on created to mark an issue. */
export function isMarkRule(rule: RuleJson): boolean {
  const condition = rule.booleanRule?.condition;
  const format = rule.booleanRule?.format;
  const color = format?.backgroundColorStyle?.rgbColor ?? format?.backgroundColor;
  const values = condition?.values ?? [];
  return (
    condition?.type === 'CUSTOM_FORMULA' &&
    values.length === 1 &&
    values[0]?.userEnteredValue === MARK_FORMULA &&
    color !== undefined &&
    Object.values(MARK_BACKGROUND).includes(hexOf(color))
  );
}

/** "B5" or "B5:C6" on a sheet as the API's GridRange (0-based, end exclusive); null for anything else. */
function gridRange(sheetId: number, a1: string): GoogleAppsScript.Sheets.Schema.GridRange | null {
  const range = fromRangeA1(a1);
  if (!range) return null;
  return {
    sheetId,
    startRowIndex: range.row - 1,
    endRowIndex: range.row - 1 + range.rows,
    startColumnIndex: range.col - 1,
    endColumnIndex: range.col - 1 + range.cols,
  };
}

/**
 * The requests that replace one tab's marks: the add-on's old rules are deleted (last first, so indices hold), the
 * operators' own rules keep their order, and one rule per severity follows them (errors first: an error outranks a
 * warning on the same cell). None when there is nothing to mark or clear.
 */
export function markRequests(sheetId: number, existing: readonly RuleJson[], issues: readonly Issue[]): Request[] {
  const requests: Request[] = [];
  const marks = existing.map((rule, index) => ({ rule, index })).filter(({ rule }) => isMarkRule(rule));
  for (const { index } of [...marks].reverse()) requests.push({ deleteConditionalFormatRule: { sheetId, index } });
  let index = existing.length - marks.length;
  for (const severity of ['error', 'warning'] as const) {
    const cells = [...new Set(issues.filter((i) => i.severity === severity && i.cell !== '').map((i) => i.cell))];
    const ranges = cells.map((cell) => gridRange(sheetId, cell)).filter((r) => r !== null);
    if (ranges.length === 0) continue;
    const rule: RuleJson = {
      ranges,
      booleanRule: {
        condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: MARK_FORMULA }] },
        format: { backgroundColor: colorOf(MARK_BACKGROUND[severity]) },
      },
    };
    requests.push({ addConditionalFormatRule: { rule, index: index++ } });
  }
  return requests;
}

/** The issues of each tab, by sheet name. */
function issuesByTab(issues: readonly Issue[]): Map<string, Issue[]> {
  const byTab = new Map<string, Issue[]>();
  for (const issue of issues) {
    const list = byTab.get(issue.sheet);
    if (list) list.push(issue);
    else byTab.set(issue.sheet, [issue]);
  }
  return byTab;
}

/** A formula cell that jumps to the issue's cell; text in it is quoted, never evaluated. */
export function cellLink(gid: number, sheetName: string, a1: string): string {
  const label = `${sheetName}!${a1}`.replace(/"/g, '""');
  return `=HYPERLINK("#gid=${gid}&range=${a1}","${label}")`;
}

/** Rows of the Validasi sheet, errors first, then by unit and cell. */
export function validationRows(
  issues: readonly Issue[],
  unitOfSheet: ReadonlyMap<string, string>,
  gidOf: (sheetName: string) => number | null,
): (string | number)[][] {
  const order = (i: Issue): number => (i.severity === 'error' ? 0 : 1);
  const sorted = [...issues].sort(
    (a, b) => order(a) - order(b) || a.sheet.localeCompare(b.sheet) || a.cell.localeCompare(b.cell),
  );
  return sorted.map((i) => {
    const gid = i.cell ? gidOf(i.sheet) : null;
    return [
      cellText(unitOfSheet.get(i.sheet) ?? '-'),
      cellText(i.sheet),
      gid === null ? cellText(i.cell) : cellLink(gid, i.sheet, i.cell),
      SEVERITY_LABEL[i.severity],
      i.code,
      cellText(i.message),
      cellText(i.hint ?? ''),
    ];
  });
}

export interface ValidationSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly unitsWithErrors: number;
}

/** Widths of the Validasi sheet's columns (UPT, Tab, Sel, Tingkat, Kode, Pesan, Saran perbaikan). */
const VALIDATION_WIDTHS = [90, 110, 120, 90, 170, 420, 300];

/**
 * Writes the Validasi sheet and the marks on every unit tab read with one Spreadsheets.get and one batchUpdate (more
 * only past the 2 MB guideline): the Validasi sheet whole in one batch, each tab's marks whole in one batch.
 */
export function writeValidation(read: WorkbookRead, now: Date, timeZone: string): ValidationSummary {
  const { config, sheets, issues } = read;
  const unitOfSheet = new Map(config.units.map((u) => [u.sheetName, u.code]));
  const gidOf = (name: string): number | null => sheets.idOf(name);
  const rows = validationRows(issues, unitOfSheet, gidOf);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const title = `Hasil validasi periode ${formatPeriod(config.period)} — Diperbarui: ${formatDateTimeId(now, timeZone)} — ${errors} kesalahan, ${issues.length - errors} peringatan`;
  const grid = rectangular([
    [title],
    [...VALIDATION_HEADERS],
    ...(rows.length > 0 ? rows : [['Tidak ada masalah ditemukan.']]),
  ]);
  const states = sheets.states;
  const byTitle = new Map(states.map((s) => [s.title, s]));
  const existing = byTitle.get(VALIDATION_SHEET) ?? null;
  const sheetId = existing?.sheetId ?? sheetIdAllocator(states)();
  const headers = {
    repeatCell: {
      range: {
        sheetId,
        startRowIndex: 0,
        endRowIndex: 2,
        startColumnIndex: 0,
        endColumnIndex: VALIDATION_HEADERS.length,
      },
      cell: cellData('', { bold: true, background: HEADER_BACKGROUND }),
      fields: 'userEnteredFormat(textFormat.bold,backgroundColor)',
    },
  };
  const validation = gridSheetRequests(
    sheetId,
    existing,
    {
      name: VALIDATION_SHEET,
      rows: grid.map((row) => ({ values: row.map((v) => cellData(v)) })),
      rowCount: grid.length,
      columnCount: VALIDATION_HEADERS.length,
      frozenRows: 2,
      columnWidths: VALIDATION_WIDTHS,
      admins: config.admins,
    },
    [headers],
  );
  const byTab = issuesByTab(issues);
  const marks = [...read.grids.keys()].map((name) => {
    const state = byTitle.get(name);
    return state ? markRequests(state.sheetId, state.conditionalFormats, byTab.get(name) ?? []) : [];
  });
  sendBatches(sheets.spreadsheetId, [validation, ...marks]);
  const unitsWithErrors = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.sheet)).size;
  return { errors, warnings: issues.length - errors, unitsWithErrors };
}
