// End to end on the built bundle: "Umpan balik per UPT" — with the report, one Doc per unit in the report folder,
// its PDF mailed to that unit's operators only within the day's quota, linked from the unit's row in Status.

import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { CONFIG_SHEET, STATUS_SHEET } from '../../src/core/config/sheet-names';
import type { ReportResult } from '../../src/shared/rpc';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

const TITLE = (name: string) => `Umpan Balik Laporan UPT — ${name} — Februari 2026`;

/** The sample mid-period (one unit returned with a note, two drafts), rekap done, feedback switched `on`. */
function kanwil(on: boolean): SampleSheet {
  const s = sampleSheet({ midPeriod: true });
  // The PDF's bytes are not what these tests look at: LibreOffice stays out of 18 conversions.
  s.emulator.docs.pdfConverter = (doc) => Buffer.from(`%PDF-1.4\n% ${doc.name}\n%%EOF\n`, 'utf8');
  s.bundle.run('setupUnitTabs');
  const config = s.emulator.spreadsheet.sheetByNameUnrecorded(CONFIG_SHEET);
  const row = (config?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === 'Umpan balik per UPT') + 1;
  if (row < 1) throw new Error('Pengaturan has no "Umpan balik per UPT" row');
  config?.getRange(row, 2).setValue(on ? 'Ya' : 'Tidak');
  s.bundle.run('consolidateNow');
  return s;
}

const feedbackDocs = (s: SampleSheet) => s.emulator.docs.all().filter((d) => d.name.startsWith('Umpan Balik'));
const feedbackMails = (s: SampleSheet) => s.emulator.mail.outbox.filter((m) => m.subject.startsWith('Umpan Balik'));

describe('per-unit feedback with the report', () => {
  it('makes one Doc per unit holding only its own data, mails its PDF to its operators only, links it in Status', () => {
    const s = kanwil(true);
    const result = s.bundle.callFromSidebar(ADMIN, 'runReport') as ReportResult;
    expect(result.ok).toBe(true);
    expect(result.message).toContain(
      `Umpan balik per UPT: ${SAMPLE_UNITS.length} dokumen dibuat di folder laporan, ${SAMPLE_UNITS.length} dikirim lewat e-mail`,
    );
    const docs = feedbackDocs(s);
    expect(docs.map((d) => d.name)).toEqual(SAMPLE_UNITS.map((u) => TITLE(u.name)));
    const report = s.emulator.docs.all().find((d) => d.name.startsWith('Laporan Rekap UPT'));
    // Beside the report, in its folder.
    expect(new Set(docs.map((d) => d.file?.parent?.rawId))).toEqual(new Set([report?.file?.parent?.rawId]));
    for (const [i, unit] of SAMPLE_UNITS.entries()) {
      const text = docs[i]?.body.getText() ?? '';
      expect(text).toContain(unit.name);
      expect(text).toContain('Temuan validasi');
      expect(text).toContain('Catatan Kanwil');
      // Never another unit's name (the sample's names do not contain one another).
      for (const other of SAMPLE_UNITS) if (other.code !== unit.code) expect(text).not.toContain(other.name);
      const mail = feedbackMails(s).find((m) => m.subject === TITLE(unit.name));
      expect(mail?.to).toBe(unit.operators.join(','));
      expect(mail?.cc).toBe('');
      expect(mail?.bcc).toBe('');
      expect(mail?.attachments).toBe(1);
    }
    expect(feedbackMails(s)).toHaveLength(SAMPLE_UNITS.length);
    // The returned unit's feedback carries the Kanwil's return note and its status.
    const status = valuesOf(s.emulator, STATUS_SHEET);
    const header = status.findIndex((r) => r.includes('Kode UPT'));
    const columns = status[header] ?? [];
    const returned = status.find((r) => r[columns.indexOf('Status')] === 'Dikembalikan') ?? [];
    const returnedUnit = SAMPLE_UNITS.find((u) => u.code === returned[columns.indexOf('Kode UPT')]);
    const note = String(returned[columns.indexOf('Catatan Kanwil')]);
    expect(note).not.toBe('');
    const returnedText = docs[SAMPLE_UNITS.indexOf(returnedUnit ?? SAMPLE_UNITS[0])]?.body.getText() ?? '';
    expect(returnedText).toContain(note);
    expect(returnedText).toContain('Dikembalikan');
    // Each unit's row links its own Doc.
    const sheet = s.emulator.spreadsheet.sheetByNameUnrecorded(STATUS_SHEET);
    const linkColumn = columns.indexOf('Umpan balik') + 1;
    expect(linkColumn).toBeGreaterThan(0);
    for (const [i, unit] of SAMPLE_UNITS.entries()) {
      const r = status.findIndex((row) => row[columns.indexOf('Kode UPT')] === unit.code) + 1;
      expect(sheet?.getRange(r, linkColumn).getFormula()).toBe(
        `=HYPERLINK("https://docs.google.com/document/d/${docs[i]?.rawId}/edit","Buka umpan balik")`,
      );
    }
    // The next rekap rewrites Status with the same links.
    s.bundle.run('consolidateNow');
    const again = s.emulator.spreadsheet.sheetByNameUnrecorded(STATUS_SHEET);
    const first = status.findIndex((row) => row[columns.indexOf('Kode UPT')] === SAMPLE_UNITS[0]?.code) + 1;
    expect(again?.getRange(first, linkColumn).getFormula()).toContain(docs[0]?.rawId ?? '-');
  });

  it('shows each issue with its tab and cell in the unit’s own feedback, as an error to fix', () => {
    const s = kanwil(true);
    const unit = SAMPLE_UNITS[0];
    const tab = s.emulator.spreadsheet.sheetByNameUnrecorded(unit.sheetName);
    const row = (tab?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === 'Pagu') + 1;
    tab?.getRange(`B${row}`).setValue('1.234,5 juta');
    s.bundle.callFromSidebar(ADMIN, 'runReport');
    const text =
      feedbackDocs(s)
        .find((d) => d.name === TITLE(unit.name))
        ?.body.getText() ?? '';
    expect(text).toContain(`${unit.sheetName}!B${row}`);
    expect(text).toContain('Kesalahan');
    expect(feedbackMails(s).find((m) => m.subject === TITLE(unit.name))?.body).toMatch(
      /Ada 1 kesalahan yang perlu diperbaiki/,
    );
    // The rejected value is not taken as zero among its figures.
    expect(text).toContain(`belum valid (sel B${row})`);
  });

  it('sends what the day’s e-mail quota covers and names, in Bahasa, the units not mailed and why', () => {
    const s = kanwil(true);
    const covered = SAMPLE_UNITS.slice(0, 5).reduce((n, u) => n + u.operators.length, 0);
    // Quota left: the first five units' operators, and not one more.
    s.emulator.mail.recipientsToday = 1500 - covered;
    const result = s.bundle.callFromSidebar(ADMIN, 'runReport') as ReportResult;
    expect(result.ok).toBe(true);
    expect(feedbackMails(s).map((m) => m.subject)).toEqual(SAMPLE_UNITS.slice(0, 5).map((u) => TITLE(u.name)));
    expect(feedbackDocs(s)).toHaveLength(SAMPLE_UNITS.length);
    expect(result.message).toContain(
      `Tidak dikirim lewat e-mail karena sisa kuota e-mail hari ini tidak cukup: ${SAMPLE_UNITS.slice(5)
        .map((u) => u.name)
        .join(', ')}.`,
    );
  });

  it('makes no feedback, mail or Status column when the setting is Tidak (the default)', () => {
    const s = kanwil(false);
    const result = s.bundle.callFromSidebar(ADMIN, 'runReport') as ReportResult;
    expect(result.ok).toBe(true);
    expect(result.message).not.toContain('Umpan balik');
    expect(feedbackDocs(s)).toEqual([]);
    expect(feedbackMails(s)).toEqual([]);
    expect(valuesOf(s.emulator, STATUS_SHEET).some((r) => r.includes('Umpan balik'))).toBe(false);
  });
});
