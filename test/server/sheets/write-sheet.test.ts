// Writing a core SummarySheet: one setValues, its formats, bold headers, charts, protection for admins only.

import { installEmulator, removeEmulator } from '../../../emulator';
import type { SummarySheet } from '../../../src/core/summary/summary-sheets';
import { writeSummarySheet } from '../../../src/server/sheets/write-sheet';

afterEach(removeEmulator);

const ADMIN = 'admin@kanwil.example';

const dashboard: SummarySheet = {
  name: 'Dasbor',
  grid: [
    ['Dasbor Rekap UPT', '', ''],
    ['Diperbarui: 3 Februari 2026 09.00 WIB', '', ''],
    ['Klaster', 'Luas lahan (m²)', 'WBP terlibat'],
    ['Pertanian', 60_000, 50],
    ['Perikanan', 42_772, 57],
  ],
  headerRows: [0, 2],
  numberFormats: [{ range: 'B4:C5', format: '#,##0' }],
  columnWidths: [200, 140, 120],
  charts: [{ title: 'Luas lahan per klaster (m²)', type: 'column', range: 'A3:B5' }],
};

describe('writing a summary sheet', () => {
  it('writes the grid with one setValues, id-ID formats, bold headers and a native chart', () => {
    const emulator = installEmulator();
    const sheet = emulator.spreadsheet.insertSheet('Dasbor');
    emulator.ledger.reset();
    writeSummarySheet(sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet, dashboard, [ADMIN]);
    expect(
      emulator.ledger
        .all()
        .filter((c) => c.kind === 'write')
        .map((c) => c.method),
    ).toEqual(['Range.setValues']);
    expect(sheet.getRange('A1:C5').getValues()).toEqual(dashboard.grid);
    expect(sheet.getRange('B4').getDisplayValue()).toBe('60.000');
    expect(sheet.getRange('A3').getFontWeight()).toBe('bold');
    expect(sheet.getRange('A4').getFontWeight()).toBe('normal');
    expect(sheet.getFrozenRows()).toBe(2);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.canUserEdit('operator.lppku@contoh.go.id', 'B4')).toBe(false);
    expect(sheet.canUserEdit(ADMIN, 'B4')).toBe(true);
  });
});
