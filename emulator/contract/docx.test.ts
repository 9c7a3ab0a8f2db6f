// Contract: an emulated Document saved as .docx opens cleanly in LibreOffice with its text, table and image.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmuBlob } from '../blob';
import { renderChartPng } from '../chart-render';
import { DocumentService, type EmuDocument } from '../document/document';
import { saveDocx, toDocxBuffer } from '../docx';
import { DriveService } from '../drive';
import { Runtime } from '../runtime';

/** CI installs LibreOffice and poppler; if they are missing this must fail loudly, not skip. */
function requireTool(name: string): void {
  try {
    execFileSync('which', [name], { stdio: 'pipe' });
  } catch {
    throw new Error(
      `${name} is not installed: the docx round-trip test needs LibreOffice (soffice) and poppler-utils (pdftotext).`,
    );
  }
}

function sampleDocument(): EmuDocument {
  const runtime = new Runtime();
  const docs = new DocumentService(runtime, new DriveService(runtime));
  const doc = (docs.app as { create(n: string): EmuDocument }).create('Laporan Rekap UPT');
  const body = doc.getBody();
  body.appendParagraph('Rekapitulasi Kanwil Ditjenpas Riau').setHeading('TITLE').setAlignment('CENTER');
  body.appendParagraph('Periode 3 Februari 2026').setHeading('HEADING2');
  const p = body.appendParagraph('Jumlah penghuni: ');
  p.appendText('102.772').setBold(17, 23, true);
  body.appendListItem('Lapas Kelas IIA Pekanbaru');
  body.appendListItem('Rutan Kelas IIB Dumai').setGlyphType('NUMBER');
  const table = body.appendTable([
    ['UPT', 'Penghuni'],
    ['Lapas Pekanbaru', '1.234'],
  ]);
  table.getRow(0).editAsText().setBold(true);
  body.appendPageBreak();
  const png = renderChartPng({
    type: 'column',
    title: 'Penghuni',
    categories: ['A', 'B'],
    series: [{ name: 'x', values: [5, 9] }],
  });
  body
    .appendImage(new EmuBlob(png, 'image/png', 'chart.png'))
    .setWidth(300)
    .setHeight(185);
  body.appendHorizontalRule();
  return doc;
}

describe('docx writer', () => {
  it('writes a zip container with the Word document part', async () => {
    const buf = await toDocxBuffer(sampleDocument());
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    expect(buf.includes(Buffer.from('word/document.xml'))).toBe(true);
    expect(buf.includes(Buffer.from('word/media/'))).toBe(true);
  });

  it('opens in LibreOffice: converted to PDF, the headings, runs, list and table text are there', async () => {
    requireTool('soffice');
    requireTool('pdftotext');
    const dir = mkdtempSync(join(tmpdir(), 'docx-test-'));
    const path = join(dir, 'laporan.docx');
    await saveDocx(sampleDocument(), path);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path],
      {
        stdio: 'pipe',
        timeout: 120_000,
      },
    );
    const pdfPath = join(dir, 'laporan.pdf');
    expect(existsSync(pdfPath)).toBe(true);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
    for (const expected of [
      'Rekapitulasi Kanwil Ditjenpas Riau',
      'Periode 3 Februari 2026',
      'Jumlah penghuni: 102.772',
      'Lapas Kelas IIA Pekanbaru',
      'Lapas Pekanbaru',
      '1.234',
    ]) {
      expect(text).toContain(expected);
    }
    // The page break puts the chart on a second page.
    const pages = execFileSync('pdfinfo', [pdfPath]).toString();
    expect(pages).toMatch(/Pages:\s+2/);
  });

  // Docs offsets are UTF-16 code units (https://developers.google.com/docs/api/concepts/structure): styles set by
  // those offsets around an emoji come out whole in Word.
  it('writes text with emoji and styled runs around them, as LibreOffice reads it back', async () => {
    requireTool('soffice');
    const runtime = new Runtime();
    const doc = (
      new DocumentService(runtime, new DriveService(runtime)).app as { create(n: string): EmuDocument }
    ).create('Laporan');
    const p = doc.getBody().appendParagraph('UPT: Lapas Bengkalis 🌾 (Kelas IIA)');
    p.editAsText().setBold(5, 22, true).setFontSize(24, 29, 9);
    const dir = mkdtempSync(join(tmpdir(), 'docx-emoji-'));
    const path = join(dir, 'laporan.docx');
    await saveDocx(doc, path);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'txt:Text (encoded):UTF8',
        '--outdir',
        dir,
        path,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    expect(readFileSync(join(dir, 'laporan.txt'), 'utf8')).toContain('UPT: Lapas Bengkalis 🌾 (Kelas IIA)');
  });
});
