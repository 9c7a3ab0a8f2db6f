// End to end on the BUILT Code.js: set up, validate, consolidate on the sample workbook (107 WBP, 102.772 m²);
// the whole flow on both builds (the add-on in dist/, the bound script in dist-bound/).

import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { FOOD_SHEET } from '../../src/core/summary/summary-sheets';
import { BUILDS, sampleSheet, valuesOf } from './sample-sheet';

describe('the Kanwil flow on the sample workbook', () => {
  it.each(BUILDS)('sets up, validates and consolidates (%s): Rekap Pangan shows 107 WBP on 102.772 m²', (build) => {
    const { emulator, bundle } = sampleSheet({ build });
    const ui = emulator.sheets.ui;
    bundle.run('setupUnitTabs');
    expect(ui.alerts.at(-1)?.prompt).toMatch(/Tab UPT periode Februari 2026 siap/);
    bundle.run('validateAll');
    expect(ui.alerts.at(-1)?.prompt).toMatch(/^Validasi selesai/);
    expect(valuesOf(emulator, 'Validasi')[1]).toEqual([
      'UPT',
      'Tab',
      'Sel',
      'Tingkat',
      'Kode',
      'Pesan',
      'Saran perbaikan',
    ]);
    bundle.run('consolidateNow');
    expect(ui.alerts.at(-1)?.prompt).toMatch(/107 WBP pada lahan 102\.772 m²/);

    const food = emulator.spreadsheet.sheetByNameUnrecorded(FOOD_SHEET);
    expect(food).not.toBeNull();
    const values = food?.getDataRange().getValues() ?? [];
    const display = food?.getDataRange().getDisplayValues() ?? [];
    const totalRow = values.findIndex((r) => r.includes(102_772));
    expect(totalRow).toBeGreaterThan(0);
    expect(display[totalRow]).toContain('102.772');
    expect(values.some((r) => r.includes(107))).toBe(true);
    expect(display.some((r) => r.includes('107'))).toBe(true);
    expect(String(values[1]?.[0])).toMatch(/^Diperbarui: 6 Februari 2026 09\.\d\d WIB$/);
    for (const unit of SAMPLE_UNITS) expect(emulator.spreadsheet.sheetByNameUnrecorded(unit.sheetName)).not.toBeNull();
  });

  it('stops with a clear message naming the cell when "Pengaturan" is wrong, writing nothing', () => {
    const { emulator, bundle } = sampleSheet();
    bundle.run('setupUnitTabs');
    const config = emulator.spreadsheet.sheetByNameUnrecorded('Pengaturan');
    const row = (config?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === 'Periode aktif') + 1;
    config?.getRange(row, 2).setValue('Februari');
    const before = emulator.spreadsheet.sheets.map((sh) => sh.name);
    bundle.run('consolidateNow');
    expect(emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(
      new RegExp(`^Sheet "Pengaturan" belum benar, tindakan dibatalkan:\\n• Pengaturan!B${row}: `),
    );
    expect(emulator.spreadsheet.sheets.map((sh) => sh.name)).toEqual(before);
  });

  it('consolidates without a deleted unit tab and says the total is incomplete', () => {
    const { emulator, bundle } = sampleSheet();
    bundle.run('setupUnitTabs');
    const gone = SAMPLE_UNITS[3];
    const sheet = emulator.spreadsheet.sheetByNameUnrecorded(gone.sheetName);
    if (sheet) emulator.spreadsheet.deleteSheet(sheet);
    bundle.run('consolidateNow');
    expect(emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(
      new RegExp(`Belum lengkap: dihitung 17 dari 18 UPT .*Tidak dihitung: ${gone.code} \\(tab tidak ditemukan\\)\\.$`),
    );
    const status = valuesOf(emulator, 'Status');
    expect(status.some((r) => r.includes(gone.code) || r.includes(gone.name))).toBe(true);
  });
});
