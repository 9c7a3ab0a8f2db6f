// A report model as one Docs API request list: the document built front to back, each index computed here (UTF-16
// code units, as JavaScript counts), so the whole report is one documents.batchUpdate.
// https://developers.google.com/docs/api/reference/rest/v1/documents/request
// https://developers.google.com/docs/api/how-tos/tables (a table's start, rows and cells each take one index)
import type {
  ChartFigure,
  ReportBlock,
  ReportModel,
  ReportSection,
  SignatureBlock,
} from '../../core/report/report-model';

type Dimension = { magnitude: number; unit: 'PT' };
/** The requests used here; @types/google-apps-script's Docs schema predates the table-column, cell-style and
 * document-style ones (https://developers.google.com/docs/api/reference/rest/v1/documents/request). */
export type Request =
  | GoogleAppsScript.Docs.Schema.Request
  | {
      updateTableColumnProperties: {
        tableStartLocation: { index: number };
        columnIndices: number[];
        tableColumnProperties: { widthType: 'FIXED_WIDTH'; width: Dimension };
        fields: string;
      };
    }
  | {
      updateTableCellStyle: {
        tableStartLocation: { index: number };
        tableCellStyle: Record<'borderLeft' | 'borderRight' | 'borderTop' | 'borderBottom', object>;
        fields: string;
      };
    }
  | { updateDocumentStyle: { documentStyle: { pageSize: { width: Dimension; height: Dimension } }; fields: string } };

/** A4, the paper of Indonesian official reports, in points. */
const A4 = { width: 595, height: 842 } as const;

/**
 * Text as Docs can hold it: control characters other than tab and newline are dropped (Docs rejects them);
 * everything else, including "<b>", "=SUM(...)" or a URL, stays literal: inserted text is never interpreted.
 */
export function docText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove control characters.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

type NamedStyle = 'NORMAL_TEXT' | 'TITLE' | 'SUBTITLE' | 'HEADING_1' | 'HEADING_2';

interface TextLook {
  readonly style?: NamedStyle;
  readonly center?: boolean;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** A chart the request list leaves room for: its empty paragraph is body child `childIndex` (DocumentApp adds it). */
export interface FigurePlace {
  readonly childIndex: number;
  readonly chart: ChartFigure;
}

/**
 * Builds the requests while tracking the body as it will be: the index right after the last paragraph's text (its
 * newline), the number of body children, and whether that last paragraph is still empty and free to take text.
 */
class DocBuilder {
  readonly requests: Request[] = [];
  readonly figures: FigurePlace[] = [];
  private readonly bullets: { startIndex: number; endIndex: number }[] = [];
  /** Start index and text length of the body's last paragraph. */
  private lastStart = 1;
  private lastLength = 0;
  private children = 1;
  /** A new document's empty paragraph, or the one after a page break, takes the next text itself. */
  private free = true;

  paragraph(raw: string, look: TextLook = {}): number {
    const text = docText(raw);
    let start: number;
    if (this.free) {
      start = this.lastStart;
      if (text) this.requests.push({ insertText: { location: { index: start }, text } });
      this.free = false;
    } else {
      const at = this.lastStart + this.lastLength;
      this.requests.push({ insertText: { location: { index: at }, text: `\n${text}` } });
      start = at + 1;
      this.children++;
    }
    this.lastStart = start;
    this.lastLength = text.length;
    // A new paragraph takes the style of the one it was split from: every paragraph gets its own, explicitly.
    this.requests.push({
      updateParagraphStyle: {
        range: { startIndex: start, endIndex: start + text.length + 1 },
        paragraphStyle: { namedStyleType: look.style ?? 'NORMAL_TEXT', alignment: look.center ? 'CENTER' : 'START' },
        fields: 'namedStyleType,alignment',
      },
    });
    if (text)
      this.requests.push({
        updateTextStyle: {
          range: { startIndex: start, endIndex: start + text.length },
          textStyle: { bold: !!look.bold, italic: !!look.italic, underline: false },
          fields: 'bold,italic,underline',
        },
      });
    return start;
  }

  listItem(text: string): void {
    const start = this.paragraph(text);
    // Bullets last: a paragraph split from a list item would be one too.
    this.bullets.push({ startIndex: start, endIndex: start + docText(text).length + 1 });
  }

  /** An empty paragraph that DocumentApp fills with the chart's image (the Docs API takes images only by URL). */
  figure(chart: ChartFigure): void {
    this.paragraph('');
    this.figures.push({ childIndex: this.children - 1, chart });
  }

  pageBreak(): void {
    this.paragraph('');
    // "Inserts a page break followed by a newline": the break's paragraph, then an empty one for the next text.
    this.requests.push({ insertPageBreak: { location: { index: this.lastStart } } });
    this.lastStart += 2;
    this.lastLength = 0;
    this.children++;
    this.free = true;
  }

  /**
   * A table after the last paragraph and, as Docs keeps a body ending in a paragraph, an empty paragraph after it.
   * Cells are filled last first, so each cell's index in the empty table still holds; their final indexes follow.
   */
  table(
    cells: readonly (readonly string[])[],
    options: { bold?: (r: number, c: number) => boolean; underline?: (r: number, c: number) => boolean } = {},
  ): number {
    const rows = cells.length;
    const columns = Math.max(1, ...cells.map((r) => r.length));
    const texts = cells.map((r) => Array.from({ length: columns }, (_, c) => docText(r[c] ?? '')));
    const at = this.lastStart + this.lastLength;
    this.requests.push({ insertTable: { location: { index: at }, rows, columns } });
    const tableStart = at + 1;
    for (let r = rows - 1; r >= 0; r--) {
      for (let c = columns - 1; c >= 0; c--) {
        const text = texts[r]?.[c] ?? '';
        const empty = tableStart + 3 + r * (1 + 2 * columns) + 2 * c;
        if (text) this.requests.push({ insertText: { location: { index: empty }, text } });
      }
    }
    let pos = tableStart + 1;
    const styles: Request[] = [];
    texts.forEach((row, r) => {
      pos += 1;
      row.forEach((text, c) => {
        pos += 1;
        const bold = options.bold?.(r, c) ?? false;
        const underline = options.underline?.(r, c) ?? false;
        if (text && (bold || underline))
          styles.push({
            updateTextStyle: {
              range: { startIndex: pos, endIndex: pos + text.length },
              textStyle: { bold, underline },
              fields: 'bold,underline',
            },
          });
        pos += text.length + 1;
      });
    });
    // Cells take no style from the paragraph the table was inserted in: plain first, then the styled cells.
    this.requests.push(
      {
        updateTextStyle: {
          range: { startIndex: tableStart, endIndex: pos },
          textStyle: { bold: false, italic: false, underline: false },
          fields: 'bold,italic,underline',
        },
      },
      ...styles,
    );
    const after = pos + 1;
    // The paragraph after the table was split from the one before it: plain text, as DocumentApp leaves it.
    this.requests.push({
      updateParagraphStyle: {
        range: { startIndex: after, endIndex: after + 1 },
        paragraphStyle: { namedStyleType: 'NORMAL_TEXT', alignment: 'START' },
        fields: 'namedStyleType,alignment',
      },
    });
    this.lastStart = after;
    this.lastLength = 0;
    this.children += 2;
    this.free = false;
    return tableStart;
  }

  columnWidth(tableStart: number, column: number, points: number): void {
    this.requests.push({
      updateTableColumnProperties: {
        tableStartLocation: { index: tableStart },
        columnIndices: [column],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: points, unit: 'PT' } },
        fields: 'widthType,width',
      },
    });
  }

  noBorders(tableStart: number): void {
    const none = { width: { magnitude: 0, unit: 'PT' }, dashStyle: 'SOLID', color: { color: { rgbColor: {} } } };
    this.requests.push({
      updateTableCellStyle: {
        tableStartLocation: { index: tableStart },
        tableCellStyle: { borderLeft: none, borderRight: none, borderTop: none, borderBottom: none },
        fields: 'borderLeft,borderRight,borderTop,borderBottom',
      },
    });
  }

  finish(): Request[] {
    for (const range of this.bullets)
      this.requests.push({ createParagraphBullets: { range, bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' } });
    return this.requests;
  }
}

function block(b: DocBuilder, item: ReportBlock): void {
  switch (item.kind) {
    case 'subheading':
      b.paragraph(item.text, { style: 'HEADING_2' });
      return;
    case 'paragraph':
      b.paragraph(item.text, { bold: item.bold });
      return;
    case 'note':
      b.paragraph(item.text, { italic: true });
      return;
    case 'list':
      for (const text of item.items) b.listItem(text);
      return;
    case 'table': {
      const hasHeader = item.header.length > 0;
      const start = b.table(hasHeader ? [item.header, ...item.rows] : item.rows, {
        bold: (r) => hasHeader && r === 0,
      });
      // Only the columns that need it (numbers, unit names).
      item.widths?.forEach((width, column) => {
        if (width !== null) b.columnWidth(start, column, width);
      });
      return;
    }
    case 'figure':
      b.figure(item.chart);
      b.paragraph(item.caption, { center: true, italic: true });
      return;
  }
}

function section(b: DocBuilder, s: ReportSection, heading: NamedStyle): void {
  b.paragraph(s.heading, { style: heading });
  for (const item of s.blocks) block(b, item);
}

/** The signature block of Indonesian official reports: on the right half, place and date, position, space, name, NIP. */
function signature(b: DocBuilder, sig: SignatureBlock): void {
  const lines = [sig.placeAndDate, sig.title, '', '', '', sig.name, sig.nip];
  const name = (r: number, c: number) => r === 5 && c === 1;
  const start = b.table(
    lines.map((line) => ['', line]),
    { bold: name, underline: name },
  );
  b.noBorders(start);
}

/** The whole report as requests, and where its charts go. */
export function reportRequests(model: ReportModel): { requests: Request[]; figures: FigurePlace[] } {
  const b = new DocBuilder();
  b.requests.push({
    updateDocumentStyle: {
      documentStyle: {
        pageSize: { width: { magnitude: A4.width, unit: 'PT' }, height: { magnitude: A4.height, unit: 'PT' } },
      },
      fields: 'pageSize',
    },
  });
  b.paragraph(model.title, { style: 'TITLE' });
  b.paragraph(model.subtitle, { style: 'SUBTITLE' });
  for (const s of model.sections) section(b, s, 'HEADING_1');
  if (model.signature) signature(b, model.signature);
  if (model.annexes.length > 0) {
    b.pageBreak();
    b.paragraph('Lampiran', { style: 'HEADING_1' });
    for (const annex of model.annexes) section(b, annex, 'HEADING_2');
  }
  return { requests: b.finish(), figures: b.figures };
}
