// End to end on the built bundle: "Buat templat laporan", the office's edit of its template, "Buat laporan" from it,
// and the report's PDF read as a reader sees it (page text and word positions from poppler).

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EmuDocument, Emulator } from '../../emulator';
import { CONFIG_LABELS } from '../../src/core/config/config';
import { CONFIG_SHEET } from '../../src/core/config/sheet-names';
import type { ReportResult } from '../../src/shared/rpc';
import { type PdfPage, readPdfPages } from '../pdf-pages';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

function setting(s: SampleSheet, label: string): unknown {
  return valuesOf(s.emulator, CONFIG_SHEET).find((r) => r[0] === label)?.[1];
}

function setSetting(s: SampleSheet, label: string, value: string): void {
  const sheet = s.emulator.spreadsheet.sheetByNameUnrecorded(CONFIG_SHEET);
  const row = valuesOf(s.emulator, CONFIG_SHEET).findIndex((r) => r[0] === label);
  sheet?.getRange(row + 1, 2).setValue(value);
}

const docOf = (emulator: Emulator, url: string): EmuDocument => {
  const id = /\/d\/([\w-]+)/.exec(url)?.[1] ?? '';
  const doc = emulator.docs.byIdUnrecorded(id);
  if (!doc) throw new Error(`no document ${url}`);
  return doc;
};

describe('the office template, from the menu to the PDF', () => {
  const s = sampleSheet();
  s.bundle.run('setupUnitTabs');
  setSetting(s, CONFIG_LABELS.address, 'Jl. Jend. Sudirman No. 235, Pekanbaru 28116');
  s.bundle.run('createReportTemplate');
  const dialog = s.emulator.sheets.ui.dialogs.at(-1);
  const html = (dialog?.html as { getContent(): string } | undefined)?.getContent() ?? '';
  const templateUrl = /href="([^"]+)"[^>]*>Buka templat</.exec(html)?.[1] ?? '';
  const template = docOf(s.emulator, templateUrl);
  // The office adds page numbers once in Google Docs (Sisipkan → Nomor halaman), as the template's note asks.
  template.insertPageNumbersByHand();
  // The office edits its template in Google Docs: its own closing line.
  const closing = template.body.children.find(
    (c) => 'text' in c && c.text.raw.startsWith('Demikian laporan ini kami sampaikan'),
  );
  const office = 'Demikian laporan ini kami sampaikan untuk menjadi periksa.';
  if (closing && 'text' in closing)
    closing.text.setUnrecorded(
      office,
      Array.from(office, () => ({})),
    );
  const result = s.bundle.callFromSidebar(ADMIN, 'runReport') as ReportResult;
  const report = docOf(s.emulator, result.docUrl ?? '');
  const pdfFile = s.emulator.drive
    .allFiles()
    .find((f) => f.content.mimeType === 'application/pdf' && !f.trashed && result.pdfUrl?.includes(f.rawId));
  const dir = mkdtempSync(join(tmpdir(), 'laporan-pdf-'));
  writeFileSync(join(dir, 'laporan.pdf'), pdfFile?.content.getBlob().toBuffer() ?? Buffer.alloc(0));
  const pages = readPdfPages(join(dir, 'laporan.pdf'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the template from the menu, links it in Pengaturan and in the dialog', () => {
    expect(html).toContain('Templat laporan sudah dibuat');
    expect(setting(s, CONFIG_LABELS.template)).toBe(templateUrl);
    expect(template.body.getText()).toContain('{{bagian:ketahanan_pangan}}');
  });

  it('makes the report from a copy of the template, with the office text and no placeholder or tool name left', () => {
    expect(result.ok).toBe(true);
    expect(report.rawId).not.toBe(template.rawId);
    const text = report.body.getText();
    expect(text).toContain('Demikian laporan ini kami sampaikan untuk menjadi periksa.');
    expect(text).toContain('Jl. Jend. Sudirman No. 235, Pekanbaru 28116');
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).not.toContain('Rekap UPT');
    expect(template.body.getText()).toContain('{{tanda_tangan}}');
  });

  it('PDF page 1 opens with the letterhead: ministry, directorate general, office and address', () => {
    const first = pages[0]?.text ?? '';
    expect(first).toMatch(
      /^KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA DIREKTORAT JENDERAL PEMASYARAKATAN/,
    );
    expect(first).toContain('Jl. Jend. Sudirman No. 235, Pekanbaru 28116');
    expect(first).toContain('Yth. Direktur Jenderal Pemasyarakatan');
  });

  it('PDF signature block: on one page with the closing line, in the right half', () => {
    const signed = pages.filter((p) => p.text.includes('NIP 19700101 199003 1 001'));
    expect(signed).toHaveLength(1);
    const page = signed[0] as PdfPage;
    for (const line of ['Pekanbaru,', 'Kepala', 'Budi', 'untuk menjadi periksa.']) expect(page.text).toContain(line);
    const place = page.words.find((w) => w.text === 'Pekanbaru,');
    const nip = page.words.find((w) => w.text === 'NIP');
    expect(place?.xMin).toBeGreaterThan(page.width / 2 - 20);
    expect(nip?.xMin).toBeGreaterThan(page.width / 2 - 20);
  });

  it('PDF: every page carries its number at the foot, from the footer the office added to the template', () => {
    expect(pages.length).toBeGreaterThan(10);
    pages.forEach((page, i) => {
      const lowest = [...page.words].sort((a, b) => b.yMin - a.yMin)[0];
      expect(lowest?.text).toBe(String(i + 1));
    });
  });

  it('PDF tables: the status table repeats its header row on the next page; no word in any table is broken', () => {
    const withHeader = pages.filter((p) => /No UPT Status Dikirim pada Kesalahan Peringatan/.test(p.text));
    expect(withHeader.length).toBeGreaterThanOrEqual(2);
    const words = new Set(pages.flatMap((p) => p.words.map((w) => w.text)));
    // Every word of the report's tables long enough to break (as the Doc holds them) is whole on some line.
    const cells = report.body.children.flatMap((c) =>
      'rows' in c ? c.rows.flatMap((r) => r.cells.flatMap((cell) => cell.rawText.split(/[\s\u00A0]+/))) : [],
    );
    const long = [...new Set(cells.filter((w) => /^[A-Za-z]{8,}$/.test(w)))];
    expect(long).toEqual(expect.arrayContaining(['Peringatan', 'Penerima', 'Kesalahan']));
    expect(long.filter((w) => !words.has(w))).toEqual([]);
  });
});
