// Contract tests: the Docs advanced service (Docs API v1) documents.create, get and batchUpdate, indexes in UTF-16 code
// units, and the batch's atomicity.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocsApi, type DocsRequest } from '../document/docs-api';
import { DocumentService, type EmuDocument } from '../document/document';
import { EmuListItem, type EmuParagraph, EmuTable } from '../document/elements';
import { DriveService } from '../drive';
import { Runtime } from '../runtime';

const REQUEST = 'https://developers.google.com/docs/api/reference/rest/v1/documents/request';
const STRUCTURE = 'https://developers.google.com/docs/api/concepts/structure';
const TABLES = 'https://developers.google.com/docs/api/how-tos/tables';
const BATCH = 'https://developers.google.com/docs/api/how-tos/batch';

function setup() {
  const runtime = new Runtime();
  const docs = new DocumentService(runtime, new DriveService(runtime));
  const api = createDocsApi(docs);
  const { documentId } = api.Documents.create({ title: 'Laporan Rekap UPT - Februari 2026' });
  const doc = docs.byIdUnrecorded(documentId) as EmuDocument;
  const send = (requests: DocsRequest[]) => api.Documents.batchUpdate({ requests }, documentId);
  const content = () => api.Documents.get(documentId).body.content as Record<string, unknown>[];
  return { runtime, docs, api, documentId, doc, send, content };
}

const paragraphs = (doc: EmuDocument) =>
  doc.body.children.map((c) => (c instanceof EmuTable ? '[tabel]' : `${c.heading}:${c.text.raw}`));

describe(`documents.create and the body's indexes (${STRUCTURE})`, () => {
  test('a new document is a section break at 0 and one empty paragraph [1, 2); its creation is one Docs call', () => {
    const { runtime, content, doc } = setup();
    expect(runtime.ledger.all().map((c) => [c.method, c.kind])).toEqual([['Documents.create', 'docs']]);
    expect(content().map((e) => [e.startIndex, e.endIndex])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(doc.name).toBe('Laporan Rekap UPT - Februari 2026');
  });
});

describe(`insertText, paragraph and text styles (${REQUEST}#inserttextrequest, #updatetextstylerequest)`, () => {
  test('newlines make paragraphs; an emoji is two UTF-16 code units, so styling [1, 3) bolds exactly it', () => {
    const { send, doc, content } = setup();
    send([
      { insertText: { location: { index: 1 }, text: '🌾 Pangan\nPembinaan' } },
      { updateTextStyle: { range: { startIndex: 1, endIndex: 3 }, textStyle: { bold: true }, fields: 'bold' } },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 10 },
          paragraphStyle: { namedStyleType: 'HEADING_1', alignment: 'CENTER' },
          fields: 'namedStyleType,alignment',
        },
      },
    ]);
    expect(paragraphs(doc)).toEqual(['HEADING1:🌾 Pangan', 'NORMAL:Pembinaan']);
    const first = doc.body.children[0] as EmuParagraph;
    expect([0, 1, 2].map((k) => first.text.isBold(k) === true)).toEqual([true, true, false]);
    expect(first.alignment).toBe('CENTER');
    // "🌾 Pangan\n" is 10 code units: [1, 11); "Pembinaan\n" [11, 21).
    expect(content().map((e) => [e.startIndex, e.endIndex])).toEqual([
      [0, 1],
      [1, 11],
      [11, 21],
    ]);
  });

  test(`endOfSegmentLocation appends before the body's last newline; bullets make list items (${REQUEST}#createparagraphbulletsrequest)`, () => {
    const { send, doc } = setup();
    send([
      { insertText: { endOfSegmentLocation: {}, text: 'Daftar' } },
      { insertText: { endOfSegmentLocation: {}, text: '\nsatu\ndua' } },
      { createParagraphBullets: { range: { startIndex: 8, endIndex: 16 }, bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' } },
    ]);
    expect(paragraphs(doc)).toEqual(['NORMAL:Daftar', 'NORMAL:satu', 'NORMAL:dua']);
    expect(doc.body.children.map((c) => c instanceof EmuListItem)).toEqual([false, true, true]);
  });
});

describe(`tables (${TABLES}, ${REQUEST}#inserttablerequest)`, () => {
  test('a table goes after a newline inserted before it, so it starts at the location + 1; an empty 2×2 table spans 12', () => {
    const { send, doc, content } = setup();
    send([
      { insertText: { location: { index: 1 }, text: 'Kepatuhan' } },
      { insertTable: { location: { index: 10 }, rows: 2, columns: 2 } },
    ]);
    expect(paragraphs(doc)).toEqual(['NORMAL:Kepatuhan', '[tabel]', 'NORMAL:']);
    const table = content()[2] as {
      startIndex: number;
      endIndex: number;
      table: { tableRows: { tableCells: { content: { startIndex: number }[] }[] }[] };
    };
    expect([table.startIndex, table.endIndex]).toEqual([11, 23]);
    // The documented offsets: cell (0,0) paragraph at S + 3, (0,1) at S + 5, (1,0) at S + 8, (1,1) at S + 10.
    expect(table.table.tableRows.flatMap((r) => r.tableCells.map((c) => c.content[0]?.startIndex))).toEqual([
      14, 16, 19, 21,
    ]);
  });

  test(`cells filled last first keep every index valid; widths in points; borders of the whole table (${REQUEST}#updatetablecolumnpropertiesrequest, #updatetablecellstylerequest)`, () => {
    const { send, doc } = setup();
    const zero = { width: { magnitude: 0, unit: 'PT' as const }, dashStyle: 'SOLID' };
    send([
      { insertTable: { location: { index: 1 }, rows: 2, columns: 2 } },
      { insertText: { location: { index: 12 }, text: 'Lapas' } },
      { insertText: { location: { index: 10 }, text: '102.772' } },
      { insertText: { location: { index: 7 }, text: 'Luas' } },
      { insertText: { location: { index: 5 }, text: 'UPT' } },
      {
        updateTableColumnProperties: {
          tableStartLocation: { index: 2 },
          columnIndices: [1],
          tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 90, unit: 'PT' } },
          fields: 'widthType,width',
        },
      },
      {
        updateTableCellStyle: {
          tableStartLocation: { index: 2 },
          tableCellStyle: { borderLeft: zero, borderRight: zero, borderTop: zero, borderBottom: zero },
          fields: 'borderLeft,borderRight,borderTop,borderBottom',
        },
      },
    ]);
    const table = doc.body.children[1] as EmuTable;
    expect(table.rows.map((r) => r.cells.map((c) => c.rawText))).toEqual([
      ['UPT', 'Luas'],
      ['102.772', 'Lapas'],
    ]);
    expect([table.columnWidths.get(1), table.borderWidth]).toEqual([90, 0]);
  });
});

test('text typed before a table moves the table and its cells on by its length, in the same batch', () => {
  const { send, doc } = setup();
  send([
    { insertTable: { location: { index: 1 }, rows: 1, columns: 2 } },
    { insertText: { location: { index: 1 }, text: 'Rekap' } },
    // The table started at 2; five characters before it, it starts at 7 and its first cell's paragraph at 10.
    { insertText: { location: { index: 10 }, text: 'UPT' } },
    { updateTextStyle: { range: { startIndex: 10, endIndex: 13 }, textStyle: { bold: true }, fields: 'bold' } },
    {
      updateTableColumnProperties: {
        tableStartLocation: { index: 7 },
        columnIndices: [0],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 80, unit: 'PT' } },
        fields: 'widthType,width',
      },
    },
  ]);
  const table = doc.body.children[1] as EmuTable;
  expect((doc.body.children[0] as EmuParagraph).text.raw).toBe('Rekap');
  expect(table.rows.map((r) => r.cells.map((c) => c.rawText))).toEqual([['UPT', '']]);
  const cell = table.rows[0]?.cells[0]?.paragraphs[0] as EmuParagraph;
  expect([0, 1, 2].map((k) => cell.text.isBold(k) === true)).toEqual([true, true, true]);
  expect(table.columnWidths.get(0)).toBe(80);
  expect(() => send([{ pinTableHeaderRows: { tableStartLocation: { index: 2 }, pinnedHeaderRowsCount: 1 } }])).toThrow(
    /No table starts at index 2/,
  );
});
describe(`page breaks and page size (${REQUEST}#insertpagebreakrequest, #updatedocumentstylerequest)`, () => {
  test('a page break and a newline at the location; the page size in points', () => {
    const { send, doc } = setup();
    send([
      { insertText: { location: { index: 1 }, text: 'Isi\n' } },
      { insertPageBreak: { location: { index: 5 } } },
      { insertText: { endOfSegmentLocation: {}, text: 'Lampiran' } },
      {
        updateDocumentStyle: {
          documentStyle: {
            pageSize: { width: { magnitude: 595, unit: 'PT' }, height: { magnitude: 842, unit: 'PT' } },
          },
          fields: 'pageSize',
        },
      },
    ]);
    expect(paragraphs(doc)).toEqual(['NORMAL:Isi', 'NORMAL:', 'NORMAL:Lampiran']);
    expect((doc.body.children[1] as EmuParagraph).inlines.map((m) => m.type)).toEqual(['PAGE_BREAK']);
    expect([doc.body.pageWidth, doc.body.pageHeight]).toEqual([595, 842]);
  });
});

const DOCUMENT = 'https://developers.google.com/docs/api/reference/rest/v1/documents';
const RESPONSE = 'https://developers.google.com/docs/api/reference/rest/v1/documents/response';

describe(`pinned header rows (${REQUEST}#pintableheaderrowsrequest, ${DOCUMENT}#tablerowstyle)`, () => {
  test('the pinned rows are table headers in documents.get; 0 unpins them; more rows than the table has is refused', () => {
    const { send, content, doc } = setup();
    send([{ insertTable: { location: { index: 1 }, rows: 3, columns: 1 } }]);
    send([{ pinTableHeaderRows: { tableStartLocation: { index: 2 }, pinnedHeaderRowsCount: 1 } }]);
    const rowStyles = () =>
      ((content()[2] as { table: { tableRows: { tableRowStyle: unknown }[] } }).table.tableRows ?? []).map(
        (r) => r.tableRowStyle,
      );
    expect(rowStyles()).toEqual([{ tableHeader: true }, {}, {}]);
    expect((doc.body.children[1] as EmuTable).pinnedHeaderRows).toBe(1);
    send([{ pinTableHeaderRows: { tableStartLocation: { index: 2 }, pinnedHeaderRowsCount: 0 } }]);
    expect(rowStyles()).toEqual([{}, {}, {}]);
    expect(() =>
      send([{ pinTableHeaderRows: { tableStartLocation: { index: 2 }, pinnedHeaderRowsCount: 4 } }]),
    ).toThrow(/pinTableHeaderRows/);
  });
});

describe(`a row kept on one page (${REQUEST}#updatetablerowstylerequest, ${DOCUMENT}#tablerowstyle: preventOverflow)`, () => {
  test('set on every row when no index is given, on the rows given otherwise; read back; cleared without a value', () => {
    const { send, content, doc } = setup();
    send([{ insertTable: { location: { index: 1 }, rows: 3, columns: 1 } }]);
    const rowStyles = () =>
      ((content()[2] as { table: { tableRows: { tableRowStyle: unknown }[] } }).table.tableRows ?? []).map(
        (r) => r.tableRowStyle,
      );
    const style = (preventOverflow: boolean | undefined, rowIndices?: number[]) =>
      send([
        {
          updateTableRowStyle: {
            tableStartLocation: { index: 2 },
            rowIndices,
            tableRowStyle: preventOverflow === undefined ? {} : { preventOverflow },
            fields: 'preventOverflow',
          },
        },
      ]);
    style(true);
    expect(rowStyles()).toEqual([{ preventOverflow: true }, { preventOverflow: true }, { preventOverflow: true }]);
    expect((doc.body.children[1] as EmuTable).rows.map((r) => r.preventOverflow)).toEqual([true, true, true]);
    style(undefined, [0, 2]);
    expect(rowStyles()).toEqual([{}, { preventOverflow: true }, {}]);
    expect(() => style(true, [3])).toThrow(/updateTableRowStyle/);
  });

  // Docs' default lets a row break across pages; a row with preventOverflow moves whole to the next page.
  test('the PDF breaks a tall row across pages by default, never one whose preventOverflow is set', () => {
    const words = Array.from({ length: 70 }, (_, i) => `kata${i}`).join(' ');
    const rows = Array.from({ length: 24 }, (_, i) => [`awal${i} ${words} akhir${i}`]);
    const split = (keep: boolean): number[] => {
      const { doc } = setup();
      const table = doc.body.appendTable(rows);
      for (const row of table.rows) row.preventOverflow = keep;
      const dir = mkdtempSync(join(tmpdir(), 'emu-row-'));
      try {
        const pdf = join(dir, 'doc.pdf');
        writeFileSync(pdf, doc.blobUnrecorded().toBuffer());
        const pages = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).split('\f');
        const pageOf = (word: string) => pages.findIndex((p) => new RegExp(`\\b${word}\\b`).test(p));
        return rows.flatMap((_, i) => (pageOf(`awal${i}`) === pageOf(`akhir${i}`) ? [] : [i]));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    expect(split(false).length).toBeGreaterThan(0);
    expect(split(true)).toEqual([]);
  });
});

describe(`indent, keep with next, keep lines together, font size (${DOCUMENT}#paragraphstyle, #textstyle)`, () => {
  test('set by fields, read back in documents.get, cleared when the field is sent without a value', () => {
    const { send, content, doc } = setup();
    send([
      { insertText: { location: { index: 1 }, text: 'Pekanbaru, 6 Februari 2026\nNIP' } },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 28 },
          paragraphStyle: { indentStart: { magnitude: 255, unit: 'PT' }, keepWithNext: true, keepLinesTogether: true },
          fields: 'indentStart,keepWithNext,keepLinesTogether',
        },
      },
      {
        updateTextStyle: {
          range: { startIndex: 28, endIndex: 31 },
          textStyle: { fontSize: { magnitude: 9, unit: 'PT' } },
          fields: 'fontSize',
        },
      },
    ]);
    const style = (i: number) => (content()[i] as { paragraph: { paragraphStyle: unknown } }).paragraph.paragraphStyle;
    expect(style(1)).toEqual({
      namedStyleType: 'NORMAL_TEXT',
      indentStart: { magnitude: 255, unit: 'PT' },
      keepWithNext: true,
      keepLinesTogether: true,
    });
    expect(style(2)).toEqual({ namedStyleType: 'NORMAL_TEXT' });
    expect((doc.body.children[1] as EmuParagraph).text.runs()[0]?.style.fontSize).toBe(9);
    send([
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 28 },
          paragraphStyle: {},
          fields: 'indentStart,keepWithNext',
        },
      },
    ]);
    expect(style(1)).toEqual({ namedStyleType: 'NORMAL_TEXT', keepLinesTogether: true });
  });
});

describe(`replaceAllText and deleteContentRange (${REQUEST}#replacealltextrequest, #deletecontentrangerequest, ${RESPONSE}#replacealltextresponse)`, () => {
  test('every match in the body and its tables is replaced, case-insensitively unless matchCase; the reply counts them', () => {
    const { send, doc } = setup();
    send([{ insertText: { location: { index: 1 }, text: 'Periode {{periode}}\n{{PERIODE}}' } }]);
    send([{ insertTable: { location: { index: 32 }, rows: 1, columns: 1 } }]);
    send([{ insertText: { location: { index: 36 }, text: '{{periode}}' } }]);
    const replies = send([
      { replaceAllText: { containsText: { text: '{{periode}}', matchCase: true }, replaceText: 'Februari 2026' } },
      { replaceAllText: { containsText: { text: '{{periode}}' }, replaceText: 'Maret 2026' } },
    ]).replies;
    // ReplaceAllTextResponse: "The number of occurrences changed by replacing all text." (see RESPONSE)
    expect(replies).toEqual([
      { replaceAllText: { occurrencesChanged: 2 } },
      { replaceAllText: { occurrencesChanged: 1 } },
    ]);
    expect(paragraphs(doc)).toEqual(['NORMAL:Periode Februari 2026', 'NORMAL:Maret 2026', '[tabel]', 'NORMAL:']);
    expect((doc.body.children[2] as EmuTable).rows[0]?.cells[0]?.rawText).toBe('Februari 2026');
  });

  test('whole paragraphs go with their newlines; not the last one, nor one right before a table', () => {
    const { send, doc } = setup();
    send([{ insertText: { location: { index: 1 }, text: 'Petunjuk\nJudul\nAkhir' } }]);
    send([{ deleteContentRange: { range: { startIndex: 1, endIndex: 10 } } }]);
    expect(paragraphs(doc)).toEqual(['NORMAL:Judul', 'NORMAL:Akhir']);
    expect(() => send([{ deleteContentRange: { range: { startIndex: 7, endIndex: 13 } } }])).toThrow(/last newline/);
    send([{ insertTable: { location: { index: 12 }, rows: 1, columns: 1 } }]);
    // Judul [1, 7), Akhir [7, 13), the table from 13.
    expect(() => send([{ deleteContentRange: { range: { startIndex: 7, endIndex: 13 } } }])).toThrow(/before a table/);
  });

  test('a deleted range leaves the rest of its paragraph', () => {
    const { send, doc } = setup();
    send([{ insertText: { location: { index: 1 }, text: 'Bab {{bagian:ringkasan}} akhir' } }]);
    send([{ deleteContentRange: { range: { startIndex: 5, endIndex: 25 } } }]);
    expect(paragraphs(doc)).toEqual(['NORMAL:Bab  akhir']);
  });
});

describe(`replaceAllText reaches the header and footer (${REQUEST}#replacealltextrequest: "all instances" in the tab; ${DOCUMENT}#documenttab: a tab holds its body, headers and footers)`, () => {
  test('a field typed in the header and footer is replaced there too and counted; the page number stays; documents.get shows the text', () => {
    const { send, api, documentId, doc } = setup();
    send([{ insertText: { location: { index: 1 }, text: 'Isi {{periode}}' } }]);
    doc.typeInHeaderByHand('{{kantor}} — Laporan {{periode}}');
    doc.typeInFooterByHand('Periode {{PERIODE}} — halaman ');
    doc.insertPageNumbersByHand();
    const replies = send([
      { replaceAllText: { containsText: { text: '{{periode}}' }, replaceText: 'Februari 2026' } },
      { replaceAllText: { containsText: { text: '{{kantor}}', matchCase: true }, replaceText: 'Kanwil Riau' } },
    ]).replies;
    expect(replies).toEqual([
      { replaceAllText: { occurrencesChanged: 3 } },
      { replaceAllText: { occurrencesChanged: 1 } },
    ]);
    expect(doc.header).toEqual([{ text: 'Kanwil Riau — Laporan Februari 2026', pageNumber: false }]);
    expect(doc.footer).toEqual([
      { text: 'Periode Februari 2026 — halaman ', pageNumber: false },
      { text: '', pageNumber: true },
    ]);
    const got = api.Documents.get(documentId) as unknown as {
      documentStyle: { defaultHeaderId: string };
      headers: Record<string, { content: { paragraph: { elements: { textRun?: { content: string } }[] } }[] }>;
    };
    const header = got.headers[got.documentStyle.defaultHeaderId];
    expect(header?.content[0]?.paragraph.elements[0]?.textRun?.content).toBe('Kanwil Riau — Laporan Februari 2026');
  });

  test('a batch with an invalid request leaves the header as it was', () => {
    const { send, doc } = setup();
    doc.typeInHeaderByHand('{{periode}}');
    expect(() =>
      send([
        { replaceAllText: { containsText: { text: '{{periode}}' }, replaceText: 'Februari 2026' } },
        { replaceAllText: { containsText: { text: '' }, replaceText: 'x' } },
      ]),
    ).toThrow();
    expect(doc.header).toEqual([{ text: '{{periode}}', pageNumber: false }]);
  });
});

describe(`page numbers: auto text a person inserts in Docs, which no request can (${DOCUMENT}#autotext)`, () => {
  test('documents.get shows a PAGE_NUMBER auto text in the default footer; the PDF prints each page its number', () => {
    const { send, api, documentId, doc } = setup();
    send([{ insertText: { location: { index: 1 }, text: 'Satu\nDua\nTiga' } }]);
    send([{ insertPageBreak: { location: { index: 5 } } }]);
    send([{ insertPageBreak: { location: { index: 11 } } }]);
    doc.insertPageNumbersByHand();
    const got = api.Documents.get(documentId) as unknown as {
      documentStyle: { defaultFooterId: string };
      footers: Record<string, { content: { paragraph: { elements: Record<string, unknown>[] } }[] }>;
    };
    const footer = got.footers[got.documentStyle.defaultFooterId];
    expect(footer?.content[0]?.paragraph.elements[0]).toMatchObject({ autoText: { type: 'PAGE_NUMBER' } });
    const dir = mkdtempSync(join(tmpdir(), 'emu-page-numbers-'));
    try {
      const pdf = join(dir, 'doc.pdf');
      writeFileSync(pdf, doc.blobUnrecorded().toBuffer());
      const lastLine = (page: number) =>
        execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' })
          .trim()
          .split('\n')
          .at(-1);
      expect([1, 2, 3].map(lastLine)).toEqual(['1', '2', '3']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe(`a batch is one call, all or nothing (${BATCH})`, () => {
  test('many requests are one Docs call; an invalid one applies none of them', () => {
    const { runtime, send, doc } = setup();
    send([{ insertText: { location: { index: 1 }, text: 'Ringkasan' } }]);
    runtime.ledger.reset();
    expect(() =>
      send([
        { insertText: { location: { index: 1 }, text: 'Judul\n' } },
        { insertText: { location: { index: 99 }, text: 'x' } },
      ]),
    ).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].insertText: Index 99 must be less than the end index of the referenced segment, 17.',
    );
    expect(runtime.ledger.all().map((c) => [c.service, c.method, c.kind])).toEqual([
      ['Docs', 'Documents.batchUpdate', 'docs'],
    ]);
    expect(paragraphs(doc)).toEqual(['NORMAL:Ringkasan']);
  });

  test('an insertion at a table boundary is refused: text goes inside a paragraph', () => {
    const { send } = setup();
    send([{ insertTable: { location: { index: 1 }, rows: 1, columns: 1 } }]);
    expect(() => send([{ insertText: { location: { index: 2 }, text: 'x' } }])).toThrow(
      'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
    );
  });

  test('the emulator refuses a batch over DocumentApp edits not yet saved (Apps Script would lose one or the other)', () => {
    const { docs, documentId, send } = setup();
    const app = docs.app as { openById(id: string): EmuDocument };
    app.openById(documentId).getBody().appendParagraph('belum disimpan');
    expect(() => send([{ insertText: { location: { index: 1 }, text: 'x' } }])).toThrow(/saveAndClose\(\)/);
  });
});
