// Contract tests: SpreadsheetApp's write cache. Apps Script caches writes ("write caching to save what is likely to
// be set") until SpreadsheetApp.flush(), a read, or the end of the execution; the emulator writes through, so it
// refuses what it cannot show (a Sheets API call over cached writes) and flags what Google allows but would race
// (a lock released over them). The live run's Sheets API contracts flush first for the same reason.
import { createEmulator } from '../index';

const CACHE = 'https://developers.google.com/apps-script/guides/support/best-practices';
const FLUSH = 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()';
const RELEASE = 'https://developers.google.com/apps-script/reference/lock/lock#releaseLock()';

interface Apps {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Sheets: GoogleAppsScript.Sheets;
  LockService: GoogleAppsScript.Lock.LockService;
}

function setup() {
  const emulator = createEmulator();
  const { SpreadsheetApp, Sheets, LockService } = emulator.globals as unknown as Apps;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const read = () => Sheets.Spreadsheets.Values.batchGet(ss.getId(), { ranges: ['A1'] }).valueRanges?.[0]?.values;
  return { emulator, runtime: emulator.runtime, SpreadsheetApp, LockService, ss, read };
}

describe(`SpreadsheetApp's write cache (${CACHE}, ${FLUSH})`, () => {
  test('in an execution, a Sheets API call over a cached write is refused; after flush() it reads the value', () => {
    const { runtime, SpreadsheetApp, ss, read } = setup();
    runtime.beginExecution();
    ss.getSheets()[0].getRange('A1').setValue(102772);
    expect(read).toThrow(
      /^Emulator: Sheets API Spreadsheets\.Values\.batchGet with 1 SpreadsheetApp write\(s\) of this execution not flushed \(Range\.setValue\)/,
    );
    SpreadsheetApp.flush();
    expect(read()).toEqual([['102772']]);
  });

  test('a SpreadsheetApp read commits the cache too; outside an execution (a test seeding) nothing is cached', () => {
    const { runtime, ss, read } = setup();
    runtime.beginExecution();
    const cell = ss.getSheets()[0].getRange('A1');
    cell.setValue('Lapas');
    expect(cell.getValue()).toBe('Lapas');
    expect(read()).toEqual([['Lapas']]);
    runtime.endExecution();
    cell.setValue('Rutan');
    expect(read()).toEqual([['Rutan']]);
  });

  test(`a lock released over cached writes is a hazard the add-on's runs may not leave (${RELEASE})`, () => {
    const { runtime, SpreadsheetApp, LockService, ss } = setup();
    runtime.beginExecution();
    const lock = LockService.getScriptLock();
    lock.tryLock(0);
    ss.getSheets()[0].getRange('A1').setValue(1);
    lock.releaseLock();
    expect(runtime.hazards).toEqual([
      'Emulator: the lock was released with 1 SpreadsheetApp write(s) of this execution not flushed (Range.setValue); another execution could read without them.',
    ]);
    runtime.beginExecution();
    lock.tryLock(0);
    ss.getSheets()[0].getRange('A1').setValue(2);
    SpreadsheetApp.flush();
    lock.releaseLock();
    expect(runtime.hazards).toEqual([]);
  });
});
