// Replacing the summary sheets: drafts first, swapped in only when all are complete; a failure keeps the old ones.

import { installEmulator, removeEmulator } from '../../../emulator';
import type { SummarySheet } from '../../../src/core/summary/summary-sheets';
import { replaceSummaries } from '../../../src/server/sheets/replace-summaries';

afterEach(removeEmulator);

const summary = (name: string, figure: number): SummarySheet => ({
  name,
  grid: [
    [name, ''],
    ['Diperbarui: 3 Februari 2026 09.00 WIB', ''],
    ['Luas lahan (m²)', figure],
  ],
  headerRows: [0],
  numberFormats: [{ range: 'B3', format: '#,##0' }],
});

function spreadsheet() {
  const emulator = installEmulator();
  const ss = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  return { emulator, ss };
}

const names = (emulator: ReturnType<typeof installEmulator>) => emulator.spreadsheet.sheets.map((s) => s.name);

describe('replacing summaries', () => {
  it('writes every summary and keeps each at the position of the one it replaces', () => {
    const { emulator, ss } = spreadsheet();
    replaceSummaries(ss, [summary('Rekap Pangan', 100), summary('Dasbor', 1)], ['admin@kanwil.example']);
    ss.insertSheet('LP-PKU');
    replaceSummaries(ss, [summary('Rekap Pangan', 102_772), summary('Dasbor', 2)], ['admin@kanwil.example']);
    expect(names(emulator)).toEqual(['Sheet1', 'Rekap Pangan', 'Dasbor', 'LP-PKU']);
    const food = emulator.spreadsheet.sheetByNameUnrecorded('Rekap Pangan');
    expect(food?.getRange('B3').getValue()).toBe(102_772);
    expect(food?.getRange('B3').getDisplayValue()).toBe('102.772');
  });

  it('keeps the previous summaries, and leaves no draft, when writing a new one fails', () => {
    const { emulator, ss } = spreadsheet();
    replaceSummaries(ss, [summary('Rekap Pangan', 100), summary('Dasbor', 1)], ['admin@kanwil.example']);
    let writes = 0;
    emulator.ledger.inject({
      when: (c) => c.method === 'Range.setValues' && ++writes === 2,
      // Not transient (a timeout would be retried).
      error: 'Service invoked too many times for one day: spreadsheets.',
    });
    expect(() =>
      replaceSummaries(ss, [summary('Rekap Pangan', 999), summary('Dasbor', 9)], ['admin@kanwil.example']),
    ).toThrow(/too many times/);
    expect(names(emulator)).toEqual(['Sheet1', 'Rekap Pangan', 'Dasbor']);
    expect(emulator.spreadsheet.sheetByNameUnrecorded('Rekap Pangan')?.getRange('B3').getValue()).toBe(100);
  });

  it('clears what an interrupted swap left behind, and gives the person their active sheet back', () => {
    const { emulator, ss } = spreadsheet();
    ss.insertSheet('Rekap Pangan (lama)');
    ss.insertSheet('Dasbor (baru)');
    const mine = ss.insertSheet('LP-PKU');
    replaceSummaries(ss, [summary('Rekap Pangan', 1), summary('Dasbor', 2)], ['admin@kanwil.example']);
    replaceSummaries(ss, [summary('Rekap Pangan', 3), summary('Dasbor', 4)], ['admin@kanwil.example']);
    expect(names(emulator).sort()).toEqual(['Dasbor', 'LP-PKU', 'Rekap Pangan', 'Sheet1']);
    mine.activate();
    replaceSummaries(ss, [summary('Rekap Pangan', 5)], ['admin@kanwil.example']);
    expect(ss.getActiveSheet().getName()).toBe('LP-PKU');
  });
});
