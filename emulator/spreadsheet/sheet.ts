// An emulated Sheet: the cell grid, its size, rows/columns, frozen panes, widths, merges, rules, protection and charts.
import { parseA1 } from './a1';
import { type Cell, type CellValue, isBlank, parseTyped } from './cell';
import { type EmuEmbeddedChart, EmuEmbeddedChartBuilder } from './chart';
import type { EmuConditionalFormatRule } from './conditional-format';
import { SHEET_ERRORS } from './errors';
import { EmuProtection } from './protection';
import { EmuRange } from './range';
import type { EmuSpreadsheet } from './spreadsheet';

export interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** The event object a person's edit gives a simple onEdit trigger (G triggers/events#edit). */
export interface EditEvent {
  readonly range: EmuRange;
  readonly value: string;
  readonly oldValue: string | undefined;
  readonly source: EmuSpreadsheet;
  readonly user: { getEmail(): string };
  readonly authMode: 'LIMITED';
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export class EmuSheet {
  /** rows[r-1][c-1]; sparse. */
  rows: (Cell | undefined)[][] = [];
  merges: Area[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  hiddenRows = new Set<number>();
  hiddenColumns = new Set<number>();
  hidden = false;
  tabColor: string | null = null;
  conditionalRules: EmuConditionalFormatRule<EmuRange>[] = [];
  charts: EmuEmbeddedChart[] = [];
  deleted = false;

  constructor(
    private readonly ss: EmuSpreadsheet,
    public name: string,
    readonly sheetId: number,
    public maxRows = DEFAULT_ROWS,
    public maxColumns = DEFAULT_COLUMNS,
  ) {}

  private call(method: string, kind: 'read' | 'write' | 'format' | 'metadata' | 'ui' | 'utility'): void {
    this.ss.ctx.call(`Sheet.${method}`, kind);
    if (this.deleted) throw new Error(SHEET_ERRORS.sheetDeleted);
  }

  // ---- emulator-internal, unrecorded ----
  getParentUnrecorded(): EmuSpreadsheet {
    return this.ss;
  }
  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }
  ensureCell(row: number, column: number): Cell {
    const r = this.rows[row - 1] ?? [];
    this.rows[row - 1] = r;
    const existing = r[column - 1];
    if (existing) return existing;
    const created: Cell = { value: null };
    r[column - 1] = created;
    return created;
  }
  rangeUnchecked(row: number, column: number, numRows = 1, numColumns = 1): EmuRange {
    return new EmuRange(this, row, column, numRows, numColumns);
  }
  lastRowUnrecorded(): number {
    for (let r = this.rows.length; r >= 1; r--) if (this.rows[r - 1]?.some((c) => !isBlank(c))) return r;
    return 0;
  }
  lastColumnUnrecorded(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (!isBlank(row[c - 1])) {
          last = c;
          break;
        }
      }
    }
    return last;
  }
  /** The sheet protection, if any. */
  sheetProtection(): EmuProtection | undefined {
    return this.ss.protections.find((p) => p.sheet === this && p.type === 'SHEET');
  }
  /** Throws Apps Script's protected-cell error when `email` may not edit some cell of the area (optionally naming it). */
  assertEditable(email: string, area: Area, nameCell = false): void {
    const blocking = this.ss.protections.filter((p) => p.sheet === this && !p.allows(email));
    if (blocking.length === 0) return;
    for (let r = area.row; r < area.row + area.numRows; r++) {
      for (let c = area.column; c < area.column + area.numColumns; c++) {
        if (blocking.some((p) => p.covers(r, c))) {
          const where = nameCell ? ` (${this.name}!${this.rangeUnchecked(r, c).a1()})` : '';
          throw new Error(`${SHEET_ERRORS.protectedCell}${where}`);
        }
      }
    }
  }

  /** Emulator-facing: a closure that puts this sheet back as it is now (a failed Sheets API batch applies nothing). */
  snapshotUnrecorded(): () => void {
    const copyCell = (c: Cell | undefined) =>
      c ? { ...c, value: c.value instanceof Date ? new Date(c.value.getTime()) : c.value } : c;
    const saved = {
      name: this.name,
      maxRows: this.maxRows,
      maxColumns: this.maxColumns,
      rows: this.rows.map((row) => row?.map(copyCell)),
      merges: this.merges.map((m) => ({ ...m })),
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenColumns,
      columnWidths: new Map(this.columnWidths),
      rowHeights: new Map(this.rowHeights),
      hiddenRows: new Set(this.hiddenRows),
      hiddenColumns: new Set(this.hiddenColumns),
      hidden: this.hidden,
      tabColor: this.tabColor,
      conditionalRules: [...this.conditionalRules],
      charts: [...this.charts],
      deleted: this.deleted,
    };
    return () => {
      Object.assign(this, saved);
    };
  }

  // ---- test-facing helpers ----
  /** Whether a person signed in as `email` may type into the cell(s) at `a1`, given sheet and range protections. */
  canUserEdit(email: string, a1: string): boolean {
    const range = this.a1Range(a1);
    try {
      this.assertEditable(email, range.area());
      return true;
    } catch {
      return false;
    }
  }

  /**
   * A person typing `text` into one cell: refused (throws, with the message Sheets shows) when protection forbids
   * or a rejecting data-validation rule fails; otherwise stored as typed input and the onEdit event returned.
   * Script writes never fire onEdit; this is the only way an edit event arises.
   */
  userEdit(email: string, a1: string, text: string): EditEvent {
    const range = this.a1Range(a1);
    this.assertEditable(email, range.area(), true);
    const cell = this.cell(range.row, range.column);
    const typed = text.startsWith('=') ? null : parseTyped(text, this.ss.locale, this.ss.timeZone, cell?.numberFormat);
    const rule = cell?.validation;
    if (rule && !rule.allowInvalid && typed !== null && !rule.accepts(typed)) {
      throw new Error(SHEET_ERRORS.invalidInput(`${this.name}!${range.a1()}`));
    }
    const old = cell && !isBlank(cell) ? range.displayUnrecorded()[0][0] : undefined;
    const target = this.ensureCell(range.row, range.column);
    if (typed === null) {
      target.formula = text;
      target.value = null;
    } else {
      delete target.formula;
      target.value = typed;
    }
    return {
      range,
      value: text,
      oldValue: old,
      source: this.ss,
      user: { getEmail: () => email },
      authMode: 'LIMITED',
    };
  }

  private a1Range(a1: string): EmuRange {
    const ref = parseA1(a1);
    return this.rangeUnchecked(ref.row, ref.column, ref.numRows ?? 1, ref.numColumns ?? 1);
  }

  /** Keeps areas (merges, range protections, named ranges) in step with inserted/deleted rows or columns. */
  private shiftAreas(dim: 'row' | 'column', at: number, delta: number): void {
    const size = dim === 'row' ? 'numRows' : 'numColumns';
    // Conditional-format rules hold immutable ranges: shift copies of their areas, then rebuild the rules.
    const ruleAreas = this.conditionalRules.map((rule) => rule.ranges.map((r) => r.area()));
    const areas: Area[] = [
      ...this.merges,
      ...this.ss.protections.filter((p) => p.sheet === this && p.area).map((p) => p.area as Area),
      ...this.ss.namedRangeAreas(this),
      ...ruleAreas.flat(),
    ];
    for (const a of areas) {
      const end = a[dim] + a[size] - 1;
      if (delta > 0) {
        if (a[dim] >= at) a[dim] += delta;
        else if (end >= at) a[size] += delta;
      } else {
        const delEnd = at - delta - 1;
        const overlap = Math.max(0, Math.min(end, delEnd) - Math.max(a[dim], at) + 1);
        if (a[dim] > delEnd) a[dim] += delta;
        else if (a[dim] >= at) {
          a[size] -= overlap;
          a[dim] = at;
        } else a[size] -= overlap;
      }
    }
    this.merges = this.merges.filter((m) => m.numRows > 0 && m.numColumns > 0 && m.numRows * m.numColumns > 1);
    this.conditionalRules = this.conditionalRules.flatMap((rule, i) => {
      const kept = ruleAreas[i].filter((a) => a.numRows > 0 && a.numColumns > 0);
      if (kept.length === 0) return [];
      const ranges = kept.map((a) => this.rangeUnchecked(a.row, a.column, a.numRows, a.numColumns));
      return [rule.copy().setRanges(ranges).build()];
    });
    const shiftSet = (s: Set<number>) => {
      const next = [...s].flatMap((i) => (i < at ? [i] : delta < 0 && i < at - delta ? [] : [i + delta]));
      s.clear();
      for (const i of next) s.add(i);
    };
    shiftSet(dim === 'row' ? this.hiddenRows : this.hiddenColumns);
    const shiftMap = (m: Map<number, number>) =>
      new Map(
        [...m].flatMap(([i, v]): [number, number][] =>
          i < at ? [[i, v]] : delta < 0 && i < at - delta ? [] : [[i + delta, v]],
        ),
      );
    if (dim === 'column') this.columnWidths = shiftMap(this.columnWidths);
    else this.rowHeights = shiftMap(this.rowHeights);
  }

  // ---- Apps Script API ----
  getName(): string {
    this.call('getName', 'metadata');
    return this.name;
  }
  setName(name: string): this {
    this.call('setName', 'metadata');
    if (!name.trim()) throw new Error(SHEET_ERRORS.invalidSheetName);
    const clash = this.ss.sheets.find((s) => s !== this && s.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new Error(SHEET_ERRORS.duplicateSheet(name));
    this.name = name;
    return this;
  }
  getSheetId(): number {
    this.call('getSheetId', 'metadata');
    return this.sheetId;
  }
  getSheetName(): string {
    return this.getName();
  }
  getIndex(): number {
    this.call('getIndex', 'metadata');
    return this.ss.sheets.indexOf(this) + 1;
  }
  getParent(): EmuSpreadsheet {
    this.call('getParent', 'metadata');
    return this.ss;
  }
  getType(): 'GRID' {
    this.call('getType', 'metadata');
    return 'GRID';
  }
  activate(): this {
    this.call('activate', 'metadata');
    this.ss.activeSheet = this;
    this.ss.activeRange = null;
    return this;
  }

  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): EmuRange {
    this.call('getRange', 'metadata');
    if (typeof a === 'string') {
      const ref = parseA1(a);
      const sheet = ref.sheetName === null ? this : this.ss.sheetByNameUnrecorded(ref.sheetName);
      if (!sheet) throw new Error(SHEET_ERRORS.rangeNotFound);
      return sheet.checkedRange(
        ref.row,
        ref.column,
        ref.numRows ?? sheet.maxRows - ref.row + 1,
        ref.numColumns ?? sheet.maxColumns - ref.column + 1,
      );
    }
    return this.checkedRange(a, column ?? NaN, numRows ?? 1, numColumns ?? 1);
  }

  /**
   * The ranges of a non-empty list of A1 notations on this sheet, as one RangeList; one call
   * (R spreadsheet/sheet#getRangeList(String)). Only getRanges() is emulated.
   */
  getRangeList(a1Notations: string[]): { getRanges(): EmuRange[] } {
    this.call('getRangeList', 'metadata');
    const ranges = a1Notations.map((a1) => {
      const ref = parseA1(a1);
      return this.checkedRange(
        ref.row,
        ref.column,
        ref.numRows ?? this.maxRows - ref.row + 1,
        ref.numColumns ?? this.maxColumns - ref.column + 1,
      );
    });
    return {
      getRanges: () => {
        this.ss.ctx.call('RangeList.getRanges', 'utility');
        return [...ranges];
      },
    };
  }

  /** Validation in the order Apps Script reports it (R spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)). */
  checkedRange(row: number, column: number, numRows: number, numColumns: number): EmuRange {
    if (!(row >= 1)) throw new Error(SHEET_ERRORS.startRowTooSmall);
    if (!(column >= 1)) throw new Error(SHEET_ERRORS.startColumnTooSmall);
    if (!(numRows >= 1)) throw new Error(SHEET_ERRORS.rowsAtLeastOne);
    if (!(numColumns >= 1)) throw new Error(SHEET_ERRORS.columnsAtLeastOne);
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error(SHEET_ERRORS.outsideSheet);
    }
    return new EmuRange(this, Math.floor(row), Math.floor(column), Math.floor(numRows), Math.floor(numColumns));
  }

  /** A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): EmuRange {
    this.call('getDataRange', 'metadata');
    return this.rangeUnchecked(1, 1, Math.max(1, this.lastRowUnrecorded()), Math.max(1, this.lastColumnUnrecorded()));
  }
  getLastRow(): number {
    this.call('getLastRow', 'metadata');
    return this.lastRowUnrecorded();
  }
  getLastColumn(): number {
    this.call('getLastColumn', 'metadata');
    return this.lastColumnUnrecorded();
  }
  getMaxRows(): number {
    this.call('getMaxRows', 'metadata');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.call('getMaxColumns', 'metadata');
    return this.maxColumns;
  }

  private grow(rows: number, columns: number): void {
    this.ss.assertCellBudget(rows * this.maxColumns + columns * (this.maxRows + rows));
  }
  private insertRowsAt(at: number, howMany: number, method: string): this {
    this.call(method, 'format');
    if (!(at >= 1) || at > this.maxRows + 1) throw new Error('Those rows are out of bounds.');
    if (!(howMany >= 1)) throw new Error(SHEET_ERRORS.rowsAtLeastOne);
    this.insertRowsUnrecorded(at, howMany);
    return this;
  }
  /** Emulator-facing, unrecorded and unchecked: `howMany` empty rows before row `at` (1-based). */
  insertRowsUnrecorded(at: number, howMany: number): void {
    this.grow(howMany, 0);
    if (this.rows.length >= at) this.rows.splice(at - 1, 0, ...new Array<(Cell | undefined)[]>(howMany));
    this.shiftAreas('row', at, howMany);
    this.maxRows += howMany;
  }
  /** Emulator-facing, unrecorded and unchecked: removes rows `at`..`at + howMany - 1` (1-based). */
  deleteRowsUnrecorded(at: number, howMany: number): void {
    this.rows.splice(at - 1, howMany);
    this.shiftAreas('row', at, -howMany);
    this.maxRows -= howMany;
  }
  /** Emulator-facing, unrecorded and unchecked: `howMany` empty columns before column `at` (1-based). */
  insertColumnsUnrecorded(at: number, howMany: number): void {
    this.grow(0, howMany);
    for (const row of this.rows)
      if (row && row.length >= at) row.splice(at - 1, 0, ...new Array<Cell | undefined>(howMany));
    this.shiftAreas('column', at, howMany);
    this.maxColumns += howMany;
  }
  /** Emulator-facing, unrecorded and unchecked: removes columns `at`..`at + howMany - 1` (1-based). */
  deleteColumnsUnrecorded(at: number, howMany: number): void {
    for (const row of this.rows) row?.splice(at - 1, howMany);
    this.shiftAreas('column', at, -howMany);
    this.maxColumns -= howMany;
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.insertRowsAt(beforePosition, howMany, 'insertRowsBefore');
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.insertRowsAt(afterPosition + 1, howMany, 'insertRowsAfter');
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsAt(beforePosition, 1, 'insertRowBefore');
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAt(afterPosition + 1, 1, 'insertRowAfter');
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsAt(rowIndex, numRows, 'insertRows');
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.call('deleteRows', 'format');
    if (!(rowPosition >= 1) || !(howMany >= 1) || rowPosition + howMany - 1 > this.maxRows) {
      throw new Error('Those rows are out of bounds.');
    }
    if (howMany >= this.maxRows - this.frozenRows)
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    this.deleteRowsUnrecorded(rowPosition, howMany);
  }
  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  private insertColumnsAt(at: number, howMany: number, method: string): this {
    this.call(method, 'format');
    if (!(at >= 1) || at > this.maxColumns + 1) throw new Error('Those columns are out of bounds.');
    if (!(howMany >= 1)) throw new Error(SHEET_ERRORS.columnsAtLeastOne);
    this.insertColumnsUnrecorded(at, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.insertColumnsAt(beforePosition, howMany, 'insertColumnsBefore');
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.insertColumnsAt(afterPosition + 1, howMany, 'insertColumnsAfter');
  }
  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsAt(beforePosition, 1, 'insertColumnBefore');
  }
  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAt(afterPosition + 1, 1, 'insertColumnAfter');
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsAt(columnIndex, numColumns, 'insertColumns');
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.call('deleteColumns', 'format');
    if (!(columnPosition >= 1) || !(howMany >= 1) || columnPosition + howMany - 1 > this.maxColumns) {
      throw new Error('Those columns are out of bounds.');
    }
    if (howMany >= this.maxColumns - this.frozenColumns) {
      throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    }
    this.deleteColumnsUnrecorded(columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  /** Writes one row after the last row with content, growing the grid when full (R spreadsheet/sheet#appendRow(Object)). */
  appendRow(rowContents: unknown[]): this {
    this.call('appendRow', 'write');
    const row = this.lastRowUnrecorded() + 1;
    // A script runs as its user: a row that user may not edit is refused as any other write is.
    if (rowContents.length > 0)
      this.assertEditable(this.ss.ctx.runtime.effectiveUserEmail, {
        row,
        column: 1,
        numRows: 1,
        numColumns: rowContents.length,
      });
    if (row > this.maxRows) {
      this.grow(1, 0);
      this.maxRows += 1;
    }
    if (rowContents.length > this.maxColumns) {
      this.grow(0, rowContents.length - this.maxColumns);
      this.maxColumns = rowContents.length;
    }
    if (rowContents.length === 0) return this;
    this.rangeUnchecked(row, 1, 1, rowContents.length).storeUnrecorded([rowContents]);
    return this;
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): CellValue[][] {
    this.call('getSheetValues', 'read');
    const rows = numRows === -1 ? this.lastRowUnrecorded() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.lastColumnUnrecorded() - startColumn + 1 : numColumns;
    return this.checkedRange(startRow, startColumn, rows, cols).valuesUnrecorded();
  }

  /** Copies cells, formats, validation, merges, frozen panes, sizes and rules; not protections or charts (uncertain). */
  copyContentsTo(target: EmuSheet): void {
    target.rows = this.rows.map((row) =>
      row?.map((c) => (c ? { ...c, value: c.value instanceof Date ? new Date(c.value.getTime()) : c.value } : c)),
    );
    target.merges = this.merges.map((m) => ({ ...m }));
    target.frozenRows = this.frozenRows;
    target.frozenColumns = this.frozenColumns;
    target.columnWidths = new Map(this.columnWidths);
    target.rowHeights = new Map(this.rowHeights);
    target.hiddenRows = new Set(this.hiddenRows);
    target.hiddenColumns = new Set(this.hiddenColumns);
    target.tabColor = this.tabColor;
    target.conditionalRules = this.conditionalRules.map((rule) =>
      rule
        .copy()
        .setRanges(rule.ranges.map((r) => target.rangeUnchecked(r.row, r.column, r.numRows, r.numColumns)))
        .build(),
    );
  }
  /** A copy named "Copy of <name>" at the end of the destination (R spreadsheet/sheet#copyTo(Spreadsheet)). */
  copyTo(spreadsheet: EmuSpreadsheet): EmuSheet {
    this.call('copyTo', 'format');
    const name = spreadsheet.uniqueCopyName(this.name);
    const copy = spreadsheet.addSheetUnrecorded(name, spreadsheet.sheets.length, this.maxRows, this.maxColumns);
    this.copyContentsTo(copy);
    return copy;
  }

  /** Clears contents and formats (and, like the UI, keeps the grid size). */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }): this {
    this.call('clear', 'write');
    this.rangeUnchecked(1, 1, this.maxRows, this.maxColumns).clearUnrecorded(options ?? {});
    if (!options?.contentsOnly && !options?.validationsOnly) this.merges = [];
    return this;
  }
  clearContents(): this {
    this.call('clearContents', 'write');
    this.rangeUnchecked(1, 1, this.maxRows, this.maxColumns).clearUnrecorded({ contentsOnly: true });
    return this;
  }
  clearFormats(): this {
    this.call('clearFormats', 'format');
    this.rangeUnchecked(1, 1, this.maxRows, this.maxColumns).clearUnrecorded({ formatOnly: true });
    return this;
  }
  clearNotes(): this {
    this.call('clearNotes', 'format');
    for (const row of this.rows) for (const c of row ?? []) if (c) delete c.note;
    return this;
  }

  hideSheet(): this {
    this.call('hideSheet', 'format');
    if (this.ss.sheets.filter((s) => !s.hidden && s !== this).length === 0)
      throw new Error(SHEET_ERRORS.hiddenLastSheet);
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.call('showSheet', 'format');
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    this.call('isSheetHidden', 'metadata');
    return this.hidden;
  }
  setFrozenRows(rows: number): void {
    this.call('setFrozenRows', 'format');
    this.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.call('setFrozenColumns', 'format');
    this.frozenColumns = columns;
  }
  getFrozenRows(): number {
    this.call('getFrozenRows', 'metadata');
    return this.frozenRows;
  }
  getFrozenColumns(): number {
    this.call('getFrozenColumns', 'metadata');
    return this.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.call('setColumnWidth', 'format');
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.call('setColumnWidths', 'format');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    this.call('getColumnWidth', 'metadata');
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  autoResizeColumns(_startColumn: number, _numColumns: number): this {
    this.call('autoResizeColumns', 'format');
    return this;
  }
  setRowHeight(rowPosition: number, height: number): this {
    this.call('setRowHeight', 'format');
    this.rowHeights.set(rowPosition, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): this {
    this.call('setRowHeights', 'format');
    for (let r = startRow; r < startRow + numRows; r++) this.rowHeights.set(r, height);
    return this;
  }
  getRowHeight(rowPosition: number): number {
    this.call('getRowHeight', 'metadata');
    return this.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  hideRows(rowIndex: number, numRows = 1): void {
    this.call('hideRows', 'format');
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows = 1): void {
    this.call('showRows', 'format');
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.delete(r);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    this.call('isRowHiddenByUser', 'metadata');
    return this.hiddenRows.has(rowPosition);
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.call('hideColumns', 'format');
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.add(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.call('isColumnHiddenByUser', 'metadata');
    return this.hiddenColumns.has(columnPosition);
  }
  setTabColor(color: string | null): this {
    this.call('setTabColor', 'format');
    this.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    this.call('getTabColor', 'metadata');
    return this.tabColor;
  }

  /** Returns the sheet's existing protection if there is one (R spreadsheet/sheet#protect()). */
  protect(): EmuProtection {
    this.call('protect', 'format');
    const existing = this.sheetProtection();
    if (existing) return existing;
    const p = new EmuProtection('SHEET', this, null);
    this.ss.protections.push(p);
    return p;
  }
  getProtections(type: 'RANGE' | 'SHEET'): EmuProtection[] {
    this.call('getProtections', 'metadata');
    return this.ss.protections.filter((p) => p.sheet === this && p.type === type);
  }

  /** Replaces all rules (R spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)). */
  setConditionalFormatRules(rules: EmuConditionalFormatRule<EmuRange>[]): void {
    this.call('setConditionalFormatRules', 'format');
    this.conditionalRules = [...rules];
  }
  getConditionalFormatRules(): EmuConditionalFormatRule<EmuRange>[] {
    this.call('getConditionalFormatRules', 'metadata');
    return [...this.conditionalRules];
  }
  clearConditionalFormatRules(): void {
    this.call('clearConditionalFormatRules', 'format');
    this.conditionalRules = [];
  }

  newChart(): EmuEmbeddedChartBuilder {
    this.call('newChart', 'utility');
    return new EmuEmbeddedChartBuilder(this);
  }
  insertChart(chart: EmuEmbeddedChart): void {
    this.call('insertChart', 'format');
    chart.attach(this);
    this.charts.push(chart);
  }
  updateChart(chart: EmuEmbeddedChart): void {
    this.call('updateChart', 'format');
    const i = this.charts.findIndex((c) => c.chartId === chart.chartId);
    if (i < 0) throw new Error('The chart does not exist on this sheet.');
    this.charts[i] = chart;
  }
  removeChart(chart: EmuEmbeddedChart): void {
    this.call('removeChart', 'format');
    this.charts = this.charts.filter((c) => c.chartId !== chart.chartId);
  }
  getCharts(): EmuEmbeddedChart[] {
    this.call('getCharts', 'metadata');
    return [...this.charts];
  }
}
