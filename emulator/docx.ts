// Writes an emulated Document as a real .docx (the `docx` package): headings, runs, lists, tables, images, breaks.
import { writeFile } from 'node:fs/promises';
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { EmuDocument, FooterLine } from './document/document';
import { EmuListItem, type EmuParagraph, EmuTable } from './document/elements';
import type { TextRun as EmuTextRun } from './document/text';

const HEADINGS: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel] | undefined> = {
  TITLE: HeadingLevel.TITLE,
  SUBTITLE: HeadingLevel.HEADING_2,
  HEADING1: HeadingLevel.HEADING_1,
  HEADING2: HeadingLevel.HEADING_2,
  HEADING3: HeadingLevel.HEADING_3,
  HEADING4: HeadingLevel.HEADING_4,
  HEADING5: HeadingLevel.HEADING_5,
  HEADING6: HeadingLevel.HEADING_6,
};

const ALIGNMENTS = {
  LEFT: AlignmentType.LEFT,
  CENTER: AlignmentType.CENTER,
  RIGHT: AlignmentType.RIGHT,
  JUSTIFY: AlignmentType.JUSTIFIED,
} as const;

const NUMBERED_LIST = 'emu-numbered';
/** Points → twentieths of a point (Word's unit for margins). */
const twips = (points: number) => Math.round(points * 20);
const hex = (color: string) => color.replace('#', '').toUpperCase();

/** One Docs run as Word runs; a newline inside the run becomes a line break. */
function textRuns(run: EmuTextRun): ParagraphChild[] {
  const s = run.style;
  const trs = run.text.split('\n').map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: s.bold,
        italics: s.italic,
        strike: s.strikethrough,
        underline: s.underline || s.linkUrl ? {} : undefined,
        size: s.fontSize ? s.fontSize * 2 : undefined,
        color: s.foregroundColor ? hex(s.foregroundColor) : s.linkUrl ? '1155CC' : undefined,
        font: s.fontFamily,
        shading: s.backgroundColor ? { fill: hex(s.backgroundColor) } : undefined,
      }),
  );
  return s.linkUrl ? [new ExternalHyperlink({ link: s.linkUrl, children: trs })] : trs;
}

function runs(p: EmuParagraph): ParagraphChild[] {
  return p.text.runs().flatMap(textRuns);
}

function paragraphs(p: EmuParagraph): Paragraph[] {
  const marks: ParagraphChild[] = [];
  const extra: Paragraph[] = [];
  for (const m of p.inlines) {
    if (m.type === 'PAGE_BREAK') marks.push(new PageBreak());
    else if (m.type === 'HORIZONTAL_RULE') {
      extra.push(
        new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 1 } } }),
      );
    } else {
      marks.push(
        new ImageRun({
          type: 'png',
          data: m.blob.toBuffer(),
          transformation: { width: m.size.width, height: m.size.height },
        }),
      );
    }
  }
  const list =
    p instanceof EmuListItem
      ? p.glyph === 'NUMBER'
        ? { numbering: { reference: NUMBERED_LIST, level: p.nesting } }
        : { bullet: { level: p.nesting } }
      : {};
  return [
    new Paragraph({
      children: [...runs(p), ...marks],
      heading: HEADINGS[p.heading],
      alignment: p.alignment ? ALIGNMENTS[p.alignment] : undefined,
      indent: p.indentStart ? { left: twips(p.indentStart) } : undefined,
      keepNext: p.keepWithNext || undefined,
      keepLines: p.keepLinesTogether || undefined,
      border: p.borderBottom
        ? { bottom: { style: BorderStyle.SINGLE, size: Math.round(p.borderBottom * 8), color: '000000', space: 4 } }
        : undefined,
      ...list,
    }),
    ...extra,
  ];
}

function table(t: EmuTable): Table {
  const border = {
    style: t.borderWidth > 0 ? BorderStyle.SINGLE : BorderStyle.NONE,
    size: Math.max(1, t.borderWidth * 8),
    color: hex(t.borderColor),
  };
  return new Table({
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: t.rows.map(
      (r, i) =>
        new TableRow({
          tableHeader: i < t.pinnedHeaderRows,
          cantSplit: r.preventOverflow,
          children: r.cells.map(
            (c, j) =>
              new TableCell({
                children: c.paragraphs.flatMap(paragraphs),
                shading: c.backgroundColor ? { fill: hex(c.backgroundColor) } : undefined,
                width: t.columnWidths.has(j)
                  ? { size: twips(t.columnWidths.get(j) ?? 0), type: WidthType.DXA }
                  : undefined,
              }),
          ),
        }),
    ),
  });
}

/** The document as .docx bytes. */
export async function toDocxBuffer(doc: EmuDocument): Promise<Buffer> {
  const body = doc.body;
  const children: (Paragraph | Table)[] = [];
  for (const child of body.children) {
    if (child instanceof EmuTable) children.push(table(child));
    else children.push(...paragraphs(child));
  }
  const document = new Document({
    title: doc.name,
    creator: 'Rekap UPT (emulator)',
    numbering: {
      config: [
        {
          reference: NUMBERED_LIST,
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(body.pageWidth), height: twips(body.pageHeight) },
            margin: {
              top: twips(body.margins.top),
              bottom: twips(body.margins.bottom),
              left: twips(body.margins.left),
              right: twips(body.margins.right),
            },
          },
        },
        ...(doc.header ? { headers: { default: new Header({ children: marginLines(doc.header) }) } } : {}),
        ...(doc.footer ? { footers: { default: new Footer({ children: marginLines(doc.footer) }) } } : {}),
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A header's or footer's lines, centred, the page number as Word's PAGE field. */
function marginLines(lines: readonly FooterLine[]): Paragraph[] {
  return lines.map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun(line.text),
          ...(line.pageNumber ? [new TextRun({ children: [PageNumber.CURRENT] })] : []),
        ],
      }),
  );
}

/** Saves the document as a .docx file a person can open in Word or LibreOffice. */
export async function saveDocx(doc: EmuDocument, path: string): Promise<void> {
  await writeFile(path, await toDocxBuffer(doc));
}
