// Writes a report model into a Google Doc body: whole tables in one appendTable each, charts as PNG images.
import type { ReportBlock, ReportModel, ReportSection, SignatureBlock } from '../../core/report/report-model';
import { chartImage } from './chart-image';

/** A4, the paper of Indonesian official reports, in points. */
const A4 = { width: 595, height: 842 } as const;
/** Width of a chart on the page (Docs sizes images in pixels, one per point): A4 less 72 pt margins leaves 451. */
const IMAGE_WIDTH = 450;

/**
 * Text as Docs can hold it: control characters other than tab and newline are dropped (the Docs service rejects
 * them); everything else, including "<b>", "=SUM(...)" or a URL, stays literal, since appendParagraph and
 * appendTable never interpret markup, formulas or links.
 */
export function docText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove control characters.
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

function appendTable(body: GoogleAppsScript.Document.Body, block: Extract<ReportBlock, { kind: 'table' }>): void {
  const hasHeader = block.header.length > 0;
  const rows = hasHeader ? [block.header, ...block.rows] : block.rows;
  const table = body.appendTable(rows.map((row) => row.map(docText)));
  if (hasHeader) table.getRow(0).editAsText().setBold(true);
  // Only the columns that need it (numbers, unit names): one call per column set, none per row.
  block.widths?.forEach((width, column) => {
    if (width !== null) table.setColumnWidth(column, width);
  });
}

function appendBlock(body: GoogleAppsScript.Document.Body, block: ReportBlock): void {
  switch (block.kind) {
    case 'subheading':
      body.appendParagraph(docText(block.text)).setHeading(DocumentApp.ParagraphHeading.HEADING2);
      return;
    case 'paragraph': {
      const p = body.appendParagraph(docText(block.text));
      if (block.bold) p.editAsText().setBold(true);
      return;
    }
    case 'note':
      body.appendParagraph(docText(block.text)).editAsText().setItalic(true);
      return;
    case 'list':
      for (const item of block.items) body.appendListItem(docText(item));
      return;
    case 'table':
      appendTable(body, block);
      return;
    case 'figure': {
      const image = body.appendImage(chartImage(block.chart));
      const scale = IMAGE_WIDTH / image.getWidth();
      image.setWidth(IMAGE_WIDTH).setHeight(Math.round(image.getHeight() * scale));
      body
        .appendParagraph(docText(block.caption))
        .setAlignment(DocumentApp.HorizontalAlignment.CENTER)
        .editAsText()
        .setItalic(true);
      return;
    }
  }
}

function appendSection(body: GoogleAppsScript.Document.Body, section: ReportSection): void {
  body.appendParagraph(docText(section.heading)).setHeading(DocumentApp.ParagraphHeading.HEADING1);
  for (const block of section.blocks) appendBlock(body, block);
}

/** The signature block of Indonesian official reports: on the right half, place and date, position, space, name, NIP. */
function appendSignature(body: GoogleAppsScript.Document.Body, signature: SignatureBlock): void {
  const lines = [signature.placeAndDate, signature.title, '', '', '', signature.name, signature.nip];
  const table = body.appendTable(lines.map((line) => ['', docText(line)]));
  table.setBorderWidth(0);
  table.getCell(5, 1).editAsText().setBold(true).setUnderline(true);
}

/** Renders the whole model into the (new, empty) body; the number of calls grows with blocks, never with cells. */
export function renderReport(body: GoogleAppsScript.Document.Body, model: ReportModel): void {
  body.setPageWidth(A4.width).setPageHeight(A4.height);
  // A new document holds one empty paragraph: it becomes the title rather than a blank first line.
  const title = body.getChild(0).asParagraph();
  title.setText(docText(model.title));
  title.setHeading(DocumentApp.ParagraphHeading.TITLE);
  body.appendParagraph(docText(model.subtitle)).setHeading(DocumentApp.ParagraphHeading.SUBTITLE);
  for (const section of model.sections) appendSection(body, section);
  if (model.signature) appendSignature(body, model.signature);
  if (model.annexes.length > 0) {
    body.appendPageBreak();
    body.appendParagraph('Lampiran').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    for (const annex of model.annexes) {
      body.appendParagraph(docText(annex.heading)).setHeading(DocumentApp.ParagraphHeading.HEADING2);
      for (const block of annex.blocks) appendBlock(body, block);
    }
  }
}
