// Contract tests: .xlsx load and save round-trip what the product relies on, and refuse bad files clearly.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Runtime } from '../runtime';
import { type EmuDataValidation, type EmuSpreadsheet, SpreadsheetService } from '../spreadsheet';
import { loadXlsx, saveXlsx, toXlsxBuffer } from '../xlsx';

function setup() {
  const service = new SpreadsheetService(new Runtime());
  const ss = service.create('Rekap UPT', { locale: 'id_ID', timeZone: 'Asia/Jakarta' });
  return { service, ss };
}

async function roundTrip(service: SpreadsheetService, ss: EmuSpreadsheet): Promise<EmuSpreadsheet> {
  return loadXlsx(service, await toXlsxBuffer(ss), { locale: 'id_ID', timeZone: 'Asia/Jakarta' });
}

describe('xlsx round trip', () => {
  test('values keep their types: numbers, text, booleans, dates (in the spreadsheet time zone), blanks', async () => {
    const { service, ss } = setup();
    const sheet = ss.getSheets()[0];
    const date = new Date('2026-02-03T00:00:00+07:00');
    sheet.getRange('A1:E1').setValues([[102772, "'0812", true, date, '']]);
    const back = (await roundTrip(service, ss)).getSheets()[0];
    const [row] = back.getRange('A1:E1').getValues();
    expect(row.slice(0, 3)).toEqual([102772, '0812', true]);
    expect((row[3] as Date).getTime()).toBe(date.getTime());
    expect(row[4]).toBe('');
  });

  test('formulas keep their text and their computed result', async () => {
    const { service, ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:A3').setValues([[2], [3], ['=SUM(A1:A2)']]);
    sheet.getRange('B1').setFormula('=VLOOKUP(1,C:D,2,FALSE)');
    const back = (await roundTrip(service, ss)).getSheets()[0];
    expect(back.getRange('A3').getFormula()).toBe('=SUM(A1:A2)');
    expect(back.getRange('A3').getValue()).toBe(5);
    expect(back.getRange('B1').getFormula()).toBe('=VLOOKUP(1,C:D,2,FALSE)');
  });

  test('a cached formula result from the file is what an unsupported formula reads', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.getCell('A1').value = { formula: 'VLOOKUP(1,C:D,2,FALSE)', result: 42 } as ExcelJS.CellFormulaValue;
    ws.getCell('A2').value = { formula: 'B9/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    const { service } = setup();
    const sheet = (await loadXlsx(service, Buffer.from(await wb.xlsx.writeBuffer()))).getSheets()[0];
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[42], ['#DIV/0!']]);
  });

  test("shared formulas (as Google Sheets exports them) load with each cell's own formula text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.getCell('A1').value = 1;
    ws.getCell('A2').value = 2;
    ws.fillFormula('B1:B2', 'A1*2', [2, 4]);
    const { service } = setup();
    const sheet = (await loadXlsx(service, Buffer.from(await wb.xlsx.writeBuffer()))).getSheets()[0];
    expect(sheet.getRange('B1:B2').getFormulas()).toEqual([['=A1*2'], ['=A2*2']]);
    expect(sheet.getRange('B1:B2').getValues()).toEqual([[2], [4]]);
  });

  test('number formats, display values, notes, backgrounds and bold survive', async () => {
    const { service, ss } = setup();
    const r = ss.getSheets()[0].getRange('A1');
    r.setValue(1250000)
      .setNumberFormat('"Rp "#,##0')
      .setNote('Anggaran')
      .setBackground('#fce8e6')
      .setFontWeight('bold');
    const back = (await roundTrip(service, ss)).getSheets()[0].getRange('A1');
    expect(back.getDisplayValue()).toBe('Rp 1.250.000');
    expect([back.getNote(), back.getBackground(), back.getFontWeight()]).toEqual(['Anggaran', '#fce8e6', 'bold']);
  });

  test('data-validation lists and number rules keep their criteria and allowInvalid', async () => {
    const { service, ss } = setup();
    const sheet = ss.getSheets()[0];
    const list = service.app
      .newDataValidation()
      .requireValueInList(['Ya', 'Tidak'], true)
      .setAllowInvalid(false)
      .build();
    const num = service.app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setHelpText('Angka ≥ 0').build();
    sheet.getRange('A2').setDataValidation(list as unknown as EmuDataValidation);
    sheet.getRange('B2').setDataValidation(num as unknown as EmuDataValidation);
    const back = (await roundTrip(service, ss)).getSheets()[0];
    const a = back.getRange('A2').getDataValidation();
    const b = back.getRange('B2').getDataValidation();
    expect([a?.getCriteriaType(), a?.getCriteriaValues(), a?.getAllowInvalid()]).toEqual([
      'VALUE_IN_LIST',
      [['Ya', 'Tidak'], true],
      false,
    ]);
    expect([b?.getCriteriaType(), b?.getCriteriaValues(), b?.getAllowInvalid(), b?.getHelpText()]).toEqual([
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      [0],
      true,
      'Angka ≥ 0',
    ]);
  });

  test('a dropdown taking its list from a range stays linked to that range', async () => {
    const { service, ss } = setup();
    const config = ss.insertSheet('Konfigurasi Unit');
    config.getRange('A1:A2').setValues([['Lapas'], ['Rutan']]);
    const rule = service.app
      .newDataValidation()
      .requireValueInRange(config.getRange('A1:A5') as unknown as GoogleAppsScript.Spreadsheet.Range, true)
      .setAllowInvalid(false)
      .build();
    ss.getSheets()[0]
      .getRange('B2')
      .setDataValidation(rule as unknown as EmuDataValidation);
    const back = await roundTrip(service, ss);
    const sheet = back.getSheets()[0];
    const read = sheet.getRange('B2').getDataValidation();
    expect(read?.getCriteriaType()).toBe('VALUE_IN_RANGE');
    expect(() => sheet.userEdit('op@upt.example', 'B2', 'Bapas')).toThrow();
    back.getSheetByName('Konfigurasi Unit')?.getRange('A3').setValue('Bapas');
    sheet.userEdit('op@upt.example', 'B2', 'Bapas');
    expect(sheet.getRange('B2').getValue()).toBe('Bapas');
  });

  test('sheet protection flag and unprotected cells, column widths, frozen panes, hidden sheets and rows, merges', async () => {
    const { service, ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.setName('Lapas Pekanbaru');
    sheet.protect().setUnprotectedRanges([sheet.getRange('B2:B3')]);
    sheet.setColumnWidth(1, 222);
    sheet.setRowHeight(2, 40);
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(1);
    sheet.hideRows(4);
    sheet.getRange('A1:C1').merge();
    ss.insertSheet('Konfigurasi').hideSheet();
    const back = await roundTrip(service, ss);
    const s = back.getSheetByName('Lapas Pekanbaru');
    expect(s?.getProtections('SHEET')).toHaveLength(1);
    expect(s?.canUserEdit('op@upt.example', 'B3')).toBe(true);
    expect(s?.canUserEdit('op@upt.example', 'A1')).toBe(false);
    expect(s?.getColumnWidth(1)).toBe(222);
    expect(s?.getRowHeight(2)).toBe(40);
    expect([s?.getFrozenRows(), s?.getFrozenColumns()]).toEqual([1, 1]);
    expect(s?.isRowHiddenByUser(4)).toBe(true);
    expect(
      s
        ?.getRange('A1:C1')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:C1']);
    expect(back.getSheetByName('Konfigurasi')?.isSheetHidden()).toBe(true);
    expect(back.getSheets().map((x) => x.getName())).toEqual(['Lapas Pekanbaru', 'Konfigurasi']);
  });

  test('saveXlsx writes a file loadXlsx reads back (name from the file name)', async () => {
    const { service, ss } = setup();
    ss.getSheets()[0].getRange('A1').setValue('Rekap');
    const dir = await mkdtemp(join(tmpdir(), 'xlsx-'));
    const path = join(dir, 'rekap-februari.xlsx');
    await saveXlsx(ss, path);
    const back = await loadXlsx(service, path);
    expect(back.getName()).toBe('rekap-februari');
    expect(back.getSheets()[0].getRange('A1').getValue()).toBe('Rekap');
  });
});

describe('bad files', () => {
  test('a file that is not a zip is refused with a clear Indonesian message', async () => {
    const { service } = setup();
    await expect(loadXlsx(service, Buffer.from('ini bukan workbook'))).rejects.toThrow(
      'Berkas bukan workbook .xlsx yang valid: isinya bukan arsip .xlsx.',
    );
  });

  test('a truncated xlsx is refused, not half-loaded', async () => {
    const { service, ss } = setup();
    const bytes = await toXlsxBuffer(ss);
    await expect(loadXlsx(service, bytes.subarray(0, Math.floor(bytes.length / 2)))).rejects.toThrow(
      'Berkas bukan workbook .xlsx yang valid',
    );
  });

  test('a password-protected (encrypted, OLE container) workbook is refused and says why', async () => {
    const { service } = setup();
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    await expect(loadXlsx(service, ole)).rejects.toThrow('dilindungi kata sandi');
  });

  test('a missing file path is reported with the path', async () => {
    const { service } = setup();
    const dir = await mkdtemp(join(tmpdir(), 'xlsx-'));
    await writeFile(join(dir, 'ada.txt'), 'x');
    await expect(loadXlsx(service, join(dir, 'tidak-ada.xlsx'))).rejects.toThrow('tidak-ada.xlsx');
  });
});
