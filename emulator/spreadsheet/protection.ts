// Sheet and range protections: editors, warning-only, domain edit, unprotected ranges, and who may edit what.
// https://developers.google.com/apps-script/reference/spreadsheet/protection

import { baseUser, type EmuUser } from '../user';
import { SHEET_ERRORS } from './errors';
import type { EmuRange } from './range';
import type { EmuSheet } from './sheet';

export type ProtectionTypeName = 'RANGE' | 'SHEET';

export class EmuProtection {
  private description = '';
  private warningOnly = false;
  private domainEdit = false;
  private readonly editors = new Set<string>();
  private unprotected: EmuRange[] = [];
  removed = false;

  constructor(
    readonly type: ProtectionTypeName,
    readonly sheet: EmuSheet,
    /** For RANGE protections, the protected area (kept in step with row/column inserts and deletes). */
    public area: { row: number; column: number; numRows: number; numColumns: number } | null,
  ) {
    // Inferred from the reference's sample (addEditor(me) then removeEditors(getEditors())): a new protection
    // starts with everyone who can edit the file. Uncertain: the UI's default is "only you".
    const ss = sheet.getParentUnrecorded();
    this.editors.add(ss.ownerEmail);
    for (const e of ss.editorEmails) this.editors.add(e);
  }

  private get ctx() {
    return this.sheet.getParentUnrecorded().ctx;
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
  getRange(): EmuRange {
    this.ctx.call('Protection.getRange', 'metadata');
    const a = this.area;
    return a
      ? this.sheet.rangeUnchecked(a.row, a.column, a.numRows, a.numColumns)
      : this.sheet.rangeUnchecked(1, 1, this.sheet.maxRows, this.sheet.maxColumns);
  }
  getEditors(): EmuUser[] {
    this.ctx.call('Protection.getEditors', 'metadata');
    return [...this.editors].map(baseUser);
  }
  addEditor(who: string | EmuUser): this {
    this.ctx.call('Protection.addEditor', 'format');
    this.editors.add(typeof who === 'string' ? who : who.getEmail());
    return this;
  }
  addEditors(emails: string[]): this {
    this.ctx.call('Protection.addEditors', 'format');
    for (const e of emails) this.editors.add(e);
    return this;
  }
  /** The owner and the current user are never removed (R spreadsheet/protection#removeEditors(String)). */
  removeEditors(who: (string | EmuUser)[]): this {
    this.ctx.call('Protection.removeEditors', 'format');
    this.removeAll(who.map((w) => (typeof w === 'string' ? w : w.getEmail())));
    return this;
  }
  removeEditor(who: string | EmuUser): this {
    this.ctx.call('Protection.removeEditor', 'format');
    this.removeAll([typeof who === 'string' ? who : who.getEmail()]);
    return this;
  }
  private removeAll(emails: string[]): void {
    const ss = this.sheet.getParentUnrecorded();
    const keep = new Set([ss.ownerEmail, ss.ctx.runtime.effectiveUserEmail]);
    for (const e of emails) if (!keep.has(e)) this.editors.delete(e);
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

  /** Test- and emulator-facing, unrecorded: whether `email` may edit under this protection. */
  allows(email: string): boolean {
    if (this.warningOnly) return true;
    const ss = this.sheet.getParentUnrecorded();
    if (email === ss.ownerEmail) return true;
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
