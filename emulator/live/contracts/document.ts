// Contracts: DocumentApp as the report writer uses it: body structure, tables, text styles by UTF-16 offset, images.
import { type Contract, thrown } from '../contract';

const D = 'https://developers.google.com/apps-script/reference/document/';
const STRUCTURE = 'https://developers.google.com/docs/api/concepts/structure';
/** A 2 × 3 GIF (the smallest real image the Docs import takes). */
const GIF_BASE64 = 'R0lGODlhAgADAIAAAP///wAAACwAAAAAAgADAAACAoRRADs=';

const gif = () => Utilities.newBlob(Utilities.base64Decode(GIF_BASE64), 'image/gif', 'g.gif');
/** The type of a body child by its index, as its enum name. */
const childType = (body: GoogleAppsScript.Document.Body, index: number) => String(body.getChild(index).getType());

export const DOCUMENT_CONTRACTS: Contract[] = [
  {
    name: 'DocumentApp › creates a document whose body starts with one empty paragraph, registered as a Drive file',
    source: `${D}body`,
    basis: 'documented',
    expected: { children: 1, first: 'PARAGRAPH', text: '', url: true },
    observe: (s) => {
      const doc = s.document();
      const body = doc.getBody();
      return {
        children: body.getNumChildren(),
        first: childType(body, 0),
        text: body.getText(),
        url: doc.getUrl() === `https://docs.google.com/document/d/${doc.getId()}/edit`,
      };
    },
  },
  {
    name: 'DocumentApp › appendTable also appends an empty paragraph after the table',
    source: `${D}body#appendTable(String)`,
    basis: 'documented',
    expected: { children: 3, types: ['TABLE', 'PARAGRAPH'], after: '', rows: 2, cells: ['Lapas Pekanbaru', '1.234'] },
    observe: (s) => {
      const body = s.document().getBody();
      body.appendTable([
        ['UPT', 'Penghuni'],
        ['Lapas Pekanbaru', '1.234'],
      ]);
      const table = body.getTables()[0];
      return {
        children: body.getNumChildren(),
        types: [childType(body, 1), childType(body, 2)],
        after: body.getChild(2).asParagraph().getText(),
        rows: table.getNumRows(),
        cells: [table.getRow(1).getCell(0).getText(), table.getCell(1, 1).getText()],
      };
    },
  },
  {
    name: 'DocumentApp › refuses a ragged table rather than padding it silently',
    source: `${D}body#appendTable(String)`,
    basis: 'open question',
    expected: { threw: true, message: /./ },
    observe: (s) => {
      const message = thrown(() =>
        s
          .document()
          .getBody()
          .appendTable([['a', 'b'], ['c']]),
      );
      return { threw: message !== 'no error', message };
    },
  },
  {
    name: 'DocumentApp › replaceText matches per paragraph, never across two paragraphs, and refuses non-RE2 syntax',
    source: `${D}body#replaceText(String,String)`,
    basis: 'documented',
    expected: { replaced: 'Periode Februari 2026', untouched: 'akhir', lookahead: /RE2/ },
    observe: (s) => {
      const body = s.document().getBody();
      body.appendParagraph('Periode {{bulan}}');
      body.appendParagraph('akhir');
      body.replaceText('\\{\\{bulan\\}\\}', 'Februari 2026');
      body.replaceText('2026\\nakhir', 'X');
      return {
        replaced: body.getParagraphs()[1].getText(),
        untouched: body.getParagraphs()[2].getText(),
        lookahead: thrown(() => body.replaceText('(?=a)', 'b')),
      };
    },
  },
  {
    name: 'DocumentApp › refuses edits after saveAndClose, and openById gives an editable document again',
    source: `${D}document#saveAndClose()`,
    basis: 'open question',
    expected: {
      closed: 'Document is closed, its contents cannot be updated.',
      reopened: 3,
      missing: /^Document is missing/,
    },
    observe: (s) => {
      const doc = s.document();
      doc.getBody().appendParagraph('a');
      doc.saveAndClose();
      const closed = thrown(() => doc.getBody().appendParagraph('b'));
      const again = DocumentApp.openById(doc.getId());
      again.getBody().appendParagraph('b');
      return {
        closed,
        reopened: again.getBody().getNumChildren(),
        missing: thrown(() => DocumentApp.openById('tidak-ada')),
      };
    },
  },
  {
    name: 'DocumentApp › styles text in ranges: bold header, link, font size, colour',
    source: `${D}text`,
    basis: 'documented',
    expected: {
      bold: [true, null, null],
      link: 'https://example.org',
      heading: 'HEADING1',
      alignment: 'CENTER',
      appended: 'Rekap UPT 2026',
    },
    observe: (s) => {
      const p = s.document().getBody().appendParagraph('Rekap UPT');
      p.setHeading(DocumentApp.ParagraphHeading.HEADING1).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
      const t = p.editAsText().setBold(0, 4, true).setLinkUrl('https://example.org').setFontSize(14);
      return {
        bold: [t.isBold(0), t.isBold(6), t.isBold()],
        link: t.getLinkUrl(),
        heading: String(p.getHeading()),
        alignment: String(p.getAlignment()),
        appended: p.appendText(' 2026').getText(),
      };
    },
  },
  {
    name: 'DocumentApp › counts offsets in UTF-16 code units: an emoji takes two, and styles reach the last character',
    source: STRUCTURE,
    basis: 'documented',
    expected: {
      length: 28,
      bold: [null, true, true, null],
      lastSize: 11,
      edited: 'Bengkalis 🌾! Kelas IIA',
      boldAfter: [null, true, true, true, null],
      sizeAfter: 11,
    },
    observe: (s) => {
      const t = s.document().getBody().appendParagraph('Lapas Bengkalis 🌾 Kelas IIA').editAsText();
      const length = t.getText().length;
      t.setFontSize(11).setBold(16, 17, true);
      const bold = [t.isBold(15), t.isBold(16), t.isBold(17), t.isBold(18)];
      const lastSize = t.getFontSize(27);
      t.insertText(18, '!').deleteText(0, 5);
      return {
        length,
        bold,
        lastSize,
        edited: t.getText(),
        boldAfter: [9, 10, 11, 12, 13].map((i) => t.isBold(i)),
        sizeAfter: t.getFontSize(22),
      };
    },
  },
  {
    name: 'DocumentApp › never splits an emoji between two styled runs',
    source: STRUCTURE,
    basis: 'open question',
    // Per UTF-16 unit, as the emulator keeps styles: the emoji's second half keeps its own (unset) style.
    expected: [true, true, null, null],
    observe: (s) => {
      const t = s.document().getBody().appendParagraph('a🌾b').editAsText().setBold(0, 1, true);
      return [0, 1, 2, 3].map((i) => t.isBold(i));
    },
  },
  {
    name: 'DocumentApp › a page break, rule or inline image has the paragraph (or list item) holding it as its parent',
    source: `${D}page-break#getParent()`,
    basis: 'documented',
    expected: { pageBreak: ['PARAGRAPH', 1], rule: 2, image: 3, inList: 'LIST_ITEM' },
    observe: (s) => {
      const body = s.document().getBody();
      const parentIndex = (element: { getParent(): GoogleAppsScript.Document.ContainerElement }) =>
        body.getChildIndex(element.getParent());
      const pageBreak = body.appendPageBreak();
      const rule = body.appendHorizontalRule();
      const image = body.appendImage(gif());
      const item = body.appendListItem('Lapas Pekanbaru');
      return {
        pageBreak: [String(pageBreak.getParent().getType()), parentIndex(pageBreak)],
        rule: parentIndex(rule),
        image: parentIndex(image),
        inList: String(item.appendPageBreak().getParent().getType()),
      };
    },
  },
  {
    name: 'DocumentApp › appendImage refuses a blob that is not an image, and adds nothing to the body',
    source: 'https://developers.google.com/docs/api/reference/rest/v1/documents/request#InsertInlineImageRequest',
    basis: 'open question',
    expected: { body: 'Invalid image data.', inline: 'Invalid image data.', children: 2, gifWidth: 2 },
    observe: (s) => {
      const body = s.document().getBody();
      const text = Utilities.newBlob('bukan gambar', 'text/plain', 'catatan.txt');
      const refused = thrown(() => body.appendImage(text));
      const inline = thrown(() => body.appendParagraph('p').appendInlineImage(text));
      return {
        body: refused,
        inline,
        children: body.getNumChildren(),
        gifWidth: body.appendImage(gif()).getWidth(),
      };
    },
  },
  {
    // The latency model charges every DocumentApp call 0.25 s; saveAndClose "causes pending updates to be flushed and
    // applied", so the edits may be buffered instead. The live run's perCall settles the report's modelled seconds.
    name: 'DocumentApp latency › open question: the calls the report makes per chart image (getChild, appendInlineImage, setWidth, setHeight) are each a round trip of 100 ms or more, as the model charges them',
    source: `${D}document#saveAndClose()`,
    basis: 'open question',
    expected: { roundTrips: true, perCall: /^\d+ ms$/ },
    observe: (s) => {
      const doc = s.document();
      const body = doc.getBody();
      body.appendParagraph('');
      const calls = 10 * 4;
      const started = Date.now();
      for (let i = 0; i < calls / 4; i++) {
        const paragraph = body.getChild(1).asParagraph();
        paragraph.appendInlineImage(gif()).setWidth(20).setHeight(30);
      }
      const perCall = (Date.now() - started) / calls;
      doc.saveAndClose();
      return { roundTrips: perCall >= 100, perCall: `${Math.round(perCall)} ms` };
    },
  },
];
