// The emulated report Doc saved as .docx opens in LibreOffice: converted to PDF, its text carries the key figures.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installEmulator, saveDocx } from '../../../emulator';
import { sampleInput } from '../../../fixtures/sample/report-input';
import { buildReportModel } from '../../../src/core/report/build-report-model';
import { renderedDoc } from './document-parts';

/** Runs a tool the CI installs (libreoffice, poppler-utils); a missing one fails with the package to install. */
function tool(command: string, args: string[], debianPackage: string): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', timeout: 120_000 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${command} not found: install the Debian package "${debianPackage}".`);
    throw error;
  }
}

test('the sample report as .docx converts to a PDF with "107 WBP", "102.772 m²" and both chart images', async () => {
  const doc = renderedDoc(installEmulator(), buildReportModel(sampleInput()));
  const dir = mkdtempSync(join(tmpdir(), 'laporan-docx-'));
  try {
    const docx = join(dir, 'laporan-2026-02.docx');
    await saveDocx(doc, docx);
    // A profile of its own: LibreOffice locks its profile while converting, and test workers run in parallel.
    const profile = `file://${join(dir, 'profile')}`;
    tool(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      'libreoffice',
    );
    const pdf = join(dir, 'laporan-2026-02.pdf');
    expect(existsSync(pdf)).toBe(true);
    const text = tool('pdftotext', ['-layout', pdf, '-'], 'poppler-utils');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Program ketahanan pangan dilaksanakan di 18 UPT dengan melibatkan 107 WBP');
    expect(flat).toContain('102.772 m²');
    expect(flat).toContain('Lampiran 18. Rupbasan Rengat');
    const images = tool('pdfimages', ['-list', pdf], 'poppler-utils').trim().split('\n').slice(2);
    expect(images.length).toBeGreaterThanOrEqual(2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
