// Contracts: SpreadsheetApp ranges, values, number formats and sheets, as the product reads and writes them.
import { type Contract, kindOf, thrown } from '../contract';

const R = 'https://developers.google.com/apps-script/reference/spreadsheet/';
const LOCALE = 'https://support.google.com/docs/answer/58515';

/** A row of cell values with every Date as its ISO text, so it can be compared and printed. */
const plainRow = (row: unknown[]) => row.map((v) => (kindOf(v) === 'Date' ? (v as Date).toISOString() : v));

export const SPREADSHEET_CONTRACTS: Contract[] = [
  {
    name: `Range.getValues › blank cells read as '' never null (${R}range#getValues())`,
    source: `${R}range#getValues()`,
    basis: 'documented',
    expected: [
      ['', '', ''],
      ['', 5, ''],
    ],
    observe: (s) => {
      const sheet = s.sheet();
      sheet.getRange('B2').setValue(5);
      return sheet.getRange('A1:C2').getValues();
    },
  },
  {
    name: `Range.getValues › numbers, booleans, strings and dates keep their types (${R}range#getValues())`,
    source: `${R}range#getValues()`,
    basis: 'documented',
    expected: {
      kinds: ['Number', 'Boolean', 'String', 'Date'],
      values: [102772, true, 'Lapas Pekanbaru', '2026-02-02T17:00:00.000Z'],
    },
    observe: (s) => {
      const range = s.sheet().getRange('A1:D1');
      range.setValues([[102772, true, 'Lapas Pekanbaru', new Date('2026-02-03T00:00:00+07:00')]]);
      const [row] = range.getValues();
      return { kinds: row.map(kindOf), values: plainRow(row) };
    },
  },
  {
    name: 'Range.getValues › a number in a date-, time- or duration-formatted cell reads as a Date; formulas still see the number',
    source: 'https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption',
    basis: 'documented',
    expected: {
      kinds: ['Date', 'Number', 'Date', 'Date'],
      // 1.5 days as a duration is 31 Dec 1899 12:00 in Jakarta, whose offset then was +07:07:12 (tz database).
      values: ['2026-02-02T17:00:00.000Z', 46056, '1899-12-31T04:52:48.000Z', '2026-02-03T17:00:00.000Z'],
      display: '03/02/2026',
    },
    observe: (s) => {
      const range = s.sheet().getRange('A1:A4');
      range.setNumberFormats([['dd/mm/yyyy'], ['#,##0'], ['[h]:mm'], ['dd/mm/yyyy']]);
      range.setValues([[46056], [46056], [1.5], ['=A1+1']]);
      const column = range.getValues().map(([v]) => v);
      return { kinds: column.map(kindOf), values: plainRow(column), display: range.getCell(1, 1).getDisplayValue() };
    },
  },
  {
    name: `Range.setValues › row count mismatch throws the real wording (${R}range#setValues(Object)) [F]`,
    source: `${R}range#setValues(Object)`,
    basis: 'documented',
    expected:
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    observe: (s) =>
      thrown(() =>
        s
          .sheet()
          .getRange('A1:B3')
          .setValues([[1, 2]]),
      ),
  },
  {
    name: `Range.setValues › column count mismatch throws the real wording (${R}range#setValues(Object)) [F]`,
    source: `${R}range#setValues(Object)`,
    basis: 'documented',
    expected:
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    observe: (s) =>
      thrown(() =>
        s
          .sheet()
          .getRange('A1:C1')
          .setValues([[1, 2]]),
      ),
  },
  {
    name: `Range.setValues › a string starting with "=" is stored as a formula (${R}range#setValues(Object))`,
    source: `${R}range#setValues(Object)`,
    basis: 'documented',
    expected: { formula: '=SUM(A1:A2)', value: 5, formulas: [[''], [''], ['=SUM(A1:A2)']] },
    observe: (s) => {
      const sheet = s.sheet();
      sheet.getRange('A1:A3').setValues([[2], [3], ['=SUM(A1:A2)']]);
      return {
        formula: sheet.getRange('A3').getFormula(),
        value: sheet.getRange('A3').getValue(),
        formulas: sheet.getRange('A1:A3').getFormulas(),
      };
    },
  },
  {
    name: 'Range.setValues › a cell formatted as plain text (@) keeps a numeric-looking string',
    source: `${R}range#setNumberFormat(String)`,
    basis: 'documented',
    expected: '0812',
    observe: (s) => s.sheet().getRange('A1').setNumberFormat('@').setValue('0812').getValue(),
  },
  {
    name: 'Range.setValues › a leading apostrophe forces text and is not part of the value (uncertain: Sheets help "format numbers as text")',
    source: 'https://support.google.com/docs/answer/56470',
    basis: 'open question',
    expected: '0123',
    observe: (s) => s.sheet().getRange('A1').setValue("'0123").getValue(),
  },
  {
    name: 'Range.setValues › strings are read as typed input (USER_ENTERED, https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption): "123" becomes a number (widely observed for setValue; uncertain)',
    source: 'https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption',
    basis: 'open question',
    expected: 123,
    observe: (s) => s.sheet().getRange('A1').setValue('123').getValue(),
  },
  {
    name: 'Range.setValues › id_ID locale: "102.772" typed becomes 102772 and "1.234,5" becomes 1234.5 (uncertain: locale parsing per Sheets help "Change locale")',
    source: LOCALE,
    basis: 'open question',
    expected: [[102772, 1234.5, 0.125]],
    observe: (s) => {
      const range = s.sheet().getRange('A1:C1');
      range.setValues([['102.772', '1.234,5', '12,5%']]);
      return range.getValues();
    },
  },
  {
    name: 'Range.setValues › typed amounts with "Rp" and slash dates in the locale order become numbers and dates (uncertain: Sheets help "Change locale")',
    source: LOCALE,
    basis: 'open question',
    expected: [1250000, '2026-02-02T17:00:00.000Z', '31/2/2026'],
    observe: (s) => {
      const range = s.sheet().getRange('A1:C1');
      range.setValues([['Rp 1.250.000', '3/2/2026', '31/2/2026']]);
      return plainRow(range.getValues()[0]);
    },
  },
  {
    name: 'formats, notes, selection › number formats, backgrounds, font weights and notes read back per cell',
    source: `${R}range#getNumberFormats()`,
    basis: 'documented',
    expected: {
      formats: [['#,##0', '#,##0']],
      backgrounds: [['#fce8e6', '#fce8e6']],
      weights: [['bold', 'bold']],
      notes: [['catatan', '']],
      untouched: '#ffffff',
    },
    observe: (s) => {
      const sheet = s.sheet();
      const r = sheet.getRange('A1:B1');
      r.setNumberFormat('#,##0')
        .setBackground('#fce8e6')
        .setFontWeight('bold')
        .setNotes([['catatan', '']]);
      return {
        formats: r.getNumberFormats(),
        backgrounds: r.getBackgrounds(),
        weights: r.getFontWeights(),
        notes: r.getNotes(),
        untouched: sheet.getRange('C1').getBackground(),
      };
    },
  },
  {
    name: "formats, notes, selection › a cell left on Automatic reports '0.###############' (uncertain: seen in public code, not documented)",
    source: `${R}range#getNumberFormat()`,
    basis: 'open question',
    expected: '0.###############',
    observe: (s) => s.sheet().getRange('A1').getNumberFormat(),
  },
  {
    name: 'formats, notes, selection › colours: "#RRGGBB" and CSS names read back as lowercase "#rrggbb"; null resets',
    source: 'https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsheetssets.js',
    basis: 'open question',
    expected: {
      backgrounds: [['#f08080', '#cfe2f3']],
      fontColors: [['#ff0000', '#000080']],
      reset: [['#ffffff', '#ffffff']],
    },
    observe: (s) => {
      const r = s.sheet().getRange('A1:B1');
      r.setBackgrounds([['LIGHTCORAL', '#CFE2F3']]).setFontColors([['red', 'Navy']]);
      const observed = { backgrounds: r.getBackgrounds(), fontColors: r.getFontColors() };
      r.setBackground(null as unknown as string);
      return { ...observed, reset: r.getBackgrounds() };
    },
  },
  {
    name: 'formats, notes, selection › a string naming no colour is accepted without an error, and the cell keeps its colour',
    source: 'https://issuetracker.google.com/issues/428869869',
    basis: 'open question',
    expected: { background: 'no error', fontColor: 'no error', kept: ['#cfe2f3', '#000000'], short: '#aabbcc' },
    observe: (s) => {
      const r = s.sheet().getRange('A1');
      r.setBackground('#cfe2f3');
      return {
        background: thrown(() => r.setBackground('notacolor')),
        fontColor: thrown(() => r.setFontColor('#gggggg')),
        kept: [r.getBackground(), r.getFontColors()[0][0]],
        short: r.setBackground('#abc').getBackground(),
      };
    },
  },
  {
    name: `Spreadsheet › getRange without a sheet name uses the active sheet (${R}spreadsheet#getRange(String))`,
    source: `${R}spreadsheet#getRange(String)`,
    basis: 'documented',
    expected: [true, true],
    observe: (s) => {
      const first = s.sheet();
      const second = s.sheet();
      const onSecond = s.spreadsheet.getRange('B2').getSheet().getName() === second.getName();
      s.spreadsheet.setActiveSheet(first);
      return [onSecond, s.spreadsheet.getRange('B2').getSheet().getName() === first.getName()];
    },
  },
  {
    name: `Sheet.getRange validation › past the grid → "The coordinates of the range are outside the dimensions of the sheet." [F] (${R}sheet#getRange(Integer,Integer,Integer,Integer))`,
    source: `${R}sheet#getRange(Integer,Integer,Integer,Integer)`,
    basis: 'documented',
    expected: [
      'The coordinates of the range are outside the dimensions of the sheet.',
      'The coordinates of the range are outside the dimensions of the sheet.',
    ],
    observe: (s) => {
      const sheet = s.sheet();
      return [thrown(() => sheet.getRange(1000, 1, 2, 1)), thrown(() => sheet.getRange('AA1'))];
    },
  },
  {
    name: `Sheet grid › getLastRow/getLastColumn are 0 on an empty sheet; getDataRange is A1 (${R}sheet#getLastRow())`,
    source: `${R}sheet#getLastRow()`,
    basis: 'documented',
    expected: [0, 0, 'A1'],
    observe: (s) => {
      const sheet = s.sheet();
      return [sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()];
    },
  },
  {
    name: `Spreadsheet › a duplicate sheet name throws the real wording (${R}spreadsheet#insertSheet(String)) [F]`,
    source: `${R}spreadsheet#insertSheet(String)`,
    basis: 'documented',
    expected: /^A sheet with the name "Uji [^"]+" already exists\. Please enter another name\.$/,
    observe: (s) => thrown(() => s.spreadsheet.insertSheet(s.sheet().getName())),
  },
  {
    name: `Spreadsheet › getSheetByName returns null when missing and is case-sensitive (${R}spreadsheet#getSheetByName(String)) [F]`,
    source: `${R}spreadsheet#getSheetByName(String)`,
    basis: 'open question',
    expected: { missing: null, otherCase: null, exact: true },
    observe: (s) => {
      const name = s.sheet().getName();
      return {
        missing: s.spreadsheet.getSheetByName(`${name} tidak ada`),
        otherCase: s.spreadsheet.getSheetByName(name.toLowerCase())?.getName() ?? null,
        exact: s.spreadsheet.getSheetByName(name)?.getName() === name,
      };
    },
  },
];
