// Contract tests: the Sheets advanced service's values.batchGet, one request for many ranges.
import { Runtime } from '../runtime';
import { SpreadsheetService } from '../spreadsheet';
import { createSheetsApi } from '../spreadsheet/sheets-api';

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

  // https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption: date, time and duration fields
  // are the cells whose format makes them so, whether the script wrote a Date or a number.
  test('a number in a date-formatted cell is a date-time field: FORMATTED_STRING gives its text, SERIAL_NUMBER the number', () => {
    const { ss, sheets } = setup();
    const rutan = ss.getSheetByName('Rutan');
    rutan?.getRange('A1:B1').setNumberFormats([['dd MMMM yyyy', '#,##0']]);
    rutan?.getRange('A1:B1').setValues([[46056.5, 46056.5]]);
    const read = (dateTimeRenderOption: 'SERIAL_NUMBER' | 'FORMATTED_STRING') =>
      sheets.Spreadsheets.Values.batchGet(ss.getId(), {
        ranges: ['Rutan!A1:B1'],
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption,
      }).valueRanges[0].values;
    expect(read('SERIAL_NUMBER')).toEqual([[46056.5, 46056.5]]);
    expect(read('FORMATTED_STRING')).toEqual([['03 Februari 2026', 46056.5]]);
  });

  // https://developers.google.com/sheets/api/guides/concepts#cell: "A1:B2" without a sheet name is on the first
  // visible sheet, whichever sheet is active.
  test('a range without a sheet name reads the first visible sheet, and the answer names that sheet', () => {
    const { ss, sheets } = setup();
    const [first, , rutan] = ss.getSheets();
    first.hideSheet();
    ss.setActiveSheet(rutan);
    const [a] = sheets.Spreadsheets.Values.batchGet(ss.getId(), { ranges: ['A1:B2'] }).valueRanges;
    expect(a.range).toBe("'Lapas Pekanbaru'!A1:B2");
    expect(a.values).toEqual([
      ['Indikator', 'Jumlah'],
      ['Pembinaan', '102.772'],
    ]);
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

const DIMENSION = 'https://developers.google.com/sheets/api/reference/rest/v4/Dimension';
const BATCH_UPDATE_VALUES =
  'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchUpdate';

describe(`majorDimension COLUMNS (${DIMENSION})`, () => {
  test('a read by columns gives one list per column, trailing empty cells of a column and empty columns omitted', () => {
    const { ss, sheets } = setup();
    const [a] = sheets.Spreadsheets.Values.batchGet(ss.getId(), {
      ranges: ["'Lapas Pekanbaru'!A1:C4"],
      valueRenderOption: 'UNFORMATTED_VALUE',
      majorDimension: 'COLUMNS',
    }).valueRanges;
    expect(a.majorDimension).toBe('COLUMNS');
    expect(a.values).toEqual([
      ['Indikator', 'Pembinaan', 'Tanggal'],
      ['Jumlah', 102772, 46056],
    ]);
  });

  test(`a write by columns fills the range column by column; null leaves a cell, RAW keeps strings (${BATCH_UPDATE_VALUES})`, () => {
    const { runtime, ss, sheets } = setup();
    const rutan = ss.getSheetByName('Rutan');
    rutan?.getRange('B2').setValue('tetap');
    const id = ss.getId();
    runtime.ledger.reset();
    const res = sheets.Spreadsheets.Values.batchUpdate(
      {
        valueInputOption: 'RAW',
        data: [
          {
            range: 'Rutan!A1:C3',
            majorDimension: 'COLUMNS',
            values: [
              ['UPT', 'Rutan Siak'],
              ['Jumlah', null, '=1+1'],
            ],
          },
        ],
      },
      id,
    );
    expect(runtime.ledger.all().map((c) => [c.method, c.kind])).toEqual([['Spreadsheets.Values.batchUpdate', 'write']]);
    expect(rutan?.getRange('A1:B3').getValues()).toEqual([
      ['UPT', 'Jumlah'],
      ['Rutan Siak', 'tetap'],
      ['', '=1+1'],
    ]);
    expect(rutan?.getRange('B3').getFormula()).toBe('');
    expect(res.responses[0]).toMatchObject({ updatedRange: 'Rutan!A1:B3', updatedRows: 3, updatedColumns: 2 });
  });

  test('USER_ENTERED reads strings as typed input (id_ID numbers, formulas); writing past the range is refused whole', () => {
    const { ss, sheets } = setup();
    const id = ss.getId();
    sheets.Spreadsheets.Values.batchUpdate(
      { valueInputOption: 'USER_ENTERED', data: [{ range: 'Rutan!A1:A2', values: [['1.234,5'], ['=A1*2']] }] },
      id,
    );
    const rutan = ss.getSheetByName('Rutan');
    expect(rutan?.getRange('A1:A2').getValues()).toEqual([[1234.5], [2469]]);
    expect(() =>
      sheets.Spreadsheets.Values.batchUpdate(
        {
          valueInputOption: 'RAW',
          data: [
            { range: 'Rutan!C1', values: [['ditulis?']] },
            { range: 'Rutan!A1:B1', majorDimension: 'COLUMNS', values: [['a'], ['b'], ['c']] },
          ],
        },
        id,
      ),
    ).toThrow(
      /^API call to sheets\.spreadsheets\.values\.batchUpdate failed with error: Requested writing within range/,
    );
    expect(rutan?.getRange('C1').getValue()).toBe('');
    expect(() => sheets.Spreadsheets.Values.batchUpdate({ data: [] }, id)).toThrow("'valueInputOption' is required");
  });
});

const GET_SRC = 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get';

describe(`Sheets.Spreadsheets.get (${GET_SRC})`, () => {
  test('every sheet in tab order with id, title, visibility and size is ONE metadata request, no cell read', () => {
    const { runtime, ss, sheets } = setup();
    ss.getSheetByName('Rutan')?.hideSheet();
    ss.getSheetByName('Lapas Pekanbaru')?.setFrozenRows(1);
    const id = ss.getId();
    runtime.ledger.reset();
    const res = sheets.Spreadsheets.get(id, {
      fields: 'properties.timeZone,sheets.properties(sheetId,title,index,hidden,gridProperties(rowCount,columnCount))',
    });
    expect(runtime.ledger.all().map((c) => [c.service, c.method, c.kind])).toEqual([
      ['Sheets', 'Spreadsheets.get', 'metadata'],
    ]);
    expect(res).toEqual({
      properties: { timeZone: 'Asia/Jakarta' },
      sheets: [
        { properties: { sheetId: 0, title: 'Sheet1', index: 0, gridProperties: { rowCount: 1000, columnCount: 26 } } },
        {
          properties: {
            sheetId: ss.getSheetByName('Lapas Pekanbaru')?.getSheetId(),
            title: 'Lapas Pekanbaru',
            index: 1,
            gridProperties: { rowCount: 1000, columnCount: 26 },
          },
        },
        {
          properties: {
            sheetId: ss.getSheetByName('Rutan')?.getSheetId(),
            title: 'Rutan',
            index: 2,
            hidden: true,
            gridProperties: { rowCount: 1000, columnCount: 26 },
          },
        },
      ],
    });
  });

  test('the field mask selects (a/b, a.b and a(b,c) are the same selection); without one every field comes back', () => {
    const { ss, sheets } = setup();
    const id = ss.getId();
    const slash = sheets.Spreadsheets.get(id, { fields: 'sheets/properties/title' });
    const dotted = sheets.Spreadsheets.get(id, { fields: 'sheets.properties.title' });
    const nested = sheets.Spreadsheets.get(id, { fields: 'sheets(properties(title))' });
    expect(slash).toEqual({
      sheets: [
        { properties: { title: 'Sheet1' } },
        { properties: { title: 'Lapas Pekanbaru' } },
        { properties: { title: 'Rutan' } },
      ],
    });
    expect(dotted).toEqual(slash);
    expect(nested).toEqual(slash);
    const full = sheets.Spreadsheets.get(id);
    expect(full.spreadsheetId).toBe(id);
    expect(full.properties).toEqual({ title: 'Rekap', locale: 'id_ID', timeZone: 'Asia/Jakarta' });
    expect(full.sheets?.[1]?.properties.gridProperties.frozenRowCount).toBeUndefined();
    expect(() => sheets.Spreadsheets.get(id, { fields: 'sheets(properties' })).toThrow('Invalid field selection');
  });

  test('an unknown spreadsheet id fails like the API', () => {
    const { sheets } = setup();
    expect(() => sheets.Spreadsheets.get('tidak-ada', { fields: 'sheets.properties.title' })).toThrow(
      'API call to sheets.spreadsheets.get failed with error: Requested entity was not found.',
    );
  });
});

const UPDATE_SRC = 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate';

describe(`Sheets.Spreadsheets.batchUpdate, conditional formats (${UPDATE_SRC})`, () => {
  const marked = () => {
    const { runtime, service, ss, sheets } = setup();
    const lapas = ss.getSheetByName('Lapas Pekanbaru');
    const rutan = ss.getSheetByName('Rutan');
    if (!lapas || !rutan) throw new Error('setup');
    const rule = (build: (b: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder) => unknown) =>
      build(service.app.newConditionalFormatRule()) as never;
    lapas.setConditionalFormatRules([
      rule((b) =>
        b
          .whenNumberGreaterThan(10)
          .setBold(true)
          .setRanges([lapas.getRange('B2') as never])
          .build(),
      ),
    ]);
    const mark = rule((b) =>
      b
        .whenFormulaSatisfied('=TRUE')
        .setBackground('#f4cccc')
        .setRanges([lapas.getRange('A1:A3') as never])
        .build(),
    );
    return { runtime, ss, sheets, lapas, rutan, mark, id: ss.getId() };
  };

  test('Spreadsheets.get gives each sheet’s rules as ConditionalFormatRule JSON: 0-based GridRanges, colours 0–1', () => {
    const { sheets, id, lapas, rutan, mark } = marked();
    lapas.setConditionalFormatRules([...lapas.getConditionalFormatRules(), mark]);
    const res = sheets.Spreadsheets.get(id, { fields: 'sheets(properties(sheetId),conditionalFormats)' });
    const lapasId = lapas.getSheetId();
    expect(res.sheets?.[1]).toEqual({
      properties: { sheetId: lapasId },
      conditionalFormats: [
        {
          ranges: [{ sheetId: lapasId, startRowIndex: 1, endRowIndex: 2, startColumnIndex: 1, endColumnIndex: 2 }],
          booleanRule: {
            condition: { type: 'NUMBER_GREATER', values: [{ userEnteredValue: '10' }] },
            format: { textFormat: { bold: true } },
          },
        },
        {
          ranges: [{ sheetId: lapasId, endRowIndex: 3, endColumnIndex: 1 }],
          booleanRule: {
            condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: '=TRUE' }] },
            format: {
              backgroundColor: { red: 0xf4 / 255, green: 0.8, blue: 0.8 },
              backgroundColorStyle: { rgbColor: { red: 0xf4 / 255, green: 0.8, blue: 0.8 } },
            },
          },
        },
      ],
    });
    // A sheet without rules has no conditionalFormats field.
    expect(res.sheets?.[2]).toEqual({ properties: { sheetId: rutan.getSheetId() } });
  });

  test('requests on many sheets are ONE write call, applied in order; SpreadsheetApp sees the result', () => {
    const { runtime, sheets, id, lapas, rutan } = marked();
    const [lapasId, rutanId] = [lapas.getSheetId(), rutan.getSheetId()];
    runtime.ledger.reset();
    const res = sheets.Spreadsheets.batchUpdate(
      {
        requests: [
          { deleteConditionalFormatRule: { sheetId: lapasId, index: 0 } },
          {
            addConditionalFormatRule: {
              index: 0,
              rule: {
                ranges: [
                  {
                    sheetId: rutanId,
                    startRowIndex: 4,
                    endRowIndex: 6,
                    startColumnIndex: 1,
                    endColumnIndex: 2,
                  },
                ],
                booleanRule: {
                  condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: '=TRUE' }] },
                  format: { backgroundColor: { red: 1, green: 0xf2 / 255, blue: 0.8 } },
                },
              },
            },
          },
        ],
      },
      id,
    );
    expect(runtime.ledger.all().map((c) => [c.service, c.method, c.kind])).toEqual([
      ['Sheets', 'Spreadsheets.batchUpdate', 'write'],
    ]);
    expect(res.replies).toHaveLength(2);
    expect(lapas.getConditionalFormatRules()).toEqual([]);
    const [rule] = rutan.getConditionalFormatRules();
    expect(rule?.getRanges().map((r) => r.getA1Notation())).toEqual(['B5:B6']);
    expect(rule?.getBooleanCondition()?.getBackground()).toBe('#fff2cc');
    expect(String(rule?.getBooleanCondition()?.getCriteriaType())).toBe('CUSTOM_FORMULA');
  });

  test('a bad request fails the whole batch: nothing is applied', () => {
    const { sheets, id, lapas } = marked();
    expect(() =>
      sheets.Spreadsheets.batchUpdate(
        {
          requests: [
            { deleteConditionalFormatRule: { sheetId: lapas.getSheetId(), index: 0 } },
            { deleteConditionalFormatRule: { sheetId: lapas.getSheetId(), index: 0 } },
          ],
        },
        id,
      ),
    ).toThrow(/^API call to sheets\.spreadsheets\.batchUpdate failed with error: Invalid requests\[1\]/);
    expect(lapas.getConditionalFormatRules()).toHaveLength(1);
  });
});

const FILTER_SRC =
  'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGetByDataFilter';

describe(`Sheets.Spreadsheets.Values.batchGetByDataFilter (${FILTER_SRC})`, () => {
  test('a1Range filters in the POST body: any number of ranges in ONE read, each answer with its filter', () => {
    const { runtime, ss, sheets } = setup();
    const id = ss.getId();
    runtime.ledger.reset();
    const res = sheets.Spreadsheets.Values.batchGetByDataFilter(
      {
        dataFilters: [{ a1Range: "'Lapas Pekanbaru'!A1:C5" }, { a1Range: 'Rutan!A1:C5' }],
        valueRenderOption: 'UNFORMATTED_VALUE',
      },
      id,
    );
    expect(runtime.ledger.all().map((c) => [c.method, c.kind])).toEqual([
      ['Spreadsheets.Values.batchGetByDataFilter', 'read'],
    ]);
    expect(res.valueRanges).toEqual([
      {
        valueRange: {
          range: "'Lapas Pekanbaru'!A1:C5",
          majorDimension: 'ROWS',
          values: [
            ['Indikator', 'Jumlah'],
            ['Pembinaan', 102772],
            ['Tanggal', 46056],
          ],
        },
        dataFilters: [{ a1Range: "'Lapas Pekanbaru'!A1:C5" }],
      },
      { valueRange: { range: 'Rutan!A1:C5', majorDimension: 'ROWS' }, dataFilters: [{ a1Range: 'Rutan!A1:C5' }] },
    ]);
  });
});

const REQUEST_SRC = 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request';

describe(`Sheets.Spreadsheets.batchUpdate, cell values (${REQUEST_SRC}#updatecellsrequest, #appendcellsrequest)`, () => {
  const text = (s: string) => ({ userEnteredValue: { stringValue: s } });
  const num = (n: number) => ({ userEnteredValue: { numberValue: n } });

  test('updateCells on many sheets is ONE write call; a stringValue is never parsed ("2026-03", "=1+1" stay text)', () => {
    const { runtime, ss, sheets } = setup();
    const lapas = ss.getSheetByName('Lapas Pekanbaru');
    const rutan = ss.getSheetByName('Rutan');
    if (!lapas || !rutan) throw new Error('setup');
    const [id, lapasId, rutanId] = [ss.getId(), lapas.getSheetId(), rutan.getSheetId()];
    runtime.ledger.reset();
    sheets.Spreadsheets.batchUpdate(
      {
        requests: [
          {
            updateCells: {
              start: { sheetId: lapasId, rowIndex: 1, columnIndex: 1 },
              rows: [{ values: [num(13), text('2026-03')] }, { values: [text('=1+1')] }],
              fields: 'userEnteredValue',
            },
          },
          { updateCells: { start: { sheetId: rutanId }, rows: [{ values: [text('x')] }], fields: '*' } },
        ],
      },
      id,
    );
    expect(runtime.ledger.all().map((c) => [c.service, c.method, c.kind])).toEqual([
      ['Sheets', 'Spreadsheets.batchUpdate', 'write'],
    ]);
    expect(lapas.getRange('B2:C3').getValues()).toEqual([
      [13, '2026-03'],
      ['=1+1', ''],
    ]);
    expect(lapas.getRange('B3').getFormula()).toBe('');
    expect(rutan.getRange('A1').getValue()).toBe('x');
  });

  test('with a range, the cells its rows leave out are cleared (for the fields given); fields is required', () => {
    const { ss, sheets } = setup();
    const lapas = ss.getSheetByName('Lapas Pekanbaru');
    if (!lapas) throw new Error('setup');
    const id = lapas.getSheetId();
    sheets.Spreadsheets.batchUpdate(
      {
        requests: [
          {
            updateCells: {
              range: { sheetId: id, startRowIndex: 0, endRowIndex: 3, startColumnIndex: 0, endColumnIndex: 2 },
              rows: [{ values: [text('Indikator')] }],
              fields: 'userEnteredValue',
            },
          },
        ],
      },
      ss.getId(),
    );
    expect(lapas.getRange('A1:B3').getValues()).toEqual([
      ['Indikator', ''],
      ['', ''],
      ['', ''],
    ]);
    expect(() =>
      sheets.Spreadsheets.batchUpdate(
        { requests: [{ updateCells: { start: { sheetId: id }, rows: [{ values: [num(1)] }], fields: '' } }] },
        ss.getId(),
      ),
    ).toThrow(
      // [F] wording: https://github.com/theoephraim/node-google-spreadsheet/issues/308
      "API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[0].updateCells: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)",
    );
    // ExtendedValue is a union: a cell with two kinds of value is refused (the request's reference).
    expect(() =>
      sheets.Spreadsheets.batchUpdate(
        {
          requests: [
            {
              updateCells: {
                start: { sheetId: id },
                rows: [{ values: [{ userEnteredValue: { numberValue: 1, stringValue: '1' } }] }],
                fields: 'userEnteredValue',
              },
            },
          ],
        },
        ss.getId(),
      ),
    ).toThrow(/Invalid requests\[0\]\.updateCells: ExtendedValue must set exactly one of/);
  });

  test('appendCells writes after the last row with data, inserting rows when the grid is full', () => {
    const { ss, sheets } = setup();
    const rutan = ss.getSheetByName('Rutan');
    if (!rutan) throw new Error('setup');
    rutan.getRange('A1:B1').setValues([['Periode', 'Nilai']]);
    rutan.deleteRows(3, 998);
    expect(rutan.getMaxRows()).toBe(2);
    sheets.Spreadsheets.batchUpdate(
      {
        requests: [
          {
            appendCells: {
              sheetId: rutan.getSheetId(),
              rows: [{ values: [text('2026-02'), num(1)] }, { values: [text('2026-02'), num(2)] }],
              fields: 'userEnteredValue',
            },
          },
        ],
      },
      ss.getId(),
    );
    expect(rutan.getMaxRows()).toBe(3);
    expect(rutan.getDataRange().getValues()).toEqual([
      ['Periode', 'Nilai'],
      ['2026-02', 1],
      ['2026-02', 2],
    ]);
  });

  test('a request that fails undoes the whole batch: earlier cell writes, appended rows and all', () => {
    const { ss, sheets } = setup();
    const lapas = ss.getSheetByName('Lapas Pekanbaru');
    const rutan = ss.getSheetByName('Rutan');
    if (!lapas || !rutan) throw new Error('setup');
    const before = lapas.getDataRange().getValues();
    expect(() =>
      sheets.Spreadsheets.batchUpdate(
        {
          requests: [
            {
              updateCells: {
                start: { sheetId: lapas.getSheetId() },
                rows: [{ values: [num(9)] }],
                fields: 'userEnteredValue',
              },
            },
            { appendCells: { sheetId: rutan.getSheetId(), rows: [{ values: [num(1)] }], fields: 'userEnteredValue' } },
            {
              updateCells: {
                start: { sheetId: rutan.getSheetId(), rowIndex: 1000 },
                rows: [{ values: [num(1)] }],
                fields: 'userEnteredValue',
              },
            },
          ],
        },
        ss.getId(),
      ),
    ).toThrow(/^API call to sheets\.spreadsheets\.batchUpdate failed with error: Invalid requests\[2\]\.updateCells/);
    expect(lapas.getDataRange().getValues()).toEqual(before);
    expect(rutan.getLastRow()).toBe(0);
  });

  test('a protected cell the user may not edit fails the whole batch with the protected-cell wording ([F] https://github.com/theoephraim/node-google-spreadsheet/pull/20)', () => {
    const { runtime, ss, sheets } = setup();
    const lapas = ss.getSheetByName('Lapas Pekanbaru');
    const rutan = ss.getSheetByName('Rutan');
    if (!lapas || !rutan) throw new Error('setup');
    ss.addEditor('operator@contoh.go.id');
    rutan.protect().removeEditors(['operator@contoh.go.id']);
    runtime.effectiveUserEmail = 'operator@contoh.go.id';
    expect(() =>
      sheets.Spreadsheets.batchUpdate(
        {
          requests: [
            {
              updateCells: {
                start: { sheetId: lapas.getSheetId() },
                rows: [{ values: [num(9)] }],
                fields: 'userEnteredValue',
              },
            },
            {
              updateCells: {
                start: { sheetId: rutan.getSheetId() },
                rows: [{ values: [num(9)] }],
                fields: 'userEnteredValue',
              },
            },
          ],
        },
        ss.getId(),
      ),
    ).toThrow(/failed with error: You are trying to edit a protected cell or object\./);
    expect(lapas.getRange('A1').getValue()).toBe('Indikator');
  });
});
