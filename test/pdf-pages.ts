// Test helper: a PDF read as a reader sees it, page by page: each word with its place on the page (poppler's
// `pdftotext -bbox`), and the page's text in reading order.
import { execFileSync } from 'node:child_process';

export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
}

export interface PdfPage {
  readonly width: number;
  readonly words: readonly PdfWord[];
  readonly text: string;
}

const unescaped = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The pages of the PDF file at `path`. */
export function readPdfPages(path: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...html.matchAll(/<page width="([\d.]+)" height="[\d.]+">([\s\S]*?)<\/page>/g)].map((page) => {
    const words = [
      ...(page[2] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g),
    ].map((w) => ({ text: unescaped(w[4] ?? ''), xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]) }));
    return { width: Number(page[1]), words, text: words.map((w) => w.text).join(' ') };
  });
}
