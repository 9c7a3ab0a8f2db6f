// Facts from Google's reference, read through the generated table (method-scopes.json) and covers().
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { covers, SCOPE_INCLUDES } from './scope-hierarchy';

interface ScopeTable {
  sources: { package: string; integrity: string; covers: string; from: string }[];
  ambiguousBareKeys: string[];
  methods: Record<string, string[]>;
}

const table: ScopeTable = JSON.parse(readFileSync(join(__dirname, 'method-scopes.json'), 'utf8'));
const A = 'https://www.googleapis.com/auth/';
const DRIVE = `${A}drive`;
const DRIVE_FILE = `${A}drive.file`;
const DRIVE_READONLY = `${A}drive.readonly`;
const DOCUMENTS = `${A}documents`;
const SPREADSHEETS = `${A}spreadsheets`;
const CURRENTONLY = `${A}spreadsheets.currentonly`;
/** The least-privilege target: per-file Drive access plus full Docs and Sheets. */
const NARROW = [DRIVE_FILE, DOCUMENTS, SPREADSHEETS];

function accepted(key: string): string[] {
  const scopes = table.methods[key];
  if (scopes === undefined) throw new Error(`${key} is not in method-scopes.json`);
  return scopes;
}
const allowed = (granted: readonly string[], key: string) => covers(granted, accepted(key));

describe('method-scopes.json', () => {
  it('names its sources by exact version and integrity', () => {
    expect(table.sources.map((s) => s.package)).toEqual([
      'gas-types-detailed@1.1.3',
      '@googleapis/sheets@18.1.1',
      '@googleapis/drive@26.0.1',
      '@googleapis/docs@10.0.0',
      'googleapis@176.0.0',
    ]);
    for (const source of table.sources) expect(source.integrity).toMatch(/^sha512-/);
  });

  it('keeps its keys sorted, so regeneration gives stable diffs', () => {
    const keys = Object.keys(table.methods);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('has the methods the product and the emulator use', () => {
    for (const key of [
      'SpreadsheetApp.getActiveSpreadsheet',
      'Spreadsheet.getSheetByName',
      'Range.setValues',
      'DriveApp.createFolder',
      'Folder.createFile',
      'File.moveTo',
      'DocumentApp.create',
      'Body.appendTable',
      'ScriptApp.newTrigger',
      'MailApp.sendEmail',
      'Session.getActiveUser',
      'Ui.alert',
      'HtmlService.createHtmlOutput',
      'LockService.getScriptLock',
      'PropertiesService.getDocumentProperties',
      'Utilities.computeDigest',
      'Sheets.Spreadsheets.get',
      'Sheets.Spreadsheets.batchUpdate',
      'Sheets.Spreadsheets.Values.batchGet',
      'Sheets.Spreadsheets.Values.batchClear',
      'Drive.Files.create',
      'Drive.Files.remove',
      'Drive.Permissions.create',
      'Docs.Documents.batchUpdate',
    ]) {
      expect(table.methods[key]).toBeDefined();
    }
  });

  it('keys an interface name shared by several services by namespace as well', () => {
    expect(accepted('Spreadsheet.Range.setValues')).toEqual(accepted('Range.setValues'));
    expect(accepted('Document.Table.getCell')).toContain(DOCUMENTS);
    expect(accepted('Slides.Table.getCell')).toContain(`${A}presentations`);
    expect(table.methods['Table.getCell']).toBeUndefined();
    expect(table.ambiguousBareKeys).toContain('Table.getCell');
  });

  it('lists what the reference lists, e.g. MailApp and Session', () => {
    expect(accepted('MailApp.sendEmail')).toEqual([`${A}script.send_mail`]);
    expect(accepted('Session.getActiveUser')).toEqual([`${A}userinfo.email`]);
    expect(accepted('ScriptApp.newTrigger')).toEqual([`${A}script.scriptapp`]);
    expect(accepted('Ui.showSidebar')).toEqual([`${A}script.container.ui`]);
    expect(accepted('LockService.getScriptLock')).toEqual([]);
  });
});

describe('DriveApp needs full Drive access; the advanced Drive service works per file', () => {
  it.each([
    'DriveApp.createFolder',
    'DriveApp.getFolderById',
    'DriveApp.getFileById',
    'DriveApp.createFile',
    'Folder.createFile',
    'Folder.createFolder',
    'Folder.getFilesByName',
    'File.moveTo',
    'File.setTrashed',
  ])('%s is not covered by drive.file (nor by documents + spreadsheets)', (key) => {
    expect(allowed([DRIVE_FILE], key)).toBe(false);
    expect(allowed(NARROW, key)).toBe(false);
    expect(allowed([DRIVE], key)).toBe(true);
  });

  it('lets drive.readonly read through DriveApp but not write', () => {
    expect(allowed([DRIVE_READONLY], 'DriveApp.getFileById')).toBe(true);
    expect(allowed([DRIVE_READONLY], 'DriveApp.createFolder')).toBe(false);
  });

  it.each([
    'Drive.Files.create',
    'Drive.Files.get',
    'Drive.Files.list',
    'Drive.Files.update',
    'Drive.Files.copy',
    'Drive.Files.remove',
    'Drive.Files.export',
    'Drive.Permissions.create',
  ])('%s (advanced service) is covered by drive.file', (key) => {
    expect(allowed([DRIVE_FILE], key)).toBe(true);
  });

  it('still needs full Drive access to empty the trash', () => {
    expect(allowed([DRIVE_FILE], 'Drive.Files.emptyTrash')).toBe(false);
  });
});

describe('Sheets and Docs', () => {
  it('covers Spreadsheet.getSheetByName with spreadsheets (its reference names no scope at all)', () => {
    expect(accepted('Spreadsheet.getSheetByName')).toEqual([]);
    expect(allowed([SPREADSHEETS], 'Spreadsheet.getSheetByName')).toBe(true);
  });

  it('reaches the open spreadsheet with currentonly, other spreadsheets only with spreadsheets', () => {
    expect(allowed([CURRENTONLY], 'SpreadsheetApp.getActiveSpreadsheet')).toBe(true);
    expect(allowed([CURRENTONLY], 'Range.setValues')).toBe(true);
    expect(allowed([CURRENTONLY], 'SpreadsheetApp.openById')).toBe(false);
    expect(allowed([SPREADSHEETS], 'SpreadsheetApp.openById')).toBe(true);
  });

  it('does not accept currentonly in the advanced Sheets service, which takes drive.file instead', () => {
    expect(allowed([CURRENTONLY], 'Sheets.Spreadsheets.batchUpdate')).toBe(false);
    expect(allowed([SPREADSHEETS], 'Sheets.Spreadsheets.batchUpdate')).toBe(true);
    expect(allowed([DRIVE_FILE], 'Sheets.Spreadsheets.Values.batchGet')).toBe(true);
  });

  it('creates and opens documents with documents alone', () => {
    for (const key of ['DocumentApp.create', 'DocumentApp.openById', 'Body.appendTable', 'Docs.Documents.create']) {
      expect(allowed([DOCUMENTS], key)).toBe(true);
    }
    expect(allowed([`${A}documents.currentonly`], 'DocumentApp.openById')).toBe(false);
  });
});

describe('covers()', () => {
  it('applies the hierarchy from the broader scope to the narrower one only', () => {
    expect(covers([SPREADSHEETS], [CURRENTONLY])).toBe(true);
    expect(covers([CURRENTONLY], [SPREADSHEETS])).toBe(false);
    expect(covers([SPREADSHEETS], [`${A}spreadsheets.readonly`])).toBe(true);
    expect(covers([`${A}spreadsheets.readonly`], [SPREADSHEETS])).toBe(false);
    expect(covers([DRIVE], [DRIVE_FILE])).toBe(true);
    expect(covers([DRIVE_FILE], [DRIVE])).toBe(false);
    expect(covers([DRIVE_READONLY], [DRIVE_FILE])).toBe(false);
    expect(covers([DOCUMENTS], [`${A}documents.currentonly`])).toBe(true);
    expect(covers([`${A}documents.currentonly`], [DOCUMENTS])).toBe(false);
  });

  it('never lets one product imply another', () => {
    expect(covers([DRIVE], [SPREADSHEETS])).toBe(false);
    expect(covers([DRIVE], [DOCUMENTS])).toBe(false);
    expect(covers([SPREADSHEETS, DOCUMENTS], [DRIVE_FILE])).toBe(false);
  });

  it('lets a method with no listed scope run under any grant, even none', () => {
    expect(covers([], [])).toBe(true);
    expect(covers([], [SPREADSHEETS])).toBe(false);
  });

  it('matters, for this table, only where a list omits the broader scope (SheetsChart.refresh)', () => {
    const broad = Object.keys(SCOPE_INCLUDES);
    const changed = Object.entries(table.methods)
      .filter(([, scopes]) => broad.some((b) => covers([b], scopes) !== (scopes.length === 0 || scopes.includes(b))))
      .map(([key]) => key);
    expect(changed).toEqual(['SheetsChart.refresh']);
    expect(allowed([SPREADSHEETS], 'SheetsChart.refresh')).toBe(true);
  });
});
