// The Docs Body: the ordered paragraphs, list items and tables of a document, with Docs' append rules.
import { blobOf } from '../blob';
import { payloadBytes } from '../runtime';
import type { DocContext } from './context';
import { checkedChild, type DocContainer, EmuListItem, EmuParagraph, EmuTable } from './elements';
import { EmuHorizontalRule, EmuInlineImage, EmuPageBreak } from './inline';
import { re2Pattern } from './text';

export type BodyChild = EmuParagraph | EmuListItem | EmuTable;

/** Page margins in points; a new Google Doc has 72 pt (1 inch) on each side. */
export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export class EmuBody implements DocContainer {
  readonly children: BodyChild[] = [];
  readonly margins: Margins = { top: 72, bottom: 72, left: 72, right: 72 };
  /** Points; US Letter by default, as a new Google Doc. */
  pageWidth = 612;
  pageHeight = 792;

  constructor(private readonly ctx: DocContext) {
    // A new document's body is one empty paragraph (R document/body: a section always ends in a paragraph).
    this.children.push(new EmuParagraph(ctx, this, ''));
  }

  removeChildElement(child: object): void {
    const i = this.children.indexOf(child as BodyChild);
    if (i < 0) return;
    const paragraphsLeft = this.children.filter((c) => !(c instanceof EmuTable) && c !== child).length;
    // Docs keeps at least one paragraph in a section ([F] wording, uncertain).
    if (paragraphsLeft === 0) throw new Error("Can't remove the last paragraph in a document section.");
    this.children.splice(i, 1);
  }

  getType(): 'BODY_SECTION' {
    this.ctx.read('Body', 'getType');
    return 'BODY_SECTION';
  }

  getNumChildren(): number {
    this.ctx.read('Body', 'getNumChildren');
    return this.children.length;
  }

  getChild(childIndex: number): BodyChild {
    this.ctx.read('Body', 'getChild');
    return checkedChild(this.children, childIndex);
  }

  getChildIndex(child: object): number {
    this.ctx.read('Body', 'getChildIndex');
    const i = this.children.indexOf(child as BodyChild);
    if (i < 0) throw new Error('Element does not contain the specified child element.');
    return i;
  }

  appendParagraph(textOrParagraph: string | EmuParagraph): EmuParagraph {
    this.ctx.edit('Body', 'appendParagraph');
    const text = typeof textOrParagraph === 'string' ? textOrParagraph : textOrParagraph.text.raw;
    const p = new EmuParagraph(this.ctx, this, String(text));
    this.children.push(p);
    return p;
  }

  insertParagraph(childIndex: number, text: string): EmuParagraph {
    this.ctx.edit('Body', 'insertParagraph');
    if (childIndex < 0 || childIndex > this.children.length) checkedChild(this.children, childIndex);
    const p = new EmuParagraph(this.ctx, this, String(text));
    this.children.splice(childIndex, 0, p);
    return p;
  }

  appendListItem(text: string): EmuListItem {
    this.ctx.edit('Body', 'appendListItem');
    const li = new EmuListItem(this.ctx, this, String(text));
    this.children.push(li);
    return li;
  }

  /**
   * Appends a table and, as real Docs does, an empty paragraph after it (a body cannot end with a table):
   * R document/body#appendTable(String[][]).
   */
  appendTable(cells: unknown[][] = []): EmuTable {
    this.ctx.edit('Body', 'appendTable', payloadBytes(cells));
    const widths = new Set(cells.map((r) => r.length));
    if (widths.size > 1) throw new Error('All rows of a table must have the same number of cells.');
    const table = new EmuTable(this.ctx, this, cells);
    this.children.push(table, new EmuParagraph(this.ctx, this, ''));
    return table;
  }

  /** Docs places an appended image inside a new paragraph; a blob that is not an image is refused. */
  appendImage(image: GoogleAppsScript.Base.BlobSource): EmuInlineImage {
    const blob = blobOf(image);
    this.ctx.edit('Body', 'appendImage', blob.toBuffer().length);
    const p = new EmuParagraph(this.ctx, this, '');
    const img = new EmuInlineImage(this.ctx, p, blob);
    this.children.push(p);
    return p.addInline(img);
  }

  /** Docs places a page break inside a new paragraph, which is its parent. */
  appendPageBreak(): EmuPageBreak {
    this.ctx.edit('Body', 'appendPageBreak');
    const p = new EmuParagraph(this.ctx, this, '');
    this.children.push(p);
    return p.addInline(new EmuPageBreak(this.ctx, p));
  }

  appendHorizontalRule(): EmuHorizontalRule {
    this.ctx.edit('Body', 'appendHorizontalRule');
    const p = new EmuParagraph(this.ctx, this, '');
    this.children.push(p);
    return p.addInline(new EmuHorizontalRule(this.ctx, p));
  }

  /** Every paragraph, list items and those inside table cells included. */
  private allParagraphs(): EmuParagraph[] {
    const out: EmuParagraph[] = [];
    for (const c of this.children) {
      if (c instanceof EmuTable) for (const r of c.rows) for (const cell of r.cells) out.push(...cell.paragraphs);
      else out.push(c);
    }
    return out;
  }

  getParagraphs(): EmuParagraph[] {
    this.ctx.read('Body', 'getParagraphs');
    return this.allParagraphs();
  }

  getListItems(): EmuListItem[] {
    this.ctx.read('Body', 'getListItems');
    return this.children.filter((c): c is EmuListItem => c instanceof EmuListItem);
  }

  getTables(): EmuTable[] {
    this.ctx.read('Body', 'getTables');
    return this.children.filter((c): c is EmuTable => c instanceof EmuTable);
  }

  getImages(): EmuInlineImage[] {
    this.ctx.read('Body', 'getImages');
    return this.allParagraphs().flatMap((p) => p.inlines.filter((m): m is EmuInlineImage => m.type === 'INLINE_IMAGE'));
  }

  getText(): string {
    this.ctx.read('Body', 'getText');
    return this.children
      .map((c) =>
        c instanceof EmuTable ? c.rows.map((r) => r.cells.map((x) => x.rawText).join('\t')).join('\n') : c.text.raw,
      )
      .join('\n');
  }

  /** Empties the body; like a new document, one empty paragraph remains. */
  clear(): EmuBody {
    this.ctx.edit('Body', 'clear');
    this.children.splice(0, this.children.length, new EmuParagraph(this.ctx, this, ''));
    return this;
  }

  setText(text: string): EmuBody {
    this.ctx.edit('Body', 'setText');
    this.children.splice(0, this.children.length, new EmuParagraph(this.ctx, this, String(text)));
    return this;
  }

  /** RE2 pattern, matched within each text element separately: a match never spans two paragraphs. */
  replaceText(searchPattern: string, replacement: string): EmuBody {
    this.ctx.edit('Body', 'replaceText');
    re2Pattern(searchPattern);
    for (const p of this.allParagraphs()) p.text.replaceRaw(searchPattern, replacement);
    return this;
  }

  setMarginTop(points: number): EmuBody {
    this.ctx.edit('Body', 'setMarginTop');
    this.margins.top = points;
    return this;
  }

  setMarginBottom(points: number): EmuBody {
    this.ctx.edit('Body', 'setMarginBottom');
    this.margins.bottom = points;
    return this;
  }

  setMarginLeft(points: number): EmuBody {
    this.ctx.edit('Body', 'setMarginLeft');
    this.margins.left = points;
    return this;
  }

  setMarginRight(points: number): EmuBody {
    this.ctx.edit('Body', 'setMarginRight');
    this.margins.right = points;
    return this;
  }

  setPageWidth(points: number): EmuBody {
    this.ctx.edit('Body', 'setPageWidth');
    this.pageWidth = points;
    return this;
  }

  setPageHeight(points: number): EmuBody {
    this.ctx.edit('Body', 'setPageHeight');
    this.pageHeight = points;
    return this;
  }

  getMarginTop(): number {
    this.ctx.read('Body', 'getMarginTop');
    return this.margins.top;
  }
}
