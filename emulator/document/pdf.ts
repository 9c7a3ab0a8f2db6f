// PDF export of an emulated Document: rendered to HTML, then converted by LibreOffice (soffice) synchronously.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmuDocument, FooterLine } from './document';
import { EmuListItem, EmuParagraph, EmuTable } from './elements';
import type { TextRun } from './text';

const HEADING_TAGS: Record<string, string> = {
  TITLE: 'h1',
  SUBTITLE: 'h2',
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
  NORMAL: 'p',
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function runHtml(run: TextRun): string {
  let html = escapeHtml(run.text).replace(/\n/g, '<br>');
  const s = run.style;
  const css = [
    s.fontSize ? `font-size:${s.fontSize}pt` : '',
    s.foregroundColor ? `color:${s.foregroundColor}` : '',
    s.backgroundColor ? `background:${s.backgroundColor}` : '',
    s.fontFamily ? `font-family:'${s.fontFamily}'` : '',
  ].filter(Boolean);
  if (css.length) html = `<span style="${css.join(';')}">${html}</span>`;
  if (s.bold) html = `<b>${html}</b>`;
  if (s.italic) html = `<i>${html}</i>`;
  if (s.underline) html = `<u>${html}</u>`;
  if (s.strikethrough) html = `<s>${html}</s>`;
  if (s.linkUrl) html = `<a href="${escapeHtml(s.linkUrl)}">${html}</a>`;
  return html;
}

/** Renders the document as one HTML page; images are written beside it as files. */
function toHtml(doc: EmuDocument, dir: string): string {
  const parts: string[] = [];
  let imageNo = 0;
  let openList = false;
  const paragraph = (p: EmuParagraph, inCell = false): string => {
    // A cell's paragraphs as <div>: LibreOffice gives a <p> in a cell the space after a body paragraph, Docs does not.
    const tag = inCell ? 'div' : (HEADING_TAGS[p.heading] ?? 'p');
    const css = [
      p.alignment ? `text-align:${p.alignment.toLowerCase()}` : '',
      p.indentStart ? `margin-left:${p.indentStart}pt` : '',
      p.keepWithNext ? 'page-break-after:avoid' : '',
      p.keepLinesTogether ? 'page-break-inside:avoid' : '',
      p.borderBottom ? `border-bottom:${p.borderBottom}pt solid #000;padding-bottom:4pt` : '',
    ].filter(Boolean);
    const align = css.length ? ` style="${css.join(';')}"` : '';
    const inner = p.text.runs().map(runHtml).join('');
    const marks = p.inlines.map((m) => {
      if (m.type === 'PAGE_BREAK') return '</p><p style="page-break-before:always">';
      if (m.type === 'HORIZONTAL_RULE') return '<hr>';
      imageNo++;
      const file = `image${imageNo}.png`;
      writeFileSync(join(dir, file), m.blob.toBuffer());
      return `<img src="${file}" width="${m.size.width}" height="${m.size.height}">`;
    });
    // An empty paragraph keeps its line, as in Docs (LibreOffice drops an empty <p>).
    const content = inner || marks.length > 0 ? `${inner}${marks.join('')}` : '&nbsp;';
    return `<${tag}${align}>${content}</${tag}>`;
  };
  for (const child of doc.body.children) {
    if (child instanceof EmuListItem) {
      if (!openList) parts.push('<ul>');
      openList = true;
      parts.push(`<li>${child.text.runs().map(runHtml).join('')}</li>`);
      continue;
    }
    if (openList) parts.push('</ul>');
    openList = false;
    if (child instanceof EmuTable) {
      const rows = child.rows.map(
        (r) =>
          `<tr>${r.cells
            .map((c, j) => {
              const bg = c.backgroundColor ? ` bgcolor="${escapeHtml(c.backgroundColor)}"` : '';
              const width = child.columnWidths.get(j);
              const w = width === undefined ? '' : ` width="${Math.round((width * 96) / 72)}"`;
              return `<td${bg}${w}>${c.paragraphs.map((p) => paragraph(p, true)).join('')}</td>`;
            })
            .join('')}</tr>`,
      );
      // Pinned header rows as <thead>, which LibreOffice repeats on every page, as Docs repeats pinned rows.
      const pinned = child.pinnedHeaderRows;
      const head = pinned > 0 ? `<thead>${rows.slice(0, pinned).join('')}</thead>` : '';
      parts.push(
        `<table border="${child.borderWidth}" cellspacing="0" cellpadding="4">${head}<tbody>${rows.slice(pinned).join('')}</tbody></table>`,
      );
    } else if (child instanceof EmuParagraph) {
      parts.push(paragraph(child));
    }
  }
  if (openList) parts.push('</ul>');
  // LibreOffice's HTML import reads a header and a footer from <div title="header|footer"> and a page number from its
  // <sdfield>.
  const margin = (title: string, lines: readonly FooterLine[]) =>
    `<div title="${title}">${lines
      .map(
        (line) =>
          `<p align="center">${escapeHtml(line.text)}${line.pageNumber ? '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>' : ''}</p>`,
      )
      .join('')}</div>`;
  if (doc.header) parts.unshift(margin('header', doc.header));
  if (doc.footer) parts.push(margin('footer', doc.footer));
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(doc.name)}</title></head><body>${parts.join('\n')}</body></html>`;
}

/** Runs soffice on `input`, converting to `target` in `dir` (one LibreOffice profile per process). */
function soffice(dir: string, input: string, target: string, filter?: string): void {
  // A per-process LibreOffice profile: parallel test workers must not share one (it is locked while in use).
  const profile = `file://${join(tmpdir(), `emu-soffice-profile-${process.pid}`)}`;
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        ...(filter ? [`--infilter=${filter}`] : []),
        '--convert-to',
        target,
        '--outdir',
        dir,
        input,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') {
      throw new Error('Emulator: Document.getAs("application/pdf") needs LibreOffice (soffice) on PATH.');
    }
    throw new Error(`Emulator: soffice failed to convert the document to PDF: ${err.message}`);
  }
}

const KEEP_ROW = 'EmuKeepRow';
const KEEP_ROW_STYLE = `<style:style style:name="${KEEP_ROW}" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>`;

/**
 * The flat ODF with every row whose preventOverflow is set kept on one page (a table-row style with
 * fo:keep-together="always", LibreOffice's "Allow row to break across pages" unticked): LibreOffice's HTML import has
 * no way to say it. The ODF holds the body's tables, and their rows, in the document's order.
 */
function keepRowsTogether(fodt: string, doc: EmuDocument): string {
  const tables = doc.body.children.filter((c): c is EmuTable => c instanceof EmuTable);
  let table = -1;
  let row = 0;
  const marked = fodt.replace(/<table:table |<table:table-row(?: table:style-name="[^"]*")?(?=[ >/])/g, (tag) => {
    if (tag === '<table:table ') {
      table++;
      row = 0;
      return tag;
    }
    return tables[table]?.rows[row++]?.preventOverflow ? `<table:table-row table:style-name="${KEEP_ROW}"` : tag;
  });
  return marked.replace('<office:automatic-styles>', `<office:automatic-styles>${KEEP_ROW_STYLE}`);
}

/**
 * Document → PDF bytes. Apps Script's getAs is synchronous, so the emulator converts with LibreOffice via
 * execFileSync (`soffice --headless --convert-to pdf`). Without soffice on PATH this throws a clear error: the PDF
 * must be real, never a stand-in. A document with a header or footer goes through LibreOffice's flat ODF first: converted
 * straight from HTML, LibreOffice prints an HTML header or footer on right-hand pages only; so does one with a row
 * that must not break across pages (keepRowsTogether).
 */
export function documentToPdf(doc: EmuDocument): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'emu-doc-pdf-'));
  try {
    const htmlPath = join(dir, 'document.html');
    writeFileSync(htmlPath, toHtml(doc, dir));
    const keptRows = doc.body.children.some((c) => c instanceof EmuTable && c.rows.some((r) => r.preventOverflow));
    if (doc.footer || doc.header || keptRows) {
      soffice(dir, htmlPath, 'fodt', 'HTML (StarWriter)');
      const fodt = join(dir, 'document.fodt');
      if (keptRows) writeFileSync(fodt, keepRowsTogether(readFileSync(fodt, 'utf8'), doc));
      soffice(dir, fodt, 'pdf:writer_pdf_Export');
    } else soffice(dir, htmlPath, 'pdf:writer_pdf_Export', 'HTML (StarWriter)');
    return readFileSync(join(dir, 'document.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
