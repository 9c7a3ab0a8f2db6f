// DocumentApp enums as Apps Script exposes them: values that print as their own names.

function namesEnum<const K extends string>(names: readonly K[]): { readonly [P in K]: P } {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as { readonly [P in K]: P };
}

export const ParagraphHeading = namesEnum([
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
] as const);
export type HeadingName = keyof typeof ParagraphHeading;

export const HorizontalAlignment = namesEnum(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const);
export type AlignmentName = keyof typeof HorizontalAlignment;

export const GlyphType = namesEnum([
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
] as const);
export type GlyphName = keyof typeof GlyphType;

export const ElementType = namesEnum([
  'BODY_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'TABLE',
  'TABLE_CELL',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
] as const);
export type ElementTypeName = keyof typeof ElementType;

export const Attribute = namesEnum([
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HORIZONTAL_ALIGNMENT',
  'ITALIC',
  'LINK_URL',
  'STRIKETHROUGH',
  'UNDERLINE',
  'SPACING_AFTER',
  'SPACING_BEFORE',
] as const);
