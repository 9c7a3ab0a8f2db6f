// A report model as Docs API requests: each block of the model (paragraphs, tables laid out from their content,
// figures, the signature block), each placeholder of a template, and the built-in layout as one request list.
// https://developers.google.com/docs/api/reference/rest/v1/documents/request
import { reportLayout } from '../../core/report/default-template';
import { type BlockPlaceholder, fillFields, scanTemplate } from '../../core/report/placeholders';
import type { ReportBlock, ReportModel, ReportSection, SignatureBlock } from '../../core/report/report-model';
import { keepRupiahTogether, numericColumns, tableLayout } from '../../core/report/table-layout';
import type { UnitFeedback } from '../../core/report/unit-feedback';
import { DocBuilder, type FigurePlace, type NamedStyle, type Request, type TextLook } from './doc-builder';

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
      const rows = item.rows.map((r) => r.map(keepRupiahTogether));
      const columns = Math.max(1, item.header.length, ...rows.map((r) => r.length));
      const numeric = numericColumns(rows, columns);
      const layout = tableLayout(item.header, rows, columns);
      const start = b.table(hasHeader ? [item.header, ...rows] : rows, {
        bold: (r) => hasHeader && r === 0,
        flushRight: (c) => numeric[c] ?? false,
        // Docs' default 11 pt needs no style of its own.
        fontSize: layout.fontSize === 11 ? undefined : layout.fontSize,
      });
      layout.widths.forEach((width, column) => {
        b.columnWidth(start, column, width);
      });
      if (hasHeader) b.pinHeaderRow(start);
      b.keepRowsWhole(start);
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

/** Where the signature block starts: the right half of the page's text width. */
const SIGNATURE_INDENT = 255;

/**
 * The signature block of Indonesian official reports, in the right half: place and date, position, room to sign,
 * name (bold, underlined), NIP. Every line is kept with the next (the caller keeps the line before it with the
 * block too): the signatory never stands alone at the top of a page.
 */
function signature(b: DocBuilder, sig: SignatureBlock): void {
  const lines: [string, TextLook][] = [
    [sig.placeAndDate, {}],
    [sig.title, {}],
    ['', {}],
    ['', {}],
    ['', {}],
    [sig.name, { bold: true, underline: true }],
  ];
  for (const [text, look] of lines) b.paragraph(text, { ...look, indentStart: SIGNATURE_INDENT, keepWithNext: true });
  b.paragraph(sig.nip, { indentStart: SIGNATURE_INDENT });
}

/** The table `{{tabel:per_upt}}` stands for: each unit's status, errors and warnings (section 2's first table). */
function perUnitTable(model: ReportModel): ReportBlock | null {
  return model.sections.find((s) => s.name === 'kepatuhan')?.blocks.find((b) => b.kind === 'table') ?? null;
}

/** What a block placeholder becomes, written from the builder's current paragraph on. */
export function placeholderBlock(b: DocBuilder, placeholder: BlockPlaceholder, model: ReportModel): void {
  switch (placeholder.kind) {
    case 'section': {
      const found = model.sections.find((s) => s.name === placeholder.name);
      if (found) section(b, found, 'HEADING_1');
      return;
    }
    case 'table': {
      const table = perUnitTable(model);
      if (table) block(b, table);
      return;
    }
    case 'signature':
      if (model.signature) signature(b, model.signature);
      return;
    case 'annexes':
      if (model.annexes.length === 0) return;
      b.pageBreak();
      b.paragraph('Lampiran', { style: 'HEADING_1' });
      for (const annex of model.annexes) section(b, annex, 'HEADING_2');
      return;
    case 'note':
      return;
  }
}

/** The whole report in the built-in layout (core/report/default-template.ts) as requests, and where its charts go. */
export function reportRequests(model: ReportModel): { requests: Request[]; figures: FigurePlace[] } {
  const b = new DocBuilder();
  b.pageSizeA4();
  const lines = model.layout ?? reportLayout();
  const { blocks } = scanTemplate(lines.map((line) => ({ text: line.text, inTable: false })));
  lines.forEach((line, i) => {
    const placeholder = blocks.get(i);
    if (!placeholder) {
      const text = fillFields(line.text, model.fields);
      // A field left empty in Pengaturan leaves no empty line (but the rule under the letterhead stays).
      if (text.trim() !== '' || line.text.trim() === '' || line.look?.ruleBelow) b.paragraph(text, line.look);
      return;
    }
    // The closing line stays on the page of the signature.
    if (placeholder.kind === 'signature') b.keepLastWithNext();
    placeholderBlock(b, placeholder, model);
  });
  return { requests: b.finish(), figures: b.figures };
}

/** One unit's feedback document on A4: its title, what it was made from, then its sections. */
export function feedbackRequests(feedback: UnitFeedback): Request[] {
  const b = new DocBuilder();
  b.pageSizeA4();
  b.paragraph(feedback.title, { style: 'TITLE' });
  b.paragraph(feedback.subtitle, { italic: true });
  for (const s of feedback.sections) section(b, s, 'HEADING_1');
  return b.finish();
}
