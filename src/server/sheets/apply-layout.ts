// Writes a core TabLayout onto a unit's sheet: grid size, values, formats, rules, notes, headers, freeze, protection.
import type { LayoutCell, LayoutValidation, TabLayout } from '../../core/schema/tab-layout';
import type { CellValue, Grid } from '../../core/schema/types';
import { fromRangeA1 } from '../../core/text/a1';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Request = GoogleAppsScript.Sheets.Schema.Request;

export const HEADER_BACKGROUND = '#cfe2f3';
/** Cells operators fill stay white ("Isi hanya sel putih"); everything else is shaded. */
export const INPUT_BACKGROUND = '#ffffff';
export const TEMPLATE_BACKGROUND = '#f3f3f3';
export const DEFAULT_NUMBER_FORMAT = 'General';

/** Protection description that marks a unit tab's protection as the add-on's. */
export function protectionDescription(unitCode: string): string {
  return `Rekap UPT: tab ${unitCode} (diatur oleh add-on)`;
}

/** A range the core wrote into a layout or a summary: always valid A1, so anything else is a bug. */
export function coreRange(a1: string): { row: number; col: number; rows: number; cols: number } {
  const range = fromRangeA1(a1);
  if (!range) throw new Error(`Bad A1 range from the core: ${a1}`);
  return range;
}

/** Calls `each(r, c)` (zero-based) for every cell of an A1 range. */
function forCells(a1: string, each: (r: number, c: number) => void): void {
  const { row, col, rows, cols } = coreRange(a1);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) each(row - 1 + r, col - 1 + c);
}

function filled<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array<T>(cols).fill(value));
}

function buildRule(v: LayoutValidation): DataValidation {
  const b = SpreadsheetApp.newDataValidation().setAllowInvalid(v.allowInvalid).setHelpText(v.help);
  const rule = v.rule;
  if (rule.kind === 'list') return b.requireValueInList([...rule.values], true).build();
  if (rule.kind === 'date') return b.requireDate().build();
  if (rule.min !== undefined && rule.max !== undefined) return b.requireNumberBetween(rule.min, rule.max).build();
  if (rule.min !== undefined) return b.requireNumberGreaterThanOrEqualTo(rule.min).build();
  if (rule.max !== undefined) return b.requireNumberLessThanOrEqualTo(rule.max).build();
  // Any number: the widest "between" is the builder's way to say "a number".
  return b.requireNumberBetween(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER).build();
}

/** Rule objects by rule, shared by every tab of one set-up run (a DataValidation is a value, not tied to a range). */
export type ValidationRules = Map<string, DataValidation>;

/** The rule object for a layout validation, built once per distinct rule (fewer builder calls). */
function sharedRule(rules: ValidationRules, v: LayoutValidation): DataValidation {
  const key = JSON.stringify([v.rule, v.allowInvalid, v.help]);
  const rule = rules.get(key) ?? buildRule(v);
  rules.set(key, rule);
  return rule;
}

function sameCell(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** True when the sheet already holds exactly the layout's values (the write can be skipped). */
export function sameGrid(current: Grid, wanted: readonly (readonly LayoutCell[])[]): boolean {
  if (current.length !== wanted.length) return false;
  return wanted.every((row, r) => row.length === current[r].length && row.every((v, c) => sameCell(current[r][c], v)));
}

/** Resizes the sheet's grid to exactly rows × cols (a spreadsheet holds at most 10 million cells). */
export function trimGrid(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  else if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (maxCols > cols) sheet.deleteColumns(cols + 1, maxCols - cols);
  else if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/**
 * Applies the layout to the sheet. `current` is what the sheet holds now (its getValues(), [] for a new sheet);
 * values are written only when they differ, so a second run over an unchanged tab rewrites no figure. The column
 * widths come back as Sheets API requests, for the caller to send with every other tab's in one batch.
 */
export function applyTabLayout(
  sheet: Sheet,
  layout: TabLayout,
  current: Grid,
  unitCode: string,
  operators: readonly string[],
  admins: readonly string[],
  rules: ValidationRules = new Map(),
): Request[] {
  const { rows, cols } = layout;
  trimGrid(sheet, rows, cols);
  // A sheet set up creates has no merges, no frozen rows and default widths: nothing to read back or undo.
  const fresh = current.length === 0;
  const all = sheet.getRange(1, 1, rows, cols);
  // Reading the merges is a cheaper round trip than an unneeded breakApart (a format write).
  if (!fresh && all.getMergedRanges().length > 0) all.breakApart();

  const formats = filled(rows, cols, DEFAULT_NUMBER_FORMAT);
  for (const f of layout.numberFormats) forCells(f.range, (r, c) => (formats[r][c] = f.format));
  // Formats first: a text format ('@') keeps "2026-02" from being read as a date.
  all.setNumberFormats(formats);
  if (!sameGrid(current, layout.grid)) all.setValues(layout.grid);

  const cellRules: (DataValidation | null)[][] = filled<DataValidation | null>(rows, cols, null);
  for (const v of layout.validations) {
    const rule = sharedRule(rules, v);
    forCells(v.range, (r, c) => (cellRules[r][c] = rule));
  }
  all.setDataValidations(cellRules);

  const notes = filled(rows, cols, '');
  for (const n of layout.notes) forCells(n.cell, (r, c) => (notes[r][c] = n.text));
  all.setNotes(notes);

  const backgrounds = filled(rows, cols, TEMPLATE_BACKGROUND);
  const weights = filled<GoogleAppsScript.Spreadsheet.FontWeight>(rows, cols, 'normal');
  for (const a1 of layout.inputRanges) forCells(a1, (r, c) => (backgrounds[r][c] = INPUT_BACKGROUND));
  for (const a1 of layout.headerCells) {
    forCells(a1, (r, c) => {
      backgrounds[r][c] = HEADER_BACKGROUND;
      weights[r][c] = 'bold';
    });
  }
  all.setBackgrounds(backgrounds);
  all.setFontWeights(weights);

  if ((fresh ? 0 : sheet.getFrozenRows()) !== layout.frozenRows) sheet.setFrozenRows(layout.frozenRows);
  protectSheet(sheet, protectionDescription(unitCode), layout.inputRanges, admins);
  protectInputs(sheet, unitCode, all, [...operators, ...admins]);
  return columnWidthRequests(sheet.getSheetId(), layout.columnWidths);
}

/**
 * The widths as updateDimensionProperties requests, one per run of equal widths: written whatever the sheet has, as
 * reading a width costs a call per column and a batch costs one call for every tab.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatedimensionpropertiesrequest
 */
function columnWidthRequests(sheetId: number, widths: readonly number[]): Request[] {
  const requests: Request[] = [];
  let start = 0;
  while (start < widths.length) {
    let end = start;
    while (end + 1 < widths.length && widths[end + 1] === widths[start]) end++;
    requests.push({
      updateDimensionProperties: {
        range: { sheetId, dimension: 'COLUMNS', startIndex: start, endIndex: end + 1 },
        properties: { pixelSize: widths[start] },
        fields: 'pixelSize',
      },
    });
    start = end + 1;
  }
  return requests;
}

export const ADMIN_SHEET_DESCRIPTION = 'Rekap UPT: ditulis oleh add-on, hanya admin yang dapat mengubah';

/** Protection description of the range that lets a unit's operators fill their tab's input cells. */
export function inputProtectionDescription(unitCode: string): string {
  return `Rekap UPT: isian tab ${unitCode} (operator UPT dan admin)`;
}

/**
 * Makes the protection's editors exactly `editors` (the owner and the current user always stay, as in Sheets). A new
 * protection mirrors the file's permissions until its editor list is changed, so anyone the file is shared with
 * later could edit it (https://developers.google.com/apps-script/reference/spreadsheet/range#protect()): a new one
 * always gets its list set, even when it already matches.
 */
export function setEditors(
  protection: GoogleAppsScript.Spreadsheet.Protection,
  editors: readonly string[],
  isNew: boolean,
): void {
  const wanted = new Set(editors.map((e) => e.toLowerCase()));
  const current = protection.getEditors().map((u) => u.getEmail().toLowerCase());
  const extra = current.filter((e) => !wanted.has(e));
  const missing = [...wanted].filter((e) => !current.includes(e));
  if (extra.length > 0) protection.removeEditors(extra);
  if (missing.length > 0) protection.addEditors(missing);
  else if (isNew && extra.length === 0) protection.addEditors([...wanted]);
  if (protection.isWarningOnly()) protection.setWarningOnly(false);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

/**
 * Protects the whole sheet except the input ranges; editors become exactly `editors`. The owner and the person
 * running the script always stay editors (Apps Script cannot remove them), so admins running setup keep access.
 */
export function protectSheet(
  sheet: Sheet,
  description: string,
  inputRanges: readonly string[],
  editors: readonly string[],
): void {
  const protection = sheet.protect();
  const ours = protection.getDescription() === description;
  if (!ours) protection.setDescription(description);
  // On a rerun the open ranges are read (cheap) and rewritten only when the layout moved them.
  const open = ours
    ? protection
        .getUnprotectedRanges()
        .map((r) => r.getA1Notation())
        .sort()
        .join()
    : null;
  if (open !== [...inputRanges].sort().join()) {
    protection.setUnprotectedRanges(inputRanges.length > 0 ? sheet.getRangeList([...inputRanges]).getRanges() : []);
  }
  setEditors(protection, editors, !ours);
}

/**
 * Unprotected ranges of a sheet protection are open to EVERY editor of the file, so one range protection over the
 * whole tab (editors: the unit's operators and the admins) keeps other units' operators out of the input cells
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection#setUnprotectedRanges(Range)).
 */
export function protectInputs(sheet: Sheet, unitCode: string, area: Range, editors: readonly string[]): void {
  const description = inputProtectionDescription(unitCode);
  const a1 = area.getA1Notation();
  // A run stopped between protect() and setDescription() left one without a description: it is this one too.
  const undescribed = new Set<GoogleAppsScript.Spreadsheet.Protection>();
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).filter((p) => {
    const text = p.getDescription();
    if (text === '' && p.getRange().getA1Notation() === a1) undescribed.add(p);
    return text === description || undescribed.has(p);
  });
  const keep = existing.find((p) => p.getRange().getA1Notation() === a1);
  for (const p of existing) if (p !== keep) p.remove();
  const protection = keep ?? area.protect().setDescription(description);
  if (keep && undescribed.has(keep)) keep.setDescription(description);
  // One left without a description never had its editors set either.
  setEditors(protection, editors, keep === undefined || undescribed.has(keep));
}

/** Protects an add-on sheet (summaries, Log, Arsip, Validasi) so only the admins edit it. */
export function protectForAdmins(sheet: Sheet, admins: readonly string[]): void {
  protectSheet(sheet, ADMIN_SHEET_DESCRIPTION, [], admins);
}
