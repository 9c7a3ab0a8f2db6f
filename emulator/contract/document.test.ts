// Contract: the emulated DocumentApp behaves as R document/* describes (sources cited per test).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmuBlob } from '../blob';
import { renderChartPng } from '../chart-render';
import { DocumentService, type EmuDocument } from '../document/document';
import { DriveService } from '../drive';
import { Runtime } from '../runtime';

function setup(workspace = false) {
  const runtime = new Runtime();
  const drive = new DriveService(runtime);
  const docs = new DocumentService(runtime, drive, workspace);
  const app = docs.app as { create(name: string): EmuDocument; openById(id: string): EmuDocument };
  return { runtime, drive, docs, app };
}

describe('DocumentApp', () => {
  // R document/body: a new document's body holds one empty paragraph.
  it('creates a document whose body starts with one empty paragraph, registered as a Drive file', () => {
    const { app, drive } = setup();
    const doc = app.create('Laporan Februari 2026');
    expect(doc.getBody().getNumChildren()).toBe(1);
    expect(doc.getBody().getChild(0).getType()).toBe('PARAGRAPH');
    const file = drive.fileById(doc.getId());
    expect(file?.getName()).toBe('Laporan Februari 2026');
    expect(file?.getMimeType()).toBe('application/vnd.google-apps.document');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
  });

  // R document/body#appendTable(String[][]): Docs appends an empty paragraph after a table.
  it('appendTable also appends an empty paragraph after the table', () => {
    const { app } = setup();
    const body = app.create('x').getBody();
    body.appendTable([
      ['UPT', 'Penghuni'],
      ['Lapas Pekanbaru', '1.234'],
    ]);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(1).getType()).toBe('TABLE');
    expect(body.getChild(2).getType()).toBe('PARAGRAPH');
    expect(body.getChild(2).asParagraph().getText()).toBe('');
    const table = body.getTables()[0];
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(1).getCell(0).getText()).toBe('Lapas Pekanbaru');
    expect(table.getCell(1, 1).getText()).toBe('1.234');
  });

  it('refuses a ragged table rather than padding it silently', () => {
    const { app } = setup();
    expect(() =>
      app
        .create('x')
        .getBody()
        .appendTable([['a', 'b'], ['c']]),
    ).toThrow();
  });

  // R document/body#replaceText(String,String): RE2 pattern, applied per text element.
  it('replaceText matches per paragraph, never across two paragraphs, and refuses non-RE2 syntax', () => {
    const { app } = setup();
    const body = app.create('x').getBody();
    body.appendParagraph('Periode {{bulan}}');
    body.appendParagraph('akhir');
    body.replaceText('\\{\\{bulan\\}\\}', 'Februari 2026');
    expect(body.getParagraphs()[1].getText()).toBe('Periode Februari 2026');
    body.replaceText('2026\\nakhir', 'X');
    expect(body.getParagraphs()[2].getText()).toBe('akhir');
    expect(() => body.replaceText('(?=a)', 'b')).toThrow(/RE2/);
  });

  // R document/document#saveAndClose(): a closed document cannot be edited. [F] wording, uncertain.
  it('refuses edits after saveAndClose, and openById gives an editable document again', () => {
    const { app } = setup();
    const doc = app.create('x');
    const p = doc.getBody().appendParagraph('a');
    doc.saveAndClose();
    expect(() => doc.getBody().appendParagraph('b')).toThrow('Document is closed, its contents cannot be updated.');
    expect(() => p.setText('c')).toThrow('Document is closed');
    const again = app.openById(doc.getId());
    again.getBody().appendParagraph('b');
    expect(again.getBody().getNumChildren()).toBe(3);
    expect(() => app.openById('missing')).toThrow('Document is missing');
  });

  // Widely reported: a Doc exported through Drive before saveAndClose() is stale or blank. The emulator throws.
  it('refuses a Drive export of a document with unsaved edits; after saveAndClose it exports', () => {
    const { app, drive } = setup();
    const doc = app.create('Laporan');
    doc.getBody().appendParagraph('Rekap');
    const file = drive.fileById(doc.getId());
    expect(() => file?.getAs('application/pdf')).toThrow('saveAndClose');
    doc.saveAndClose();
    expect(file?.getAs('application/pdf').getContentType()).toBe('application/pdf');
  });

  // G services/quotas: documents created per day, 250 consumer / 1,500 Workspace.
  it('enforces the daily document-creation quota', () => {
    const { app, docs } = setup();
    docs.createdToday = 250;
    expect(() => app.create('x')).toThrow('Service invoked too many times for one day: document create.');
    const ws = setup(true);
    ws.docs.createdToday = 250;
    expect(() => ws.app.create('x')).not.toThrow();
  });

  it('styles text in ranges: bold header, link, font size, colour', () => {
    const { app } = setup();
    const p = app.create('x').getBody().appendParagraph('Rekap UPT');
    p.setHeading('HEADING1').setAlignment('CENTER');
    const t = p.editAsText().setBold(0, 4, true).setLinkUrl('https://example.org').setFontSize(14);
    expect(t.isBold(0)).toBe(true);
    expect(t.isBold(6)).toBeNull();
    expect(t.isBold()).toBeNull();
    expect(t.getLinkUrl()).toBe('https://example.org');
    expect(p.getHeading()).toBe('HEADING1');
    expect(p.getAlignment()).toBe('CENTER');
    expect(p.appendText(' 2026').getText()).toBe('Rekap UPT 2026');
  });

  // Docs offsets are UTF-16 code units: https://developers.google.com/docs/api/concepts/structure ("indexes are
  // measured in UTF-16 code units"), so an emoji (outside the Basic Multilingual Plane) is two.
  it('counts offsets in UTF-16 code units: an emoji takes two, and styles reach the last character', () => {
    const { app } = setup();
    const t = app.create('x').getBody().appendParagraph('Lapas Bengkalis 🌾 Kelas IIA').editAsText();
    expect(t.getText()).toHaveLength(28);
    t.setFontSize(11).setBold(16, 17, true);
    expect([t.isBold(15), t.isBold(16), t.isBold(17), t.isBold(18)]).toEqual([null, true, true, null]);
    expect(t.getFontSize(27)).toBe(11);
    t.insertText(18, '!').deleteText(0, 5);
    expect(t.getText()).toBe('Bengkalis 🌾! Kelas IIA');
    expect(t.isBold(10)).toBe(true);
    expect(t.getFontSize(22)).toBe(11);
    expect(t.runs().map((r) => r.text)).toEqual(['Bengkalis ', '🌾!', ' Kelas IIA']);
  });

  // Not documented: styling one half of a surrogate pair. The writers never split a character; the pair takes the
  // style of its first half (question for the live contract run: what does Docs report for each half?).
  it('never splits an emoji between two styled runs', () => {
    const { app } = setup();
    const t = app.create('x').getBody().appendParagraph('a🌾b').editAsText().setBold(0, 1, true);
    expect(t.runs().map((r) => [r.text, r.style.bold ?? false])).toEqual([
      ['a🌾', true],
      ['b', false],
    ]);
  });

  it('counts every call as kind docs', () => {
    const { app, runtime } = setup();
    runtime.ledger.reset();
    app.create('x').getBody().appendParagraph('a');
    expect(runtime.ledger.byKind().docs).toBe(3);
  });

  it('keeps images at their PNG size until resized', () => {
    const { app } = setup();
    const png = renderChartPng(
      { type: 'pie', title: 'T', categories: ['a', 'b'], series: [{ name: 's', values: [1, 2] }] },
      300,
      200,
    );
    const img = app
      .create('x')
      .getBody()
      .appendImage(new EmuBlob(png, 'image/png', 'c.png'));
    expect([img.getWidth(), img.getHeight()]).toEqual([300, 200]);
    img.setWidth(150).setHeight(100);
    expect(img.getWidth()).toBe(150);
  });

  // R document/page-break#getParent(), R document/inline-image#getParent(): the containing Paragraph or ListItem,
  // whose parent is the body (gas-fakes' live tests, test/testdocsnext.js and test/testdocsimages.js).
  it('a page break, rule or inline image has the paragraph (or list item) holding it as its parent', () => {
    const { app } = setup();
    const body = app.create('x').getBody();
    const png = renderChartPng({ type: 'pie', title: 'T', categories: ['a'], series: [{ name: 's', values: [1] }] });
    const pageBreak = body.appendPageBreak();
    expect(pageBreak.getType()).toBe('PAGE_BREAK');
    expect(pageBreak.getParent().getType()).toBe('PARAGRAPH');
    expect(pageBreak.getParent()).toBe(body.getChild(1));
    expect(body.appendHorizontalRule().getParent()).toBe(body.getChild(2));
    const image = body.appendImage(new EmuBlob(png, 'image/png', 'c.png'));
    expect(image.getParent()).toBe(body.getChild(3));
    const item = body.appendListItem('Lapas Pekanbaru');
    expect(item.appendInlineImage(new EmuBlob(png, 'image/png', 'c.png')).getParent()).toBe(item);
    expect(item.appendPageBreak().getParent().getType()).toBe('LIST_ITEM');
  });

  // Docs takes PNG, JPEG or GIF (https://developers.google.com/docs/api/reference/rest/v1/documents/request#InsertInlineImageRequest).
  // The wording is uncertain: gas-fakes' live test accepts "Invalid image data." (question for the live contract run).
  it('appendImage refuses a blob that is not an image, and adds nothing to the body', () => {
    const { app } = setup();
    const body = app.create('x').getBody();
    const text = new EmuBlob('bukan gambar', 'text/plain', 'catatan.txt');
    expect(() => body.appendImage(text)).toThrow('Invalid image data.');
    expect(() => body.appendParagraph('p').appendInlineImage(text)).toThrow('Invalid image data.');
    expect(body.getNumChildren()).toBe(2);
    const gif = Buffer.from('R0lGODlhAgADAIAAAP///wAAACwAAAAAAgADAAACAoRRADs=', 'base64');
    expect(body.appendImage(new EmuBlob(gif, 'image/gif', 'g.gif')).getWidth()).toBe(2);
  });

  // R document/document#getAs(String): a Google Doc exports to PDF. The emulator renders it with LibreOffice.
  it('getAs("application/pdf") returns a real PDF whose text pdftotext can read', () => {
    const { app } = setup();
    const doc = app.create('Laporan');
    const body = doc.getBody();
    body.appendParagraph('Rekapitulasi UPT Riau').setHeading('TITLE');
    body.appendListItem('Lapas Pekanbaru');
    body.appendTable([
      ['UPT', 'Jumlah'],
      ['Rutan Dumai', '102.772'],
    ]);
    const pdf = doc.getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('Laporan.pdf');
    const bytes = pdf.toBuffer();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));
    writeFileSync(join(dir, 'a.pdf'), bytes);
    const text = execFileSync('pdftotext', [join(dir, 'a.pdf'), '-']).toString();
    expect(text).toContain('Rekapitulasi UPT Riau');
    expect(text).toContain('102.772');
    expect(() => doc.getAs('text/plain')).toThrow('is not supported');
  });
});
