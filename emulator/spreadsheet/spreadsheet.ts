// An emulated Spreadsheet: its sheets, active selection, locale and time zone, owner/editors, protections, named ranges.

import { baseUser, type EmuUser, emailOf } from '../user';
import { parseA1 } from './a1';
import type { SheetsContext } from './context';
import { SHEET_ERRORS } from './errors';
import type { EmuProtection } from './protection';
import type { EmuRange } from './range';
import { type Area, DEFAULT_COLUMNS, DEFAULT_ROWS, EmuSheet } from './sheet';
import type { EmuUi } from './ui';

/** A spreadsheet holds at most 10 million cells (Sheets help: "Files you can store in Google Drive"). */
export const MAX_CELLS = 10_000_000;

interface NamedRange {
  name: string;
  sheet: EmuSheet;
  area: Area;
}

export class EmuSpreadsheet {
  sheets: EmuSheet[] = [];
  activeSheet: EmuSheet | null = null;
  activeRange: EmuRange | null = null;
  currentCell: EmuRange | null = null;
  protections: EmuProtection[] = [];
  editorEmails: string[] = [];
  /** Shared to view only (Drive's "Viewer"): may read, never write. */
  viewerEmails: string[] = [];
  private namedRanges: NamedRange[] = [];
  private nextGid = 0;

  constructor(
    readonly ctx: SheetsContext,
    private readonly ui: EmuUi,
    readonly id: string,
    public name: string,
    public locale: string,
    public timeZone: string,
    readonly ownerEmail: string,
  ) {}

  private call(method: string, kind: 'read' | 'write' | 'format' | 'metadata' | 'ui'): void {
    this.ctx.call(`Spreadsheet.${method}`, kind);
  }

  // ---- emulator-internal, unrecorded ----
  /** Sheet ids (gid): 0 for the first sheet, then large stable numbers as Sheets gives. */
  private gid(): number {
    const n = this.nextGid++;
    return n === 0 ? 0 : (n * 1_299_709 + 104_729) % 2_000_000_000;
  }
  totalCells(): number {
    return this.sheets.reduce((s, sh) => s + sh.maxRows * sh.maxColumns, 0);
  }
  assertCellBudget(extra: number): void {
    if (this.totalCells() + extra > MAX_CELLS) throw new Error(SHEET_ERRORS.tooManyCells);
  }
  /** Adds a sheet without recording a call (used by create(), xlsx loading and the Sheets API's addSheet). */
  addSheetUnrecorded(
    name: string,
    index = this.sheets.length,
    rows = DEFAULT_ROWS,
    columns = DEFAULT_COLUMNS,
    sheetId = this.gid(),
  ): EmuSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(SHEET_ERRORS.duplicateSheet(name));
    this.assertCellBudget(rows * columns);
    const sheet = new EmuSheet(this, name, sheetId, rows, columns);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  /** The first sheet not hidden: what an A1 range without a sheet name means to the Sheets API. */
  firstVisibleSheet(): EmuSheet {
    return this.sheets.find((s) => !s.hidden) ?? this.sheets[0];
  }
  /**
   * The active sheet; where none was chosen (no editor open), the first visible sheet. Uncertain: that Apps Script
   * skips a hidden first sheet here is a question for the live contract run.
   */
  currentSheet(): EmuSheet {
    return this.activeSheet ?? this.firstVisibleSheet();
  }
  /** Removes a sheet, its protections and named ranges, without recording a call (the Sheets API's deleteSheet). */
  removeSheetUnrecorded(sheet: EmuSheet): void {
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.protections = this.protections.filter((p) => p.sheet !== sheet);
    this.namedRanges = this.namedRanges.filter((n) => n.sheet !== sheet);
    sheet.deleted = true;
    if (this.activeSheet === sheet) {
      this.activeSheet = this.firstVisibleSheet();
      this.activeRange = null;
    }
  }
  /**
   * A closure that puts the spreadsheet back as it is now: its list of sheets, protections and named ranges, every
   * protection, and the sheets `touched` later names (copied when first touched, as a batch reaches them).
   */
  snapshotUnrecorded(): { touch(sheet: EmuSheet): void; restore(): void } {
    const saved = {
      sheets: [...this.sheets],
      protections: [...this.protections],
      namedRanges: this.namedRanges.map((n) => ({ ...n, area: { ...n.area } })),
      nextGid: this.nextGid,
      activeSheet: this.activeSheet,
    };
    const protections = this.protections.map((p) => p.snapshotUnrecorded());
    const sheets = new Map<EmuSheet, () => void>();
    return {
      touch: (sheet) => {
        if (!sheets.has(sheet)) sheets.set(sheet, sheet.snapshotUnrecorded());
      },
      restore: () => {
        for (const restore of sheets.values()) restore();
        for (const restore of protections) restore();
        Object.assign(this, saved);
      },
    };
  }
  sheetByNameUnrecorded(name: string): EmuSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  dropProtection(p: EmuProtection): void {
    this.protections = this.protections.filter((x) => x !== p);
  }
  namedRangeAreas(sheet: EmuSheet): Area[] {
    return this.namedRanges.filter((n) => n.sheet === sheet).map((n) => n.area);
  }
  /** Test-facing: share the file with an editor (same as addEditor, unrecorded). */
  share(email: string): void {
    if (!this.editorEmails.includes(email)) this.editorEmails.push(email);
  }

  /** Test-facing: share the file to view only (Drive's "Viewer" role), unrecorded. */
  shareAsViewer(email: string): void {
    if (!this.viewerEmails.includes(email)) this.viewerEmails.push(email);
  }
  /** Whether `email` may read the file (its owner, an editor or a viewer) or write it (owner or editor). */
  canOpen(email: string, access: 'read' | 'write' = 'read'): boolean {
    const e = email.toLowerCase();
    const allowed = [this.ownerEmail, ...this.editorEmails, ...(access === 'read' ? this.viewerEmails : [])];
    return allowed.some((x) => x.toLowerCase() === e);
  }

  /** "Copy of X", then "Copy of X 2", … — the English UI's naming (uncertain for other UI languages). */
  uniqueCopyName(name: string): string {
    const base = `Copy of ${name}`;
    let candidate = base;
    for (let n = 2; this.sheets.some((s) => s.name.toLowerCase() === candidate.toLowerCase()); n++)
      candidate = `${base} ${n}`;
    return candidate;
  }

  // ---- Apps Script API ----
  getId(): string {
    this.call('getId', 'metadata');
    return this.id;
  }
  getName(): string {
    this.call('getName', 'metadata');
    return this.name;
  }
  rename(name: string): void {
    this.call('rename', 'metadata');
    this.name = name;
  }
  getUrl(): string {
    this.call('getUrl', 'metadata');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSheets(): EmuSheet[] {
    this.call('getSheets', 'metadata');
    return [...this.sheets];
  }
  getNumSheets(): number {
    this.call('getNumSheets', 'metadata');
    return this.sheets.length;
  }
  /** null when missing; case-sensitive ([F]: see emulator/README.md on sources). */
  getSheetByName(name: string): EmuSheet | null {
    this.call('getSheetByName', 'metadata');
    return this.sheetByNameUnrecorded(name);
  }
  getSheetById(id: number): EmuSheet | null {
    this.call('getSheetById', 'metadata');
    return this.sheets.find((s) => s.sheetId === id) ?? null;
  }
  /**
   * insertSheet() | (index) | (name) | (name, index); the new sheet becomes active; index is 0-based
   * (R spreadsheet/spreadsheet#insertSheet(String,Integer)). Without an index it goes last (uncertain: not documented).
   */
  insertSheet(a?: string | number, b?: number): EmuSheet {
    this.call('insertSheet', 'format');
    let name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : b;
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.sheets.some((s) => s.name === `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (!name.trim()) throw new Error(SHEET_ERRORS.invalidSheetName);
    const sheet = this.addSheetUnrecorded(name, index ?? this.sheets.length);
    this.activeSheet = sheet;
    this.activeRange = null;
    return sheet;
  }
  deleteSheet(sheet: EmuSheet): void {
    this.call('deleteSheet', 'format');
    if (!this.sheets.includes(sheet)) throw new Error(SHEET_ERRORS.sheetDeleted);
    if (this.sheets.length === 1) throw new Error(SHEET_ERRORS.removeAllSheets);
    this.removeSheetUnrecorded(sheet);
  }
  /** Duplicates the active sheet right after it; the copy becomes active (R spreadsheet/spreadsheet#duplicateActiveSheet()). */
  duplicateActiveSheet(): EmuSheet {
    this.call('duplicateActiveSheet', 'format');
    const source = this.currentSheet();
    const copy = this.addSheetUnrecorded(
      this.uniqueCopyName(source.name),
      this.sheets.indexOf(source) + 1,
      source.maxRows,
      source.maxColumns,
    );
    source.copyContentsTo(copy);
    this.activeSheet = copy;
    this.activeRange = null;
    return copy;
  }
  getActiveSheet(): EmuSheet {
    this.call('getActiveSheet', 'metadata');
    return this.currentSheet();
  }
  setActiveSheet(sheet: EmuSheet): EmuSheet {
    this.call('setActiveSheet', 'metadata');
    this.activeSheet = sheet;
    this.activeRange = null;
    return sheet;
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    this.call('moveActiveSheet', 'format');
    const sheet = this.currentSheet();
    if (!(pos >= 1) || pos > this.sheets.length) throw new Error('The sheet index is out of range.');
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(pos - 1, 0, sheet);
  }
  getActiveRange(): EmuRange | null {
    this.call('getActiveRange', 'metadata');
    return this.activeRange ?? this.currentSheet().rangeUnchecked(1, 1);
  }
  getCurrentCell(): EmuRange | null {
    this.call('getCurrentCell', 'metadata');
    return this.currentCell ?? this.currentSheet().rangeUnchecked(1, 1);
  }
  /** A1 notation with or without a sheet name; without one, the active sheet (R spreadsheet/spreadsheet#getRange(String)). */
  getRange(a1: string): EmuRange {
    this.call('getRange', 'metadata');
    const ref = parseA1(a1);
    const sheet = ref.sheetName === null ? this.currentSheet() : this.sheetByNameUnrecorded(ref.sheetName);
    if (!sheet) throw new Error(SHEET_ERRORS.rangeNotFound);
    return sheet.checkedRange(
      ref.row,
      ref.column,
      ref.numRows ?? sheet.maxRows - ref.row + 1,
      ref.numColumns ?? sheet.maxColumns - ref.column + 1,
    );
  }
  getSpreadsheetTimeZone(): string {
    this.call('getSpreadsheetTimeZone', 'metadata');
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.call('setSpreadsheetTimeZone', 'metadata');
    this.timeZone = timeZone;
  }
  getSpreadsheetLocale(): string {
    this.call('getSpreadsheetLocale', 'metadata');
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.call('setSpreadsheetLocale', 'metadata');
    this.locale = locale;
  }
  /** Shows a toast (recorded on the service's Ui); default timeout 5 s (R spreadsheet/spreadsheet#toast). */
  toast(msg: string, title = '', timeoutSeconds = 5): void {
    this.call('toast', 'ui');
    this.ui.recordToast(String(msg), String(title), timeoutSeconds);
  }
  getOwner(): EmuUser {
    this.call('getOwner', 'metadata');
    return baseUser(this.ownerEmail, this.ctx.recordUser);
  }
  getEditors(): EmuUser[] {
    this.call('getEditors', 'metadata');
    return [this.ownerEmail, ...this.editorEmails].map((e) => baseUser(e, this.ctx.recordUser));
  }
  addEditor(who: string | EmuUser): this {
    this.call('addEditor', 'metadata');
    this.share(emailOf(who));
    return this;
  }
  addEditors(emails: string[]): this {
    this.call('addEditors', 'metadata');
    for (const e of emails) this.share(e);
    return this;
  }
  removeEditor(who: string | EmuUser): this {
    this.call('removeEditor', 'metadata');
    const email = emailOf(who);
    this.editorEmails = this.editorEmails.filter((e) => e !== email);
    return this;
  }
  getProtections(type: 'RANGE' | 'SHEET'): EmuProtection[] {
    this.call('getProtections', 'metadata');
    return this.protections.filter((p) => p.type === type);
  }
  setNamedRange(name: string, range: EmuRange): void {
    this.call('setNamedRange', 'format');
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new Error(`Named range name "${name}" is not valid.`);
    }
    this.namedRanges = this.namedRanges.filter((n) => n.name !== name);
    this.namedRanges.push({ name, sheet: range.sheet, area: range.area() });
  }
  getRangeByName(name: string): EmuRange | null {
    this.call('getRangeByName', 'metadata');
    const n = this.namedRanges.find((x) => x.name === name);
    return n ? n.sheet.rangeUnchecked(n.area.row, n.area.column, n.area.numRows, n.area.numColumns) : null;
  }
  removeNamedRange(name: string): void {
    this.call('removeNamedRange', 'format');
    this.namedRanges = this.namedRanges.filter((n) => n.name !== name);
  }
  getNamedRanges() {
    this.call('getNamedRanges', 'metadata');
    return this.namedRanges.map((n) => ({
      getName: () => n.name,
      getRange: () => n.sheet.rangeUnchecked(n.area.row, n.area.column, n.area.numRows, n.area.numColumns),
      remove: () => this.removeNamedRange(n.name),
    }));
  }
}
