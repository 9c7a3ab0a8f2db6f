// Sheet and range protections: editors, warning-only, domain edit, unprotected ranges, and who may edit what.
// https://developers.google.com/apps-script/reference/spreadsheet/protection

import { baseUser, type EmuUser, emailOf } from '../user';
import { SHEET_ERRORS } from './errors';
import { EmuRange } from './range';
import type { EmuSheet } from './sheet';

export type ProtectionTypeName = 'RANGE' | 'SHEET';

/** The Sheets API's protectedRangeId of each protection, unique within the emulator. */
let nextProtectedRangeId = 1_000_001;

/** A protection as the Sheets API reads and writes it (emulator-side; see sheets-batch-update.ts). */
export interface ProtectionState {
  description: string;
  warningOnly: boolean;
  domainEdit: boolean;
  editors: string[];
  /** A new protection mirrors the file's permissions until its editor list is set (see mirrorsFile below). */
  mirrorsFile: boolean;
  unprotected: EmuRange[];
}

export class EmuProtection {
  readonly protectedRangeId = nextProtectedRangeId++;
  private description = '';
  private warningOnly = false;
  private domainEdit = false;
  private editors = new Set<string>();
  /**
   * R spreadsheet/range#protect() and R spreadsheet/sheet#protect(): until the script changes the list of editors
   * (addEditor(s), removeEditor(s) or setDomainEdit), "the permissions mirror those of the spreadsheet itself, which
   * effectively means that the range remains unprotected" — whoever can edit the file, now or later, can edit it.
   */
  private mirrorsFile = true;
  private unprotected: EmuRange[] = [];
  removed = false;

  constructor(
    readonly type: ProtectionTypeName,
    readonly sheet: EmuSheet,
    /** For RANGE protections, the protected area (kept in step with row/column inserts and deletes). */
    public area: { row: number; column: number; numRows: number; numColumns: number } | null,
  ) {}

  private get ctx() {
    return this.sheet.getParentUnrecorded().ctx;
  }

  /** The owner and the file's editors as they are now. */
  private fileEditors(): string[] {
    const ss = this.sheet.getParentUnrecorded();
    return [ss.ownerEmail, ...ss.editorEmails];
  }

  /** The editor list the script changes: the first change starts from the file's editors of that moment. */
  private ownList(): Set<string> {
    if (this.mirrorsFile) {
      this.editors = new Set(this.fileEditors());
      this.mirrorsFile = false;
    }
    return this.editors;
  }

  /** Emulator-side (xlsx loading): the editors are exactly these, as if the script had set them. */
  setEditorsUnrecorded(emails: string[]): void {
    this.mirrorsFile = false;
    this.editors = new Set(emails);
  }

  getProtectionType(): ProtectionTypeName {
    this.ctx.call('Protection.getProtectionType', 'metadata');
    return this.type;
  }
  getDescription(): string {
    this.ctx.call('Protection.getDescription', 'metadata');
    return this.description;
  }
  setDescription(description: string): this {
    this.ctx.call('Protection.setDescription', 'format');
    this.description = description;
    return this;
  }
  /**
   * The protected range; for a SHEET protection the whole sheet (all its rows and columns), whose A1 notation is ''
   * (gas-fakes' live test, https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsheetspermissions.js).
   */
  getRange(): EmuRange {
    this.ctx.call('Protection.getRange', 'metadata');
    const a = this.area;
    if (a) return this.sheet.rangeUnchecked(a.row, a.column, a.numRows, a.numColumns);
    return new EmuRange(this.sheet, 1, 1, this.sheet.maxRows, this.sheet.maxColumns, true);
  }
  /**
   * The listed editors; while the protection still mirrors the file, the file's editors. Uncertain: gas-fakes notes
   * (notes/oddities.md, https://issuetracker.google.com/issues/442636162) report an empty list for a new protection,
   * a question for the live contract run.
   */
  getEditors(): EmuUser[] {
    this.ctx.call('Protection.getEditors', 'metadata');
    return (this.mirrorsFile ? this.fileEditors() : [...this.editors]).map((e) => baseUser(e, this.ctx.recordUser));
  }
  addEditor(who: string | EmuUser): this {
    this.ctx.call('Protection.addEditor', 'format');
    this.ownList().add(emailOf(who));
    return this;
  }
  addEditors(emails: string[]): this {
    this.ctx.call('Protection.addEditors', 'format');
    const list = this.ownList();
    for (const e of emails) list.add(e);
    return this;
  }
  /** The owner and the current user are never removed (R spreadsheet/protection#removeEditors(String)). */
  removeEditors(who: (string | EmuUser)[]): this {
    this.ctx.call('Protection.removeEditors', 'format');
    this.removeAll(who.map(emailOf));
    return this;
  }
  removeEditor(who: string | EmuUser): this {
    this.ctx.call('Protection.removeEditor', 'format');
    this.removeAll([emailOf(who)]);
    return this;
  }
  private removeAll(emails: string[]): void {
    const ss = this.sheet.getParentUnrecorded();
    const keep = new Set([ss.ownerEmail, ss.ctx.runtime.effectiveUserEmail]);
    const list = this.ownList();
    for (const e of emails) if (!keep.has(e)) list.delete(e);
  }
  setWarningOnly(warningOnly: boolean): this {
    this.ctx.call('Protection.setWarningOnly', 'format');
    this.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    this.ctx.call('Protection.isWarningOnly', 'metadata');
    return this.warningOnly;
  }
  canDomainEdit(): boolean {
    this.ctx.call('Protection.canDomainEdit', 'metadata');
    return this.domainEdit;
  }
  /** Throws for spreadsheets owned by a consumer account, which has no domain (R spreadsheet/protection#setDomainEdit(Boolean)). */
  setDomainEdit(editable: boolean): this {
    this.ctx.call('Protection.setDomainEdit', 'format');
    if (/@(gmail|googlemail)\.com$/i.test(this.sheet.getParentUnrecorded().ownerEmail)) {
      throw new Error(SHEET_ERRORS.domainEditConsumer);
    }
    this.ownList();
    this.domainEdit = editable;
    return this;
  }
  /** For the active user: owner or listed editor (a warning-only protection lets anyone edit). */
  canEdit(): boolean {
    this.ctx.call('Protection.canEdit', 'metadata');
    return this.allows(this.ctx.runtime.activeUserEmail);
  }
  setUnprotectedRanges(ranges: EmuRange[]): this {
    this.ctx.call('Protection.setUnprotectedRanges', 'format');
    if (this.type !== 'SHEET') throw new Error('Unprotected ranges can only be set on a sheet protection.');
    this.unprotected = [...ranges];
    return this;
  }
  /** Unrecorded forms for xlsx load/save. */
  setUnprotectedRangesUnrecorded(ranges: EmuRange[]): void {
    this.unprotected = [...ranges];
  }
  unprotectedUnrecorded(): EmuRange[] {
    return [...this.unprotected];
  }
  getUnprotectedRanges(): EmuRange[] {
    this.ctx.call('Protection.getUnprotectedRanges', 'metadata');
    return [...this.unprotected];
  }
  remove(): void {
    this.ctx.call('Protection.remove', 'format');
    this.removed = true;
    this.sheet.getParentUnrecorded().dropProtection(this);
  }

  /** Emulator-facing, unrecorded: the protection's state as the Sheets API sees it. */
  stateUnrecorded(): ProtectionState {
    return {
      description: this.description,
      warningOnly: this.warningOnly,
      domainEdit: this.domainEdit,
      editors: this.mirrorsFile ? this.fileEditors() : [...this.editors],
      mirrorsFile: this.mirrorsFile,
      unprotected: [...this.unprotected],
    };
  }
  /** Emulator-facing, unrecorded: sets what the Sheets API sets (the owner stays an editor, as Sheets keeps it). */
  setStateUnrecorded(state: ProtectionState): void {
    this.description = state.description;
    this.warningOnly = state.warningOnly;
    this.domainEdit = state.domainEdit;
    this.mirrorsFile = state.mirrorsFile;
    this.editors = new Set(state.editors);
    this.unprotected = [...state.unprotected];
  }
  /** Emulator-facing: a closure that puts this protection back as it is now (a failed Sheets API batch). */
  snapshotUnrecorded(): () => void {
    const state = this.stateUnrecorded();
    const area = this.area ? { ...this.area } : null;
    const removed = this.removed;
    return () => {
      this.setStateUnrecorded(state);
      this.area = area;
      this.removed = removed;
    };
  }

  /** Test- and emulator-facing, unrecorded: whether `email` may edit under this protection. */
  allows(email: string): boolean {
    if (this.warningOnly) return true;
    const ss = this.sheet.getParentUnrecorded();
    if (email === ss.ownerEmail) return true;
    if (this.mirrorsFile) return ss.editorEmails.includes(email);
    if (this.domainEdit && email.split('@')[1] === ss.ownerEmail.split('@')[1]) return true;
    return this.editors.has(email);
  }
  /** Whether cell (row, column) falls under this protection. */
  covers(row: number, column: number): boolean {
    if (this.type === 'SHEET') return !this.unprotected.some((r) => r.containsCell(row, column));
    const a = this.area;
    return !!a && row >= a.row && row < a.row + a.numRows && column >= a.column && column < a.column + a.numColumns;
  }
}
