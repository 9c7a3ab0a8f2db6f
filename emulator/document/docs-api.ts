// The advanced service `Docs` (Docs API v1): Documents.create, Documents.get (the body's structure and indexes) and
// Documents.batchUpdate (text, paragraph and text styles, bullets, tables, column widths, cell borders, page breaks,
// page size), applied all or nothing. Indexes count UTF-16 code units, as JavaScript strings do.
// https://developers.google.com/docs/api/reference/rest/v1/documents/request
// https://developers.google.com/docs/api/concepts/structure (start and end indexes; a body starts with a section
// break at index 0, so its first paragraph starts at 1)
// https://developers.google.com/docs/api/how-tos/tables (a table's indexes: its start, each row, each cell)
import { payloadBytes } from '../runtime';
import type { EmuBody } from './body';
import type { DocumentService, EmuDocument, FooterLine } from './document';
import { EmuListItem, EmuParagraph, EmuTable } from './elements';
import type { AlignmentName, GlyphName, HeadingName } from './enums';
import { EmuHorizontalRule, type EmuInlineImage, EmuPageBreak } from './inline';
import type { TextStyle } from './text';

/** An inline element as the batch moves it; page breaks and rules are rebuilt, images keep their blob and size. */
type InlineSpec = EmuInlineImage | { readonly type: 'PAGE_BREAK' } | { readonly type: 'HORIZONTAL_RULE' };

/** A paragraph as the batch edits it: characters with their styles, its paragraph style and inline objects last. */
interface Para {
  text: string;
  styles: TextStyle[];
  heading: HeadingName;
  alignment: AlignmentName | null;
  indentStart: number;
  keepWithNext: boolean;
  keepLinesTogether: boolean;
  /** Width in points of the border under the paragraph; 0 for none. */
  borderBottom: number;
  /** The glyph of a bulleted paragraph, null for a plain one. */
  list: GlyphName | null;
  inlines: InlineSpec[];
}
interface Table {
  /** Row → cell → the cell's paragraphs (blocks of kind 'p' only). */
  cells: Block[][][];
  columnWidths: Map<number, number>;
  borderWidth: number;
  borderColor: string;
  backgrounds: (string | null)[][];
  pinnedHeaderRows: number;
  /** Per row: TableRowStyle.preventOverflow. */
  preventOverflow: boolean[];
}
type Block = { kind: 'p'; p: Para } | { kind: 't'; t: Table };

interface Model {
  blocks: Block[];
  pageWidth: number;
  pageHeight: number;
}

interface Dimension {
  magnitude?: number;
  unit?: 'PT';
}
interface Range {
  startIndex?: number;
  endIndex?: number;
  segmentId?: string;
}
interface Location {
  index?: number;
  segmentId?: string;
}
interface Where {
  location?: Location;
  endOfSegmentLocation?: { segmentId?: string };
}
type Border = { width?: Dimension; dashStyle?: string; color?: unknown };

export type DocsRequest =
  | { insertText: Where & { text: string } }
  | { insertTable: Where & { rows: number; columns: number } }
  | { insertPageBreak: Where }
  | {
      updateParagraphStyle: {
        range: Range;
        paragraphStyle: {
          namedStyleType?: string;
          alignment?: string;
          indentStart?: Dimension;
          keepWithNext?: boolean;
          keepLinesTogether?: boolean;
          borderBottom?: Border & { padding?: Dimension };
        };
        fields: string;
      };
    }
  | {
      updateTextStyle: {
        range: Range;
        textStyle: { bold?: boolean; italic?: boolean; underline?: boolean; fontSize?: Dimension };
        fields: string;
      };
    }
  | { createParagraphBullets: { range: Range; bulletPreset: string } }
  | { deleteContentRange: { range: Range } }
  | {
      replaceAllText: {
        containsText: { text: string; matchCase?: boolean };
        replaceText?: string;
      };
    }
  | { pinTableHeaderRows: { tableStartLocation: Location; pinnedHeaderRowsCount?: number } }
  | {
      updateTableRowStyle: {
        tableStartLocation: Location;
        rowIndices?: number[];
        tableRowStyle: { preventOverflow?: boolean; minRowHeight?: Dimension };
        fields: string;
      };
    }
  | {
      updateTableColumnProperties: {
        tableStartLocation: Location;
        columnIndices?: number[];
        tableColumnProperties: { widthType?: string; width?: Dimension };
        fields: string;
      };
    }
  | {
      updateTableCellStyle: {
        tableStartLocation?: Location;
        tableRange?: {
          tableCellLocation: { tableStartLocation: Location; rowIndex?: number; columnIndex?: number };
          rowSpan: number;
          columnSpan: number;
        };
        tableCellStyle: { borderLeft?: Border; borderRight?: Border; borderTop?: Border; borderBottom?: Border };
        fields: string;
      };
    }
  | {
      updateDocumentStyle: { documentStyle: { pageSize?: { width?: Dimension; height?: Dimension } }; fields: string };
    };

const NAMED_STYLES: Readonly<Record<string, HeadingName>> = {
  NORMAL_TEXT: 'NORMAL',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING_1: 'HEADING1',
  HEADING_2: 'HEADING2',
  HEADING_3: 'HEADING3',
  HEADING_4: 'HEADING4',
  HEADING_5: 'HEADING5',
  HEADING_6: 'HEADING6',
};
const ALIGNMENTS: Readonly<Record<string, AlignmentName>> = {
  START: 'LEFT',
  CENTER: 'CENTER',
  END: 'RIGHT',
  JUSTIFIED: 'JUSTIFY',
};

const failedCall = (method: string) => (detail: string) =>
  new Error(`API call to docs.documents.${method} failed with error: ${detail}`);

const paraLength = (p: Para) => p.text.length + p.inlines.length + 1;

function paraOf(p: EmuParagraph): Para {
  return {
    text: p.text.raw,
    styles: p.text.stylesUnrecorded(),
    heading: p.heading,
    alignment: p.alignment,
    indentStart: p.indentStart,
    keepWithNext: p.keepWithNext,
    keepLinesTogether: p.keepLinesTogether,
    borderBottom: p.borderBottom,
    list: p instanceof EmuListItem ? p.glyph : null,
    inlines: [...p.inlines],
  };
}

function modelOf(body: EmuBody): Model {
  return {
    pageWidth: body.pageWidth,
    pageHeight: body.pageHeight,
    blocks: body.children.map((c): Block => {
      if (!(c instanceof EmuTable)) return { kind: 'p', p: paraOf(c) };
      return {
        kind: 't',
        t: {
          cells: c.rows.map((r) =>
            r.cells.map((cell) => cell.paragraphs.map((p): Block => ({ kind: 'p', p: paraOf(p) }))),
          ),
          columnWidths: new Map(c.columnWidths),
          borderWidth: c.borderWidth,
          borderColor: c.borderColor,
          backgrounds: c.rows.map((r) => r.cells.map((cell) => cell.backgroundColor)),
          pinnedHeaderRows: c.pinnedHeaderRows,
          preventOverflow: c.rows.map((r) => r.preventOverflow),
        },
      };
    }),
  };
}

/** Puts the edited model into the document's body: its elements are rebuilt, as after a reload. */
function applyModel(doc: EmuDocument, model: Model): void {
  const body = doc.body;
  const ctx = doc.ctx;
  const element = (p: Para, parent: EmuBody | null): EmuParagraph => {
    const e = p.list ? new EmuListItem(ctx, parent, '') : new EmuParagraph(ctx, parent, '');
    e.text.setUnrecorded(p.text, p.styles);
    e.heading = p.heading;
    e.alignment = p.alignment;
    e.indentStart = p.indentStart;
    e.keepWithNext = p.keepWithNext;
    e.keepLinesTogether = p.keepLinesTogether;
    e.borderBottom = p.borderBottom;
    if (e instanceof EmuListItem && p.list) e.glyph = p.list;
    for (const m of p.inlines) {
      if (m.type === 'PAGE_BREAK') e.addInline(new EmuPageBreak(ctx, e));
      else if (m.type === 'HORIZONTAL_RULE') e.addInline(new EmuHorizontalRule(ctx, e));
      else e.addInline(m.movedTo(e));
    }
    return e;
  };
  body.pageWidth = model.pageWidth;
  body.pageHeight = model.pageHeight;
  const children = model.blocks.map((b) => {
    if (b.kind === 'p') return element(b.p, body);
    const table = new EmuTable(
      ctx,
      body,
      b.t.cells.map((row) => row.map(() => '')),
    );
    for (const [r, row] of b.t.cells.entries()) {
      for (const [c, paras] of row.entries()) {
        const cell = table.rows[r]?.cells[c];
        if (!cell) continue;
        const elements = paras.flatMap((x) => (x.kind === 'p' ? [element(x.p, null)] : []));
        cell.paragraphs.splice(0, cell.paragraphs.length, ...elements);
        for (const p of cell.paragraphs) p.parent = cell;
        cell.backgroundColor = b.t.backgrounds[r]?.[c] ?? null;
      }
      const tableRow = table.rows[r];
      if (tableRow) tableRow.preventOverflow = b.t.preventOverflow[r] ?? false;
    }
    for (const [k, v] of b.t.columnWidths) table.columnWidths.set(k, v);
    table.borderWidth = b.t.borderWidth;
    table.borderColor = b.t.borderColor;
    table.pinnedHeaderRows = b.t.pinnedHeaderRows;
    return table;
  });
  body.children.splice(0, body.children.length, ...children);
}

/** The document `to` gets the body of `from`: its paragraphs, tables and styles (Drive's copy of a Google Doc). */
export function copyBody(from: EmuDocument, to: EmuDocument): void {
  applyModel(to, modelOf(from.body));
  to.header = from.header ? [...from.header] : null;
  to.footer = from.footer ? [...from.footer] : null;
}

/** Where a paragraph sits: the list of blocks holding it (the body, or a table cell), and its start index. */
interface ParaAt {
  readonly blocks: Block[];
  readonly i: number;
  readonly p: Para;
  /** Moved on by text inserted before it (see `shiftAfter`). */
  start: number;
  readonly inBody: boolean;
}
interface TableAt {
  readonly t: Table;
  start: number;
}
interface Layout {
  readonly paras: ParaAt[];
  readonly tables: TableAt[];
  end: number;
}

/** Every paragraph and table with its start index; the end index of the body (one past its last newline). */
function layout(model: Model): Layout {
  const paras: ParaAt[] = [];
  const tables: TableAt[] = [];
  const walk = (blocks: Block[], from: number, inBody: boolean): number => {
    let pos = from;
    blocks.forEach((b, i) => {
      if (b.kind === 'p') {
        paras.push({ blocks, i, p: b.p, start: pos, inBody });
        pos += paraLength(b.p);
        return;
      }
      tables.push({ t: b.t, start: pos });
      pos += 1;
      for (const row of b.t.cells) {
        pos += 1;
        for (const cell of row) {
          pos += 1;
          pos = walk(cell, pos, false);
        }
      }
      pos += 1;
    });
    return pos;
  };
  const end = walk(model.blocks, 1, true);
  return { paras, tables, end };
}

/** Requests that change styles only: no text, paragraph or table comes or goes, so every index stays. */
const KEEPS_INDEXES = new Set([
  'updateParagraphStyle',
  'updateTextStyle',
  'createParagraphBullets',
  'pinTableHeaderRows',
  'updateTableRowStyle',
  'updateTableColumnProperties',
  'updateTableCellStyle',
  'updateDocumentStyle',
]);

/** The layout after `length` characters went into paragraph `k` (no paragraph or table came or went). */
function shiftAfter(laidOut: Layout, k: number, length: number): Layout {
  const { paras, tables } = laidOut;
  const at = (paras[k] as ParaAt).start;
  for (let j = k + 1; j < paras.length; j++) (paras[j] as ParaAt).start += length;
  for (const t of tables) if (t.start > at) t.start += length;
  laidOut.end += length;
  return laidOut;
}

/** The position of the first paragraph ending after `index` (paragraphs are laid out in index order). */
function firstEndingAfter(paras: readonly ParaAt[], index: number): number {
  let low = 0;
  let high = paras.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const p = paras[mid] as ParaAt;
    if (p.start + paraLength(p.p) > index) high = mid;
    else low = mid + 1;
  }
  return low;
}

const copyStyle = (p: Para): Omit<Para, 'text' | 'styles' | 'inlines'> => ({
  heading: p.heading,
  alignment: p.alignment,
  indentStart: p.indentStart,
  keepWithNext: p.keepWithNext,
  keepLinesTogether: p.keepLinesTogether,
  borderBottom: p.borderBottom,
  list: p.list,
});

/** Applies `requests` to the document as one batch: every one valid, or none applied. */
export function applyDocsBatch(doc: EmuDocument, requests: readonly DocsRequest[]): Record<string, unknown>[] {
  const fail = failedCall('batchUpdate');
  const model = modelOf(doc.body);
  // The header and footer, like the body, change only when the whole batch is valid.
  const margins = { header: doc.header, footer: doc.footer };
  // Laid out again only after a request that moves indexes (a style request leaves every index where it was).
  let laidOut: Layout | null = null;
  const replies = requests.map((request, i) => {
    const type = Object.keys(request)[0] ?? '';
    const invalid = (detail: string) => fail(`Invalid requests[${i}].${type}: ${detail}`);
    const current = laidOut ?? layout(model);
    laidOut = KEEPS_INDEXES.has(type) ? current : null;
    const { paras, tables, end } = current;

    /** The paragraph an insertion at `where` falls in, and the offset in its text. */
    const at = (where: Where): { para: ParaAt; offset: number; k: number } => {
      if (where.location?.segmentId || where.endOfSegmentLocation?.segmentId)
        throw new Error('Emulator: only the document body is emulated (no headers, footers or footnotes).');
      const index = where.endOfSegmentLocation ? end - 1 : where.location?.index;
      if (index === undefined) throw invalid('A location or an end of segment location is required.');
      if (index >= end)
        throw invalid(`Index ${index} must be less than the end index of the referenced segment, ${end}.`);
      const k = firstEndingAfter(paras, index);
      const found = paras[k];
      const para = found && found.start <= index ? found : undefined;
      const offset = para ? index - para.start : -1;
      if (!para || offset > para.p.text.length)
        throw invalid(
          'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
        );
      if (
        where.endOfSegmentLocation === undefined &&
        para.p.inlines.length > 0 &&
        offset === para.p.text.length &&
        offset > 0
      )
        throw new Error('Emulator: text after an inline object in the same paragraph is not emulated.');
      return { para, offset, k };
    };
    /** Splits a paragraph at `offset`: the part before stays, the rest (with the inline objects) follows it. */
    const split = (para: ParaAt, offset: number): Para => {
      const p = para.p;
      const rest: Para = {
        ...copyStyle(p),
        text: p.text.slice(offset),
        styles: p.styles.slice(offset),
        inlines: p.inlines,
      };
      p.text = p.text.slice(0, offset);
      p.styles = p.styles.slice(0, offset);
      p.inlines = [];
      return rest;
    };
    const covered = (range: Range): ParaAt[] => {
      const { startIndex = 0, endIndex = 0 } = range;
      if (range.segmentId) throw new Error('Emulator: only the document body is emulated.');
      if (startIndex < 1 || endIndex > end || endIndex <= startIndex)
        throw invalid(`The range [${startIndex}, ${endIndex}) is outside the document's body [1, ${end}).`);
      const hit: ParaAt[] = [];
      for (let k = firstEndingAfter(paras, startIndex); k < paras.length && (paras[k] as ParaAt).start < endIndex; k++)
        hit.push(paras[k] as ParaAt);
      return hit;
    };
    const tableAt = (location: Location): Table => {
      const found = tables.find((t) => t.start === location.index);
      if (!found) throw invalid(`No table starts at index ${location.index}.`);
      return found.t;
    };
    const fieldsOf = (fields: string) => new Set(fields.split(',').map((f) => f.trim()));

    if ('insertText' in request) {
      const { text } = request.insertText;
      const { para, offset, k } = at(request.insertText);
      const p = para.p;
      const style = p.styles[offset - 1] ?? p.styles[offset] ?? {};
      const [first = '', ...more] = text.split('\n');
      if (more.length === 0) {
        p.text = p.text.slice(0, offset) + first + p.text.slice(offset);
        p.styles.splice(offset, 0, ...Array.from(first, () => style));
        laidOut = shiftAfter(current, k, first.length);
        return {};
      }
      const rest = split(para, offset);
      p.text += first;
      p.styles.push(...Array.from(first, () => style));
      const added: Block[] = more.map((line, k) => {
        const last = k === more.length - 1;
        const styles = Array.from(line, () => style);
        return {
          kind: 'p',
          p: last
            ? { ...rest, text: line + rest.text, styles: [...styles, ...rest.styles] }
            : { ...copyStyle(p), text: line, styles, inlines: [] },
        };
      });
      para.blocks.splice(para.i + 1, 0, ...added);
      return {};
    }
    if ('insertTable' in request) {
      const { rows, columns } = request.insertTable;
      if (!(rows >= 1 && columns >= 1)) throw invalid('A table needs at least one row and one column.');
      const { para, offset } = at(request.insertTable);
      if (!para.inBody) throw new Error('Emulator: a table inside a table is not emulated.');
      const rest = split(para, offset);
      const empty = (): Para => ({
        text: '',
        styles: [],
        heading: 'NORMAL',
        alignment: null,
        indentStart: 0,
        keepWithNext: false,
        keepLinesTogether: false,
        borderBottom: 0,
        list: null,
        inlines: [],
      });
      const table: Table = {
        cells: Array.from({ length: rows }, () =>
          Array.from({ length: columns }, (): Block[] => [{ kind: 'p', p: empty() }]),
        ),
        columnWidths: new Map(),
        borderWidth: 1,
        borderColor: '#000000',
        backgrounds: Array.from({ length: rows }, () => Array<string | null>(columns).fill(null)),
        pinnedHeaderRows: 0,
        preventOverflow: Array<boolean>(rows).fill(false),
      };
      para.blocks.splice(para.i + 1, 0, { kind: 't', t: table }, { kind: 'p', p: rest });
      return {};
    }
    if ('insertPageBreak' in request) {
      const { para, offset } = at(request.insertPageBreak);
      // R: "Page breaks cannot be inserted inside a table, equation, footnote, header or footer."
      if (!para.inBody) throw invalid('Page breaks cannot be inserted inside a table.');
      const rest = split(para, offset);
      para.p.inlines.push({ type: 'PAGE_BREAK' });
      para.blocks.splice(para.i + 1, 0, { kind: 'p', p: rest });
      return {};
    }
    if ('updateParagraphStyle' in request) {
      const { range, paragraphStyle, fields } = request.updateParagraphStyle;
      const f = fieldsOf(fields);
      const heading = paragraphStyle.namedStyleType ? NAMED_STYLES[paragraphStyle.namedStyleType] : undefined;
      if (f.has('namedStyleType') && paragraphStyle.namedStyleType && !heading)
        throw invalid(`Unknown named style type ${paragraphStyle.namedStyleType}.`);
      for (const { p } of covered(range)) {
        if (f.has('namedStyleType')) p.heading = heading ?? 'NORMAL';
        if (f.has('alignment'))
          p.alignment = paragraphStyle.alignment ? (ALIGNMENTS[paragraphStyle.alignment] ?? null) : null;
        if (f.has('indentStart')) p.indentStart = paragraphStyle.indentStart?.magnitude ?? 0;
        if (f.has('keepWithNext')) p.keepWithNext = !!paragraphStyle.keepWithNext;
        if (f.has('keepLinesTogether')) p.keepLinesTogether = !!paragraphStyle.keepLinesTogether;
        if (f.has('borderBottom')) {
          const border = paragraphStyle.borderBottom;
          // R (ParagraphStyle.borderBottom): "Paragraph borders cannot be partially updated. When changing a
          // paragraph border the new border must be specified in its entirety."
          if (border && !(border.width && border.padding && border.dashStyle && border.color))
            throw invalid('Paragraph borders cannot be partially updated.');
          p.borderBottom = border?.width?.magnitude ?? 0;
        }
      }
      return {};
    }
    if ('updateTextStyle' in request) {
      const { range, textStyle, fields } = request.updateTextStyle;
      const f = fieldsOf(fields);
      const { startIndex = 0, endIndex = 0 } = range;
      for (const { p, start } of covered(range)) {
        const from = Math.max(0, startIndex - start);
        const to = Math.min(p.text.length, endIndex - start);
        for (let k = from; k < to; k++) {
          const s: Record<string, unknown> = { ...p.styles[k] };
          for (const key of ['bold', 'italic', 'underline'] as const) {
            if (!f.has(key)) continue;
            if (textStyle[key]) s[key] = true;
            else delete s[key];
          }
          if (f.has('fontSize')) {
            if (textStyle.fontSize?.magnitude) s.fontSize = textStyle.fontSize.magnitude;
            else delete s.fontSize;
          }
          p.styles[k] = s as TextStyle;
        }
      }
      return {};
    }
    if ('createParagraphBullets' in request) {
      const { range, bulletPreset } = request.createParagraphBullets;
      const glyph: GlyphName = bulletPreset.startsWith('NUMBERED') ? 'NUMBER' : 'BULLET';
      for (const { p } of covered(range)) p.list = glyph;
      return {};
    }
    if ('pinTableHeaderRows' in request) {
      const { tableStartLocation, pinnedHeaderRowsCount = 0 } = request.pinTableHeaderRows;
      const table = tableAt(tableStartLocation);
      // R: "The number of table rows to pin, where 0 implies that all rows are unpinned."
      if (pinnedHeaderRowsCount < 0 || pinnedHeaderRowsCount > table.cells.length)
        throw invalid(`The table has ${table.cells.length} rows; ${pinnedHeaderRowsCount} cannot be pinned.`);
      table.pinnedHeaderRows = pinnedHeaderRowsCount;
      return {};
    }
    if ('updateTableRowStyle' in request) {
      const { tableStartLocation, rowIndices, tableRowStyle, fields } = request.updateTableRowStyle;
      const table = tableAt(tableStartLocation);
      const rows = table.cells.length;
      if ([...fieldsOf(fields)].some((f) => f !== 'preventOverflow'))
        throw new Error('Emulator: only preventOverflow of a table row style is emulated.');
      // R: "If no indices are specified, all rows will be updated."; a field sent without a value is cleared.
      for (const r of rowIndices ?? Array.from({ length: rows }, (_, k) => k)) {
        if (r < 0 || r >= rows) throw invalid(`Row index ${r} is outside the table's ${rows} rows.`);
        table.preventOverflow[r] = tableRowStyle.preventOverflow ?? false;
      }
      return {};
    }
    if ('deleteContentRange' in request) {
      const { range } = request.deleteContentRange;
      const { startIndex = 0, endIndex = 0 } = range;
      const hit = covered(range);
      const para = hit[0];
      const last = hit[hit.length - 1];
      const whole =
        para &&
        last &&
        startIndex === para.start &&
        endIndex === last.start + paraLength(last.p) &&
        hit.every((h, k) => h.blocks === para.blocks && h.i === para.i + k);
      if (whole) {
        // R (DeleteContentRangeRequest): deleting "the last newline character of a Body" or "the newline character
        // before a Table … without deleting the element" leaves an invalid document and is refused.
        const next = para.blocks[para.i + hit.length];
        if (!next) throw invalid('The last newline of the segment cannot be deleted.');
        if (next.kind === 't') throw invalid('The newline before a table cannot be deleted without the table.');
        para.blocks.splice(para.i, hit.length);
        return {};
      }
      if (hit.length !== 1 || !para || endIndex > para.start + para.p.text.length)
        throw new Error(
          'Emulator: deleting text inside one paragraph, or whole paragraphs, is emulated; nothing else.',
        );
      const from = startIndex - para.start;
      const to = endIndex - para.start;
      para.p.text = para.p.text.slice(0, from) + para.p.text.slice(to);
      para.p.styles.splice(from, to - from);
      return {};
    }
    if ('replaceAllText' in request) {
      const { containsText, replaceText = '' } = request.replaceAllText;
      if (!containsText.text) throw invalid('The text to find must not be empty.');
      if (replaceText.includes('\n')) throw new Error('Emulator: a replacement holding a newline is not emulated.');
      const find = containsText.matchCase ? containsText.text : containsText.text.toLowerCase();
      const at = (text: string, from: number) =>
        (containsText.matchCase ? text : text.toLowerCase()).indexOf(find, from);
      let occurrencesChanged = 0;
      for (const { p } of paras) {
        let from = 0;
        for (;;) {
          const k = at(p.text, from);
          if (k < 0) break;
          // The replacement takes the style of the first character it replaces.
          const style = p.styles[k] ?? {};
          p.text = p.text.slice(0, k) + replaceText + p.text.slice(k + find.length);
          p.styles.splice(k, find.length, ...Array.from(replaceText, () => style));
          from = k + replaceText.length;
          occurrencesChanged++;
        }
      }
      // "All instances" in the tab: its headers and footers are the tab's too, not only its body (DocumentTab).
      const inMargin = (lines: FooterLine[] | null) =>
        lines?.map((line) => {
          let text = line.text;
          for (let k = at(text, 0); k >= 0; k = at(text, k + replaceText.length)) {
            text = text.slice(0, k) + replaceText + text.slice(k + find.length);
            occurrencesChanged++;
          }
          return { ...line, text };
        }) ?? null;
      margins.header = inMargin(margins.header);
      margins.footer = inMargin(margins.footer);
      return { replaceAllText: { occurrencesChanged } };
    }
    if ('updateTableColumnProperties' in request) {
      const { tableStartLocation, columnIndices, tableColumnProperties, fields } = request.updateTableColumnProperties;
      const table = tableAt(tableStartLocation);
      const columns = table.cells[0]?.length ?? 0;
      const width = tableColumnProperties.width?.magnitude;
      if (fieldsOf(fields).has('width') && width !== undefined && width < 5)
        throw invalid('The column width must be at least 5 points.');
      for (const c of columnIndices ?? Array.from({ length: columns }, (_, k) => k)) {
        if (c < 0 || c >= columns) throw invalid(`Column index ${c} is outside the table's ${columns} columns.`);
        if (width !== undefined) table.columnWidths.set(c, width);
      }
      return {};
    }
    if ('updateTableCellStyle' in request) {
      const { tableStartLocation, tableRange, tableCellStyle, fields } = request.updateTableCellStyle;
      const table = tableAt(tableStartLocation ?? tableRange?.tableCellLocation.tableStartLocation ?? {});
      const rows = table.cells.length;
      const columns = table.cells[0]?.length ?? 0;
      const whole =
        !tableRange ||
        ((tableRange.tableCellLocation.rowIndex ?? 0) === 0 &&
          (tableRange.tableCellLocation.columnIndex ?? 0) === 0 &&
          tableRange.rowSpan === rows &&
          tableRange.columnSpan === columns);
      const borders = [
        tableCellStyle.borderLeft,
        tableCellStyle.borderRight,
        tableCellStyle.borderTop,
        tableCellStyle.borderBottom,
      ];
      const widths = new Set(borders.map((b) => b?.width?.magnitude ?? 0));
      if (!whole || widths.size !== 1 || !fieldsOf(fields).has('borderLeft'))
        throw new Error('Emulator: only one border width for every border of a whole table is emulated.');
      table.borderWidth = [...widths][0] ?? 0;
      return {};
    }
    if ('updateDocumentStyle' in request) {
      const { documentStyle, fields } = request.updateDocumentStyle;
      if (!fieldsOf(fields).has('pageSize')) throw new Error('Emulator: only the page size of a document is emulated.');
      model.pageWidth = documentStyle.pageSize?.width?.magnitude ?? model.pageWidth;
      model.pageHeight = documentStyle.pageSize?.height?.magnitude ?? model.pageHeight;
      return {};
    }
    throw new Error(`Emulator: Docs request ${type} is not emulated.`);
  });
  applyModel(doc, model);
  doc.header = margins.header;
  doc.footer = margins.footer;
  return replies;
}

/** The body as Documents.get gives it: structural elements with their start and end indexes. */
function bodyJson(doc: EmuDocument): unknown[] {
  const model = modelOf(doc.body);
  const paragraphJson = (p: Para, start: number) => ({
    startIndex: start,
    endIndex: start + paraLength(p),
    paragraph: {
      elements: [
        ...(p.text ? [{ startIndex: start, endIndex: start + p.text.length, textRun: { content: p.text } }] : []),
        ...p.inlines.map((m, k) => ({
          startIndex: start + p.text.length + k,
          endIndex: start + p.text.length + k + 1,
          ...(m.type === 'PAGE_BREAK'
            ? { pageBreak: {} }
            : m.type === 'INLINE_IMAGE'
              ? { inlineObjectElement: {} }
              : { horizontalRule: {} }),
        })),
        { startIndex: start + paraLength(p) - 1, endIndex: start + paraLength(p), textRun: { content: '\n' } },
      ],
      paragraphStyle: {
        namedStyleType: Object.entries(NAMED_STYLES).find(([, h]) => h === p.heading)?.[0] ?? 'NORMAL_TEXT',
        ...(p.alignment ? { alignment: Object.entries(ALIGNMENTS).find(([, a]) => a === p.alignment)?.[0] } : {}),
        ...(p.indentStart ? { indentStart: { magnitude: p.indentStart, unit: 'PT' } } : {}),
        ...(p.keepWithNext ? { keepWithNext: true } : {}),
        ...(p.keepLinesTogether ? { keepLinesTogether: true } : {}),
        ...(p.borderBottom ? { borderBottom: { width: { magnitude: p.borderBottom, unit: 'PT' } } } : {}),
      },
      ...(p.list ? { bullet: {} } : {}),
    },
  });
  const content: unknown[] = [{ startIndex: 0, endIndex: 1, sectionBreak: {} }];
  let pos = 1;
  for (const b of model.blocks) {
    if (b.kind === 'p') {
      content.push(paragraphJson(b.p, pos));
      pos += paraLength(b.p);
      continue;
    }
    const start = pos;
    pos += 1;
    const pinned = b.t.pinnedHeaderRows;
    const tableRows = b.t.cells.map((row, r) => {
      const rowStart = pos;
      pos += 1;
      const tableCells = row.map((cell) => {
        const cellStart = pos;
        pos += 1;
        const cellContent = cell.flatMap((b) => {
          if (b.kind !== 'p') return [];
          const json = paragraphJson(b.p, pos);
          pos += paraLength(b.p);
          return [json];
        });
        return { startIndex: cellStart, endIndex: pos, content: cellContent };
      });
      return {
        startIndex: rowStart,
        endIndex: pos,
        tableCells,
        tableRowStyle: {
          ...(r < pinned ? { tableHeader: true } : {}),
          ...(b.t.preventOverflow[r] ? { preventOverflow: true } : {}),
        },
      };
    });
    pos += 1;
    content.push({
      startIndex: start,
      endIndex: pos,
      table: { rows: b.t.cells.length, columns: b.t.cells[0]?.length ?? 0, tableRows },
    });
  }
  return content;
}

/** A default header or footer as documents.get gives it: its paragraphs, the page number as PAGE_NUMBER auto text. */
function marginContent(lines: readonly FooterLine[]): Record<string, unknown>[] {
  let pos = 0;
  return lines.map((line) => {
    const start = pos;
    const element = (length: number, body: object) => {
      pos += length;
      return { startIndex: pos - length, endIndex: pos, ...body };
    };
    const elements = [
      ...(line.text ? [element(line.text.length, { textRun: { content: line.text } })] : []),
      ...(line.pageNumber ? [element(1, { autoText: { type: 'PAGE_NUMBER' } })] : []),
      element(1, { textRun: { content: '\n' } }),
    ];
    return { startIndex: start, endIndex: pos, paragraph: { elements } };
  });
}

/** The document's default header and footer, as documents.get gives them (Document.headers, Document.footers). */
function marginsJson(doc: EmuDocument): Record<string, unknown> {
  if (!doc.header && !doc.footer) return {};
  const headerId = 'kix.header';
  const footerId = 'kix.footer';
  return {
    documentStyle: {
      ...(doc.header ? { defaultHeaderId: headerId } : {}),
      ...(doc.footer ? { defaultFooterId: footerId } : {}),
    },
    ...(doc.header ? { headers: { [headerId]: { headerId, content: marginContent(doc.header) } } } : {}),
    ...(doc.footer ? { footers: { [footerId]: { footerId, content: marginContent(doc.footer) } } } : {}),
  };
}

/** The `Docs` global: Documents.create, get and batchUpdate, each one 'docs' round trip. */
export function createDocsApi(service: DocumentService) {
  const runtime = service.runtime;
  const find = (documentId: string, method: string): EmuDocument => {
    const doc = service.byIdUnrecorded(documentId);
    if (!doc) throw failedCall(method)('Requested entity was not found.');
    return doc;
  };
  return {
    Documents: {
      create: (resource: { title?: string }) => {
        runtime.ledger.record('Docs', 'Documents.create', 'docs', payloadBytes(resource));
        const doc = service.createUnrecorded(resource.title ?? 'Untitled document');
        return { documentId: doc.rawId, title: doc.name };
      },
      get: (documentId: string) => {
        runtime.ledger.record('Docs', 'Documents.get', 'docs');
        const doc = find(documentId, 'get');
        return { documentId, title: doc.name, body: { content: bodyJson(doc) }, ...marginsJson(doc) };
      },
      batchUpdate: (resource: { requests: DocsRequest[] }, documentId: string) => {
        runtime.ledger.record('Docs', 'Documents.batchUpdate', 'docs', payloadBytes(resource));
        const doc = find(documentId, 'batchUpdate');
        // DocumentApp keeps its edits until saveAndClose() or the end of the execution; an API batch in between
        // would be overwritten by them in Apps Script. The emulator refuses the mix, so the bug cannot pass a test.
        if (doc.ctx.unsaved)
          throw new Error(
            'Emulator: the document has DocumentApp edits not yet saved; call saveAndClose() before Docs.Documents.batchUpdate.',
          );
        return { documentId, replies: applyDocsBatch(doc, resource.requests ?? []) };
      },
    },
  };
}
