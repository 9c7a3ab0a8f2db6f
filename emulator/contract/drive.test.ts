// Contract: the emulated DriveApp (R drive/*): folders, files from blobs, moveTo, iterators, missing ids.
import { EmuBlob } from '../blob';
import { createEmulator } from '../index';

// biome-ignore lint/suspicious/noExplicitAny: the DriveApp surface is untyped here
type AnyFn = (...a: unknown[]) => any;
/** DriveApp needs the full drive scope (R drive/drive-app: every method's Authorization section). */
const FULL_DRIVE = {
  oauthScopes: ['drive', 'documents', 'spreadsheets'].map((s) => `https://www.googleapis.com/auth/${s}`),
};

function drive() {
  const emulator = createEmulator({ manifest: FULL_DRIVE });
  const app = emulator.globals.DriveApp as Record<string, AnyFn>;
  return { emulator, app };
}

describe('DriveApp', () => {
  it('creates folders and files from blobs, and finds them by name through iterators', () => {
    const { app } = drive();
    const folder = app.createFolder('Laporan Rekap UPT');
    const file = folder.createFile(new EmuBlob('isi', 'text/plain', 'catatan.txt'));
    expect(file.getName()).toBe('catatan.txt');
    expect(file.getMimeType()).toBe('text/plain');
    expect(file.getBlob().getDataAsString()).toBe('isi');
    const it = folder.getFilesByName('catatan.txt');
    expect(it.hasNext()).toBe(true);
    expect(it.next().getId()).toBe(file.getId());
    expect(it.hasNext()).toBe(false);
    expect(() => it.next()).toThrow();
    expect(app.getFoldersByName('Laporan Rekap UPT').next().getId()).toBe(folder.getId());
    expect(app.getRootFolder().getFoldersByName('Laporan Rekap UPT').hasNext()).toBe(true);
  });

  // R drive/file#moveTo(Folder): the destination becomes the file's parent.
  it('moveTo changes the parent folder', () => {
    const { app } = drive();
    const a = app.createFolder('A');
    const b = app.createFolder('B');
    const file = a.createFile('x.txt', 'x', 'text/plain');
    file.moveTo(b);
    expect(file.getParents().next().getId()).toBe(b.getId());
    expect(a.getFiles().hasNext()).toBe(false);
    expect(b.getFiles().next().getName()).toBe('x.txt');
  });

  // [F] https://github.com/chriskyfung/AutoFetcher-IG-Stories-to-GDrive/issues/112
  it('getFileById/getFolderById throw the real wording when the id does not exist', () => {
    const { app } = drive();
    expect(() => app.getFileById('nope')).toThrow('No item with the given ID could be found');
    expect(() => app.getFolderById('nope')).toThrow('No item with the given ID could be found');
  });

  it('documents and the active spreadsheet are Drive files too; renaming the file renames the document', () => {
    const { app, emulator } = drive();
    const ss = app.getFileById(emulator.spreadsheet.id);
    expect(ss.getMimeType()).toBe('application/vnd.google-apps.spreadsheet');
    const doc = (emulator.globals.DocumentApp as Record<string, AnyFn>).create('Laporan');
    const file = app.getFileById(doc.getId());
    file.setName('Laporan Februari 2026');
    expect(doc.getName()).toBe('Laporan Februari 2026');
    expect(file.getUrl()).toContain('docs.google.com/document/d/');
  });

  it('a spreadsheet the script creates is a Drive file in My Drive', () => {
    const { app, emulator } = drive();
    const ss = (emulator.globals.SpreadsheetApp as Record<string, AnyFn>).create('Arsip Januari 2026');
    const file = app.getFilesByName('Arsip Januari 2026').next();
    expect(file.getId()).toBe(ss.getId());
    expect(file.getParents().next().getId()).toBe(app.getRootFolder().getId());
  });

  it('makeCopy copies bytes, setTrashed hides the file from listings, dates come from the modelled clock', () => {
    const { app, emulator } = drive();
    const file = app.createFile('a.txt', 'isi', 'text/plain');
    const copy = file.makeCopy('b.txt');
    expect(copy.getBlob().getDataAsString()).toBe('isi');
    copy.setTrashed(true);
    expect(app.getFilesByName('b.txt').hasNext()).toBe(false);
    expect(file.getDateCreated().getTime()).toBeLessThanOrEqual(emulator.runtime.now().getTime());
  });

  it('counts every call as kind drive', () => {
    const { app, emulator } = drive();
    emulator.ledger.reset();
    app.createFolder('A').getName();
    expect(emulator.ledger.byKind().drive).toBe(2);
  });
});
