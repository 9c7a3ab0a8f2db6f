// The Docs Text element: a string with per-character styles (bold, link, size, colour), editable in ranges.
import type { DocContext } from './context';

export interface TextStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly strikethrough?: boolean;
  readonly linkUrl?: string | null;
  readonly fontSize?: number;
  readonly fontFamily?: string;
  readonly foregroundColor?: string;
  readonly backgroundColor?: string;
}

/** A maximal stretch of characters with the same style, as a writer emits it. */
export interface TextRun {
  readonly text: string;
  readonly style: TextStyle;
}

const PLAIN: TextStyle = Object.freeze({});

/**
 * One style per UTF-16 code unit: Docs measures text offsets in code units, so an emoji is two
 * (https://developers.google.com/docs/api/concepts/structure, "indexes are measured in UTF-16 code units").
 */
const stylesFor = (text: string, style: TextStyle): TextStyle[] => Array.from({ length: text.length }, () => style);

/** True between the two halves of a surrogate pair, where no run may end. */
const splitsPair = (text: string, at: number): boolean =>
  /[\uD800-\uDBFF]/.test(text[at - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[at] ?? '');

/**
 * Docs' replaceText takes an RE2 pattern (R document/body#replaceText(String,String)); RE2 has no lookaround or
 * backreferences, so patterns using them are refused here rather than silently working as JavaScript would.
 */
export function re2Pattern(pattern: string): RegExp {
  if (/\(\?[=!<]|\\[1-9]/.test(pattern))
    throw new Error(`Invalid regular expression: ${pattern} (not supported by RE2)`);
  return new RegExp(pattern, 'g');
}

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  const ka = Object.keys(a) as (keyof TextStyle)[];
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}

export class EmuText {
  private chars = '';
  private styles: TextStyle[] = [];

  constructor(
    private readonly ctx: DocContext,
    readonly owner: { getType(): string },
    text = '',
  ) {
    this.chars = text;
    this.styles = stylesFor(text, PLAIN);
  }

  getType(): string {
    this.ctx.read('Text', 'getType');
    return 'TEXT';
  }

  getText(): string {
    this.ctx.read('Text', 'getText');
    return this.chars;
  }

  /** The text without counting a call (emulator-side). */
  get raw(): string {
    return this.chars;
  }

  setText(text: string): EmuText {
    this.ctx.edit('Text', 'setText');
    this.replaceAll(String(text));
    return this;
  }

  /** Replaces the content, keeping the style of the first character (as Docs keeps the paragraph's run style). */
  replaceAll(text: string): void {
    const style = this.styles[0] ?? PLAIN;
    this.chars = text;
    this.styles = stylesFor(text, style);
  }

  appendText(text: string): EmuText {
    this.ctx.edit('Text', 'appendText');
    this.appendRaw(String(text));
    return this;
  }

  /** Appended text takes the style of the last character. */
  appendRaw(text: string, style?: TextStyle): void {
    const s = style ?? this.styles[this.styles.length - 1] ?? PLAIN;
    this.chars += text;
    this.styles.push(...stylesFor(text, s));
  }

  insertText(offset: number, text: string): EmuText {
    this.ctx.edit('Text', 'insertText');
    this.checkOffset(offset, this.chars.length);
    const s = this.styles[Math.max(0, offset - 1)] ?? PLAIN;
    this.chars = this.chars.slice(0, offset) + text + this.chars.slice(offset);
    this.styles.splice(offset, 0, ...stylesFor(text, s));
    return this;
  }

  deleteText(startOffset: number, endOffsetInclusive: number): EmuText {
    this.ctx.edit('Text', 'deleteText');
    this.checkRange(startOffset, endOffsetInclusive);
    this.chars = this.chars.slice(0, startOffset) + this.chars.slice(endOffsetInclusive + 1);
    this.styles.splice(startOffset, endOffsetInclusive - startOffset + 1);
    return this;
  }

  private checkOffset(offset: number, max: number): void {
    if (!Number.isInteger(offset) || offset < 0 || offset > max)
      throw new Error(`Index (${offset}) must be less than the content length (${max}).`);
  }

  private checkRange(start: number, endInclusive: number): void {
    if (start < 0 || endInclusive >= this.chars.length || start > endInclusive) {
      throw new Error(`Invalid range: ${start}..${endInclusive} for text of length ${this.chars.length}.`);
    }
  }

  /** Applies a style change to all text, or to [start, endInclusive] when three arguments are given. */
  private styleRange(method: string, args: unknown[], patch: (v: never) => Partial<TextStyle>): EmuText {
    this.ctx.edit('Text', method);
    if (args.length >= 3) {
      const [start, end, value] = args as [number, number, never];
      this.checkRange(start, end);
      for (let i = start; i <= end; i++) this.styles[i] = { ...this.styles[i], ...patch(value) };
    } else {
      const value = args[0] as never;
      this.styles = this.styles.map((s) => ({ ...s, ...patch(value) }));
    }
    return this;
  }

  setBold(...args: [boolean] | [number, number, boolean]): EmuText {
    return this.styleRange('setBold', args, (v: boolean) => ({ bold: v }));
  }

  setItalic(...args: [boolean] | [number, number, boolean]): EmuText {
    return this.styleRange('setItalic', args, (v: boolean) => ({ italic: v }));
  }

  setUnderline(...args: [boolean] | [number, number, boolean]): EmuText {
    return this.styleRange('setUnderline', args, (v: boolean) => ({ underline: v }));
  }

  setStrikethrough(...args: [boolean] | [number, number, boolean]): EmuText {
    return this.styleRange('setStrikethrough', args, (v: boolean) => ({ strikethrough: v }));
  }

  setLinkUrl(...args: [string | null] | [number, number, string | null]): EmuText {
    return this.styleRange('setLinkUrl', args, (v: string | null) => ({ linkUrl: v }));
  }

  setFontSize(...args: [number] | [number, number, number]): EmuText {
    return this.styleRange('setFontSize', args, (v: number) => ({ fontSize: v }));
  }

  setFontFamily(...args: [string] | [number, number, string]): EmuText {
    return this.styleRange('setFontFamily', args, (v: string) => ({ fontFamily: v }));
  }

  setForegroundColor(...args: [string] | [number, number, string]): EmuText {
    return this.styleRange('setForegroundColor', args, (v: string) => ({ foregroundColor: v }));
  }

  setBackgroundColor(...args: [string] | [number, number, string]): EmuText {
    return this.styleRange('setBackgroundColor', args, (v: string) => ({ backgroundColor: v }));
  }

  /** Applies a Docs attribute map (DocumentApp.Attribute names) to the whole text. */
  applyAttributes(attributes: Record<string, unknown>): void {
    const patch: Record<string, unknown> = {};
    const map: Record<string, keyof TextStyle> = {
      BOLD: 'bold',
      ITALIC: 'italic',
      UNDERLINE: 'underline',
      STRIKETHROUGH: 'strikethrough',
      LINK_URL: 'linkUrl',
      FONT_SIZE: 'fontSize',
      FONT_FAMILY: 'fontFamily',
      FOREGROUND_COLOR: 'foregroundColor',
      BACKGROUND_COLOR: 'backgroundColor',
    };
    for (const [k, v] of Object.entries(attributes)) if (map[k] && v !== null && v !== undefined) patch[map[k]] = v;
    this.styles = this.styles.map((s) => ({ ...s, ...patch }));
  }

  setAttributes(attributes: Record<string, unknown>): EmuText {
    this.ctx.edit('Text', 'setAttributes');
    this.applyAttributes(attributes);
    return this;
  }

  isBold(offset?: number): boolean | null {
    this.ctx.read('Text', 'isBold');
    return this.styleAt(offset).bold ?? null;
  }

  getLinkUrl(offset?: number): string | null {
    this.ctx.read('Text', 'getLinkUrl');
    return this.styleAt(offset).linkUrl ?? null;
  }

  getFontSize(offset?: number): number | null {
    this.ctx.read('Text', 'getFontSize');
    return this.styleAt(offset).fontSize ?? null;
  }

  getForegroundColor(offset?: number): string | null {
    this.ctx.read('Text', 'getForegroundColor');
    return this.styleAt(offset).foregroundColor ?? null;
  }

  /** Without an offset, a value is reported only if every character shares it (Docs returns null for mixed). */
  private styleAt(offset?: number): TextStyle {
    if (offset !== undefined) return this.styles[offset] ?? PLAIN;
    const first = this.styles[0] ?? PLAIN;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(first) as (keyof TextStyle)[]) {
      if (this.styles.every((s) => s[k] === first[k])) out[k] = first[k];
    }
    return out as TextStyle;
  }

  /** Replaces matches inside this one text element; the replacement takes the style of the match's first char. */
  replaceText(searchPattern: string, replacement: string): EmuText {
    this.ctx.edit('Text', 'replaceText');
    this.replaceRaw(searchPattern, replacement);
    return this;
  }

  replaceRaw(searchPattern: string, replacement: string): void {
    const re = re2Pattern(searchPattern);
    let chars = '';
    const styles: TextStyle[] = [];
    let last = 0;
    for (const m of this.chars.matchAll(re)) {
      const at = m.index ?? 0;
      if (m[0] === '') continue;
      chars += this.chars.slice(last, at);
      styles.push(...this.styles.slice(last, at));
      const s = this.styles[at] ?? PLAIN;
      chars += replacement;
      styles.push(...stylesFor(replacement, s));
      last = at + m[0].length;
    }
    chars += this.chars.slice(last);
    styles.push(...this.styles.slice(last));
    this.chars = chars;
    this.styles = styles;
  }

  /** Emulator-side: the style of every character (the Docs API works on characters). */
  stylesUnrecorded(): TextStyle[] {
    return [...this.styles];
  }

  /** Emulator-side: sets the characters and their styles at once (a Docs API batch applied). */
  setUnrecorded(chars: string, styles: readonly TextStyle[]): void {
    this.chars = chars;
    this.styles = [...styles];
  }

  /**
   * Emulator-side: the text as runs of equal style, for the docx and PDF writers. A character styled differently
   * in its two halves (an emoji split by offsets) takes the style of its first half: no run holds half a character.
   */
  runs(): TextRun[] {
    const out: TextRun[] = [];
    let start = 0;
    for (let i = 1; i <= this.chars.length; i++) {
      if (splitsPair(this.chars, i)) continue;
      if (i === this.chars.length || !sameStyle(this.styles[i], this.styles[start])) {
        out.push({ text: this.chars.slice(start, i), style: this.styles[start] });
        start = i;
      }
    }
    return out;
  }
}
