// Docs API requests that build part of a document front to back from a given index, each index computed here
// (UTF-16 code units, as JavaScript counts), so that a whole report is one documents.batchUpdate.
// https://developers.google.com/docs/api/reference/rest/v1/documents/request
// https://developers.google.com/docs/api/how-tos/tables (a table's start, rows and cells each take one index)
import type { ChartFigure } from '../../core/report/report-model';

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
  | { pinTableHeaderRows: { tableStartLocation: { index: number }; pinnedHeaderRowsCount: number } }
  | {
      updateTableRowStyle: {
        tableStartLocation: { index: number };
        tableRowStyle: { preventOverflow: boolean };
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

export type NamedStyle = 'NORMAL_TEXT' | 'TITLE' | 'SUBTITLE' | 'HEADING_1' | 'HEADING_2';

export interface TextLook {
  readonly style?: NamedStyle;
  readonly center?: boolean;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Points from the start margin, e.g. the signature block in the right half. */
  readonly indentStart?: number;
  readonly fontSize?: number;
  /** A line under the paragraph (the letterhead's). */
  readonly ruleBelow?: boolean;
  /** Kept on the page of the next paragraph, and never split itself. */
  readonly keepWithNext?: boolean;
}

/**
 * A chart the request list leaves room for: its empty paragraph is body child `childIndex` (DocumentApp adds it),
 * counted from the paragraph the builder started in.
 */
export interface FigurePlace {
  readonly childIndex: number;
  readonly chart: ChartFigure;
}

/**
 * Builds the requests while tracking the body as it will be: the index right after the last paragraph's text (its
 * newline), the number of body children, and whether that last paragraph is still empty and free to take text.
 */
export class DocBuilder {
  readonly requests: Request[] = [];
  readonly figures: FigurePlace[] = [];
  private readonly bullets: { startIndex: number; endIndex: number }[] = [];
  /** Start index and text length of the last paragraph written. */
  private lastStart: number;
  private lastLength = 0;
  /** Body children from the starting paragraph (itself included) to the last written. */
  private children = 1;
  /** An empty paragraph (a new document's, a placeholder's emptied, the one after a page break) takes the next text. */
  private free = true;

  /** Body children written from the starting paragraph on, itself included. */
  get childCount(): number {
    return this.children;
  }

  /** Starts in the empty paragraph at `start`: 1 in a new document. */
  constructor(start = 1) {
    this.lastStart = start;
  }

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
        paragraphStyle: {
          namedStyleType: look.style ?? 'NORMAL_TEXT',
          alignment: look.center ? 'CENTER' : 'START',
          indentStart: { magnitude: look.indentStart ?? 0, unit: 'PT' },
          keepWithNext: !!look.keepWithNext,
          keepLinesTogether: !!look.keepWithNext,
          // "When updating a border, all of its fields must be set" (ParagraphBorder); width 0 draws none.
          borderBottom: {
            width: { magnitude: look.ruleBelow ? 1.5 : 0, unit: 'PT' },
            padding: { magnitude: look.ruleBelow ? 4 : 0, unit: 'PT' },
            dashStyle: 'SOLID',
            color: { color: { rgbColor: { red: 0, green: 0, blue: 0 } } },
          },
        },
        fields: 'namedStyleType,alignment,indentStart,keepWithNext,keepLinesTogether,borderBottom',
      },
    });
    if (text)
      this.requests.push({
        updateTextStyle: {
          range: { startIndex: start, endIndex: start + text.length },
          textStyle: {
            bold: !!look.bold,
            italic: !!look.italic,
            underline: !!look.underline,
            ...(look.fontSize ? { fontSize: { magnitude: look.fontSize, unit: 'PT' } } : {}),
          },
          // fontSize in the mask without a value: the size of the paragraph's named style.
          fields: 'bold,italic,underline,fontSize',
        },
      });
    return start;
  }

  /** The page is A4, the paper of Indonesian official reports. */
  pageSizeA4(): void {
    this.requests.push({
      updateDocumentStyle: {
        documentStyle: {
          pageSize: { width: { magnitude: A4.width, unit: 'PT' }, height: { magnitude: A4.height, unit: 'PT' } },
        },
        fields: 'pageSize',
      },
    });
  }

  /** The last paragraph stays on the page of what follows (the lines before a signature). */
  keepLastWithNext(): void {
    this.requests.push({
      updateParagraphStyle: {
        range: { startIndex: this.lastStart, endIndex: this.lastStart + this.lastLength + 1 },
        paragraphStyle: { keepWithNext: true, keepLinesTogether: true },
        fields: 'keepWithNext,keepLinesTogether',
      },
    });
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
    options: { bold?: (r: number, c: number) => boolean; flushRight?: (c: number) => boolean; fontSize?: number } = {},
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
      // Neighbouring flush-right cells of a row are one request: it styles "all paragraphs that overlap" its range.
      let run: { startIndex: number; endIndex: number } | null = null;
      const endRun = () => {
        if (run)
          styles.push({
            updateParagraphStyle: { range: run, paragraphStyle: { alignment: 'END' }, fields: 'alignment' },
          });
        run = null;
      };
      row.forEach((text, c) => {
        pos += 1;
        if (text && options.bold?.(r, c))
          styles.push({
            updateTextStyle: {
              range: { startIndex: pos, endIndex: pos + text.length },
              textStyle: { bold: true },
              fields: 'bold',
            },
          });
        if (options.flushRight?.(c)) run = { startIndex: run?.startIndex ?? pos, endIndex: pos + text.length + 1 };
        else endRun();
        pos += text.length + 1;
      });
      endRun();
    });
    // Cells take no style from the paragraph the table was inserted in: plain first, then the styled cells.
    this.requests.push(
      {
        updateTextStyle: {
          range: { startIndex: tableStart, endIndex: pos },
          textStyle: {
            bold: false,
            italic: false,
            underline: false,
            ...(options.fontSize ? { fontSize: { magnitude: options.fontSize, unit: 'PT' } } : {}),
          },
          fields: options.fontSize ? 'bold,italic,underline,fontSize' : 'bold,italic,underline',
        },
      },
      ...styles,
    );
    const after = pos + 1;
    // The paragraph after the table was split from the one before it: plain text, as DocumentApp leaves it.
    this.requests.push({
      updateParagraphStyle: {
        range: { startIndex: after, endIndex: after + 1 },
        paragraphStyle: {
          namedStyleType: 'NORMAL_TEXT',
          alignment: 'START',
          indentStart: { magnitude: 0, unit: 'PT' },
          keepWithNext: false,
          keepLinesTogether: false,
        },
        fields: 'namedStyleType,alignment,indentStart,keepWithNext,keepLinesTogether',
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

  /** The first row repeats at the top of every page the table spans. */
  pinHeaderRow(tableStart: number): void {
    this.requests.push({ pinTableHeaderRows: { tableStartLocation: { index: tableStart }, pinnedHeaderRowsCount: 1 } });
  }

  /** No row breaks across pages: a unit's name never stands on one page and its figures on the next (Docs' default
   * lets a row overflow; TableRowStyle.preventOverflow, every row when no index is given). */
  keepRowsWhole(tableStart: number): void {
    this.requests.push({
      updateTableRowStyle: {
        tableStartLocation: { index: tableStart },
        tableRowStyle: { preventOverflow: true },
        fields: 'preventOverflow',
      },
    });
  }

  finish(): Request[] {
    for (const range of this.bullets)
      this.requests.push({ createParagraphBullets: { range, bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' } });
    return this.requests;
  }
}
