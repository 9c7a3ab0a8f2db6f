// The report npm start writes (out/laporan-<periode>.pdf, a filled copy of the template the menu made), read as a
// reader sees it: the words on each page and where they stand (poppler), against what a Kanwil head signs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { SAMPLE_OFFICE, SAMPLE_PERIOD, SAMPLE_SIGNATORY } from '../../fixtures/sample/workbook';
import { screenshotPath } from '../browser/screenshots';
import { type PdfPage, type PdfWord, readPdfPages } from '../pdf-pages';
import { RUN_TIMEOUT_MS, requireTool, start } from './npm-start';

const tmp = mkdtempSync(join(tmpdir(), 'rekap-laporan-'));
const pdf = join(tmp, `laporan-${SAMPLE_PERIOD}.pdf`);
let pages: PdfPage[] = [];
let tableWords: string[] = [];
let docxText = '';

/** A word without the punctuation around it ("jagung," → "jagung"). */
const bare = (word: string) => word.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, '');

/** The paragraphs' text of a piece of the .docx's document.xml, one string per paragraph. */
const paragraphTexts = (xml: string) =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((paragraph) =>
    [...paragraph[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );

/** The words of every table in the .docx npm start wrote beside the PDF (the same Doc), letters only. */
function docxTableWords(xml: string): string[] {
  const words = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].flatMap((table) =>
    paragraphTexts(table[0]).flatMap((text) => text.split(/[\s\u00A0]+/).map(bare)),
  );
  return [...new Set(words.filter((w) => /^[A-Za-z]{6,}$/.test(w)))];
}

/** A word of `words` broken over two lines of a page: its head at the end of one line, its tail on the next, within
 * the same column (below, not right of the head). Each as "Peringata|n, page 3". */
function brokenWords(words: readonly string[]): string[] {
  return pages.flatMap((page, p) =>
    words.flatMap((word) => {
      for (let k = 2; k < word.length; k++) {
        const [head, tail] = [word.slice(0, k), word.slice(k)];
        const heads = page.words.filter((w) => bare(w.text) === head);
        const below = (h: PdfWord, t: PdfWord) =>
          bare(t.text) === tail &&
          t.yMin > h.yMin + 3 &&
          t.yMin < h.yMin + 30 &&
          t.xMax <= h.xMax + 5 &&
          t.xMin > h.xMin - 200;
        if (heads.some((h) => page.words.some((t) => below(h, t)))) return [`${head}|${tail}, page ${p + 1}`];
      }
      return [];
    }),
  );
}

const page = (i: number) => pages[i] as PdfPage;
const signaturePage = () => pages.findIndex((p) => p.text.includes(`NIP ${SAMPLE_SIGNATORY.nip}`));

beforeAll(() => {
  requireTool('pdftotext');
  const run = start('--out', tmp);
  if (run.status !== 0) throw new Error(`npm start failed (${run.status}): ${run.stderr}${run.stdout}`);
  pages = readPdfPages(pdf);
  const docx = join(tmp, `laporan-${SAMPLE_PERIOD}.docx`);
  const xml = execFileSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  tableWords = docxTableWords(xml);
  docxText = paragraphTexts(xml).join('\n');
  if (process.env.SCREENSHOT_DIR) {
    // npm run screenshots: the README's pictures of page 1 and the signature page come from this PDF.
    const picture = (at: number, name: string) =>
      execFileSync('pdftoppm', [
        '-r',
        '60',
        '-png',
        '-f',
        `${at}`,
        '-l',
        `${at}`,
        '-singlefile',
        pdf,
        screenshotPath(name),
      ]);
    picture(1, 'laporan-halaman-1');
    picture(signaturePage() + 1, 'laporan-tanda-tangan');
  }
}, RUN_TIMEOUT_MS);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the report PDF npm start writes, as a reader sees it', () => {
  it('page 1 opens with the kop surat (ministry, directorate general, office) above the Nomor and Yth. lines', () => {
    expect(page(0).text).toMatch(
      new RegExp(
        `^KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA DIREKTORAT JENDERAL PEMASYARAKATAN ${SAMPLE_OFFICE} Nomor`,
      ),
    );
    expect(page(0).text).toContain('Yth. Direktur Jenderal Pemasyarakatan');
    expect(page(1).text).not.toContain('KEMENTERIAN');
  });

  it('every page carries its number at its foot, centred', () => {
    expect(pages.length).toBeGreaterThan(10);
    const feet = pages.map((p) => [...p.words].sort((a, b) => b.yMin - a.yMin)[0]);
    expect(feet.map((w) => w?.text)).toEqual(pages.map((_, i) => String(i + 1)));
    feet.forEach((w, i) => {
      const middle = ((w?.xMin ?? 0) + (w?.xMax ?? 0)) / 2;
      expect(Math.abs(middle - page(i).width / 2)).toBeLessThan(15);
    });
  });

  it('the signature block (place and date, title, name, NIP) stands on one page, in its right half', () => {
    const at = signaturePage();
    expect(pages.filter((p) => p.text.includes(`NIP ${SAMPLE_SIGNATORY.nip}`))).toHaveLength(1);
    const signed = page(at);
    const lines = [
      `${SAMPLE_SIGNATORY.place}, 6 Februari 2026`,
      SAMPLE_SIGNATORY.title,
      SAMPLE_SIGNATORY.name,
      `NIP ${SAMPLE_SIGNATORY.nip}`,
    ];
    for (const line of lines) expect(signed.text).toContain(line);
    // Every word of those lines starts right of the page's middle (less a margin's worth for a wide title).
    const block = signed.words.slice(signed.words.findIndex((w) => w.text === `${SAMPLE_SIGNATORY.place},`));
    expect(block.length).toBeGreaterThanOrEqual(lines.join(' ').split(' ').length);
    for (const word of block) expect(word.xMin).toBeGreaterThan(signed.width / 2 - 20);
  });

  it('no word in any table is broken across lines', () => {
    expect(tableWords).toEqual(expect.arrayContaining(['Peringatan', 'Penerima', 'Kesalahan', 'Pasirpangaraian']));
    expect(brokenWords(tableWords)).toEqual([]);
    const printed = new Set(pages.flatMap((p) => p.words.map((w) => bare(w.text))));
    expect(tableWords.filter((w) => !printed.has(w))).toEqual([]);
  });

  it('no table row breaks across pages: every unit is named whole on one page as often as the Doc names it', () => {
    // An annex's header row ("Uraian | <UPT>") repeats on the page the annex continues on: those are left out.
    const count = (text: string, name: string) =>
      text.match(new RegExp(`(?<!Uraian\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g'))?.length ?? 0;
    const named = SAMPLE_UNITS.map((u) => [u.name, count(docxText, u.name)]);
    expect(named.every(([, n]) => Number(n) >= 3)).toBe(true);
    expect(SAMPLE_UNITS.map((u) => [u.name, pages.reduce((n, p) => n + count(p.text, u.name), 0)])).toEqual(named);
  });

  it('an annex that continues on the next page repeats its header row, naming the unit the figures are of', () => {
    const continued = SAMPLE_UNITS.flatMap((unit, i) => {
      const heading = `Lampiran ${i + 1}. ${unit.name}`;
      const from = pages.findIndex((p) => p.text.includes(heading));
      // Every annex ends with its budget absorption row: the page that row is on is the annex's last.
      const rest = pages.slice(from).map((p, k) => (k === 0 ? p.text.slice(p.text.indexOf(heading)) : p.text));
      const to = from + rest.findIndex((text) => text.includes('Penyerapan anggaran'));
      return to > from ? [{ unit, page: to }] : [];
    });
    expect(continued.length).toBeGreaterThan(0);
    for (const { unit, page: at } of continued) expect(page(at).text).toContain(`Uraian ${unit.name}`);
  });

  it('the per-UPT status table repeats its header row on every page it continues on', () => {
    const header = 'No UPT Status Dikirim pada Kesalahan Peringatan';
    const first = pages.findIndex((p) => p.text.includes('Kepatuhan pelaporan'));
    // The pages holding the table's rows: where each unit's name first appears from the section on (this table is
    // the report's first list of units; a row's other cells need not follow its name in reading order).
    const rowPages = SAMPLE_UNITS.map(
      (unit) => first + pages.slice(first).findIndex((p) => p.text.includes(unit.name)),
    );
    expect(rowPages.every((at) => at >= first)).toBe(true);
    const spanned = [...new Set(rowPages)];
    expect(spanned.length).toBeGreaterThanOrEqual(2);
    for (const at of spanned) expect(`page ${at + 1}: ${page(at).text}`).toContain(header);
  });
});
