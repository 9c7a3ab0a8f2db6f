// Filling a copy of the office's template in one documents.batchUpdate: every block placeholder, from the last to the
// first so that each index read from the template still holds when its requests apply, becomes the report's
// paragraphs and tables; notes to the template's editor go; fields are replaced everywhere last (replaceAllText
// takes no index, and reaches the header and footer too). The office's own text, letterhead, header, footer and
// styles stay as they are.
// https://developers.google.com/docs/api/reference/rest/v1/documents/request#deletecontentrangerequest
// https://developers.google.com/docs/api/reference/rest/v1/documents/request#replacealltextrequest
import {
  type FieldName,
  fieldSpellings,
  type TemplateParagraph,
  type TemplateScan,
} from '../../core/report/placeholders';
import type { ReportModel } from '../../core/report/report-model';
import { DocBuilder, docText, type FigurePlace, type Request } from './doc-builder';
import { placeholderBlock } from './doc-requests';

/** A paragraph of the template with where it sits, from documents.get. */
export interface PlacedParagraph extends TemplateParagraph {
  readonly start: number;
  /** One past its newline. */
  readonly end: number;
  /** Its index among the body's children (as DocumentApp counts them); -1 inside a table. */
  readonly child: number;
  /** Its newline cannot be deleted: the body's last paragraph, or one right before a table. */
  readonly keepsNewline: boolean;
}

interface StructuralElement {
  startIndex?: number;
  endIndex?: number;
  paragraph?: { elements?: { textRun?: { content?: string } }[] };
  table?: { tableRows?: { tableCells?: { content?: StructuralElement[] }[] }[] };
}

/** An inline object, page break or auto text takes one index and is no text: it counts as "something else". */
const OBJECT = '\uFFFC';

/** The body's paragraphs, its tables' cells included, each with its text as index-for-index as the API counts. */
export function placedParagraphs(content: readonly StructuralElement[]): PlacedParagraph[] {
  const out: PlacedParagraph[] = [];
  const paragraphText = (element: StructuralElement) =>
    (element.paragraph?.elements ?? [])
      .map((e) => e.textRun?.content ?? OBJECT)
      .join('')
      .replace(/\n$/, '');
  const walk = (elements: readonly StructuralElement[], inBody: boolean) => {
    let child = 0;
    elements.forEach((element, i) => {
      if (element.paragraph) {
        const next = elements[i + 1];
        out.push({
          text: paragraphText(element),
          inTable: !inBody,
          start: element.startIndex ?? 0,
          end: element.endIndex ?? 0,
          child: inBody ? child : -1,
          keepsNewline: next === undefined || !!next.table,
        });
      }
      for (const row of element.table?.tableRows ?? [])
        for (const cell of row.tableCells ?? []) walk(cell.content ?? [], false);
      // The body's section break at index 0 is not one of DocumentApp's children.
      if (element.paragraph || element.table) child++;
    });
  };
  walk(content, true);
  return out;
}

/** A header or footer as documents.get gives it. */
interface Margin {
  content?: StructuralElement[];
}

/** The paragraphs of the template's headers and footers (fields may stand there; replaceAllText reaches them). */
export function marginParagraphs(document: {
  headers?: Record<string, Margin>;
  footers?: Record<string, Margin>;
}): TemplateParagraph[] {
  return [...Object.values(document.headers ?? {}), ...Object.values(document.footers ?? {})].flatMap((margin) =>
    placedParagraphs(margin.content ?? []).map((p) => ({ text: p.text, inTable: p.inTable, inMargin: true })),
  );
}

/**
 * The requests that fill the template's copy, and where the charts go (body child indexes after the batch);
 * `margins`: the header's and footer's paragraphs, whose fields are replaced too.
 */
export function templateFillRequests(
  paragraphs: readonly PlacedParagraph[],
  scan: TemplateScan,
  model: ReportModel,
  margins: readonly TemplateParagraph[] = [],
): { requests: Request[]; figures: FigurePlace[] } {
  const order = [...scan.blocks.keys()].sort((a, b) => a - b);
  // Each block's change in the number of body children, in document order, for the charts' final places.
  const parts: { requests: Request[]; added: number; figures: FigurePlace[] }[] = order.map((i) => {
    const placeholder = scan.blocks.get(i);
    const p = paragraphs[i];
    if (!placeholder || !p) return { requests: [], added: 0, figures: [] };
    if (placeholder.kind === 'note') {
      if (p.keepsNewline)
        return p.text
          ? {
              requests: [{ deleteContentRange: { range: { startIndex: p.start, endIndex: p.end - 1 } } }],
              added: 0,
              figures: [],
            }
          : { requests: [], added: 0, figures: [] };
      return {
        requests: [{ deleteContentRange: { range: { startIndex: p.start, endIndex: p.end } } }],
        added: -1,
        figures: [],
      };
    }
    const requests: Request[] = [];
    if (p.text)
      requests.push({ deleteContentRange: { range: { startIndex: p.start, endIndex: p.start + p.text.length } } });
    const b = new DocBuilder(p.start);
    placeholderBlock(b, placeholder, model);
    requests.push(...b.finish());
    if (placeholder.kind === 'signature') {
      // The office's last line before the signature stays on its page (notes between are left out of the report).
      const before = paragraphs
        .slice(0, i)
        .reverse()
        .find((q) => !q.inTable && scan.blocks.get(paragraphs.indexOf(q))?.kind !== 'note');
      if (before)
        requests.push({
          updateParagraphStyle: {
            range: { startIndex: before.start, endIndex: before.end },
            paragraphStyle: { keepWithNext: true, keepLinesTogether: true },
            fields: 'keepWithNext,keepLinesTogether',
          },
        });
    }
    return {
      requests,
      added: b.childCount - 1,
      figures: b.figures.map((f) => ({ ...f, childIndex: p.child + f.childIndex })),
    };
  });
  let shift = 0;
  const figures: FigurePlace[] = [];
  parts.forEach((part) => {
    figures.push(...part.figures.map((f) => ({ ...f, childIndex: f.childIndex + shift })));
    shift += part.added;
  });
  const requests = parts.reverse().flatMap((part) => part.requests);
  for (const [spelling, name] of fieldSpellings([...paragraphs, ...margins]))
    requests.push({
      replaceAllText: { containsText: { text: spelling, matchCase: true }, replaceText: fieldText(model, name) },
    });
  return { requests, figures };
}

const fieldText = (model: ReportModel, name: FieldName) => docText(model.fields[name]).replace(/\n/g, ' ');
