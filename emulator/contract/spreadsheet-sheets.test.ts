// Contract tests: spreadsheets and sheets (insert/delete/rename/move/hide, grid size, last row, frozen panes, widths).
import { Runtime } from '../runtime';
import { SHEET_ERRORS, SpreadsheetService } from '../spreadsheet';

const R = 'https://developers.google.com/apps-script/reference/spreadsheet/';

function setup() {
  const runtime = new Runtime();
  const service = new SpreadsheetService(runtime);
  const ss = service.create('Rekap UPT', { locale: 'id_ID' });
  service.setActive(ss);
  return { runtime, service, ss };
}

describe('Spreadsheet', () => {
  test(`a new spreadsheet has one sheet "Sheet1" of 1000 × 26 (G support/best-practices; Sheets help)`, () => {
    const { ss } = setup();
    const [sheet] = ss.getSheets();
    expect(ss.getSheets()).toHaveLength(1);
    expect([sheet.getName(), sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual(['Sheet1', 1000, 26]);
    expect(sheet.getSheetId()).toBe(0);
  });

  // ${R}spreadsheet#getRange(String) does not say which sheet A1 without a sheet name is on; the active sheet is
  // what public code relies on (uncertain: a question for the live contract run).
  test(`getRange without a sheet name uses the active sheet (${R}spreadsheet#getRange(String))`, () => {
    const { ss } = setup();
    const second = ss.insertSheet('Rutan');
    expect(ss.getRange('B2').getSheet()).toBe(second);
    ss.setActiveSheet(ss.getSheets()[0]);
    expect(ss.getRange('B2').getSheet().getName()).toBe('Sheet1');
  });

  // Uncertain, a question for the live contract run: with no sheet chosen (no editor open), which sheet is active
  // when the first one is hidden? The emulator takes the first visible one, as the Sheets API does for A1 ranges.
  test('with no sheet chosen, the active sheet is the first visible one', () => {
    const { ss } = setup();
    ss.insertSheet('Rutan');
    ss.getSheets()[0].hideSheet();
    ss.activeSheet = null;
    expect(ss.getActiveSheet().getName()).toBe('Rutan');
    expect(ss.getRange('A1').getSheet().getName()).toBe('Rutan');
  });

  test(`getUrl is https://docs.google.com/spreadsheets/d/<id>/edit (${R}spreadsheet#getUrl())`, () => {
    const { ss } = setup();
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  });

  test(`insertSheet makes the new sheet active (${R}spreadsheet#insertSheet(String))`, () => {
    const { ss } = setup();
    const sheet = ss.insertSheet('Lapas Pekanbaru');
    expect(ss.getActiveSheet().getName()).toBe('Lapas Pekanbaru');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(sheet.getIndex()).toBe(2);
  });

  test(`insertSheet(name, index) places the sheet at a 0-based index (${R}spreadsheet#insertSheet(String,Integer))`, () => {
    const { ss } = setup();
    ss.insertSheet('B');
    ss.insertSheet('A', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['A', 'Sheet1', 'B']);
  });

  test(`a duplicate sheet name throws the real wording (${R}spreadsheet#insertSheet(String)) [F]`, () => {
    const { ss } = setup();
    ss.insertSheet('Rutan Bangkinang');
    expect(() => ss.insertSheet('Rutan Bangkinang')).toThrow(
      'A sheet with the name "Rutan Bangkinang" already exists. Please enter another name.',
    );
  });

  test('renaming onto an existing name is rejected too; names differing only in case also clash (uncertain)', () => {
    const { ss } = setup();
    const s = ss.insertSheet('Lapas');
    expect(() => s.setName('Sheet1')).toThrow(SHEET_ERRORS.duplicateSheet('Sheet1'));
    expect(() => ss.insertSheet('LAPAS')).toThrow(SHEET_ERRORS.duplicateSheet('LAPAS'));
    s.setName('Lapas Kelas IIA');
    expect(ss.getSheetByName('Lapas Kelas IIA')).toBe(s);
  });

  test(`getSheetByName returns null when missing and is case-sensitive (${R}spreadsheet#getSheetByName(String)) [F]`, () => {
    const { ss } = setup();
    ss.insertSheet('Bapas Pekanbaru');
    expect(ss.getSheetByName('Tidak Ada')).toBeNull();
    expect(ss.getSheetByName('bapas pekanbaru')).toBeNull();
    expect(ss.getSheetByName('Bapas Pekanbaru')?.getName()).toBe('Bapas Pekanbaru');
  });

  test(`deleting the only sheet throws "You can't remove all the sheets in a document." (${R}spreadsheet#deleteSheet(Sheet)) [F]`, () => {
    const { ss } = setup();
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  });

  test('a deleted sheet is gone and using it throws', () => {
    const { ss } = setup();
    const s = ss.insertSheet('Sementara');
    ss.deleteSheet(s);
    expect(ss.getSheetByName('Sementara')).toBeNull();
    expect(() => s.getRange('A1').getValue()).toThrow(SHEET_ERRORS.sheetDeleted);
  });

  test('getSheetById finds a sheet by its stable gid, also after a rename', () => {
    const { ss } = setup();
    const s = ss.insertSheet('X');
    const gid = s.getSheetId();
    s.setName('Y');
    expect(ss.getSheetById(gid)?.getName()).toBe('Y');
  });

  test(`moveActiveSheet moves to a 1-based position (${R}spreadsheet#moveActiveSheet(Integer))`, () => {
    const { ss } = setup();
    ss.insertSheet('A');
    ss.insertSheet('B');
    ss.moveActiveSheet(1);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['B', 'Sheet1', 'A']);
  });

  test(`spreadsheet time zone and locale are the spreadsheet's own, separate from the script's (${R}spreadsheet#getSpreadsheetTimeZone())`, () => {
    const { runtime, ss } = setup();
    runtime.scriptTimeZone = 'America/New_York';
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Jakarta');
    expect(ss.getSpreadsheetLocale()).toBe('id_ID');
    ss.setSpreadsheetLocale('en_US');
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
  });

  test(`a spreadsheet holds at most 10,000,000 cells: inserting past it throws (Sheets help; G support/best-practices)`, () => {
    const { ss } = setup();
    const big = ss.insertSheet('Besar');
    big.insertRowsAfter(1000, 382_000); // Sheet1 26,000 + 383,000 × 26 = 9,984,000 cells
    expect(() => ss.insertSheet('Lagi')).toThrow(SHEET_ERRORS.tooManyCells);
    expect(() => big.insertRowsAfter(1, 100_000)).toThrow(SHEET_ERRORS.tooManyCells);
    expect(ss.getSheetByName('Lagi')).toBeNull();
  });

  test('named ranges resolve and follow inserted rows', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    ss.setNamedRange('Periode', sheet.getRange('B2'));
    sheet.insertRowBefore(1);
    expect(ss.getRangeByName('Periode')?.getA1Notation()).toBe('B3');
    expect(ss.getRangeByName('Tidak')).toBeNull();
  });
});

describe('Sheet grid', () => {
  test(`getLastRow/getLastColumn are 0 on an empty sheet; getDataRange is A1 (${R}sheet#getLastRow())`, () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  test(`getDataRange spans A1 to the last row and column with content (${R}sheet#getDataRange())`, () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('C5').setValue('x');
    sheet.getRange('E2').setValue(1);
    sheet.getRange('F9').setBackground('#ff0000'); // formatting alone is not content
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 5]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:E5');
  });

  test('inserting and deleting rows and columns moves content and changes the grid size', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.insertRowsBefore(2, 1);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getRange('A1:D3').getValues()).toEqual([
      [1, '', '', 2],
      ['', '', '', ''],
      [3, '', '', 4],
    ]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1001, 28]);
    sheet.deleteRows(2, 1);
    sheet.deleteColumns(2, 2);
    expect(sheet.getDataRange().getValues()).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  test('deleting every row is refused (uncertain wording: "Sorry, it is not possible to delete all non-frozen rows.")', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    expect(() => sheet.deleteRows(1, 1000)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });

  test('clear() empties values and formats of the whole sheet', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1').setValue(1).setBackground('#000000');
    sheet.clear();
    expect([sheet.getLastRow(), sheet.getRange('A1').getBackground()]).toEqual([0, '#ffffff']);
  });

  test('hide/show a sheet; the last visible sheet cannot be hidden', () => {
    const { ss } = setup();
    const s = ss.insertSheet('Konfigurasi');
    s.hideSheet();
    expect(s.isSheetHidden()).toBe(true);
    expect(() => ss.getSheets()[0].hideSheet()).toThrow(SHEET_ERRORS.hiddenLastSheet);
    s.showSheet();
    expect(s.isSheetHidden()).toBe(false);
  });

  test('frozen rows/columns, column widths (default 100 px), hidden rows and tab colour are recorded', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    sheet.setColumnWidth(1, 240);
    sheet.setColumnWidths(2, 2, 80);
    sheet.hideRows(5, 2);
    sheet.setTabColor('#1a73e8');
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([2, 1]);
    expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([240, 80, 80, 100]);
    expect([4, 5, 6, 7].map((r) => sheet.isRowHiddenByUser(r))).toEqual([false, true, true, false]);
    expect(sheet.getTabColor()).toBe('#1a73e8');
  });
});

describe('copying and appending', () => {
  test('Sheet.copyTo makes "Copy of <name>" with values, formats, validation and merges (https://developers.google.com/apps-script/reference/spreadsheet/sheet#copyTo(Spreadsheet))', () => {
    const { service, ss } = setup();
    const template = ss.insertSheet('Template');
    template
      .getRange('A1:B1')
      .setValues([['Indikator', 'Jumlah']])
      .setFontWeight('bold');
    template.getRange('A1:B1').merge();
    const rule = service.app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build();
    template.getRange('B2').setDataValidation(rule as never);
    template.setFrozenRows(1);
    const copy = template.copyTo(ss);
    expect(copy.getName()).toBe('Copy of Template');
    expect(copy.getRange('A1').getValue()).toBe('Indikator');
    expect(copy.getRange('A1').getFontWeight()).toBe('bold');
    expect(copy.getRange('B2').getDataValidation()?.getCriteriaType()).toBe('NUMBER_GREATER_THAN_OR_EQUAL_TO');
    expect(copy.getRange('A1').isPartOfMerge()).toBe(true);
    expect(copy.getFrozenRows()).toBe(1);
    copy.getRange('A3').setValue('hanya di salinan');
    expect(template.getRange('A3').getValue()).toBe('');
    expect(template.copyTo(ss).getName()).toBe('Copy of Template 2');
  });

  test('duplicateActiveSheet puts the copy right after the active sheet and activates it', () => {
    const { ss } = setup();
    ss.insertSheet('A');
    ss.insertSheet('B');
    ss.setActiveSheet(ss.getSheetByName('A') as never);
    const copy = ss.duplicateActiveSheet();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'A', 'Copy of A', 'B']);
    expect(ss.getActiveSheet()).toBe(copy);
  });

  test('Range.copyTo shifts relative references and keeps $-anchored ones (https://developers.google.com/apps-script/reference/spreadsheet/range#copyTo(Range))', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:A2').setValues([[1], [2]]);
    sheet.getRange('B1:B2').setValues([[10], [20]]);
    sheet.getRange('C1').setFormula('=A1*$B$1+"A1"');
    sheet.getRange('C1').copyTo(sheet.getRange('C2'));
    expect(sheet.getRange('C2').getFormula()).toBe('=A2*$B$1+"A1"');
    sheet.getRange('C1').setFormula('=A1*$B$1');
    sheet.getRange('C1').copyTo(sheet.getRange('C2'));
    expect(sheet.getRange('C2').getValue()).toBe(20);
  });

  test('appendRow writes after the last row with content and grows a full sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object))', () => {
    const { ss } = setup();
    const log = ss.insertSheet('Log');
    log.appendRow(['Waktu', 'Pesan']);
    log.appendRow([new Date('2026-02-03T02:00:00Z'), 'Konsolidasi selesai']);
    expect(log.getLastRow()).toBe(2);
    expect(log.getRange('B2').getValue()).toBe('Konsolidasi selesai');
    log.deleteRows(3, 998);
    log.appendRow(['x']);
    expect([log.getMaxRows(), log.getLastRow()]).toEqual([3, 3]);
  });

  test('row heights default to 21 px and can be set', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.setRowHeight(1, 40);
    expect([sheet.getRowHeight(1), sheet.getRowHeight(2)]).toEqual([40, 21]);
  });
});
