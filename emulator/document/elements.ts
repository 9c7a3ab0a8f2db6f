// Docs body elements: Paragraph, ListItem, Table/TableRow/TableCell (inline elements: inline.ts).
import { blobOf } from '../blob';
import type { DocContext } from './context';
import type { AlignmentName, ElementTypeName, GlyphName, HeadingName } from './enums';
import { EmuHorizontalRule, EmuInlineImage, EmuPageBreak, type InlineMark } from './inline';
import { EmuText } from './text';

/** Something that holds child elements and can drop one (Body, TableCell). */
export interface DocContainer {
  removeChildElement(child: object): void;
}

abstract class DocElement {
  constructor(
    protected readonly ctx: DocContext,
    public parent: DocContainer | null,
  ) {}

  abstract readonly type: ElementTypeName;

  getType(): ElementTypeName {
    this.ctx.read(this.type, 'getType');
    return this.type;
  }

  getParent(): DocContainer | null {
    this.ctx.read(this.type, 'getParent');
    return this.parent;
  }

  removeFromParent(): this {
    this.ctx.edit(this.type, 'removeFromParent');
    this.parent?.removeChildElement(this);
    this.parent = null;
    return this;
  }

  asParagraph(): EmuParagraph {
    this.ctx.local(this.type, 'asParagraph');
    return this.cast(EmuParagraph);
  }

  asListItem(): EmuListItem {
    this.ctx.local(this.type, 'asListItem');
    return this.cast(EmuListItem);
  }

  asTable(): EmuTable {
    this.ctx.local(this.type, 'asTable');
    return this.cast(EmuTable);
  }

  private cast<T>(cls: abstract new (...a: never[]) => T): T {
    // Apps Script's asX() on the wrong element type fails; the wording is not documented (uncertain).
    if (!(this instanceof cls)) throw new Error(`Cannot cast ${this.type} to the requested element type.`);
    return this as unknown as T;
  }
}

export class EmuParagraph extends DocElement {
  readonly type: ElementTypeName = 'PARAGRAPH';
  readonly text: EmuText;
  heading: HeadingName = 'NORMAL';
  alignment: AlignmentName | null = null;
  /** Indent of every line from the start margin, in points. */
  indentStart = 0;
  /** Docs API paragraph style only (DocumentApp has no accessor): kept on the page of the next paragraph. */
  keepWithNext = false;
  /** Docs API paragraph style only: never split across pages. */
  keepLinesTogether = false;
  /** Docs API paragraph style only: width in points of the border under the paragraph (0 = none). */
  borderBottom = 0;
  /** Images, page breaks and rules held by this paragraph (Docs puts them inside a paragraph). */
  readonly inlines: InlineMark[] = [];

  constructor(ctx: DocContext, parent: DocContainer | null, text = '') {
    super(ctx, parent);
    this.text = new EmuText(ctx, this, text);
  }

  protected get cls(): string {
    return this.type === 'LIST_ITEM' ? 'ListItem' : 'Paragraph';
  }

  getText(): string {
    this.ctx.read(this.cls, 'getText');
    return this.text.raw;
  }

  setText(text: string): this {
    this.ctx.edit(this.cls, 'setText');
    this.text.replaceAll(String(text));
    return this;
  }

  appendText(text: string): EmuText {
    this.ctx.edit(this.cls, 'appendText');
    this.text.appendRaw(String(text));
    return this.text;
  }

  editAsText(): EmuText {
    this.ctx.read(this.cls, 'editAsText');
    return this.text;
  }

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading | HeadingName): this {
    this.ctx.edit(this.cls, 'setHeading');
    this.heading = String(heading) as HeadingName;
    return this;
  }

  getHeading(): HeadingName {
    this.ctx.read(this.cls, 'getHeading');
    return this.heading;
  }

  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment | AlignmentName): this {
    this.ctx.edit(this.cls, 'setAlignment');
    this.alignment = String(alignment) as AlignmentName;
    return this;
  }

  getAlignment(): AlignmentName | null {
    this.ctx.read(this.cls, 'getAlignment');
    return this.alignment;
  }

  setIndentStart(indentStart: number): this {
    this.ctx.edit(this.cls, 'setIndentStart');
    this.indentStart = Number(indentStart);
    return this;
  }

  getIndentStart(): number {
    this.ctx.read(this.cls, 'getIndentStart');
    return this.indentStart;
  }

  setLinkUrl(url: string | null): this {
    this.ctx.edit(this.cls, 'setLinkUrl');
    this.text.applyAttributes({ LINK_URL: url });
    return this;
  }

  /** Paragraph-level keys (HEADING, HORIZONTAL_ALIGNMENT) set the paragraph; the rest style its text. */
  setAttributes(attributes: Record<string, unknown>): this {
    this.ctx.edit(this.cls, 'setAttributes');
    if (attributes.HEADING) this.heading = String(attributes.HEADING) as HeadingName;
    if (attributes.HORIZONTAL_ALIGNMENT) this.alignment = String(attributes.HORIZONTAL_ALIGNMENT) as AlignmentName;
    this.text.applyAttributes(attributes);
    return this;
  }

  appendInlineImage(image: GoogleAppsScript.Base.BlobSource): EmuInlineImage {
    const blob = blobOf(image);
    this.ctx.edit(this.cls, 'appendInlineImage', blob.toBuffer().length);
    return this.addInline(new EmuInlineImage(this.ctx, this, blob));
  }

  appendPageBreak(): EmuPageBreak {
    this.ctx.edit(this.cls, 'appendPageBreak');
    return this.addInline(new EmuPageBreak(this.ctx, this));
  }

  appendHorizontalRule(): EmuHorizontalRule {
    this.ctx.edit(this.cls, 'appendHorizontalRule');
    return this.addInline(new EmuHorizontalRule(this.ctx, this));
  }

  /** Emulator-side: holds an inline element without counting a call (Body's appends make the paragraph too). */
  addInline<T extends InlineMark>(mark: T): T {
    this.inlines.push(mark);
    return mark;
  }

  replaceText(searchPattern: string, replacement: string): this {
    this.ctx.edit(this.cls, 'replaceText');
    this.text.replaceRaw(searchPattern, replacement);
    return this;
  }

  getNumChildren(): number {
    this.ctx.read(this.cls, 'getNumChildren');
    return (this.text.raw === '' ? 0 : 1) + this.inlines.length;
  }
}

export class EmuListItem extends EmuParagraph {
  override readonly type: ElementTypeName = 'LIST_ITEM';
  glyph: GlyphName = 'BULLET';
  nesting = 0;

  setGlyphType(glyph: GoogleAppsScript.Document.GlyphType | GlyphName): this {
    this.ctx.edit('ListItem', 'setGlyphType');
    this.glyph = String(glyph) as GlyphName;
    return this;
  }

  getGlyphType(): GlyphName {
    this.ctx.read('ListItem', 'getGlyphType');
    return this.glyph;
  }

  setNestingLevel(level: number): this {
    this.ctx.edit('ListItem', 'setNestingLevel');
    this.nesting = level;
    return this;
  }

  getNestingLevel(): number {
    this.ctx.read('ListItem', 'getNestingLevel');
    return this.nesting;
  }
}

export class EmuTableCell extends DocElement implements DocContainer {
  readonly type: ElementTypeName = 'TABLE_CELL';
  readonly paragraphs: EmuParagraph[];
  backgroundColor: string | null = null;

  constructor(
    ctx: DocContext,
    readonly row: EmuTableRow,
    text: string,
  ) {
    super(ctx, null);
    this.paragraphs = [new EmuParagraph(ctx, this, text)];
  }

  removeChildElement(child: object): void {
    const i = this.paragraphs.indexOf(child as EmuParagraph);
    if (i >= 0) this.paragraphs.splice(i, 1);
  }

  /** Paragraphs joined by newlines, as Docs reports a multi-paragraph cell. */
  get rawText(): string {
    return this.paragraphs.map((p) => p.text.raw).join('\n');
  }

  getText(): string {
    this.ctx.read('TableCell', 'getText');
    return this.rawText;
  }

  setText(text: string): EmuTableCell {
    this.ctx.edit('TableCell', 'setText');
    this.paragraphs.splice(0, this.paragraphs.length, new EmuParagraph(this.ctx, this, String(text)));
    return this;
  }

  /** The first paragraph's text; enough for the styling the report does (bold header cells). */
  editAsText(): EmuText {
    this.ctx.read('TableCell', 'editAsText');
    return this.paragraphs[0].text;
  }

  appendParagraph(text: string): EmuParagraph {
    this.ctx.edit('TableCell', 'appendParagraph');
    const p = new EmuParagraph(this.ctx, this, String(text));
    this.paragraphs.push(p);
    return p;
  }

  getNumChildren(): number {
    this.ctx.read('TableCell', 'getNumChildren');
    return this.paragraphs.length;
  }

  getChild(index: number): EmuParagraph {
    this.ctx.read('TableCell', 'getChild');
    return checkedChild(this.paragraphs, index);
  }

  setBackgroundColor(color: string | null): EmuTableCell {
    this.ctx.edit('TableCell', 'setBackgroundColor');
    this.backgroundColor = color;
    return this;
  }

  getBackgroundColor(): string | null {
    this.ctx.read('TableCell', 'getBackgroundColor');
    return this.backgroundColor;
  }

  setAttributes(attributes: Record<string, unknown>): EmuTableCell {
    this.ctx.edit('TableCell', 'setAttributes');
    if (attributes.BACKGROUND_COLOR) this.backgroundColor = String(attributes.BACKGROUND_COLOR);
    for (const p of this.paragraphs) {
      if (attributes.HORIZONTAL_ALIGNMENT) p.alignment = String(attributes.HORIZONTAL_ALIGNMENT) as AlignmentName;
      p.text.applyAttributes({ ...attributes, BACKGROUND_COLOR: undefined });
    }
    return this;
  }

  getParentRow(): EmuTableRow {
    this.ctx.read('TableCell', 'getParentRow');
    return this.row;
  }
}

export class EmuTableRow extends DocElement {
  readonly type: ElementTypeName = 'TABLE_ROW';
  readonly cells: EmuTableCell[];
  /** The row never breaks across pages (Docs API TableRowStyle.preventOverflow); false, Docs' default, lets it. */
  preventOverflow = false;

  constructor(ctx: DocContext, texts: readonly string[]) {
    super(ctx, null);
    this.cells = texts.map((t) => new EmuTableCell(ctx, this, t));
  }

  getNumCells(): number {
    this.ctx.read('TableRow', 'getNumCells');
    return this.cells.length;
  }

  getCell(cellIndex: number): EmuTableCell {
    this.ctx.read('TableRow', 'getCell');
    return checkedChild(this.cells, cellIndex);
  }

  appendTableCell(text = ''): EmuTableCell {
    this.ctx.edit('TableRow', 'appendTableCell');
    const cell = new EmuTableCell(this.ctx, this, String(text));
    this.cells.push(cell);
    return cell;
  }

  getText(): string {
    this.ctx.read('TableRow', 'getText');
    return this.cells.map((c) => c.rawText).join('\n');
  }

  editAsText(): EmuText {
    this.ctx.read('TableRow', 'editAsText');
    return this.cells[0].paragraphs[0].text;
  }
}

export class EmuTable extends DocElement {
  readonly type: ElementTypeName = 'TABLE';
  readonly rows: EmuTableRow[];
  borderWidth = 1;
  borderColor = '#000000';
  readonly columnWidths = new Map<number, number>();
  /** Leading rows repeated at the top of every page the table spans (Docs API pinTableHeaderRows). */
  pinnedHeaderRows = 0;

  constructor(ctx: DocContext, parent: DocContainer, cells: readonly (readonly unknown[])[]) {
    super(ctx, parent);
    this.rows = cells.map(
      (r) =>
        new EmuTableRow(
          ctx,
          r.map((c) => String(c)),
        ),
    );
  }

  getNumRows(): number {
    this.ctx.read('Table', 'getNumRows');
    return this.rows.length;
  }

  getRow(rowIndex: number): EmuTableRow {
    this.ctx.read('Table', 'getRow');
    return checkedChild(this.rows, rowIndex);
  }

  getCell(rowIndex: number, cellIndex: number): EmuTableCell {
    this.ctx.read('Table', 'getCell');
    return checkedChild(checkedChild(this.rows, rowIndex).cells, cellIndex);
  }

  appendTableRow(): EmuTableRow {
    this.ctx.edit('Table', 'appendTableRow');
    const row = new EmuTableRow(this.ctx, []);
    this.rows.push(row);
    return row;
  }

  getText(): string {
    this.ctx.read('Table', 'getText');
    return this.rows.map((r) => r.cells.map((c) => c.rawText).join('\n')).join('\n');
  }

  setBorderWidth(width: number): EmuTable {
    this.ctx.edit('Table', 'setBorderWidth');
    this.borderWidth = width;
    return this;
  }

  getBorderWidth(): number {
    this.ctx.read('Table', 'getBorderWidth');
    return this.borderWidth;
  }

  setBorderColor(color: string): EmuTable {
    this.ctx.edit('Table', 'setBorderColor');
    this.borderColor = color;
    return this;
  }

  setColumnWidth(columnIndex: number, width: number): EmuTable {
    this.ctx.edit('Table', 'setColumnWidth');
    this.columnWidths.set(columnIndex, width);
    return this;
  }

  getColumnWidth(columnIndex: number): number | null {
    this.ctx.read('Table', 'getColumnWidth');
    return this.columnWidths.get(columnIndex) ?? null;
  }

  replaceText(searchPattern: string, replacement: string): EmuTable {
    this.ctx.edit('Table', 'replaceText');
    for (const r of this.rows)
      for (const c of r.cells) for (const p of c.paragraphs) p.text.replaceRaw(searchPattern, replacement);
    return this;
  }
}

/** Child lookup with the out-of-range failure Apps Script gives (wording uncertain). */
export function checkedChild<T>(items: readonly T[], index: number): T {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new Error(`Child index (${index}) must be less than the number of child elements (${items.length}).`);
  }
  return items[index];
}
