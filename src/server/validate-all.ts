// "Validasi semua UPT": the Validasi sheet (one row per issue, a link to its cell) and the marks on offending cells.
import { cellText } from '../core/cell-text';
import { formatDateTimeId, formatPeriod } from '../core/format';
import { VALIDATION_SHEET } from '../core/sheet-names';
import type { Issue, Severity } from '../core/types';
import { protectForAdmins } from './apply-layout';
import type { WorkbookRead } from './workbook';
import { writeGridSheet } from './write-grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

export const VALIDATION_HEADERS = ['UPT', 'Tab', 'Sel', 'Tingkat', 'Kode', 'Pesan', 'Saran perbaikan'] as const;

/**
 * Offending cells are marked with conditional-format rules the add-on owns (custom formula MARK_FORMULA with one of
 * these backgrounds), not by overwriting backgrounds: an operator's own formatting is untouched, and the next run
 * removes exactly the add-on's rules. https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)
 */
export const MARK_BACKGROUND: Readonly<Record<Severity, string>> = { error: '#f4cccc', warning: '#fff2cc' };
export const MARK_FORMULA = '=TRUE';

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'Kesalahan', warning: 'Peringatan' };

/** True for a conditional-format rule this add-on created to mark an issue. */
export function isMarkRule(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  const values = condition.getCriteriaValues();
  const background = (condition.getBackground() ?? '').toLowerCase();
  return (
    // Enum values print as their names in Apps Script.
    String(condition.getCriteriaType()) === 'CUSTOM_FORMULA' &&
    values.length === 1 &&
    values[0] === MARK_FORMULA &&
    Object.values(MARK_BACKGROUND).includes(background)
  );
}

/** Replaces the add-on's marks on one tab: operators' own rules are kept in their order, ours follow. */
export function markIssues(sheet: Sheet, issues: readonly Issue[]): void {
  const existing = sheet.getConditionalFormatRules();
  const kept = existing.filter((r) => !isMarkRule(r));
  const marks: Rule[] = [];
  // An error outranks a warning on the same cell: rules apply in order, so errors come first.
  for (const severity of ['error', 'warning'] as const) {
    const cells = [...new Set(issues.filter((i) => i.severity === severity && i.cell !== '').map((i) => i.cell))];
    if (cells.length === 0) continue;
    marks.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(MARK_FORMULA)
        .setBackground(MARK_BACKGROUND[severity])
        .setRanges(sheet.getRangeList(cells).getRanges())
        .build(),
    );
  }
  if (marks.length === 0 && kept.length === existing.length) return;
  sheet.setConditionalFormatRules([...kept, ...marks]);
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

/** Writes the Validasi sheet (one write) and the marks on every unit tab read. */
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

  for (const name of read.grids.keys()) {
    const tab = sheets.get(name);
    if (tab)
      markIssues(
        tab,
        issues.filter((i) => i.sheet === name),
      );
  }
  const unitsWithErrors = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.sheet)).size;
  return { errors, warnings: issues.length - errors, unitsWithErrors };
}
