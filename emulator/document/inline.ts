// Docs elements that live inside a paragraph: InlineImage, PageBreak, HorizontalRule (R document/inline-image, …).
import type { EmuBlob } from '../blob';
import type { DocContext } from './context';
import type { EmuParagraph } from './elements';

/** Docs takes PNG, JPEG and GIF images (https://developers.google.com/docs/api/reference/rest/v1/documents/request#InsertInlineImageRequest). */
type ImageKind = 'png' | 'jpeg' | 'gif';

function imageKind(buf: Buffer): ImageKind | null {
  if (buf.length >= 24 && buf.readUInt32BE(0) === 0x89504e47) return 'png';
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  if (buf.length >= 10 && /^GIF8[79]a$/.test(buf.subarray(0, 6).toString('latin1'))) return 'gif';
  return null;
}

/**
 * Wording of Docs refusing a blob that is not an image. Uncertain: gas-fakes' live test (test/testdocsimages.js)
 * accepts "Invalid image data." or its own fake's "Unsupported image type"; the first is taken as live Apps Script's.
 */
export const INVALID_IMAGE = 'Invalid image data.';

/** Width and height in pixels: a PNG's IHDR or a GIF's screen size; a JPEG gets a 400×300 placeholder. */
function imageSize(buf: Buffer): { width: number; height: number } {
  switch (imageKind(buf)) {
    case 'png':
      return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
    case 'gif':
      return { width: buf.readUInt16LE(6), height: buf.readUInt16LE(8) };
    case 'jpeg':
      return { width: 400, height: 300 };
    default:
      throw new Error(INVALID_IMAGE);
  }
}

/** Every inline element knows the Paragraph (or ListItem) holding it, as Docs gives it from getParent(). */
abstract class InlineElement {
  constructor(
    protected readonly ctx: DocContext,
    readonly parent: EmuParagraph,
  ) {}

  protected abstract readonly cls: string;
  abstract readonly type: 'INLINE_IMAGE' | 'PAGE_BREAK' | 'HORIZONTAL_RULE';

  getType(): this['type'] {
    this.ctx.read(this.cls, 'getType');
    return this.type;
  }

  /** The containing Paragraph or ListItem (gas-fakes' live tests, test/testdocsimages.js and test/testdocsnext.js). */
  getParent(): EmuParagraph {
    this.ctx.read(this.cls, 'getParent');
    return this.parent;
  }
}

export class EmuPageBreak extends InlineElement {
  readonly type = 'PAGE_BREAK' as const;
  protected readonly cls = 'PageBreak';
}

export class EmuHorizontalRule extends InlineElement {
  readonly type = 'HORIZONTAL_RULE' as const;
  protected readonly cls = 'HorizontalRule';
}

/** An inline image; width and height in pixels, starting at the image's own size. A non-image blob is refused. */
export class EmuInlineImage extends InlineElement {
  readonly type = 'INLINE_IMAGE' as const;
  protected readonly cls = 'InlineImage';
  private width: number;
  private height: number;
  private linkUrl: string | null = null;

  constructor(
    ctx: DocContext,
    parent: EmuParagraph,
    readonly blob: EmuBlob,
  ) {
    super(ctx, parent);
    const size = imageSize(blob.toBuffer());
    this.width = size.width;
    this.height = size.height;
  }

  getWidth(): number {
    this.ctx.read('InlineImage', 'getWidth');
    return this.width;
  }

  getHeight(): number {
    this.ctx.read('InlineImage', 'getHeight');
    return this.height;
  }

  setWidth(width: number): EmuInlineImage {
    this.ctx.edit('InlineImage', 'setWidth');
    this.width = width;
    return this;
  }

  setHeight(height: number): EmuInlineImage {
    this.ctx.edit('InlineImage', 'setHeight');
    this.height = height;
    return this;
  }

  setLinkUrl(url: string | null): EmuInlineImage {
    this.ctx.edit('InlineImage', 'setLinkUrl');
    this.linkUrl = url;
    return this;
  }

  getBlob(): EmuBlob {
    this.ctx.read('InlineImage', 'getBlob');
    return this.blob.clone().meteredBy(this.ctx.runtime.ledger);
  }

  /** Emulator-side: the same image held by another paragraph (a Docs API batch rebuilds the body's elements). */
  movedTo(parent: EmuParagraph): EmuInlineImage {
    const moved = new EmuInlineImage(this.ctx, parent, this.blob);
    moved.width = this.width;
    moved.height = this.height;
    moved.linkUrl = this.linkUrl;
    return moved;
  }

  get size(): { width: number; height: number; linkUrl: string | null } {
    return { width: this.width, height: this.height, linkUrl: this.linkUrl };
  }
}

export type InlineMark = EmuInlineImage | EmuPageBreak | EmuHorizontalRule;
