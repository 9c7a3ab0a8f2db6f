// Contracts: the Sheets advanced service (API v4) as the product uses it, read shapes and batch updates.
import { type Contract, type Scratch, thrown } from '../contract';

const BATCH_GET = 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchGet';
const GET = 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get';
const BATCH_UPDATE = 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate';
const BATCH_UPDATE_VALUES =
  'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/batchUpdate';
const ERRORS = 'https://developers.google.com/sheets/api/guides/troubleshoot-api-errors';
const DIMENSION = 'https://developers.google.com/sheets/api/reference/rest/v4/Dimension';
const REQUEST = 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request';
const COPY_PASTE = `copyPaste (${REQUEST}#copypasterequest, ${REQUEST}#pastetype)`;

/**
 * The advanced service as the manifest enables it (never undefined once enabled, unlike the typings say), after a
 * flush: the API reads the stored spreadsheet, and the scratch sheets were just written through SpreadsheetApp, whose
 * writes Apps Script caches (https://developers.google.com/apps-script/guides/support/best-practices).
 */
const api = () => {
  SpreadsheetApp.flush();
  return Sheets as GoogleAppsScript.Sheets;
};

/** Two scratch sheets laid out as the emulator's batchGet tests lay out "Lapas Pekanbaru" and "Rutan". */
function unitSheets(s: Scratch) {
  const lapas = s.sheet();
  lapas.getRange('A1:C3').setValues([
    ['Indikator', 'Jumlah', ''],
    ['Pembinaan', 102772, ''],
    ['Tanggal', new Date('2026-02-03T00:00:00+07:00'), ''],
  ]);
  lapas.getRange('B2').setNumberFormat('#,##0');
  lapas.getRange('B3').setNumberFormat('dd MMMM yyyy');
  const rutan = s.sheet();
  /** A range as the API echoes it, with the scratch sheets' names replaced by "Lapas" and "Rutan". */
  const named = (range: string | undefined) =>
    (range ?? '').split(lapas.getName()).join('Lapas').split(rutan.getName()).join('Rutan');
  return { lapas, rutan, named, quoted: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => `'${sheet.getName()}'` };
}

/** Rules for the batchUpdate contracts: one bold rule on Lapas!B2. */
function markedSheets(s: Scratch) {
  const { lapas, rutan } = unitSheets(s);
  lapas.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThan(10)
      .setBold(true)
      .setRanges([lapas.getRange('B2')])
      .build(),
  ]);
  return { lapas, rutan, id: s.spreadsheet.getId() };
}

/**
 * Two scratch sheets as the emulator's copyPaste tests make them: the source's A1:B2 a bold coloured header, a number
 * format and a strict list; the destination's A1:B2 values of its own. `paste` sends one PASTE_FORMAT request.
 */
function pasteSheets(s: Scratch) {
  const source = s.sheet();
  source.getRange('A1:B1').setValues([['Luas', 'Status']]);
  source.getRange('A1:B1').setFontWeight('bold').setBackground('#cfe2f3');
  source.getRange('A2').setNumberFormat('#,##0');
  source
    .getRange('B2')
    .setDataValidation(
      SpreadsheetApp.newDataValidation().requireValueInList(['Ya', 'Tidak']).setAllowInvalid(false).build(),
    );
  const target = s.sheet();
  target.getRange('A1:B2').setValues([
    ['lama', 'lama'],
    [102772, 'Ya'],
  ]);
  const area = (sheetId: number, startRowIndex: number, endRowIndex: number) => ({
    sheetId,
    startRowIndex,
    endRowIndex,
    startColumnIndex: 0,
    endColumnIndex: 2,
  });
  const paste = (startRowIndex = 0, endRowIndex = 2) =>
    api().Spreadsheets.batchUpdate(
      {
        requests: [
          {
            copyPaste: {
              source: area(source.getSheetId(), 0, 2),
              destination: area(target.getSheetId(), startRowIndex, endRowIndex),
              pasteType: 'PASTE_FORMAT',
              pasteOrientation: 'NORMAL',
            },
          },
        ],
      },
      s.spreadsheet.getId(),
    );
  return { source, target, paste };
}

export const SHEETS_API_CONTRACTS: Contract[] = [
  {
    name: `another spreadsheet by id (${ERRORS}) › an id no file has: 404 "Requested entity was not found."`,
    source: ERRORS,
    basis: 'documented',
    expected: 'API call to sheets.spreadsheets.values.batchGet failed with error: Requested entity was not found.',
    observe: () =>
      thrown(() =>
        api().Spreadsheets.Values.batchGet('1NoSuchFile000000000000000000000000000000', { ranges: ['Sheet1'] }),
      ),
  },
  {
    name: `Sheets.Spreadsheets.Values.batchGet (${BATCH_GET}) › FORMATTED_VALUE (default) gives display strings; trailing empty cells and rows are omitted; empty ranges have no values`,
    source: BATCH_GET,
    basis: 'documented',
    expected: [
      {
        range: "'Lapas'!A1:C5",
        values: [
          ['Indikator', 'Jumlah'],
          ['Pembinaan', '102.772'],
          ['Tanggal', '03 Februari 2026'],
        ],
      },
      { range: "'Rutan'!A1:C5", majorDimension: 'ROWS' },
    ],
    observe: (s) => {
      const { lapas, rutan, named, quoted } = unitSheets(s);
      const { valueRanges = [] } = api().Spreadsheets.Values.batchGet(s.spreadsheet.getId(), {
        ranges: [`${quoted(lapas)}!A1:C5`, `${quoted(rutan)}!A1:C5`],
      });
      const [a, b] = valueRanges;
      return [
        { range: named(a.range), values: a.values },
        { ...b, range: named(b.range) },
      ];
    },
  },
  {
    name: `Sheets.Spreadsheets.Values.batchGet (${BATCH_GET}) › UNFORMATTED_VALUE gives numbers, and dates as serial numbers by default (SERIAL_NUMBER)`,
    source: BATCH_GET,
    basis: 'documented',
    expected: [[102772], [46056]],
    observe: (s) => {
      const { lapas, quoted } = unitSheets(s);
      const { valueRanges = [] } = api().Spreadsheets.Values.batchGet(s.spreadsheet.getId(), {
        ranges: [`${quoted(lapas)}!B2:B3`],
        valueRenderOption: 'UNFORMATTED_VALUE',
      });
      return valueRanges[0].values;
    },
  },
  {
    name: `Sheets.Spreadsheets.Values.batchGet (${BATCH_GET}) › FORMULA gives formula text; FORMATTED_STRING dates come as display strings`,
    source: BATCH_GET,
    basis: 'documented',
    expected: { formulas: [[1], ['=A1*2']], dates: [['03 Februari 2026']] },
    observe: (s) => {
      const { lapas, rutan, quoted } = unitSheets(s);
      rutan.getRange('A1:A2').setValues([[1], ['=A1*2']]);
      const id = s.spreadsheet.getId();
      const formulas = api().Spreadsheets.Values.batchGet(id, {
        ranges: [`${quoted(rutan)}!A1:A2`],
        valueRenderOption: 'FORMULA',
      }).valueRanges?.[0].values;
      const dates = api().Spreadsheets.Values.batchGet(id, {
        ranges: [`${quoted(lapas)}!B3`],
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'FORMATTED_STRING',
      }).valueRanges?.[0].values;
      return { formulas, dates };
    },
  },
  {
    name: `Sheets.Spreadsheets.Values.batchGet (${BATCH_GET}) › a number in a date-formatted cell is a date-time field: FORMATTED_STRING gives its text, SERIAL_NUMBER the number`,
    source: 'https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption',
    basis: 'documented',
    expected: { serial: [[46056.5, 46056.5]], formatted: [['03 Februari 2026', 46056.5]] },
    observe: (s) => {
      const sheet = s.sheet();
      sheet.getRange('A1:B1').setNumberFormats([['dd MMMM yyyy', '#,##0']]);
      sheet.getRange('A1:B1').setValues([[46056.5, 46056.5]]);
      const read = (dateTimeRenderOption: string) =>
        api().Spreadsheets.Values.batchGet(s.spreadsheet.getId(), {
          ranges: [`'${sheet.getName()}'!A1:B1`],
          valueRenderOption: 'UNFORMATTED_VALUE',
          dateTimeRenderOption,
        }).valueRanges?.[0].values;
      return { serial: read('SERIAL_NUMBER'), formatted: read('FORMATTED_STRING') };
    },
  },
  {
    name: `Sheets.Spreadsheets.Values.batchGet (${BATCH_GET}) › a bare sheet name reads the whole sheet; an unknown sheet fails like the API`,
    source: BATCH_GET,
    basis: 'documented',
    expected: { range: "'Rutan'!A1:Z1000", unknown: /Unable to parse range: Tidak Ada!A1$/ },
    observe: (s) => {
      const { rutan, named, quoted } = unitSheets(s);
      const id = s.spreadsheet.getId();
      const [whole] = api().Spreadsheets.Values.batchGet(id, { ranges: [quoted(rutan)] }).valueRanges ?? [];
      return {
        range: named(whole.range),
        unknown: thrown(() => api().Spreadsheets.Values.batchGet(id, { ranges: ['Tidak Ada!A1'] })),
      };
    },
  },
  {
    name: `Sheets.Spreadsheets.Values.batchGet (${BATCH_GET}) › a range without a sheet name reads the first visible sheet, and the answer names that sheet`,
    source: 'https://developers.google.com/sheets/api/guides/concepts#cell',
    basis: 'documented',
    expected: { range: "'Terlihat'!A1:B2", values: [['terlihat']] },
    observe: (s) => {
      const hidden = s.sheet(0);
      const visible = s.sheet(1);
      hidden.getRange('A1').setValue('tersembunyi');
      visible.getRange('A1').setValue('terlihat');
      hidden.hideSheet();
      s.sheet(); // the active sheet is another one
      const [read] = api().Spreadsheets.Values.batchGet(s.spreadsheet.getId(), { ranges: ['A1:B2'] }).valueRanges ?? [];
      return { range: (read.range ?? '').split(visible.getName()).join('Terlihat'), values: read.values };
    },
  },
  {
    name: `majorDimension COLUMNS (${DIMENSION}) › a read by columns gives one list per column, trailing empty cells of a column and empty columns omitted`,
    source: DIMENSION,
    basis: 'documented',
    expected: {
      majorDimension: 'COLUMNS',
      values: [
        ['Indikator', 'Pembinaan', 'Tanggal'],
        ['Jumlah', 102772, 46056],
      ],
    },
    observe: (s) => {
      const { lapas, quoted } = unitSheets(s);
      const [read] =
        api().Spreadsheets.Values.batchGet(s.spreadsheet.getId(), {
          ranges: [`${quoted(lapas)}!A1:C4`],
          valueRenderOption: 'UNFORMATTED_VALUE',
          majorDimension: 'COLUMNS',
        }).valueRanges ?? [];
      return { majorDimension: read.majorDimension, values: read.values };
    },
  },
  {
    name: `majorDimension COLUMNS (${DIMENSION}) › a write by columns fills the range column by column; null leaves a cell, RAW keeps strings (${BATCH_UPDATE_VALUES})`,
    source: BATCH_UPDATE_VALUES,
    basis: 'documented',
    expected: {
      values: [
        ['UPT', 'Jumlah'],
        ['Rutan Siak', 'tetap'],
        ['', '=1+1'],
      ],
      formula: '',
      response: { updatedRange: "'Rutan'!A1:B3", updatedRows: 3, updatedColumns: 2 },
    },
    observe: (s) => {
      const { rutan, named, quoted } = unitSheets(s);
      rutan.getRange('B2').setValue('tetap');
      const res = api().Spreadsheets.Values.batchUpdate(
        {
          valueInputOption: 'RAW',
          data: [
            {
              range: `${quoted(rutan)}!A1:C3`,
              majorDimension: 'COLUMNS',
              values: [
                ['UPT', 'Rutan Siak'],
                ['Jumlah', null, '=1+1'],
              ],
            },
          ],
        },
        s.spreadsheet.getId(),
      );
      const [first] = res.responses ?? [];
      return {
        values: rutan.getRange('A1:B3').getValues(),
        formula: rutan.getRange('B3').getFormula(),
        response: {
          updatedRange: named(first?.updatedRange),
          updatedRows: first?.updatedRows ?? null,
          updatedColumns: first?.updatedColumns ?? null,
        },
      };
    },
  },
  {
    name: `majorDimension COLUMNS (${DIMENSION}) › USER_ENTERED reads strings as typed input (id_ID numbers, formulas); writing past the range is refused whole`,
    source: BATCH_UPDATE_VALUES,
    basis: 'documented',
    expected: {
      typed: [[1234.5], [2469]],
      pastRange:
        /^API call to sheets\.spreadsheets\.values\.batchUpdate failed with error: Requested writing within range/,
      untouched: '',
      noInputOption: /'valueInputOption' is required/,
    },
    observe: (s) => {
      const { rutan, quoted } = unitSheets(s);
      const id = s.spreadsheet.getId();
      const update = (request: GoogleAppsScript.Sheets.Schema.BatchUpdateValuesRequest) =>
        api().Spreadsheets.Values.batchUpdate(request, id);
      update({
        valueInputOption: 'USER_ENTERED',
        data: [{ range: `${quoted(rutan)}!A1:A2`, values: [['1.234,5'], ['=A1*2']] }],
      });
      const typed = rutan.getRange('A1:A2').getValues();
      const pastRange = thrown(() =>
        update({
          valueInputOption: 'RAW',
          data: [
            { range: `${quoted(rutan)}!C1`, values: [['ditulis?']] },
            { range: `${quoted(rutan)}!A1:B1`, majorDimension: 'COLUMNS', values: [['a'], ['b'], ['c']] },
          ],
        }),
      );
      return {
        typed,
        pastRange,
        untouched: rutan.getRange('C1').getValue(),
        noInputOption: thrown(() => update({ data: [] })),
      };
    },
  },
  {
    name: `Sheets.Spreadsheets.get (${GET}) › the field mask selects (a/b, a.b and a(b,c) are the same selection); without one every field comes back`,
    source: GET,
    basis: 'documented',
    expected: { sameSelection: true, titles: true, spreadsheetId: true, badMask: /Invalid field selection/ },
    observe: (s) => {
      const id = s.spreadsheet.getId();
      const get = (fields: string) => JSON.stringify(api().Spreadsheets.get(id, { fields }));
      const slash = get('sheets/properties/title');
      const titles = s.spreadsheet.getSheets().map((sheet) => ({ properties: { title: sheet.getName() } }));
      return {
        sameSelection: slash === get('sheets.properties.title') && slash === get('sheets(properties(title))'),
        titles: slash === JSON.stringify({ sheets: titles }),
        spreadsheetId: api().Spreadsheets.get(id).spreadsheetId === id,
        badMask: thrown(() => api().Spreadsheets.get(id, { fields: 'sheets(properties' })),
      };
    },
  },
  {
    name: `Sheets.Spreadsheets.batchUpdate, conditional formats (${BATCH_UPDATE}) › Spreadsheets.get gives each sheet’s rules as ConditionalFormatRule JSON: 0-based GridRanges, colours 0–1`,
    source: BATCH_UPDATE,
    basis: 'documented',
    expected: {
      lapas: [
        {
          ranges: [{ sheetId: 'Lapas', startRowIndex: 1, endRowIndex: 2, startColumnIndex: 1, endColumnIndex: 2 }],
          booleanRule: {
            condition: { type: 'NUMBER_GREATER', values: [{ userEnteredValue: '10' }] },
            format: { textFormat: { bold: true } },
          },
        },
        {
          ranges: [{ sheetId: 'Lapas', endRowIndex: 3, endColumnIndex: 1 }],
          booleanRule: {
            condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: '=TRUE' }] },
            format: {
              backgroundColor: { red: 0xf4 / 255, green: 0.8, blue: 0.8 },
              backgroundColorStyle: { rgbColor: { red: 0xf4 / 255, green: 0.8, blue: 0.8 } },
            },
          },
        },
      ],
      rutan: null,
    },
    observe: (s) => {
      const { lapas, rutan, id } = markedSheets(s);
      lapas.setConditionalFormatRules([
        ...lapas.getConditionalFormatRules(),
        SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied('=TRUE')
          .setBackground('#f4cccc')
          .setRanges([lapas.getRange('A1:A3')])
          .build(),
      ]);
      const { sheets = [] } = api().Spreadsheets.get(id, {
        fields: 'sheets(properties(sheetId),conditionalFormats)',
      });
      const of = (sheet: GoogleAppsScript.Spreadsheet.Sheet) =>
        sheets.find((entry) => entry.properties?.sheetId === sheet.getSheetId());
      // The scratch sheet's id differs on every run: the expectation names it "Lapas".
      const lapasId = lapas.getSheetId();
      const rules = JSON.parse(JSON.stringify(of(lapas)?.conditionalFormats ?? []), (key, value) =>
        key === 'sheetId' && value === lapasId ? 'Lapas' : value,
      );
      return { lapas: rules, rutan: of(rutan)?.conditionalFormats ?? null };
    },
  },
  {
    name: `Sheets.Spreadsheets.batchUpdate, conditional formats (${BATCH_UPDATE}) › requests on many sheets are ONE format call, applied in order; SpreadsheetApp sees the result`,
    source: BATCH_UPDATE,
    basis: 'documented',
    expected: { replies: 2, lapas: 0, ranges: ['B5:B6'], background: '#fff2cc', type: 'CUSTOM_FORMULA' },
    observe: (s) => {
      const { lapas, rutan, id } = markedSheets(s);
      const res = api().Spreadsheets.batchUpdate(
        {
          requests: [
            { deleteConditionalFormatRule: { sheetId: lapas.getSheetId(), index: 0 } },
            {
              addConditionalFormatRule: {
                index: 0,
                rule: {
                  ranges: [
                    {
                      sheetId: rutan.getSheetId(),
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
      const [rule] = rutan.getConditionalFormatRules();
      const condition = rule?.getBooleanCondition();
      return {
        replies: res.replies?.length ?? 0,
        lapas: lapas.getConditionalFormatRules().length,
        ranges: rule?.getRanges().map((r) => r.getA1Notation()) ?? [],
        background: condition?.getBackground() ?? null,
        type: String(condition?.getCriteriaType()),
      };
    },
  },
  {
    name: `Sheets.Spreadsheets.batchUpdate, conditional formats (${BATCH_UPDATE}) › a bad request fails the whole batch: nothing is applied`,
    source: BATCH_UPDATE,
    basis: 'documented',
    expected: {
      error: /^API call to sheets\.spreadsheets\.batchUpdate failed with error: Invalid requests\[1\]/,
      rules: 1,
    },
    observe: (s) => {
      const { lapas, id } = markedSheets(s);
      const remove = { deleteConditionalFormatRule: { sheetId: lapas.getSheetId(), index: 0 } };
      return {
        error: thrown(() => api().Spreadsheets.batchUpdate({ requests: [remove, remove] }, id)),
        rules: lapas.getConditionalFormatRules().length,
      };
    },
  },
  {
    name: `${COPY_PASTE} › PASTE_FORMAT gives the destination the source’s formats and data validation; its values stay`,
    source: `${REQUEST}#pastetype`,
    basis: 'documented',
    expected: {
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
    },
    observe: (s) => {
      const { target, paste } = pasteSheets(s);
      paste();
      const range = target.getRange('A1:B2');
      return {
        values: range.getValues(),
        weights: range.getFontWeights(),
        backgrounds: range.getBackgrounds(),
        formats: range.getNumberFormats(),
        rules: range.getDataValidations().map((row) => row.map((r) => (r ? String(r.getCriteriaType()) : null))),
      };
    },
  },
  {
    name: `${COPY_PASTE} › open question: a destination cell whose source has no rule loses its own; its note stays`,
    source: `${REQUEST}#pastetype`,
    basis: 'open question',
    expected: { rule: null, notes: [['catatan tujuan'], ['']] },
    observe: (s) => {
      const { source, target, paste } = pasteSheets(s);
      source.getRange('A2').setNote('catatan sumber');
      target.getRange('A1').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Ya']).build());
      target.getRange('A1').setNote('catatan tujuan');
      paste();
      const rule = target.getRange('A1').getDataValidation();
      return { rule: rule ? String(rule.getCriteriaType()) : null, notes: target.getRange('A1:A2').getNotes() };
    },
  },
  {
    name: `${COPY_PASTE} › open question: a paste that would run past the grid fails the batch`,
    source: `${REQUEST}#copypasterequest`,
    basis: 'open question',
    expected: /Invalid requests\[0\]\.copyPaste: Range \(.*!A1000:B1000\) exceeds grid limits\./,
    observe: (s) => {
      const { target, paste } = pasteSheets(s);
      const last = target.getMaxRows();
      return thrown(() => paste(last - 1, last));
    },
  },
  {
    // The add-on flushes before every Sheets API call that follows a SpreadsheetApp write (write-cache.ts), and the
    // emulator refuses such a call rather than guess; this run tells whether the API would have read the cached
    // write or the stored value.
    name: 'SpreadsheetApp write cache › open question: a Sheets API read right after an unflushed SpreadsheetApp write reads the stored value; after flush() the new one',
    source: 'https://developers.google.com/apps-script/guides/support/best-practices',
    basis: 'open question',
    expected: { unflushed: 'lama', flushed: 'baru' },
    observe: (s) => {
      const sheet = s.sheet();
      const cell = sheet.getRange('A1');
      cell.setValue('lama');
      SpreadsheetApp.flush();
      cell.setValue('baru');
      const range = `'${sheet.getName()}'!A1`;
      const read = () => {
        const sheets = Sheets as GoogleAppsScript.Sheets;
        const { valueRanges = [] } = sheets.Spreadsheets.Values.batchGet(s.spreadsheet.getId(), { ranges: [range] });
        return String(valueRanges[0]?.values?.[0]?.[0] ?? '');
      };
      const unflushed = (() => {
        try {
          return read();
        } catch (e) {
          return e instanceof Error ? e.message : String(e);
        }
      })();
      SpreadsheetApp.flush();
      return { unflushed, flushed: read() };
    },
  },
];
