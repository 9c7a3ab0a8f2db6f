// Contract tests: Range values, writes, sizes and A1 notation behave as Apps Script documents.
import { Runtime } from '../runtime';
import { SHEET_ERRORS, SpreadsheetService } from '../spreadsheet';

const R = 'https://developers.google.com/apps-script/reference/spreadsheet/';

function setup(locale = 'en_US') {
  const runtime = new Runtime();
  const service = new SpreadsheetService(runtime);
  const ss = service.create('Rekap', { locale, timeZone: 'Asia/Jakarta' });
  service.setActive(ss);
  return { runtime, service, ss, sheet: ss.getSheets()[0] };
}

describe('Range.getValues', () => {
  test(`blank cells read as '' never null (${R}range#getValues())`, () => {
    const { sheet } = setup();
    sheet.getRange('B2').setValue(5);
    expect(sheet.getRange('A1:C2').getValues()).toEqual([
      ['', '', ''],
      ['', 5, ''],
    ]);
  });

  test(`numbers, booleans, strings and dates keep their types (${R}range#getValues())`, () => {
    const { sheet } = setup();
    const when = new Date('2026-02-03T00:00:00+07:00');
    sheet.getRange('A1:D1').setValues([[102772, true, 'Lapas Pekanbaru', when]]);
    const [row] = sheet.getRange('A1:D1').getValues();
    expect(row[0]).toBe(102772);
    expect(row[1]).toBe(true);
    expect(row[2]).toBe('Lapas Pekanbaru');
    expect(row[3]).toBeInstanceOf(Date);
    expect((row[3] as Date).getTime()).toBe(when.getTime());
  });

  // A date is a number with a date format; getValues gives such a cell as a Date (${R}range#getValues(); the Sheets
  // API calls these date-time fields: https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption).
  test('a number in a date-, time- or duration-formatted cell reads as a Date; formulas still see the number', () => {
    const { sheet } = setup('id_ID');
    sheet.getRange('A1:A4').setNumberFormats([['dd/mm/yyyy'], ['#,##0'], ['[h]:mm'], ['dd/mm/yyyy']]);
    sheet.getRange('A1:A4').setValues([[46056], [46056], [1.5], ['=A1+1']]);
    const [[date], [plain], [duration], [computed]] = sheet.getRange('A1:A4').getValues();
    expect(date).toEqual(new Date('2026-02-03T00:00:00+07:00'));
    expect(plain).toBe(46056);
    // 31 Dec 1899 12:00 in the spreadsheet's zone (Jakarta's 1899 offset was +07:07:12, as the zone data has it).
    expect(duration).toEqual(new Date(Date.UTC(1899, 11, 31, 12) - (7 * 3600 + 7 * 60 + 12) * 1000));
    expect(computed).toEqual(new Date('2026-02-04T00:00:00+07:00'));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('03/02/2026');
  });

  test('a returned Date is a copy: mutating it does not change the sheet', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(new Date('2026-02-03T00:00:00Z'));
    (sheet.getRange('A1').getValue() as Date).setFullYear(1999);
    expect((sheet.getRange('A1').getValue() as Date).getUTCFullYear()).toBe(2026);
  });

  test('error values placed in cells (#REF!, #N/A) read back as those strings', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['#REF!', '#N/A']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['#REF!', '#N/A']]);
  });
});

describe('Range.setValues', () => {
  test(`row count mismatch throws the real wording (${R}range#setValues(Object)) [F]`, () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B3').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
  });

  test(`column count mismatch throws the real wording (${R}range#setValues(Object)) [F]`, () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:C1').setValues([[1, 2]])).toThrow(SHEET_ERRORS.columnsMismatch(2, 3));
  });

  test('a failed write changes nothing', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow();
    expect(sheet.getLastRow()).toBe(0);
  });

  test(`a string starting with "=" is stored as a formula (${R}range#setValues(Object))`, () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[2], [3], ['=SUM(A1:A2)']]);
    expect(sheet.getRange('A3').getFormula()).toBe('=SUM(A1:A2)');
    expect(sheet.getRange('A3').getValue()).toBe(5);
    expect(sheet.getRange('A1:A3').getFormulas()).toEqual([[''], [''], ['=SUM(A1:A2)']]);
  });

  test('formulas recompute when their inputs change; cross-sheet references resolve', () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet('Data');
    other.getRange('A1:A2').setValues([[10], [20]]);
    sheet.getRange('A1').setFormula('=Data!A1*2+SUM(Data!A1:A2)');
    expect(sheet.getRange('A1').getValue()).toBe(50);
    other.getRange('A2').setValue(30);
    expect(sheet.getRange('A1').getValue()).toBe(60);
  });

  test('a division by zero in a formula reads as #DIV/0!', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setFormula('=1/0');
    expect(sheet.getRange('A1').getValue()).toBe('#DIV/0!');
  });

  test("a formula outside the emulator's subset reads '' (documented limitation, no cached result)", () => {
    const { sheet } = setup();
    sheet.getRange('A1').setFormula('=VLOOKUP(1,B:C,2,FALSE)');
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getFormula()).toBe('=VLOOKUP(1,B:C,2,FALSE)');
  });

  test('strings are read as typed input (USER_ENTERED, https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption): "123" becomes a number (widely observed for setValue; uncertain)', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('123');
    expect(sheet.getRange('A1').getValue()).toBe(123);
  });

  test('a leading apostrophe forces text and is not part of the value (uncertain: Sheets help "format numbers as text")', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue("'0123");
    expect(sheet.getRange('A1').getValue()).toBe('0123');
  });

  test('a cell formatted as plain text (@) keeps a numeric-looking string', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('@').setValue('0812');
    expect(sheet.getRange('A1').getValue()).toBe('0812');
  });

  test('id_ID locale: "102.772" typed becomes 102772 and "1.234,5" becomes 1234.5 (uncertain: locale parsing per Sheets help "Change locale")', () => {
    const { sheet } = setup('id_ID');
    sheet.getRange('A1:C1').setValues([['102.772', '1.234,5', '12,5%']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[102772, 1234.5, 0.125]]);
  });

  test('typed amounts with "Rp" and slash dates in the locale order become numbers and dates (uncertain: Sheets help "Change locale")', () => {
    const { sheet } = setup('id_ID');
    sheet.getRange('A1:C1').setValues([['Rp 1.250.000', '3/2/2026', '31/2/2026']]);
    const [row] = sheet.getRange('A1:C1').getValues();
    expect(row[0]).toBe(1250000);
    expect((row[1] as Date).toISOString()).toBe('2026-02-02T17:00:00.000Z'); // 3 Feb 2026 00:00 WIB
    expect(row[2]).toBe('31/2/2026'); // no such day: stays text
  });

  test('en_US locale: "102.772" typed is the decimal 102.772 (the separator mistake the product must catch)', () => {
    const { sheet } = setup('en_US');
    sheet.getRange('A1').setValue('102.772');
    expect(sheet.getRange('A1').getValue()).toBe(102.772);
  });

  test('a cell holds at most 50,000 characters; a longer write is refused whole [F] (Sheets help: files you can store in Google Drive)', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B1').setValues([['ok', 'x'.repeat(50_001)]])).toThrow(SHEET_ERRORS.cellTooLong);
    expect(sheet.getRange('A1').getValue()).toBe('');
    sheet.getRange('A1').setValue('x'.repeat(50_000));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50_000);
  });

  test('free text with HTML or formula-like content that is not a formula stays text', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['<b>x</b>', '+62 812']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['<b>x</b>', '+62 812']]);
  });
});

describe('Sheet.getRange validation', () => {
  test(`row 0 → "The starting row of the range is too small." (${R}sheet#getRange(Integer,Integer)) [F]`, () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
  });

  test(`column 0 → "The starting column of the range is too small." [F] (${R}sheet#getRange(Integer,Integer))`, () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
  });

  test(`0 rows (e.g. getLastRow() of an empty sheet) → "The number of rows in the range must be at least 1." [F] (${R}sheet#getRange(Integer,Integer,Integer,Integer))`, () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(2, 1, sheet.getLastRow() - 1, 3)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
  });

  test(`past the grid → "The coordinates of the range are outside the dimensions of the sheet." [F] (${R}sheet#getRange(Integer,Integer,Integer,Integer))`, () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('AA1')).toThrow(SHEET_ERRORS.outsideSheet);
  });

  test(`A1 notation in all its forms (${R}sheet#getRange(String))`, () => {
    const { ss, sheet } = setup();
    expect(sheet.getRange('B2:D10').getA1Notation()).toBe('B2:D10');
    const cols = sheet.getRange('A:C');
    expect([cols.getRow(), cols.getNumRows(), cols.getNumColumns()]).toEqual([1, 1000, 3]);
    const body = sheet.getRange('A2:C');
    expect([body.getRow(), body.getNumRows(), body.getNumColumns()]).toEqual([2, 999, 3]);
    ss.insertSheet("Lapas 'A'");
    const quoted = ss.getRange("'Lapas ''A'''!C3");
    expect(quoted.getSheet().getName()).toBe("Lapas 'A'");
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  test('offset and getCell address cells relative to the range', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2:C3');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(r.getCell(2, 2).getA1Notation()).toBe('C3');
  });
});

describe('merges', () => {
  test(`a merged area reads its value in the top-left cell and '' elsewhere (${R}range#merge())`, () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['Judul', 'hilang']]);
    sheet.getRange('A1:B1').merge();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['Judul', '']]);
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    expect(
      sheet
        .getRange('A1:D4')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:B1']);
    sheet.getRange('A1:B1').breakApart();
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(false);
  });

  test('merges move with inserted rows', () => {
    const { sheet } = setup();
    sheet.getRange('A3:B3').merge();
    sheet.insertRowsBefore(1, 2);
    expect(
      sheet
        .getRange('A1:D10')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A5:B5']);
  });
});

describe('formats, notes, selection', () => {
  test('number formats, backgrounds, font weights and notes read back per cell', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setNumberFormat('#,##0')
      .setBackground('#fce8e6')
      .setFontWeight('bold')
      .setNotes([['catatan', '']]);
    expect(r.getNumberFormats()).toEqual([['#,##0', '#,##0']]);
    expect(r.getBackgrounds()).toEqual([['#fce8e6', '#fce8e6']]);
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getNotes()).toEqual([['catatan', '']]);
    expect(sheet.getRange('C1').getBackground()).toBe('#ffffff');
  });

  test("a cell left on Automatic reports '0.###############' (uncertain: seen in public code, not documented)", () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
  });

  // gas-fakes' live test (https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsheetssets.js, "Color Name
  // Support"): CSS names in any case read back as lowercase hex, and Apps Script does NOT throw for a string naming
  // no colour (https://issuetracker.google.com/issues/428869869).
  test('colours: "#RRGGBB" and CSS names read back as lowercase "#rrggbb"; null resets', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setBackgrounds([['LIGHTCORAL', '#CFE2F3']]).setFontColors([['red', 'Navy']]);
    expect(r.getBackgrounds()).toEqual([['#f08080', '#cfe2f3']]);
    expect(r.getFontColors()).toEqual([['#ff0000', '#000080']]);
    r.setBackground(null);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
  });

  // Questions for the live contract run: what a cell reads after an invalid colour (the emulator keeps the old
  // one), and whether "#abc" is taken as "#aabbcc" (the emulator does).
  test('a string naming no colour is accepted without an error, and the cell keeps its colour', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    r.setBackground('#cfe2f3');
    expect(() => r.setBackground('notacolor')).not.toThrow();
    expect(() => r.setFontColor('#gggggg')).not.toThrow();
    expect([r.getBackground(), r.getFontColors()[0][0]]).toEqual(['#cfe2f3', '#000000']);
    expect(r.setBackground('#abc').getBackground()).toBe('#aabbcc');
  });

  test('clearContent keeps formats; clearFormat keeps values; clear removes both', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    r.setValue(7).setBackground('#ff0000');
    r.clearContent();
    expect([r.getValue(), r.getBackground()]).toEqual(['', '#ff0000']);
    r.setValue(7).clearFormat();
    expect([r.getValue(), r.getBackground()]).toEqual([7, '#ffffff']);
    r.setBackground('#ff0000').clear();
    expect([r.getValue(), r.getBackground()]).toEqual(['', '#ffffff']);
  });

  test('activate selects the range; activateAsCurrentCell sets the current cell', () => {
    const { ss } = setup();
    const other = ss.insertSheet('Lapas');
    ss.setActiveSheet(ss.getSheets()[0]);
    other.getRange('C7').activateAsCurrentCell();
    expect(ss.getActiveSheet().getName()).toBe('Lapas');
    expect(ss.getCurrentCell()?.getA1Notation()).toBe('C7');
  });

  test('rich text values keep their link URL', () => {
    const { service, sheet } = setup();
    const rt = service.app.newRichTextValue().setText('Laporan').setLinkUrl('https://example.org/r').build();
    sheet.getRange('A1').setRichTextValue(rt as never);
    expect(sheet.getRange('A1').getRichTextValue().getLinkUrl()).toBe('https://example.org/r');
    expect(sheet.getRange('A1').getValue()).toBe('Laporan');
  });
});
