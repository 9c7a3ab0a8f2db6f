// The batch read path: every unit tab through values.batchGetByDataFilter gives exactly what getValues() gives, in
// constant calls.

import { installEmulator, removeEmulator } from '../../../emulator';
import { wroteThroughSpreadsheetApp } from '../../../src/server/runtime/write-cache';
import {
  MAX_RANGES_BODY_CHARS,
  readGrids,
  readGridsAgain,
  serialToDate,
  tabBatches,
  wholeSheetRange,
} from '../../../src/server/sheets/batch-read';
import { readSheetIndex } from '../../../src/server/sheets/sheet-index';
import { sheetsByName } from '../../../src/server/sheets/workbook';

afterEach(removeEmulator);

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Tabs with every kind of cell an operator leaves: the reference is each tab's own getDataRange().getValues(). */
function workbookOfOddTabs() {
  const emulator = installEmulator();
  const ss = emulator.spreadsheet;
  const lapas = ss.insertSheet('LP-PKU');
  lapas.getRange('A1:D6').setValues([
    ['Indikator', 'Nilai', 'Catatan', ''],
    ['Tanggal data SDP', new Date('2026-02-03T00:00:00+07:00'), '', ''],
    ['Jumlah penghuni', 46056, 'angka yang kebetulan sama dengan serial tanggal', ''],
    ['Luas lahan', '102.772', 'ditulis sebagai teks', true],
    ['Pagu', '#REF!', '', ''],
    ['', '', '', ''],
  ]);
  lapas.getRange('B2').setNumberFormat('dd MMMM yyyy');
  // A text cell keeps "102.772" as typed (in a number cell Sheets would read it, in id-ID, as 102772).
  lapas.getRange('B4').setNumberFormat('@').setValue('102.772');
  lapas.getRange('B3').setNumberFormat('#,##0');
  // A date typed into a number field: getValues() gives a Date, so the core can say it is not a number.
  lapas.getRange('B6').setValue(new Date('2026-01-31T00:00:00+07:00'));
  lapas.getRange('B6').setNumberFormat('d/M/yyyy');
  ss.insertSheet('A1').getRange('C5').setValue('isi hanya di C5');
  ss.insertSheet("Lapas 'Baru'")
    .getRange('A1:B2')
    .setValues([
      ['=1+1', 'x'],
      ['', ''],
    ]);
  ss.insertSheet('Kosong');
  return { emulator, ss: ss as unknown as Spreadsheet };
}

describe('reading unit tabs in one batch', () => {
  it('gives every tab exactly the grid getValues() gives: dates as Dates, numbers and text as typed, padded', () => {
    const { ss } = workbookOfOddTabs();
    const names = ['LP-PKU', 'A1', "Lapas 'Baru'", 'Kosong'];
    const grids = readGrids(readSheetIndex(ss), names);
    for (const name of names) {
      const reference = ss.getSheetByName(name)?.getDataRange().getValues();
      expect({ name, grid: grids.get(name) }).toEqual({ name, grid: reference });
    }
    const lapas = grids.get('LP-PKU') ?? [];
    expect(lapas[1]?.[1]).toEqual(new Date('2026-02-03T00:00:00+07:00'));
    // The same number, typed into a number cell, stays a number: only date-formatted cells become Dates.
    expect(lapas[2]?.[1]).toBe(46056);
    expect(lapas[3]?.[1]).toBe('102.772');
    expect(lapas[5]?.[1]).toBeInstanceOf(Date);
    expect(grids.get('Kosong')).toEqual([['']]);
    expect(grids.get('A1')?.[4]).toEqual(['', '', 'isi hanya di C5']);
  });

  it('costs two reads whatever the number of tabs, nothing per tab, and a flush only after SpreadsheetApp writes', () => {
    const emulator = installEmulator();
    const ss = emulator.spreadsheet as unknown as Spreadsheet;
    const names = Array.from({ length: 205 }, (_, i) => `UPT ${i + 1}`);
    for (const name of names)
      ss.insertSheet(name)
        .getRange('A1:B1')
        .setValues([[name, 1]]);
    const index = readSheetIndex(ss);
    emulator.ledger.reset();
    const grids = readGrids(index, names);
    expect(grids.get('UPT 205')).toEqual([['UPT 205', 1]]);
    expect(emulator.ledger.all().map((c) => `${c.kind} ${c.method}`)).toEqual(
      Array(2).fill('read Spreadsheets.Values.batchGetByDataFilter'),
    );
    // A write through SpreadsheetApp waits in Apps Script's cache; the API would read the sheet without it.
    wroteThroughSpreadsheetApp();
    ss.getSheetByName('UPT 1')?.getRange('B1').setValue(2);
    emulator.ledger.reset();
    expect(readGrids(index, ['UPT 1']).get('UPT 1')).toEqual([['UPT 1', 2]]);
    expect(emulator.ledger.all().map((c) => `${c.kind} ${c.method}`)).toEqual([
      'write SpreadsheetApp.flush',
      ...Array(2).fill('read Spreadsheets.Values.batchGetByDataFilter'),
    ]);
  });

  it('sends the ranges in the request body, one batch for any real workbook, two past a megabyte of filters', () => {
    const names = Array.from({ length: 500 }, (_, i) => `Lembaga Pemasyarakatan Kelas IIA ${i} `.padEnd(99, 'x'));
    expect(tabBatches(names)).toEqual([names]);
    const many = Array.from({ length: 20_000 }, (_, i) => `UPT ${i} `.padEnd(60, 'x'));
    const batches = tabBatches(many);
    expect(batches.length).toBe(2);
    expect(batches.flat()).toEqual(many);
    for (const batch of batches)
      expect(JSON.stringify(batch.map((name) => ({ a1Range: wholeSheetRange(name) }))).length).toBeLessThanOrEqual(
        MAX_RANGES_BODY_CHARS + 1,
      );
  });

  it('reads nothing when there is no unit tab', () => {
    const { emulator, ss } = workbookOfOddTabs();
    const index = readSheetIndex(ss);
    emulator.ledger.reset();
    expect(readGrids(index, []).size).toBe(0);
    expect(emulator.ledger.count).toBe(0);
  });
});

describe('reading tabs again', () => {
  it('costs one read when nothing changed (dates included), and gives the changed tab as getValues() does', () => {
    const { emulator, ss } = workbookOfOddTabs();
    const index = readSheetIndex(ss);
    const names = ['LP-PKU', 'A1', "Lapas 'Baru'", 'Kosong'];
    const before = readGrids(index, names);
    const reads = () => emulator.ledger.all().filter((c) => c.method === 'Spreadsheets.Values.batchGetByDataFilter');
    const first = reads().length;
    const same = readGridsAgain(index, before);
    expect(reads().length - first).toBe(1);
    for (const name of names) expect(same.get(name)).toBe(before.get(name));

    ss.getSheetByName('LP-PKU')?.getRange('B3').setValue(46057);
    SpreadsheetApp.flush();
    const second = reads().length;
    const again = readGridsAgain(index, before);
    expect(reads().length - second).toBe(3);
    expect(again.get('LP-PKU')).toEqual(ss.getSheetByName('LP-PKU')?.getDataRange().getValues());
    expect(again.get('LP-PKU')?.[2]?.[1]).toBe(46057);
    expect(again.get('A1')).toBe(before.get('A1'));
  });
});

describe('the sheet index', () => {
  it('names every sheet in tab order with its id (hidden ones too) in three calls, whatever the number of sheets', () => {
    const { emulator, ss } = workbookOfOddTabs();
    ss.getSheetByName('Kosong')?.hideSheet();
    emulator.ledger.reset();
    const index = sheetsByName(ss);
    expect(emulator.ledger.all().map((c) => c.method)).toEqual([
      'Spreadsheet.getId',
      'Spreadsheets.get',
      'Spreadsheet.getSheets',
    ]);
    expect(index.timeZone).toBe('Asia/Jakarta');
    const sheets = ss.getSheets();
    expect([...index.keys()]).toEqual(sheets.map((s) => s.getName()));
    for (const sheet of sheets) {
      expect(index.get(sheet.getName())).toBe(sheet);
      expect(index.idOf(sheet.getName())).toBe(sheet.getSheetId());
    }
    expect(index.idOf('Tidak ada')).toBeNull();
  });

  it('refuses in Bahasa Indonesia when the Sheets advanced service is not enabled', () => {
    const { ss } = workbookOfOddTabs();
    delete (globalThis as Record<string, unknown>).Sheets;
    expect(() => readSheetIndex(ss)).toThrow('Layanan lanjutan "Google Sheets API" tidak aktif');
  });
});

describe('serial numbers to dates', () => {
  it('reads a serial as the wall-clock time of the spreadsheet’s zone, as getValues() does', () => {
    expect(serialToDate(46056, 'Asia/Jakarta')).toEqual(new Date('2026-02-03T00:00:00+07:00'));
    expect(serialToDate(46056.375, 'Asia/Jakarta')).toEqual(new Date('2026-02-03T09:00:00+07:00'));
    expect(serialToDate(46056, 'Asia/Jayapura')).toEqual(new Date('2026-02-03T00:00:00+09:00'));
    // Across a daylight-saving change the offset of that very day counts.
    expect(serialToDate(46218.5, 'Europe/Amsterdam')).toEqual(new Date('2026-07-15T12:00:00+02:00'));
  });
});
