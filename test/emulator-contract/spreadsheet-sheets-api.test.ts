// Contract tests: the Sheets advanced service's values.batchGet, one request for many ranges.
import { Runtime } from '../emulator/runtime';
import { SpreadsheetService } from '../emulator/spreadsheet';
import { createSheetsApi } from '../emulator/spreadsheet/sheets-api';

const SRC = 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet';

function setup() {
  const runtime = new Runtime();
  const service = new SpreadsheetService(runtime);
  const ss = service.create('Rekap', { locale: 'id_ID', timeZone: 'Asia/Jakarta' });
  const a = ss.insertSheet('Lapas Pekanbaru');
  a.getRange('A1:C3').setValues([
    ['Indikator', 'Jumlah', ''],
    ['Pembinaan', 102772, ''],
    ['Tanggal', new Date('2026-02-03T00:00:00+07:00'), ''],
  ]);
  a.getRange('B2').setNumberFormat('#,##0');
  a.getRange('B3').setNumberFormat('dd MMMM yyyy');
  ss.insertSheet('Rutan');
  return { runtime, service, ss, sheets: createSheetsApi(service) };
}

describe(`Sheets.Spreadsheets.Values.batchGet (${SRC})`, () => {
  test('many ranges are ONE read request', () => {
    const { runtime, ss, sheets } = setup();
    const id = ss.getId();
    runtime.ledger.reset();
    const res = sheets.Spreadsheets.Values.batchGet(id, { ranges: ["'Lapas Pekanbaru'!A1:C5", 'Rutan!A1:C5'] });
    expect(res.valueRanges).toHaveLength(2);
    expect(runtime.ledger.all().map((c) => [c.service, c.kind])).toEqual([['Sheets', 'read']]);
  });

  test('FORMATTED_VALUE (default) gives display strings; trailing empty cells and rows are omitted; empty ranges have no values', () => {
    const { ss, sheets } = setup();
    const [a, b] = sheets.Spreadsheets.Values.batchGet(ss.getId(), {
      ranges: ["'Lapas Pekanbaru'!A1:C5", 'Rutan!A1:C5'],
    }).valueRanges;
    expect(a.range).toBe("'Lapas Pekanbaru'!A1:C5");
    expect(a.values).toEqual([
      ['Indikator', 'Jumlah'],
      ['Pembinaan', '102.772'],
      ['Tanggal', '03 Februari 2026'],
    ]);
    expect(b).toEqual({ range: 'Rutan!A1:C5', majorDimension: 'ROWS' });
  });

  test('UNFORMATTED_VALUE gives numbers, and dates as serial numbers by default (SERIAL_NUMBER)', () => {
    const { ss, sheets } = setup();
    const [a] = sheets.Spreadsheets.Values.batchGet(ss.getId(), {
      ranges: ["'Lapas Pekanbaru'!B2:B3"],
      valueRenderOption: 'UNFORMATTED_VALUE',
    }).valueRanges;
    expect(a.values).toEqual([[102772], [46056]]);
  });

  test('FORMULA gives formula text; FORMATTED_STRING dates come as display strings', () => {
    const { ss, sheets } = setup();
    ss.getSheetByName('Rutan')
      ?.getRange('A1:A2')
      .setValues([[1], ['=A1*2']]);
    const [f] = sheets.Spreadsheets.Values.batchGet(ss.getId(), {
      ranges: ['Rutan!A1:A2'],
      valueRenderOption: 'FORMULA',
    }).valueRanges;
    expect(f.values).toEqual([[1], ['=A1*2']]);
    const [d] = sheets.Spreadsheets.Values.batchGet(ss.getId(), {
      ranges: ["'Lapas Pekanbaru'!B3"],
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'FORMATTED_STRING',
    }).valueRanges;
    expect(d.values).toEqual([['03 Februari 2026']]);
  });

  test('a bare sheet name reads the whole sheet; an unknown sheet fails like the API', () => {
    const { ss, sheets } = setup();
    const [a] = sheets.Spreadsheets.Values.batchGet(ss.getId(), { ranges: ['Rutan'] }).valueRanges;
    expect(a.range).toBe('Rutan!A1:Z1000');
    expect(() => sheets.Spreadsheets.Values.batchGet(ss.getId(), { ranges: ['Tidak Ada!A1'] })).toThrow(
      'Unable to parse range: Tidak Ada!A1',
    );
  });
});
