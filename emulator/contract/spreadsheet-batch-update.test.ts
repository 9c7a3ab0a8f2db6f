// Contract tests: the Sheets API's spreadsheets.batchUpdate requests the add-on sends, and the batch's atomicity.
import { Runtime } from '../runtime';
import { SpreadsheetService } from '../spreadsheet';
import { createSheetsApi } from '../spreadsheet/sheets-api';
import type { BatchUpdateRequest } from '../spreadsheet/sheets-batch-update';

const REQUEST = 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request';
const BATCH = 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate';
const OWNER = 'owner@kanwil.example';
const ADMIN = 'admin@kanwil.example';

function setup() {
  const runtime = new Runtime();
  runtime.effectiveUserEmail = OWNER;
  runtime.activeUserEmail = OWNER;
  const service = new SpreadsheetService(runtime);
  const ss = service.create('Rekap', { locale: 'id_ID', timeZone: 'Asia/Jakarta', owner: OWNER });
  ss.share(ADMIN);
  const sheet = ss.insertSheet('Dasbor');
  const api = createSheetsApi(service);
  const send = (requests: BatchUpdateRequest[]) => api.Spreadsheets.batchUpdate({ requests }, ss.getId());
  return { runtime, ss, sheet, id: sheet.getSheetId(), api, send, app: service.app };
}

const bold = { textFormat: { bold: true } };

describe(`updateCells and repeatCell (${REQUEST}#updatecellsrequest, #repeatcellrequest)`, () => {
  test('writes values and formats under the field mask; cells of the range its rows leave out are cleared', () => {
    const { sheet, id, send } = setup();
    sheet.getRange('A1:C3').setValues([
      ['lama', 'lama', 'lama'],
      ['lama', 'lama', 'lama'],
      ['lama', 'lama', 'lama'],
    ]);
    send([
      {
        updateCells: {
          range: { sheetId: id, startRowIndex: 0, endRowIndex: 3, startColumnIndex: 0, endColumnIndex: 3 },
          rows: [
            { values: [{ userEnteredValue: { stringValue: '=bukan rumus' }, userEnteredFormat: bold }] },
            {
              values: [
                { userEnteredValue: { stringValue: 'Luas' } },
                {
                  userEnteredValue: { numberValue: 102772 },
                  userEnteredFormat: { numberFormat: { type: 'NUMBER', pattern: '#,##0' } },
                },
              ],
            },
          ],
          fields: 'userEnteredValue,userEnteredFormat(numberFormat,textFormat.bold)',
        },
      },
    ]);
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      ['=bukan rumus', '', ''],
      ['Luas', 102772, ''],
      ['', '', ''],
    ]);
    expect(sheet.getRange('A1:B2').getFormulas()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(sheet.getRange('B2').getDisplayValue()).toBe('102.772');
    expect(sheet.getRange('A1:A2').getFontWeights()).toEqual([['bold'], ['normal']]);
  });

  test('formulaValue is a formula, a background colour is stored as #rrggbb; repeatCell gives every cell the same', () => {
    const { sheet, id, send } = setup();
    send([
      {
        updateCells: {
          start: { sheetId: id, rowIndex: 0, columnIndex: 0 },
          rows: [
            { values: [{ userEnteredValue: { numberValue: 2 } }, { userEnteredValue: { formulaValue: '=A1*2' } }] },
          ],
          fields: 'userEnteredValue',
        },
      },
      {
        repeatCell: {
          range: { sheetId: id, startRowIndex: 2, endRowIndex: 3, startColumnIndex: 0, endColumnIndex: 2 },
          cell: {
            userEnteredFormat: { backgroundColor: { red: 0.8117647, green: 0.8862745, blue: 0.9529412 }, ...bold },
          },
          fields: 'userEnteredFormat(backgroundColor,textFormat.bold)',
        },
      },
    ]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[2, 4]]);
    expect(sheet.getRange('A3:B3').getBackgrounds()).toEqual([['#cfe2f3', '#cfe2f3']]);
    expect(sheet.getRange('A3:B3').getFontWeights()).toEqual([['bold', 'bold']]);
  });
});

describe(`sheets, sizes, frozen rows, widths and merges (${REQUEST}#addsheetrequest, #updatesheetpropertiesrequest)`, () => {
  test('a sheet added with the id the caller chose is written by later requests of the same batch', () => {
    const { ss, send } = setup();
    const res = send([
      {
        addSheet: {
          properties: {
            sheetId: 4242,
            title: 'Rekap Pangan',
            index: 0,
            gridProperties: { rowCount: 3, columnCount: 2, frozenRowCount: 1 },
          },
        },
      },
      {
        updateCells: {
          start: { sheetId: 4242 },
          rows: [{ values: [{ userEnteredValue: { stringValue: 'Rekap Pangan' } }] }],
          fields: 'userEnteredValue',
        },
      },
    ]);
    const added = ss.getSheetByName('Rekap Pangan');
    expect(added?.getSheetId()).toBe(4242);
    expect(added?.getIndex()).toBe(1);
    expect([added?.getMaxRows(), added?.getMaxColumns(), added?.getFrozenRows()]).toEqual([3, 2, 1]);
    expect(added?.getRange('A1').getValue()).toBe('Rekap Pangan');
    expect(res.replies[0]).toEqual({
      addSheet: {
        properties: {
          sheetId: 4242,
          title: 'Rekap Pangan',
          index: 0,
          sheetType: 'GRID',
          gridProperties: { rowCount: 3, columnCount: 2, frozenRowCount: 1 },
        },
      },
    });
  });

  test('gridProperties resize the grid (shrinking drops cells); pixelSize sets column widths; merges come and go', () => {
    const { sheet, id, send } = setup();
    sheet.getRange('A5').setValue('hilang');
    send([
      {
        updateSheetProperties: {
          properties: { sheetId: id, gridProperties: { rowCount: 4, columnCount: 3, frozenRowCount: 2 } },
          fields: 'gridProperties(rowCount,columnCount,frozenRowCount)',
        },
      },
      {
        updateDimensionProperties: {
          range: { sheetId: id, dimension: 'COLUMNS', startIndex: 0, endIndex: 2 },
          properties: { pixelSize: 180 },
          fields: 'pixelSize',
        },
      },
      {
        mergeCells: {
          range: { sheetId: id, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 3 },
          mergeType: 'MERGE_ALL',
        },
      },
    ]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getFrozenRows()]).toEqual([4, 3, 2]);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2), sheet.getColumnWidth(3)]).toEqual([180, 180, 100]);
    expect(
      sheet
        .getRange('A1:C4')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:C1']);
    send([
      { unmergeCells: { range: { sheetId: id } } },
      { appendDimension: { sheetId: id, dimension: 'ROWS', length: 2 } },
    ]);
    expect(sheet.getRange('A1:C4').getMergedRanges()).toEqual([]);
    expect(sheet.getMaxRows()).toBe(6);
    expect(sheet.getRange('A5').getValue()).toBe('');
  });

  test(`appendCells writes after the last row with data, adding rows; too many columns fail (${REQUEST}#appendcellsrequest, [F] https://github.com/OpenRefine/OpenRefine/issues/2760)`, () => {
    const { sheet, id, send } = setup();
    send([
      {
        updateSheetProperties: {
          properties: { sheetId: id, gridProperties: { rowCount: 2, columnCount: 2 } },
          fields: 'gridProperties(rowCount,columnCount)',
        },
      },
    ]);
    sheet.getRange('A1:B1').setValues([['Mulai', 'Hasil']]);
    const row = (a: string, b: string) => ({
      values: [{ userEnteredValue: { stringValue: a } }, { userEnteredValue: { stringValue: b } }],
    });
    send([
      {
        appendCells: {
          sheetId: id,
          rows: [row('09.00', 'Berhasil'), row('10.00', 'Gagal')],
          fields: 'userEnteredValue',
        },
      },
    ]);
    expect(sheet.getRange(1, 1, sheet.getMaxRows(), 2).getValues()).toEqual([
      ['Mulai', 'Hasil'],
      ['09.00', 'Berhasil'],
      ['10.00', 'Gagal'],
    ]);
    expect(() =>
      send([
        {
          appendCells: {
            sheetId: id,
            rows: [{ values: [{}, {}, { userEnteredValue: { stringValue: 'x' } }] }],
            fields: 'userEnteredValue',
          },
        },
      ]),
    ).toThrow('Invalid requests[0].appendCells: Attempting to write column: 2, beyond the last requested column of: 1');
  });
});

describe(`protected ranges (${REQUEST}#addprotectedrangerequest, #updateprotectedrangerequest)`, () => {
  test('a sheet protection with editors: they may edit, others may not; updating it replaces the editors', () => {
    const { ss, sheet, id, send, api } = setup();
    const res = send([
      {
        addProtectedRange: {
          protectedRange: { range: { sheetId: id }, description: 'Rekap UPT', editors: { users: [ADMIN] } },
        },
      },
    ]);
    const protectedRangeId = (res.replies[0] as { addProtectedRange: { protectedRange: { protectedRangeId: number } } })
      .addProtectedRange.protectedRange.protectedRangeId;
    expect(sheet.canUserEdit(ADMIN, 'B4')).toBe(true);
    expect(sheet.canUserEdit('operator@contoh.go.id', 'B4')).toBe(false);
    expect(sheet.getProtections('SHEET')[0]?.getDescription()).toBe('Rekap UPT');
    send([
      {
        updateProtectedRange: {
          protectedRange: { protectedRangeId, editors: { users: ['kepala@kanwil.example'] } },
          fields: 'editors',
        },
      },
    ]);
    expect(sheet.canUserEdit(ADMIN, 'B4')).toBe(false);
    expect(sheet.canUserEdit('kepala@kanwil.example', 'B4')).toBe(true);
    const got = api.Spreadsheets.get(ss.getId(), {
      fields: 'sheets(properties.title,protectedRanges(protectedRangeId,description))',
    });
    expect(got.sheets?.find((s) => s.properties?.title === 'Dasbor')).toEqual({
      properties: { title: 'Dasbor' },
      protectedRanges: [{ protectedRangeId, description: 'Rekap UPT' }],
    });
  });
});

describe(`updateProtectedRange (${REQUEST}#updateprotectedrangerequest)`, () => {
  const OPERATOR = 'operator@contoh.go.id';
  /** A range protection of B2:C3 for `editors` (and the owner's domain when told), as the owner adds it; its id. */
  function protectedInput(
    send: (r: BatchUpdateRequest[]) => { replies: unknown[] },
    id: number,
    editors: string[],
    domainUsersCanEdit = false,
  ) {
    const res = send([
      {
        addProtectedRange: {
          protectedRange: {
            range: { sheetId: id, startRowIndex: 1, endRowIndex: 3, startColumnIndex: 1, endColumnIndex: 3 },
            description: 'Rekap UPT: isian',
            editors: { users: editors, domainUsersCanEdit },
          },
        },
      },
    ]);
    return (res.replies[0] as { addProtectedRange: { protectedRange: { protectedRangeId: number } } }).addProtectedRange
      .protectedRange.protectedRangeId;
  }

  test('"fields" names what changes: editors.users replaces the list, the description and domain setting stay', () => {
    const { ss, id, send } = setup();
    const protectedRangeId = protectedInput(send, id, [ADMIN], true);
    send([
      {
        updateProtectedRange: {
          protectedRange: { protectedRangeId, description: 'diabaikan', editors: { users: [OPERATOR] } },
          fields: 'editors.users',
        },
      },
    ]);
    const [p] = ss.getProtections('RANGE');
    // The caller making the change stays an editor of what they protect.
    expect(
      p
        ?.getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual([OPERATOR, OWNER].sort());
    expect(p?.getDescription()).toBe('Rekap UPT: isian');
    expect(p?.canDomainEdit()).toBe(true);
    send([{ updateProtectedRange: { protectedRange: { protectedRangeId }, fields: 'editors.domainUsersCanEdit' } }]);
    expect(p?.canDomainEdit()).toBe(false);
    expect(
      p
        ?.getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual([OPERATOR, OWNER].sort());
  });

  test('an unknown protectedRangeId fails the whole batch: nothing before it is applied', () => {
    const { sheet, id, send } = setup();
    const protectedRangeId = protectedInput(send, id, [ADMIN]);
    expect(() =>
      send([
        {
          updateProtectedRange: {
            protectedRange: { protectedRangeId, editors: { users: [OPERATOR] } },
            fields: 'editors',
          },
        },
        {
          updateProtectedRange: {
            protectedRange: { protectedRangeId: protectedRangeId + 1000, editors: { users: [OPERATOR] } },
            fields: 'editors',
          },
        },
      ]),
    ).toThrow(`No protected range with id: ${protectedRangeId + 1000}`);
    expect([sheet.canUserEdit(ADMIN, 'B2'), sheet.canUserEdit(OPERATOR, 'B2')]).toEqual([true, false]);
  });

  test(`a caller who may not edit the protected range may not change it either (${BATCH})`, () => {
    const { runtime, ss, sheet, id, send } = setup();
    const protectedRangeId = protectedInput(send, id, [ADMIN]);
    // A file editor left out of the protection tries to add themselves.
    ss.share(OPERATOR);
    runtime.effectiveUserEmail = OPERATOR;
    runtime.activeUserEmail = OPERATOR;
    expect(() =>
      send([
        {
          updateProtectedRange: {
            protectedRange: { protectedRangeId, editors: { users: [OPERATOR, ADMIN] } },
            fields: 'editors',
          },
        },
      ]),
    ).toThrow('You are trying to edit a protected cell or object.');
    expect(sheet.canUserEdit(OPERATOR, 'B2')).toBe(false);
  });
});

describe(`charts (${REQUEST}#addchartrequest, #updatechartspecrequest, #deleteembeddedobjectrequest)`, () => {
  test('a column chart over a table, found by id, updated in place and deleted', () => {
    const { ss, sheet, id, send, api } = setup();
    sheet.getRange('A1:B3').setValues([
      ['Klaster', 'Luas'],
      ['Pertanian', 60000],
      ['Perikanan', 42772],
    ]);
    const source = (c0: number, c1: number) => ({
      sourceRange: {
        sources: [{ sheetId: id, startRowIndex: 0, endRowIndex: 3, startColumnIndex: c0, endColumnIndex: c1 }],
      },
    });
    const spec = (title: string) => ({
      title,
      basicChart: {
        chartType: 'COLUMN' as const,
        headerCount: 1,
        domains: [{ domain: source(0, 1) }],
        series: [{ series: source(1, 2) }],
      },
    });
    const res = send([
      {
        addChart: {
          chart: {
            spec: spec('Luas lahan'),
            position: { overlayPosition: { anchorCell: { sheetId: id, rowIndex: 0, columnIndex: 3 } } },
          },
        },
      },
    ]);
    const chartId = (res.replies[0] as { addChart: { chart: { chartId: number } } }).addChart.chart.chartId;
    const [chart] = sheet.getCharts();
    expect(chart?.getOptions().get('title')).toBe('Luas lahan');
    expect(chart?.getContainerInfo().getAnchorColumn()).toBe(4);
    expect(chart?.spec()).toMatchObject({
      categories: ['Pertanian', 'Perikanan'],
      series: [{ name: 'Luas', values: [60000, 42772] }],
    });
    send([{ updateChartSpec: { chartId, spec: spec('Luas lahan (m²)') } }]);
    expect(sheet.getCharts()[0]?.getOptions().get('title')).toBe('Luas lahan (m²)');
    const got = api.Spreadsheets.get(ss.getId(), { fields: 'sheets(charts.chartId)' });
    expect(got.sheets?.flatMap((s) => (s as { charts?: { chartId: number }[] }).charts ?? [])).toEqual([{ chartId }]);
    send([{ deleteEmbeddedObject: { objectId: chartId } }]);
    expect(sheet.getCharts()).toEqual([]);
  });
});

describe(`a batch is all or nothing (${BATCH})`, () => {
  const previous = (s: ReturnType<typeof setup>) => {
    s.sheet.getRange('A1').setValue('ringkasan lama');
    return () => ({
      value: s.sheet.getRange('A1').getValue(),
      sheets: s.ss.getSheets().map((x) => x.getName()),
      id: s.ss.getSheetByName('Dasbor')?.getSheetId(),
    });
  };
  const write = (sheetId: number) => ({
    updateCells: {
      start: { sheetId },
      rows: [{ values: [{ userEnteredValue: { stringValue: 'baru' } }] }],
      fields: 'userEnteredValue',
    },
  });

  test('an unknown sheet id fails the batch, and the requests before it are undone', () => {
    const s = setup();
    const state = previous(s);
    const before = state();
    expect(() => s.send([{ addSheet: { properties: { title: 'Status' } } }, write(s.id), write(99)])).toThrow(
      'API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[2].updateCells: No grid with id: 99',
    );
    expect(state()).toEqual(before);
  });

  test('a range starting past the grid fails with its A1 and the grid size; one ending past it is cut at the edge ([F] https://github.com/nithinmurali/pygsheets/issues/124)', () => {
    const s = setup();
    const state = previous(s);
    const before = state();
    const repeat = (startRowIndex: number, endRowIndex?: number) => ({
      repeatCell: {
        range: { sheetId: s.id, startRowIndex, endRowIndex, startColumnIndex: 0, endColumnIndex: 2 },
        cell: { userEnteredFormat: bold },
        fields: 'userEnteredFormat.textFormat.bold',
      },
    });
    expect(() => s.send([write(s.id), repeat(1000)])).toThrow(
      'Invalid requests[1].repeatCell: Range (Dasbor!A1001:B) exceeds grid limits. Max rows: 1000, max columns: 26',
    );
    expect(state()).toEqual(before);
    s.send([repeat(998, 1003)]);
    expect(s.sheet.getMaxRows()).toBe(1000);
    expect(s.sheet.getRange('A1000').getFontWeight()).toBe('bold');
  });

  test('cells protected from the caller fail the whole batch with the protected-cell error ([F] https://github.com/theoephraim/node-google-spreadsheet/pull/20)', () => {
    const s = setup();
    s.sheet.protect().removeEditors([ADMIN]);
    const state = previous(s);
    const before = state();
    s.runtime.effectiveUserEmail = ADMIN;
    expect(() => s.send([{ addSheet: { properties: { title: 'Status' } } }, write(s.id)])).toThrow(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
    expect(state()).toEqual(before);
  });
});

describe(`data validation (${REQUEST}#setdatavalidationrequest, https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#DataValidationRule)`, () => {
  const range = (sheetId: number, startRowIndex = 0, endRowIndex = 2) => ({
    sheetId,
    startRowIndex,
    endRowIndex,
    startColumnIndex: 1,
    endColumnIndex: 2,
  });
  const list = (sheetId: number, startRowIndex?: number) => ({
    setDataValidation: {
      range: range(sheetId, startRowIndex, (startRowIndex ?? 0) + 2),
      rule: {
        condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: 'Ya' }, { userEnteredValue: 'Tidak' }] },
        inputMessage: 'Pilih Ya atau Tidak',
        strict: true,
        showCustomUi: true,
      },
    },
  });

  test('sets the rule on every cell of the range: strict refuses other typing, not strict only warns', () => {
    const { sheet, id, send } = setup();
    send([
      list(id),
      {
        setDataValidation: {
          range: { sheetId: id, startRowIndex: 2, endRowIndex: 3, startColumnIndex: 1, endColumnIndex: 2 },
          rule: {
            condition: { type: 'NUMBER_BETWEEN', values: [{ userEnteredValue: '0' }, { userEnteredValue: '100' }] },
            strict: false,
          },
        },
      },
    ]);
    const rule = sheet.getRange('B2').getDataValidation();
    expect([rule?.getCriteriaType(), rule?.getCriteriaValues(), rule?.getAllowInvalid(), rule?.getHelpText()]).toEqual([
      'VALUE_IN_LIST',
      [['Ya', 'Tidak'], true],
      false,
      'Pilih Ya atau Tidak',
    ]);
    expect(sheet.getRange('B3').getDataValidation()?.getCriteriaValues()).toEqual([0, 100]);
    expect(sheet.getRange('B3').getDataValidation()?.getAllowInvalid()).toBe(true);
    expect(() => sheet.userEdit(OWNER, 'B1', 'Mungkin')).toThrow();
    sheet.userEdit(OWNER, 'B3', '250');
    expect(sheet.getRange('B3').getValue()).toBe(250);
  });

  test('a request without a rule clears the validation of its range', () => {
    const { sheet, id, send } = setup();
    send([list(id)]);
    send([{ setDataValidation: { range: range(id, 1, 2) } }]);
    expect(sheet.getRange('B1').getDataValidation()).not.toBeNull();
    expect(sheet.getRange('B2').getDataValidation()).toBeNull();
  });

  test('an unknown sheet, a range past the grid or cells protected from the caller fail the batch: no rule set', () => {
    const s = setup();
    expect(() => s.send([list(s.id), list(99)])).toThrow('Invalid requests[1].setDataValidation: No grid with id: 99');
    expect(() => s.send([list(s.id), list(s.id, 1000)])).toThrow(
      'Invalid requests[1].setDataValidation: Range (Dasbor!B1001:B1002) exceeds grid limits.',
    );
    expect(s.sheet.getRange('B1').getDataValidation()).toBeNull();
    s.sheet.protect().removeEditors([ADMIN]);
    s.runtime.effectiveUserEmail = ADMIN;
    expect(() => s.send([list(s.id)])).toThrow('You are trying to edit a protected cell or object.');
    expect(s.sheet.getRange('B1').getDataValidation()).toBeNull();
  });
});

describe(`copyPaste (${REQUEST}#copypasterequest, ${REQUEST}#pastetype)`, () => {
  const area = (sheetId: number, startRowIndex: number, endRowIndex: number, endColumnIndex = 2) => ({
    sheetId,
    startRowIndex,
    endRowIndex,
    startColumnIndex: 0,
    endColumnIndex,
  });
  const paste = (source: object, destination: object) => ({
    copyPaste: { source, destination, pasteType: 'PASTE_FORMAT', pasteOrientation: 'NORMAL' as const },
  });
  /** Dasbor!A1:B2: a bold header with a background, a number format and a strict list under it. */
  function formatted(s: ReturnType<typeof setup>) {
    s.sheet.getRange('A1:B1').setValues([['Luas', 'Status']]);
    s.sheet.getRange('A1:B1').setFontWeight('bold').setBackground('#cfe2f3');
    s.sheet.getRange('A2').setNumberFormat('#,##0');
    s.sheet
      .getRange('B2')
      .setDataValidation(
        s.app.newDataValidation().requireValueInList(['Ya', 'Tidak']).setAllowInvalid(false).build() as never,
      );
    const target = s.ss.insertSheet('Salinan');
    target.getRange('A1:B2').setValues([
      ['lama', 'lama'],
      [102772, 'Ya'],
    ]);
    return target;
  }
  const look = (sheet: ReturnType<typeof setup>['sheet'], a1: string) => {
    const range = sheet.getRange(a1);
    return {
      values: range.getValues(),
      weights: range.getFontWeights(),
      backgrounds: range.getBackgrounds(),
      formats: range.getNumberFormats(),
      rules: range.getDataValidations().map((row) => row.map((r) => r?.getCriteriaType() ?? null)),
    };
  };

  test('PASTE_FORMAT gives the destination the source’s formats and data validation; its values stay', () => {
    const s = setup();
    const target = formatted(s);
    s.send([paste(area(s.id, 0, 2), area(target.getSheetId(), 0, 2))]);
    expect(look(target, 'A1:B2')).toEqual({
      values: [
        ['lama', 'lama'],
        [102772, 'Ya'],
      ],
      weights: [
        ['bold', 'bold'],
        ['normal', 'normal'],
      ],
      backgrounds: [
        ['#cfe2f3', '#cfe2f3'],
        ['#ffffff', '#ffffff'],
      ],
      formats: [
        ['0.###############', '0.###############'],
        ['#,##0', '0.###############'],
      ],
      rules: [
        [null, null],
        [null, 'VALUE_IN_LIST'],
      ],
    });
    expect(() => target.userEdit(OWNER, 'B2', 'Mungkin')).toThrow();
  });

  test('a destination spanning a multiple of the source repeats it; a smaller one still takes the whole source', () => {
    const s = setup();
    const target = formatted(s);
    const header = area(s.id, 0, 1);
    s.send([
      paste(header, area(target.getSheetId(), 3, 7)),
      paste(area(s.id, 0, 2), area(target.getSheetId(), 8, 9, 1)),
    ]);
    expect(target.getRange('A4:B8').getFontWeights()).toEqual([
      ['bold', 'bold'],
      ['bold', 'bold'],
      ['bold', 'bold'],
      ['bold', 'bold'],
      ['normal', 'normal'],
    ]);
    expect(look(target, 'A9:B10').rules).toEqual([
      [null, null],
      [null, 'VALUE_IN_LIST'],
    ]);
    expect(target.getRange('B9').getBackground()).toBe('#cfe2f3');
  });

  test('an unknown sheet, a source past the grid or a destination protected from the caller fail the batch: nothing pasted', () => {
    const s = setup();
    const target = formatted(s);
    const to = area(target.getSheetId(), 0, 2);
    const before = look(target, 'A1:B2');
    expect(() => s.send([paste(area(s.id, 0, 2), to), paste(area(99, 0, 2), to)])).toThrow(
      'Invalid requests[1].copyPaste: No grid with id: 99',
    );
    expect(() => s.send([paste(area(s.id, 0, 2), to), paste(area(s.id, 1000, 1002), to)])).toThrow(
      'Invalid requests[1].copyPaste: Range (Dasbor!A1001:B1002) exceeds grid limits.',
    );
    expect(look(target, 'A1:B2')).toEqual(before);
    target.protect().removeEditors([ADMIN]);
    s.runtime.effectiveUserEmail = ADMIN;
    expect(() => s.send([paste(area(s.id, 0, 2), to)])).toThrow('You are trying to edit a protected cell or object.');
    expect(look(target, 'A1:B2')).toEqual(before);
  });

  // Not settled by the reference ("Paste the format and data validation only"): whether a source cell without a rule
  // clears the destination's, and whether notes (a CellData field beside the format) travel. The emulator's belief:
  // the rule goes, the note stays. Checked by the live contract run (live/contracts/sheets-api.ts).
  test('open question: a destination cell whose source has no rule loses its own; its note stays', () => {
    const s = setup();
    const target = formatted(s);
    s.sheet.getRange('A2').setNote('catatan sumber');
    target.getRange('A1').setDataValidation(s.app.newDataValidation().requireValueInList(['Ya']).build() as never);
    target.getRange('A1').setNote('catatan tujuan');
    s.send([paste(area(s.id, 0, 2), area(target.getSheetId(), 0, 2))]);
    expect(target.getRange('A1').getDataValidation()).toBeNull();
    expect(target.getRange('A1:A2').getNotes()).toEqual([['catatan tujuan'], ['']]);
  });

  // Not settled by the reference either: the whole source copied from a destination near the grid's edge would run
  // past it. The emulator refuses it as a range past the grid (a question for the live contract run).
  test('open question: a paste that would run past the grid fails the batch', () => {
    const s = setup();
    const target = formatted(s);
    const last = target.getMaxRows();
    expect(() => s.send([paste(area(s.id, 0, 2), area(target.getSheetId(), last - 1, last))])).toThrow(
      'Invalid requests[0].copyPaste: Range (Salinan!A1000:B1000) exceeds grid limits.',
    );
  });
});
