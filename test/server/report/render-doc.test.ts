// The renderer on the emulated Docs API and DocumentApp: headings, whole tables, real chart images, literal text, and
// a number of calls that does not grow with the report.

import { type EmuDocument, EmuParagraph, installEmulator } from '../../../emulator';
import { multipliedInput, sampleInput, tabOf, typeInto } from '../../../fixtures/sample/report-input';
import { SAMPLE_CONFIG } from '../../../fixtures/sample/workbook';
import { buildReportModel } from '../../../src/core/report/build-report-model';
import type { ReportBlock, ReportModel, ReportSection } from '../../../src/core/report/report-model';
import { textWidth } from '../../../src/core/report/table-layout';
import { headings, renderedDoc, tableCells, tables } from './document-parts';

const sampleModel = buildReportModel(sampleInput());

function render(model: ReportModel): { doc: EmuDocument; docsCalls: number } {
  const emulator = installEmulator();
  const first = emulator.ledger.count;
  const doc = renderedDoc(emulator, model);
  // Creating the document is the caller's call, not the renderer's.
  const docsCalls = emulator.ledger
    .all()
    .slice(first + 1)
    .filter((c) => c.kind === 'docs').length;
  return { doc, docsCalls };
}

function tableBlocks(model: ReportModel): Extract<ReportBlock, { kind: 'table' }>[] {
  return [...model.sections, ...model.annexes].flatMap((s) =>
    s.blocks.filter((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table'),
  );
}

function blockCount(model: ReportModel): number {
  return [...model.sections, ...model.annexes].reduce((n, s) => n + 1 + s.blocks.length, 0);
}

describe('the rendered sample report', () => {
  const { doc } = render(sampleModel);

  test('title, subtitle, one HEADING1 per section and the annex part, HEADING2 per sub-part and per unit', () => {
    const all = headings(doc);
    expect(all[0]).toEqual({ heading: 'TITLE', text: sampleModel.title });
    expect(all[1]).toEqual({ heading: 'SUBTITLE', text: sampleModel.subtitle });
    expect(all.filter((h) => h.heading === 'HEADING1').map((h) => h.text)).toEqual([
      ...sampleModel.sections.map((s) => s.heading),
      'Lampiran',
    ]);
    const level2 = all.filter((h) => h.heading === 'HEADING2').map((h) => h.text);
    expect(level2).toContain('4.2 Dapur sehat');
    expect(level2.filter((t) => t.startsWith('Lampiran '))).toHaveLength(18);
  });

  test('every table of the model is one Docs table with its header (if any) and all its rows, header in bold', () => {
    const model = tableBlocks(sampleModel);
    const rendered = tables(doc);
    expect(rendered).toHaveLength(model.length);
    rendered.forEach((table, i) => {
      const block = model[i];
      const header = block?.header.length ? [block.header] : [];
      // "Rp" is joined to its number by a non-breaking space; the text is otherwise the model's.
      const rows = (block?.rows ?? []).map((r) => r.map((t) => t.replace(/Rp /g, 'Rp\u00A0')));
      expect(tableCells(table)).toEqual([...header, ...rows]);
    });
    expect(rendered[0]?.rows[0]?.cells[0]?.paragraphs[0]?.text.isBold()).toBe(true);
  });

  test('a table with a header repeats it on every page; a label/value table has none to repeat', () => {
    const model = tableBlocks(sampleModel);
    tables(doc).forEach((table, i) => {
      expect(table.pinnedHeaderRows).toBe(model[i]?.header.length ? 1 : 0);
    });
  });

  test('figures sit flush right, "Rp" never ends a line alone, text columns stay flush left', () => {
    const status = tables(doc)[0];
    const alignments = status?.rows[1]?.cells.map((c) => c.paragraphs[0]?.alignment ?? 'LEFT');
    // No, UPT, Status, Dikirim pada, Kesalahan, Peringatan.
    expect(alignments).toEqual(['RIGHT', 'LEFT', 'LEFT', 'LEFT', 'RIGHT', 'RIGHT']);
    const money = tables(doc)
      .flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.rawText)))
      .filter((t) => t.includes('Rp'));
    expect(money.length).toBeGreaterThan(10);
    for (const text of money) expect(text).not.toMatch(/Rp /);
  });

  test('each column is at least as wide as its longest word at the size the table is set in, within the page', () => {
    for (const table of tables(doc)) {
      const columns = table.rows[0]?.cells.length ?? 0;
      const widths = Array.from({ length: columns }, (_, c) => table.columnWidths.get(c) ?? 0);
      expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(451);
      const size = table.rows[0]?.cells[0]?.paragraphs[0]?.text.runs()[0]?.style.fontSize ?? 11;
      // Arial's advances; 10 pt of cell padding. The sample's tables all fit at 9 pt or more.
      const needed = (c: number) =>
        Math.max(
          ...table.rows.flatMap((r, i) =>
            (r.cells[c]?.rawText ?? '')
              .split(/[ \n]+/)
              .map((w) => textWidth(w, size, i === 0 && table.pinnedHeaderRows > 0)),
          ),
        ) + 10;
      widths.forEach((w, c) => {
        expect(w).toBeGreaterThanOrEqual(Math.floor(needed(c)));
      });
    }
    const sizes = tables(doc).map((t) => t.rows[0]?.cells[0]?.paragraphs[0]?.text.runs()[0]?.style.fontSize ?? 11);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
  });

  test('both charts are real PNG images of the figures, scaled to the page width', () => {
    const images = doc.body.children
      .filter((c): c is EmuParagraph => c instanceof EmuParagraph)
      .flatMap((p) => p.inlines.filter((m) => m.type === 'INLINE_IMAGE'));
    expect(images).toHaveLength(2);
    for (const image of images) {
      if (image.type !== 'INLINE_IMAGE') continue;
      const png = image.blob.toBuffer();
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 450]);
      // A drawn chart (axes, bars, labels) compresses far worse than a blank or placeholder image.
      expect(png.length).toBeGreaterThan(15_000);
      expect(image.size.width).toBe(450);
    }
    const captions = doc.body.children
      .filter((c): c is EmuParagraph => c instanceof EmuParagraph)
      .filter((p) => p.text.raw.startsWith('Gambar '));
    expect(captions.map((p) => p.alignment)).toEqual(['CENTER', 'CENTER']);
  });

  test('the page is A4', () => {
    expect([doc.body.pageWidth, doc.body.pageHeight]).toEqual([595, 842]);
  });
});

describe('call budget', () => {
  /** One batch for the text, then for the document's two charts: open, body, and per chart its paragraph, image, width
   * and height, then save. */
  const SAMPLE_CALLS = 1 + 2 + 2 * 4 + 1;

  test('Docs calls stay the same however many cells its tables hold: one batch, four per chart', () => {
    const grow = <S extends ReportSection>(sections: readonly S[]): S[] =>
      sections.map((s) => ({
        ...s,
        blocks: s.blocks.map((b) => (b.kind === 'table' ? { ...b, rows: Array(10).fill(b.rows).flat() } : b)),
      }));
    const grown: ReportModel = {
      ...sampleModel,
      sections: grow(sampleModel.sections),
      annexes: grow(sampleModel.annexes),
    };
    expect(tableBlocks(grown).reduce((n, t) => n + t.rows.length, 0)).toBeGreaterThan(
      5 * tableBlocks(sampleModel).reduce((n, t) => n + t.rows.length, 0),
    );
    expect(render(sampleModel).docsCalls).toBe(SAMPLE_CALLS);
    expect(render(grown).docsCalls).toBe(SAMPLE_CALLS);
    expect(blockCount(sampleModel)).toBeGreaterThan(SAMPLE_CALLS);
  });

  test('nor with the number of units (their annexes travel in the same batch)', () => {
    expect(render(buildReportModel(multipliedInput(2))).docsCalls).toBe(SAMPLE_CALLS);
    expect(render(buildReportModel(multipliedInput(8))).docsCalls).toBe(SAMPLE_CALLS);
  });
});

describe('unit text in the Doc', () => {
  test('HTML, formulas and URLs typed by a unit stay literal text, with no link or formatting', () => {
    const html = '<b>tebal</b><script>alert(1)</script>';
    const model = buildReportModel(
      sampleInput((tabs) => {
        typeInto(tabOf(tabs, 'LP-PKU'), 'layanan.dapur_sehat_catatan', html);
        typeInto(tabOf(tabs, 'LP-PKU'), 'pangan.pertanian.komoditas', '=IMPORTXML("https://contoh.invalid")');
        return tabs;
      }),
    );
    const { doc } = render(model);
    const cells = tables(doc).flatMap((t) => t.rows.flatMap((r) => r.cells));
    expect(cells.some((c) => c.rawText === html)).toBe(true);
    expect(cells.some((c) => c.rawText.includes('=IMPORTXML("https://contoh.invalid")'))).toBe(true);
    const runs = cells.flatMap((c) => c.paragraphs.flatMap((p) => p.text.runs()));
    expect(runs.filter((r) => r.style.linkUrl)).toEqual([]);
  });
});

describe('signature block', () => {
  test('the signatory closes the report in the right half, name bold, every line kept with the next', () => {
    const model = buildReportModel(
      sampleInput(undefined, {
        ...SAMPLE_CONFIG,
        signatory: {
          place: 'Pekanbaru',
          title: 'Kepala Kantor Wilayah',
          name: 'Nama Pejabat',
          nip: '197001011990031001',
        },
      }),
    );
    const { doc } = render(model);
    const paragraphs = doc.body.children.filter((c): c is EmuParagraph => c instanceof EmuParagraph);
    const first = paragraphs.findIndex((p) => p.text.raw === 'Pekanbaru, 7 Februari 2026');
    const block = paragraphs.slice(first, first + 7);
    expect(block.map((p) => p.text.raw)).toEqual([
      'Pekanbaru, 7 Februari 2026',
      'Kepala Kantor Wilayah,',
      '',
      '',
      '',
      'Nama Pejabat',
      'NIP 19700101 199003 1 001',
    ]);
    // The right half of the 451 pt text width.
    for (const p of block) expect(p.indentStart).toBeGreaterThanOrEqual(451 / 2);
    expect(block[5]?.text.isBold()).toBe(true);
    expect(block[5]?.text.runs()[0]?.style.underline).toBe(true);
    // Place and date to name stay with the NIP, and the last line before the block stays with it.
    expect(block.map((p) => p.keepWithNext)).toEqual([true, true, true, true, true, true, false]);
    expect(paragraphs[first - 1]?.keepWithNext).toBe(true);
  });
});
