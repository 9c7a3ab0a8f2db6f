// The "Validasi" sheet (one row per issue, a link to its cell) and the marks on offending cells.

import { VALIDATION_SHEET } from '../../core/config/sheet-names';
import type { Issue, Severity } from '../../core/schema/types';
import { fromRangeA1 } from '../../core/text/a1';
import { cellText } from '../../core/text/cell-text';
import { formatDateTimeId, formatPeriod } from '../../core/text/format';
import { withRetry } from '../runtime/retry';
import { protectForAdmins } from './apply-layout';
import { type SheetIndex, sheetsApi } from './sheet-index';
import type { WorkbookRead } from './workbook';
import { writeGridSheet } from './write-grid';

type RuleJson = GoogleAppsScript.Sheets.Schema.ConditionalFormatRule;
type Request = GoogleAppsScript.Sheets.Schema.Request;
type Color = GoogleAppsScript.Sheets.Schema.Color;

export const VALIDATION_HEADERS = ['UPT', 'Tab', 'Sel', 'Tingkat', 'Kode', 'Pesan', 'Saran perbaikan'] as const;

/**
 * Offending cells are marked with conditional-format rules the add-on owns (custom formula MARK_FORMULA with one of
 * these backgrounds), not by overwriting backgrounds: an operator's own formatting is untouched, and the next run
 * removes exactly the add-on's rules. Written for every tab at once with the Sheets API (one batchUpdate), since
 * SpreadsheetApp reads and sets rules one sheet at a time.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#addconditionalformatrulerequest
 */
export const MARK_BACKGROUND: Readonly<Record<Severity, string>> = { error: '#f4cccc', warning: '#fff2cc' };
export const MARK_FORMULA = '=TRUE';

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'Kesalahan', warning: 'Peringatan' };

/** Tabs per batchUpdate, and the JSON size a batch ends before: below the API's recommended 2 MB per request. */
export const TABS_PER_MARK_REQUEST = 100;
export const MAX_MARK_REQUEST_CHARS = 1_000_000;

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

/**
 * Replaces the marks on the named tabs: one Spreadsheets.get for every tab's current rules and one batchUpdate per
 * TABS_PER_MARK_REQUEST tabs (fewer when many marked cells reach MAX_MARK_REQUEST_CHARS), whatever the number of tabs.
 */
export function markAllIssues(sheets: SheetIndex, names: readonly string[], issues: readonly Issue[]): void {
  if (names.length === 0) return;
  const api = sheetsApi();
  const current = withRetry(() =>
    api.Spreadsheets.get(sheets.spreadsheetId, { fields: 'sheets(properties(sheetId),conditionalFormats)' }),
  );
  const rulesOf = new Map((current.sheets ?? []).map((s) => [s.properties?.sheetId ?? 0, s.conditionalFormats ?? []]));
  const byTab = new Map<string, Issue[]>();
  for (const issue of issues) {
    const list = byTab.get(issue.sheet);
    if (list) list.push(issue);
    else byTab.set(issue.sheet, [issue]);
  }
  // Not retried: deletes address rules by index, and a timed-out batch may still have been applied.
  const send = (requests: Request[]) => {
    if (requests.length > 0) api.Spreadsheets.batchUpdate({ requests }, sheets.spreadsheetId);
  };
  let batch: Request[] = [];
  let tabs = 0;
  let chars = 0;
  for (const name of names) {
    const id = sheets.idOf(name);
    const requests = id === null ? [] : markRequests(id, rulesOf.get(id) ?? [], byTab.get(name) ?? []);
    const size = JSON.stringify(requests).length;
    if (tabs === TABS_PER_MARK_REQUEST || (batch.length > 0 && chars + size > MAX_MARK_REQUEST_CHARS)) {
      send(batch);
      batch = [];
      tabs = 0;
      chars = 0;
    }
    batch.push(...requests);
    tabs++;
    chars += size;
  }
  send(batch);
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

/** Writes the Validasi sheet (one write) and the marks on every unit tab read (one batch). */
export function writeValidation(read: WorkbookRead, now: Date, timeZone: string): ValidationSummary {
  const { ss, config, sheets, issues } = read;
  const unitOfSheet = new Map(config.units.map((u) => [u.sheetName, u.code]));
  const gidOf = (name: string): number | null => sheets.idOf(name);
  const rows = validationRows(issues, unitOfSheet, gidOf);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const title = `Hasil validasi periode ${formatPeriod(config.period)} — Diperbarui: ${formatDateTimeId(now, timeZone)} — ${errors} kesalahan, ${issues.length - errors} peringatan`;
  const grid = [
    [title, ...Array(VALIDATION_HEADERS.length - 1).fill('')],
    [...VALIDATION_HEADERS],
    ...(rows.length > 0 ? rows : [['Tidak ada masalah ditemukan.', ...Array(VALIDATION_HEADERS.length - 1).fill('')]]),
  ];
  const sheet = writeGridSheet(ss, VALIDATION_SHEET, grid, {
    headerRows: 2,
    columnWidths: [90, 110, 120, 90, 170, 420, 300],
  });
  protectForAdmins(sheet, config.admins);

  markAllIssues(sheets, [...read.grids.keys()], issues);
  const unitsWithErrors = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.sheet)).size;
  return { errors, warnings: issues.length - errors, unitsWithErrors };
}
