// The office's template: "Buat templat laporan" writes the built-in layout with its placeholders and notes; "Buat
// laporan" checks the template named in Pengaturan, copies it and fills the copy, keeping the office's own text.

import { type EmuDocument, type Emulator, EmuParagraph, EmuTable, installEmulator } from '../../../emulator';
import { sampleInput } from '../../../fixtures/sample/report-input';
import { SAMPLE_CONFIG } from '../../../fixtures/sample/workbook';
import { scanTemplate } from '../../../src/core/report/placeholders';
import type { Config } from '../../../src/core/schema/types';
import { createReport, documentUrl } from '../../../src/server/report/create-report';
import { createTemplate } from '../../../src/server/report/template-doc';
import { UserError } from '../../../src/server/runtime/user-error';

const input = sampleInput();

function run(emulator: Emulator, config: Config) {
  return createReport({
    ...input,
    config,
    spreadsheet: emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
  });
}

const texts = (doc: EmuDocument) =>
  doc.body.children.filter((c): c is EmuParagraph => c instanceof EmuParagraph).map((p) => p.text.raw);

/** A new template in a folder of the add-on's own, as "Buat templat laporan" makes it. */
function newTemplate(emulator: Emulator): EmuDocument {
  const folder = Drive?.Files?.create({ name: 'Laporan Rekap UPT', mimeType: 'application/vnd.google-apps.folder' });
  const id = createTemplate('Templat Laporan Kanwil Ditjenpas Riau', folder?.id ?? '');
  const doc = emulator.docs.byIdUnrecorded(id);
  if (!doc) throw new Error('no template');
  return doc;
}

/** The office edits its template in Google Docs (here through DocumentApp, then saved). */
function edit(doc: EmuDocument, change: (body: GoogleAppsScript.Document.Body) => void): void {
  const opened = DocumentApp.openById(doc.rawId);
  change(opened.getBody());
  opened.saveAndClose();
}

function paragraphIndex(body: GoogleAppsScript.Document.Body, text: string): number {
  for (let i = 0; i < body.getNumChildren(); i++) {
    const child = body.getChild(i);
    if (child.getType() === DocumentApp.ElementType.PARAGRAPH && child.asParagraph().getText() === text) return i;
  }
  throw new Error(`no paragraph "${text}"`);
}

describe('Buat templat laporan', () => {
  test('writes the letterhead, number and addressee, every section, signature and annexes as placeholders, on A4', () => {
    const emulator = installEmulator();
    const doc = newTemplate(emulator);
    const lines = texts(doc);
    expect(lines).toEqual(
      expect.arrayContaining([
        'KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA',
        'DIREKTORAT JENDERAL PEMASYARAKATAN',
        '{{kantor}}',
        '{{alamat}}',
        'Yth. Direktur Jenderal Pemasyarakatan',
        '{{judul}}',
        '{{bagian:ringkasan}}',
        '{{bagian:ketahanan_pangan}}',
        '{{bagian:validasi}}',
        '{{tanda_tangan}}',
        '{{lampiran}}',
      ]),
    );
    expect([doc.body.pageWidth, doc.body.pageHeight]).toEqual([595, 842]);
    // The notes say, in the template itself, how to add page numbers: no add-on call inserts them.
    expect(lines.some((l) => l.startsWith('{{petunjuk}}') && l.includes('Sisipkan → Nomor halaman'))).toBe(true);
    expect(scanTemplate(lines.map((text) => ({ text, inTable: false }))).problems).toEqual([]);
    // The letterhead's last line carries the rule under it.
    const address = doc.body.children.find((c) => c instanceof EmuParagraph && c.text.raw === '{{alamat}}');
    expect((address as EmuParagraph).borderBottom).toBeGreaterThan(0);
  });
});

describe('Buat laporan from the office template', () => {
  test("a copy is filled: fields replaced, sections where the office put them, the office's own text kept, notes gone", () => {
    const emulator = installEmulator();
    const template = newTemplate(emulator);
    edit(template, (body) => {
      // The office drops one section, adds a sentence of its own and rewords the closing line.
      body.getChild(paragraphIndex(body, '{{bagian:pembinaan}}')).removeFromParent();
      body.insertParagraph(
        paragraphIndex(body, '{{bagian:manajemen}}'),
        'Catatan Kepala Kanwil untuk periode {{periode}}.',
      );
      body
        .getChild(
          paragraphIndex(body, 'Demikian laporan ini kami sampaikan. Atas perhatian Bapak, kami ucapkan terima kasih.'),
        )
        .asParagraph()
        .setText('Demikian kami laporkan.');
    });
    const before = template.body.getText();
    const result = run(emulator, {
      ...SAMPLE_CONFIG,
      reportTemplate: documentUrl(template.rawId),
      officeAddress: 'Jl. Jend. Sudirman No. 1, Pekanbaru',
    });
    expect(result.docId).not.toBe(template.rawId);
    expect(template.body.getText()).toBe(before);
    const report = emulator.docs.byIdUnrecorded(result.docId) as EmuDocument;
    const lines = texts(report);
    expect(lines).toContain('Catatan Kepala Kanwil untuk periode Februari 2026.');
    expect(lines).toContain('Kanwil Ditjenpas Riau');
    expect(lines).toContain('Jl. Jend. Sudirman No. 1, Pekanbaru');
    expect(lines).toContain('Demikian kami laporkan.');
    expect(lines).toContain('1. Ringkasan');
    expect(lines).not.toContain('4. Pembinaan kepribadian dan kemandirian');
    expect(lines.filter((l) => /^\d\. /.test(l)).map((l) => l.slice(0, 2))).toEqual(['1.', '2.', '3.', '5.', '6.']);
    expect(report.body.getText()).not.toMatch(/\{\{|\}\}/);
    // The sentence sits between the sections as the office placed it.
    expect(lines.indexOf('Catatan Kepala Kanwil untuk periode Februari 2026.')).toBeLessThan(
      lines.indexOf('5. Dukungan manajemen'),
    );
    expect(lines.indexOf('Catatan Kepala Kanwil untuk periode Februari 2026.')).toBeGreaterThan(
      lines.indexOf('3.2 Per UPT'),
    );
    // Both charts sit in their own paragraphs, right before their captions.
    const children = report.body.children;
    for (const caption of ['Gambar 1.', 'Gambar 2.']) {
      const at = children.findIndex((c) => c instanceof EmuParagraph && c.text.raw.startsWith(caption));
      const figure = children[at - 1] as EmuParagraph;
      expect(figure.inlines.map((m) => m.type)).toEqual(['INLINE_IMAGE']);
    }
    // The closing line stays with the signature block; tables repeat their header rows.
    const closing = children.find(
      (c) => c instanceof EmuParagraph && c.text.raw === 'Demikian kami laporkan.',
    ) as EmuParagraph;
    expect(closing.keepWithNext).toBe(true);
    expect(children.filter((c): c is EmuTable => c instanceof EmuTable).some((t) => t.pinnedHeaderRows === 1)).toBe(
      true,
    );
  });

  test('fields the office typed in the header and footer are filled in the copy; the page number stays', () => {
    const emulator = installEmulator();
    const template = newTemplate(emulator);
    // In Google Docs: a header line with the office and period, a footer line before the page number.
    template.typeInHeaderByHand('{{kantor}} — Laporan {{ Periode }}');
    template.typeInFooterByHand('Laporan periode {{periode}} — halaman ');
    template.insertPageNumbersByHand();
    const result = run(emulator, { ...SAMPLE_CONFIG, reportTemplate: template.rawId });
    const report = emulator.docs.byIdUnrecorded(result.docId) as EmuDocument;
    expect(report.header).toEqual([{ text: 'Kanwil Ditjenpas Riau — Laporan Februari 2026', pageNumber: false }]);
    expect(report.footer).toEqual([
      { text: 'Laporan periode Februari 2026 — halaman ', pageNumber: false },
      { text: '', pageNumber: true },
    ]);
    // The template keeps its placeholders for next month.
    expect(template.header).toEqual([{ text: '{{kantor}} — Laporan {{ Periode }}', pageNumber: false }]);
  });

  test('a block or an unknown placeholder in the header is named before anything is copied', () => {
    const emulator = installEmulator();
    const template = newTemplate(emulator);
    template.typeInHeaderByHand('{{tanda_tangan}}');
    template.typeInFooterByHand('{{halaman}}');
    const files = emulator.drive.allFiles().length;
    expect(() => run(emulator, { ...SAMPLE_CONFIG, reportTemplate: template.rawId })).toThrow(
      /\{\{halaman\}\}[\s\S]*\{\{tanda_tangan\}\} berada di header atau footer/,
    );
    expect(emulator.drive.allFiles().length).toBe(files);
  });

  test('an unknown placeholder is named before anything is copied or created', () => {
    const emulator = installEmulator();
    const template = newTemplate(emulator);
    edit(template, (body) => {
      body.appendParagraph('{{bagian:pangan}}');
      body.appendParagraph('Periode: {{periode}} / {{priode}}');
    });
    const files = emulator.drive.allFiles().length;
    const error = (() => {
      try {
        run(emulator, { ...SAMPLE_CONFIG, reportTemplate: template.rawId });
      } catch (e) {
        return e as Error;
      }
      throw new Error('no error');
    })();
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('{{bagian:pangan}}, {{priode}}');
    expect(error.message).toContain('{{bagian:ketahanan_pangan}}');
    expect(emulator.drive.allFiles().length).toBe(files);
  });

  test('a template the add-on did not create (drive.file) gets a message saying how to make one it can use', () => {
    const emulator = installEmulator();
    const theirs = emulator.docs.createUnrecorded('Templat buatan kantor', 'user');
    const files = emulator.drive.allFiles().length;
    expect(() => run(emulator, { ...SAMPLE_CONFIG, reportTemplate: documentUrl(theirs.rawId) })).toThrow(
      /tidak dapat dibuka oleh add-on.*"Buat templat laporan"/,
    );
    expect(emulator.drive.allFiles().length).toBe(files);
  });

  test('text that is not a Doc link or id is refused with an example of one', () => {
    const emulator = installEmulator();
    expect(() => run(emulator, { ...SAMPLE_CONFIG, reportTemplate: 'templat kanwil' })).toThrow(
      /bukan tautan atau ID Google Dokumen.*docs\.google\.com\/document\/d\//,
    );
  });
});
