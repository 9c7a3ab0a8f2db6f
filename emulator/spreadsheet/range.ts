// An emulated Range: values, display values, formulas, formats, notes, merges, validation, protection, selection.

import { payloadBytes } from '../runtime';
import { columnToLetters, lettersToColumn, toA1 } from './a1';
import { CELL_FORMAT_KEYS, type Cell, type CellValue, isBlank, parseTyped } from './cell';
import { cssColor } from './color';
import type { EmuDataValidation } from './data-validation';
import { SHEET_ERRORS } from './errors';
import { evaluateFormula, UnsupportedFormula } from './formula';
import { serialToDate } from './locale';
import { formatDisplay, isDateTimeFormat } from './number-format';
import { EmuProtection } from './protection';
import { EmuRichTextValue } from './rich-text';
import type { Area, EmuSheet } from './sheet';

/** Number format Apps Script reports for a cell left on "Automatic". Uncertain: observed in public code, not documented. */
export const AUTOMATIC_FORMAT = '0.###############';
const MAX_FORMULA_DEPTH = 100;

/**
 * The value a cell reads as: formulas are computed (supported subset) or keep their cached result; blank is ''. A
 * number (typed or computed) in a date- or time-formatted cell reads as a Date, as getValues() gives it; formulas
 * referring to the cell still see the number.
 */
export function readCell(sheet: EmuSheet, row: number, column: number): CellValue {
  const value = storedValue(sheet, row, column);
  const format = sheet.cell(row, column)?.numberFormat;
  return typeof value === 'number' && isDateTimeFormat(format)
    ? serialToDate(value, sheet.getParentUnrecorded().timeZone)
    : value;
}

/** What the cell holds, as the Sheets API's unformatted value sees it: a date-formatted number stays a number. */
export function storedValue(sheet: EmuSheet, row: number, column: number): CellValue {
  return cellContent(sheet, row, column, 0);
}

function cellContent(sheet: EmuSheet, row: number, column: number, depth: number): CellValue {
  const cell = sheet.cell(row, column);
  if (!cell) return '';
  if (cell.formula) {
    if (depth > MAX_FORMULA_DEPTH) return '#REF!';
    try {
      return evaluateFormula(cell.formula, (ref) => {
        const target =
          ref.sheetName === null ? sheet : sheet.getParentUnrecorded().sheetByNameUnrecorded(ref.sheetName);
        if (!target) return [['#REF!']];
        const rows = ref.numRows ?? target.lastRowUnrecorded() - ref.row + 1;
        const cols = ref.numColumns ?? target.lastColumnUnrecorded() - ref.column + 1;
        return Array.from({ length: Math.max(rows, 0) }, (_, i) =>
          Array.from({ length: Math.max(cols, 0) }, (_, j) =>
            cellContent(target, ref.row + i, ref.column + j, depth + 1),
          ),
        );
      });
    } catch (e) {
      if (!(e instanceof UnsupportedFormula)) throw e;
      return cell.value ?? '';
    }
  }
  if (cell.value === null) return '';
  return cell.value instanceof Date ? new Date(cell.value.getTime()) : cell.value;
}

/** Moves relative A1 references (not $-anchored parts) by (dr, dc), outside string literals and quoted sheet names. */
function shiftFormula(formula: string, dr: number, dc: number): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g, (_m, ca, col, ra, row) => {
            const c = ca ? col : columnToLetters(lettersToColumn(col) + dc);
            const r = ra ? row : String(Number(row) + dr);
            return `${ca}${c}${ra}${r}`;
          }),
    )
    .join('');
}

/** A cell holds at most 50,000 characters (Sheets help "Files you can store in Google Drive"). */
export const MAX_CELL_CHARS = 50_000;

function assertCellSizes(data: unknown[][]): void {
  for (const row of data) {
    for (const v of row)
      if (typeof v === 'string' && v.length > MAX_CELL_CHARS) throw new Error(SHEET_ERRORS.cellTooLong);
  }
}

function sameSize(data: unknown[][], numRows: number, numColumns: number): void {
  if (!Array.isArray(data) || data.length !== numRows)
    throw new Error(SHEET_ERRORS.rowsMismatch(data?.length ?? 0, numRows));
  for (const row of data) {
    if (!Array.isArray(row) || row.length !== numColumns) {
      throw new Error(SHEET_ERRORS.columnsMismatch(Array.isArray(row) ? row.length : 0, numColumns));
    }
  }
}

export class EmuRange {
  constructor(
    readonly sheet: EmuSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
    /** The whole grid without bounds, as a sheet protection's range is: it has no A1 notation. */
    readonly unbounded = false,
  ) {}

  private get ss() {
    return this.sheet.getParentUnrecorded();
  }
  private call(method: string, kind: 'read' | 'write' | 'format' | 'metadata' | 'utility', body?: unknown): void {
    this.ss.ctx.call(`Range.${method}`, kind, body === undefined ? 0 : payloadBytes(body));
    if (this.sheet.deleted) throw new Error(SHEET_ERRORS.sheetDeleted);
  }
  /** Script writes are refused where the effective user may not edit (a protected cell or object). */
  private assertWritable(): void {
    this.sheet.assertEditable(this.ss.ctx.runtime.effectiveUserEmail, this.area());
  }
  private grid<T>(f: (row: number, column: number) => T): T[][] {
    return Array.from({ length: this.numRows }, (_, i) =>
      Array.from({ length: this.numColumns }, (_, j) => f(this.row + i, this.column + j)),
    );
  }
  private each(f: (cell: Cell, i: number, j: number) => void): void {
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) f(this.sheet.ensureCell(this.row + i, this.column + j), i, j);
    }
  }

  // ---- emulator-internal, unrecorded ----
  area(): Area {
    return { row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns };
  }
  a1(): string {
    return toA1(this.row, this.column, this.numRows, this.numColumns);
  }
  containsCell(row: number, column: number): boolean {
    return (
      row >= this.row &&
      row < this.row + this.numRows &&
      column >= this.column &&
      column < this.column + this.numColumns
    );
  }
  valuesUnrecorded(): CellValue[][] {
    return this.grid((r, c) => readCell(this.sheet, r, c));
  }
  displayUnrecorded(): string[][] {
    const ctx = { locale: this.ss.locale, timeZone: this.ss.timeZone };
    return this.grid((r, c) =>
      formatDisplay(readCell(this.sheet, r, c), this.sheet.cell(r, c)?.numberFormat ?? '', ctx),
    );
  }
  clearUnrecorded(o: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): void {
    for (let i = 0; i < this.numRows; i++) {
      const row = this.sheet.rows[this.row + i - 1];
      if (!row) continue;
      for (let j = 0; j < this.numColumns; j++) {
        const cell = row[this.column + j - 1];
        if (!cell) continue;
        if (o.validationsOnly) {
          delete cell.validation;
          continue;
        }
        if (!o.formatOnly) {
          cell.value = null;
          delete cell.formula;
          delete cell.linkUrl;
        }
        if (!o.contentsOnly) for (const k of CELL_FORMAT_KEYS) delete cell[k];
      }
    }
  }

  // ---- geometry: computed from the object, no round trip (kind 'utility', 0 s); the emulator reads the fields ----
  getRow(): number {
    this.call('getRow', 'utility');
    return this.row;
  }
  getColumn(): number {
    this.call('getColumn', 'utility');
    return this.column;
  }
  getNumRows(): number {
    this.call('getNumRows', 'utility');
    return this.numRows;
  }
  getNumColumns(): number {
    this.call('getNumColumns', 'utility');
    return this.numColumns;
  }
  getLastRow(): number {
    this.call('getLastRow', 'utility');
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    this.call('getLastColumn', 'utility');
    return this.column + this.numColumns - 1;
  }
  getA1Notation(): string {
    this.call('getA1Notation', 'utility');
    return this.unbounded ? '' : this.a1();
  }
  getSheet(): EmuSheet {
    this.call('getSheet', 'utility');
    return this.sheet;
  }
  getGridId(): number {
    this.call('getGridId', 'utility');
    return this.sheet.sheetId;
  }
  getCell(row: number, column: number): EmuRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns)
      throw new Error(SHEET_ERRORS.outsideSheet);
    return new EmuRange(this.sheet, this.row + row - 1, this.column + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows = this.numRows, numColumns = this.numColumns): EmuRange {
    return this.sheet.checkedRange(this.row + rowOffset, this.column + columnOffset, numRows, numColumns);
  }

  // ---- values ----
  /** Rows first; Number, Boolean, Date or String; blank cells '' (R spreadsheet/range#getValues()). */
  getValues(): CellValue[][] {
    this.call('getValues', 'read');
    return this.valuesUnrecorded();
  }
  getValue(): CellValue {
    this.call('getValue', 'read');
    return readCell(this.sheet, this.row, this.column);
  }
  getDisplayValues(): string[][] {
    this.call('getDisplayValues', 'read');
    return this.displayUnrecorded();
  }
  getDisplayValue(): string {
    this.call('getDisplayValue', 'read');
    return this.displayUnrecorded()[0][0];
  }
  isBlank(): boolean {
    this.call('isBlank', 'read');
    return this.grid((r, c) => isBlank(this.sheet.cell(r, c))).every((row) => row.every(Boolean));
  }

  private store(cell: Cell, value: unknown): void {
    delete cell.linkUrl;
    if (typeof value === 'string' && value.startsWith('=') && value.length > 1) {
      cell.formula = value;
      cell.value = null;
      return;
    }
    delete cell.formula;
    if (value === null || value === undefined) cell.value = null;
    else if (value instanceof Date) cell.value = new Date(value.getTime());
    else if (typeof value === 'number' || typeof value === 'boolean') cell.value = value;
    else cell.value = parseTyped(String(value), this.ss.locale, this.ss.timeZone, cell.numberFormat);
  }

  /** Unrecorded, unchecked write of typed values (appendRow, copy). */
  storeUnrecorded(values: unknown[][]): void {
    this.each((cell, i, j) => this.store(cell, values[i][j]));
  }

  /** Unrecorded write of one value as it is, a string never parsed (the Sheets API's RAW input). */
  storeRawUnrecorded(value: string | number | boolean): void {
    this.each((cell) => {
      delete cell.formula;
      delete cell.linkUrl;
      cell.value = value;
    });
  }

  /**
   * Copies values/formulas and formats to the destination's top-left cell, shifting relative references in formulas
   * (R spreadsheet/range#copyTo(Range,Object)). Validation rules travel with the formats.
   */
  copyTo(destination: EmuRange, options: { contentsOnly?: boolean; formatOnly?: boolean } = {}): void {
    this.call('copyTo', 'write');
    const target = new EmuRange(destination.sheet, destination.row, destination.column, this.numRows, this.numColumns);
    if (
      target.row + this.numRows - 1 > target.sheet.maxRows ||
      target.column + this.numColumns - 1 > target.sheet.maxColumns
    ) {
      throw new Error(SHEET_ERRORS.outsideSheet);
    }
    target.assertWritable();
    const source = this.grid((r, c) => this.sheet.cell(r, c));
    const dr = target.row - this.row;
    const dc = target.column - this.column;
    target.each((cell, i, j) => {
      const from = source[i][j];
      if (!options.formatOnly) {
        cell.value = from?.value instanceof Date ? new Date(from.value.getTime()) : (from?.value ?? null);
        if (from?.formula) cell.formula = shiftFormula(from.formula, dr, dc);
        else delete cell.formula;
      }
      if (!options.contentsOnly) {
        for (const k of [...CELL_FORMAT_KEYS, 'validation', 'note'] as const) {
          if (from?.[k] === undefined) delete cell[k];
          else (cell as unknown as Record<string, unknown>)[k] = from[k];
        }
      }
    });
  }

  /** Size must match exactly (R spreadsheet/range#setValues(Object)); strings are read as typed input. */
  setValues(values: unknown[][]): this {
    this.call('setValues', 'write', values);
    sameSize(values, this.numRows, this.numColumns);
    assertCellSizes(values);
    this.assertWritable();
    this.each((cell, i, j) => this.store(cell, values[i][j]));
    return this;
  }
  setValue(value: unknown): this {
    this.call('setValue', 'write');
    assertCellSizes([[value]]);
    this.assertWritable();
    this.each((cell) => this.store(cell, value));
    return this;
  }
  getFormulas(): string[][] {
    this.call('getFormulas', 'read');
    return this.grid((r, c) => this.sheet.cell(r, c)?.formula ?? '');
  }
  getFormula(): string {
    this.call('getFormula', 'read');
    return this.sheet.cell(this.row, this.column)?.formula ?? '';
  }
  setFormula(formula: string): this {
    this.call('setFormula', 'write');
    this.assertWritable();
    this.each((cell) => this.store(cell, formula.startsWith('=') ? formula : `=${formula}`));
    return this;
  }
  setFormulas(formulas: string[][]): this {
    this.call('setFormulas', 'write', formulas);
    sameSize(formulas, this.numRows, this.numColumns);
    this.assertWritable();
    this.each((cell, i, j) => this.store(cell, formulas[i][j]));
    return this;
  }

  // ---- formats ----
  private setEach<K extends keyof Cell>(method: string, key: K, values: Cell[K][][]): this {
    this.call(method, 'format', values);
    sameSize(values, this.numRows, this.numColumns);
    this.assertWritable();
    this.each((cell, i, j) => {
      cell[key] = values[i][j];
    });
    return this;
  }
  private setAll<K extends keyof Cell>(method: string, key: K, value: Cell[K]): this {
    this.call(method, 'format');
    this.assertWritable();
    this.each((cell) => {
      cell[key] = value;
    });
    return this;
  }
  private getEach<T>(method: string, f: (cell: Cell | undefined) => T): T[][] {
    this.call(method, 'read');
    return this.grid((r, c) => f(this.sheet.cell(r, c)));
  }

  getNumberFormats(): string[][] {
    return this.getEach('getNumberFormats', (c) => c?.numberFormat ?? AUTOMATIC_FORMAT);
  }
  getNumberFormat(): string {
    return this.getEach('getNumberFormat', (c) => c?.numberFormat ?? AUTOMATIC_FORMAT)[0][0];
  }
  setNumberFormat(format: string): this {
    return this.setAll('setNumberFormat', 'numberFormat', format);
  }
  setNumberFormats(formats: string[][]): this {
    return this.setEach('setNumberFormats', 'numberFormat', formats);
  }
  getBackgrounds(): string[][] {
    return this.getEach('getBackgrounds', (c) => c?.background ?? '#ffffff');
  }
  getBackground(): string {
    return this.getEach('getBackground', (c) => c?.background ?? '#ffffff')[0][0];
  }
  /**
   * Sets a colour per cell, read back as lowercase "#rrggbb"; null resets it. A string naming no colour is accepted
   * without an error, as live Apps Script does (https://issuetracker.google.com/issues/428869869, noted in gas-fakes'
   * notes/oddities.md); the cell then keeps its colour (uncertain: a question for the live contract run).
   */
  private paint(method: string, key: 'background' | 'fontColor', colors: (string | null)[][]): this {
    this.call(method, 'format');
    sameSize(colors, this.numRows, this.numColumns);
    this.assertWritable();
    this.each((cell, i, j) => {
      const color = colors[i][j];
      if (color === null || color === undefined) delete cell[key];
      else cell[key] = cssColor(String(color)) ?? cell[key];
    });
    return this;
  }
  setBackground(color: string | null): this {
    return this.paint(
      'setBackground',
      'background',
      this.grid(() => color),
    );
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this.paint('setBackgrounds', 'background', colors);
  }
  getFontWeights(): string[][] {
    return this.getEach('getFontWeights', (c) => c?.fontWeight ?? 'normal');
  }
  getFontWeight(): string {
    return this.getEach('getFontWeight', (c) => c?.fontWeight ?? 'normal')[0][0];
  }
  setFontWeight(weight: string | null): this {
    return this.setAll('setFontWeight', 'fontWeight', weight ?? undefined);
  }
  setFontWeights(weights: string[][]): this {
    return this.setEach('setFontWeights', 'fontWeight', weights);
  }
  getFontColors(): string[][] {
    return this.getEach('getFontColors', (c) => c?.fontColor ?? '#000000');
  }
  setFontColor(color: string | null): this {
    return this.paint(
      'setFontColor',
      'fontColor',
      this.grid(() => color),
    );
  }
  setFontColors(colors: (string | null)[][]): this {
    return this.paint('setFontColors', 'fontColor', colors);
  }
  setFontSize(_size: number): this {
    this.call('setFontSize', 'format');
    return this;
  }
  setFontStyle(_style: string | null): this {
    this.call('setFontStyle', 'format');
    return this;
  }
  setFontFamily(_family: string | null): this {
    this.call('setFontFamily', 'format');
    return this;
  }
  setBorder(..._args: unknown[]): this {
    this.call('setBorder', 'format');
    return this;
  }
  setWrap(wrap: boolean): this {
    return this.setAll('setWrap', 'wrap', wrap);
  }
  getWraps(): boolean[][] {
    return this.getEach('getWraps', (c) => c?.wrap ?? false);
  }
  setWrapStrategy(strategy: string): this {
    return this.setAll('setWrapStrategy', 'wrap', strategy === 'WRAP');
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.setAll('setHorizontalAlignment', 'horizontalAlignment', alignment ?? undefined);
  }
  getHorizontalAlignments(): string[][] {
    return this.getEach('getHorizontalAlignments', (c) => c?.horizontalAlignment ?? 'general');
  }
  setVerticalAlignment(alignment: string | null): this {
    return this.setAll('setVerticalAlignment', 'verticalAlignment', alignment ?? undefined);
  }
  getVerticalAlignments(): string[][] {
    return this.getEach('getVerticalAlignments', (c) => c?.verticalAlignment ?? 'bottom');
  }

  // ---- notes ----
  getNotes(): string[][] {
    return this.getEach('getNotes', (c) => c?.note ?? '');
  }
  getNote(): string {
    return this.getEach('getNote', (c) => c?.note ?? '')[0][0];
  }
  setNote(note: string | null): this {
    return this.setAll('setNote', 'note', note || undefined);
  }
  setNotes(notes: string[][]): this {
    this.setEach('setNotes', 'note', notes);
    this.each((cell) => {
      if (!cell.note) delete cell.note;
    });
    return this;
  }
  clearNote(): this {
    return this.setAll('clearNote', 'note', undefined);
  }

  // ---- clear ----
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): this {
    this.call('clear', 'write');
    this.assertWritable();
    this.clearUnrecorded(options ?? {});
    return this;
  }
  clearContent(): this {
    this.call('clearContent', 'write');
    this.assertWritable();
    this.clearUnrecorded({ contentsOnly: true });
    return this;
  }
  clearFormat(): this {
    this.call('clearFormat', 'format');
    this.assertWritable();
    this.clearUnrecorded({ formatOnly: true });
    return this;
  }
  clearDataValidations(): this {
    this.call('clearDataValidations', 'format');
    this.clearUnrecorded({ validationsOnly: true });
    return this;
  }

  // ---- merges ----
  private intersects(a: Area): boolean {
    return (
      a.row < this.row + this.numRows &&
      this.row < a.row + a.numRows &&
      a.column < this.column + this.numColumns &&
      this.column < a.column + a.numColumns
    );
  }
  /** Keeps only the top-left value, as Sheets does; the rest of the merged area reads ''. */
  merge(): this {
    this.call('merge', 'format');
    this.assertWritable();
    if (this.sheet.merges.some((m) => this.intersects(m) && !this.containsArea(m)))
      throw new Error(SHEET_ERRORS.mergeOverlap);
    this.sheet.merges = this.sheet.merges.filter((m) => !this.intersects(m));
    if (this.numRows * this.numColumns > 1) this.sheet.merges.push(this.area());
    this.each((cell, i, j) => {
      if (i > 0 || j > 0) {
        cell.value = null;
        delete cell.formula;
      }
    });
    return this;
  }
  private containsArea(a: Area): boolean {
    return this.containsCell(a.row, a.column) && this.containsCell(a.row + a.numRows - 1, a.column + a.numColumns - 1);
  }
  breakApart(): this {
    this.call('breakApart', 'format');
    if (this.sheet.merges.some((m) => this.intersects(m) && !this.containsArea(m)))
      throw new Error(SHEET_ERRORS.mergeOverlap);
    this.sheet.merges = this.sheet.merges.filter((m) => !this.intersects(m));
    return this;
  }
  getMergedRanges(): EmuRange[] {
    this.call('getMergedRanges', 'metadata');
    return this.sheet.merges
      .filter((m) => this.intersects(m))
      .map((m) => new EmuRange(this.sheet, m.row, m.column, m.numRows, m.numColumns));
  }
  isPartOfMerge(): boolean {
    this.call('isPartOfMerge', 'metadata');
    return this.sheet.merges.some((m) => this.intersects(m));
  }

  // ---- data validation ----
  setDataValidation(rule: EmuDataValidation | null): this {
    return this.setAll('setDataValidation', 'validation', rule ?? undefined);
  }
  setDataValidations(rules: (EmuDataValidation | null)[][]): this {
    return this.setEach(
      'setDataValidations',
      'validation',
      rules.map((r) => (Array.isArray(r) ? r.map((x) => x ?? undefined) : r)),
    );
  }
  getDataValidation(): EmuDataValidation | null {
    return this.getEach('getDataValidation', (c) => c?.validation ?? null)[0][0];
  }
  getDataValidations(): (EmuDataValidation | null)[][] {
    return this.getEach('getDataValidations', (c) => c?.validation ?? null);
  }

  // ---- protection ----
  /** A new range protection each call (R spreadsheet/range#protect()). */
  protect(): EmuProtection {
    this.call('protect', 'format');
    const p = new EmuProtection('RANGE', this.sheet, this.area());
    this.ss.protections.push(p);
    return p;
  }

  // ---- selection ----
  activate(): this {
    this.call('activate', 'metadata');
    this.ss.activeSheet = this.sheet;
    this.ss.activeRange = this;
    this.ss.currentCell = new EmuRange(this.sheet, this.row, this.column, 1, 1);
    return this;
  }
  activateAsCurrentCell(): this {
    this.call('activateAsCurrentCell', 'metadata');
    const cell = new EmuRange(this.sheet, this.row, this.column, 1, 1);
    this.ss.activeSheet = this.sheet;
    this.ss.activeRange = cell;
    this.ss.currentCell = cell;
    return this;
  }

  // ---- rich text ----
  setRichTextValue(value: EmuRichTextValue): this {
    return this.setRichTextValues(
      this.grid(() => value),
      'setRichTextValue',
    );
  }
  setRichTextValues(values: EmuRichTextValue[][], method = 'setRichTextValues'): this {
    this.call(method, 'write');
    sameSize(values, this.numRows, this.numColumns);
    this.assertWritable();
    this.each((cell, i, j) => {
      delete cell.formula;
      cell.value = values[i][j].getText();
      if (values[i][j].getLinkUrl()) cell.linkUrl = values[i][j].getLinkUrl() ?? undefined;
      else delete cell.linkUrl;
    });
    return this;
  }
  getRichTextValues(): EmuRichTextValue[][] {
    this.call('getRichTextValues', 'read');
    const shown = this.displayUnrecorded();
    return this.grid(
      (r, c) => new EmuRichTextValue(shown[r - this.row][c - this.column], this.sheet.cell(r, c)?.linkUrl ?? null),
    );
  }
  getRichTextValue(): EmuRichTextValue {
    return this.getRichTextValues()[0][0];
  }
}
