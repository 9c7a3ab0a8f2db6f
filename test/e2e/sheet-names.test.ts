// End to end on the built bundle: a unit tab can never take an add-on sheet's name, with or without the suffixes the
// add-on gives its sheets, and no run deletes a sheet the add-on did not create.

import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { CONFIG_SHEET, STATUS_SHEET } from '../../src/core/config/sheet-names';
import { sampleSheet, valuesOf } from './sample-sheet';

const unit = SAMPLE_UNITS[0];

describe('sheet names', () => {
  it.each(['Dasbor (baru)', 'Status (lama)'])('Pengaturan refuses the unit tab name %p at its cell', (name) => {
    const s = sampleSheet();
    const config = s.emulator.spreadsheet.sheetByNameUnrecorded(CONFIG_SHEET);
    const grid = valuesOf(s.emulator, CONFIG_SHEET);
    const header = grid.findIndex((r) => r[0] === 'Kode');
    const tabCol = (grid[header] ?? []).indexOf('Nama tab');
    const row = grid.findIndex((r) => r[0] === unit.code);
    config?.getRange(row + 1, tabCol + 1).setValue(name);
    s.bundle.run('validateAll');
    const cell = `${String.fromCharCode(65 + tabCol)}${row + 1}`;
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toContain(
      `• ${CONFIG_SHEET}!${cell}: Nama tab "${name}" dipakai oleh add-on`,
    );
  });

  it('never deletes a sheet of the Kanwil that carries a name the add-on uses for its own drafts', () => {
    const s = sampleSheet();
    s.bundle.run('setupUnitTabs');
    s.bundle.run('consolidateNow');
    const own = s.emulator.spreadsheet.insertSheet(`${STATUS_SHEET} (lama)`);
    own.getRange('A1').setValue('catatan pribadi kepala bidang');
    s.bundle.run('consolidateNow');
    expect(s.emulator.spreadsheet.sheetByNameUnrecorded(`${STATUS_SHEET} (lama)`)?.getRange('A1').getValue()).toBe(
      'catatan pribadi kepala bidang',
    );
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(/^Rekap periode Februari 2026 selesai/);
  });
});
