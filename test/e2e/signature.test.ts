// End to end on the built bundle: the report's signature block from "Pengaturan", and a clear stop when it is missing.

import { EmuParagraph } from '../../emulator';
import { SAMPLE_SIGNATORY } from '../../fixtures/sample/workbook';
import { CONFIG_LABELS } from '../../src/core/config/config';
import { CONFIG_SHEET, LOG_SHEET } from '../../src/core/config/sheet-names';
import type { ReportResult } from '../../src/shared/rpc';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

function setSetting(s: SampleSheet, label: string, value: string): void {
  const sheet = s.emulator.spreadsheet.sheetByNameUnrecorded(CONFIG_SHEET);
  const row = valuesOf(s.emulator, CONFIG_SHEET).findIndex((r) => r[0] === label) + 1;
  if (!sheet || row === 0) throw new Error(`No setting ${label}`);
  sheet.getRange(row, 2).setValue(value);
}

function setUp(): SampleSheet {
  const s = sampleSheet();
  s.bundle.run('setupUnitTabs');
  // 7 February 2026, 09.00 WIB: the day the Kanwil makes the report (docs/glossary.md#reporting-cycle).
  s.emulator.runtime.setClock(new Date('2026-02-07T09:00:00+07:00'));
  return s;
}

describe('signature block', () => {
  it('closes the report body with place, date, position, three blank lines, the name in bold and the NIP', () => {
    const s = setUp();
    const result = s.bundle.callFromSidebar(ADMIN, 'runReport') as ReportResult;
    expect(result.ok).toBe(true);
    const doc = s.emulator.docs.all().at(-1);
    if (!doc) throw new Error('no document');
    const paragraphs = doc.body.children.filter((c): c is EmuParagraph => c instanceof EmuParagraph);
    const first = paragraphs.findIndex((p) => p.text.raw === 'Pekanbaru, 7 Februari 2026');
    const block = paragraphs.slice(first, first + 7);
    expect(block.map((p) => p.text.raw)).toEqual([
      'Pekanbaru, 7 Februari 2026',
      `${SAMPLE_SIGNATORY.title},`,
      '',
      '',
      '',
      SAMPLE_SIGNATORY.name,
      'NIP 19700101 199003 1 001',
    ]);
    // In the right half of the page, the name in bold, every line kept with the next.
    for (const p of block) expect(p.indentStart).toBeGreaterThan(451 / 2);
    expect(block[5]?.text.isBold()).toBe(true);
    expect(block.slice(0, 6).every((p) => p.keepWithNext)).toBe(true);
    // It closes the body: the attachments (Lampiran) follow it, as in Indonesian official reports.
    const text = doc.body.getText();
    expect(text.indexOf('NIP 19700101 199003 1 001')).toBeLessThan(text.indexOf('\nLampiran\n'));
    expect(text.indexOf('6.1 Tindak lanjut')).toBeLessThan(text.indexOf('Pekanbaru, 7 Februari 2026'));
  });

  it('names every missing signatory field before generating anything: no Doc, a failed Log row', () => {
    const s = setUp();
    for (const label of [CONFIG_LABELS.place, CONFIG_LABELS.title, CONFIG_LABELS.name, CONFIG_LABELS.nip])
      setSetting(s, label, '');
    const result = s.bundle.callFromSidebar(ADMIN, 'runReport') as ReportResult;
    expect(result).toEqual({
      ok: false,
      message:
        'Data penanda tangan di sheet "Pengaturan" belum lengkap: tempat, jabatan, nama, NIP belum diisi. ' +
        'Lengkapi baris Tempat, Jabatan penandatangan, Nama penandatangan dan NIP, lalu buat laporan lagi.',
      docUrl: null,
      pdfUrl: null,
    });
    expect(s.emulator.docs.all()).toHaveLength(0);
    const last = valuesOf(s.emulator, LOG_SHEET).at(-1) ?? [];
    expect(last.slice(2, 5)).toEqual(['Buat laporan', ADMIN, 'Gagal']);
  });

  it('names only the fields still missing, and refuses a NIP that is not 18 digits or lost digits, from the menu too', () => {
    const s = setUp();
    setSetting(s, CONFIG_LABELS.name, '');
    s.bundle.run('generateReport');
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(/belum lengkap: nama belum diisi\./);
    setSetting(s, CONFIG_LABELS.name, SAMPLE_SIGNATORY.name);
    setSetting(s, CONFIG_LABELS.nip, '1970 0101');
    s.bundle.run('generateReport');
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toBe(
      'NIP penanda tangan di sheet "Pengaturan" harus 18 digit angka (tertulis: 1970 0101).',
    );
    // Typed without spaces, Sheets stores the NIP as a number and drops its last digits: refused, not misprinted.
    setSetting(s, CONFIG_LABELS.nip, '197001011990031001');
    s.bundle.run('generateReport');
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(
      /^NIP penanda tangan .* harus 18 digit angka \(tertulis: 197001011990031000, tersimpan sebagai angka sehingga digit terakhirnya hilang; ketik ulang dengan spasi/,
    );
    expect(s.emulator.docs.all()).toHaveLength(0);
  });
});
