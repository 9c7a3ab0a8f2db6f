// createReport on the emulator: Drive placement, versions kept, PDF beside the Doc, e-mail within quota, failures.

import { type EmuFolder, type Emulator, installEmulator } from '../../../emulator';
import { sampleInput } from '../../../fixtures/sample/report-input';
import { SAMPLE_CONFIG } from '../../../fixtures/sample/workbook';
import type { Config } from '../../../src/core/schema/types';
import { createReport } from '../../../src/server/report/create-report';
import { REPORT_FOLDER_NAME } from '../../../src/server/report/report-folder';
import { UserError } from '../../../src/server/runtime/user-error';
import { REPORT_FOLDER } from '../../../src/server/state/keys';

const input = sampleInput();

function run(emulator: Emulator, config: Config = SAMPLE_CONFIG) {
  return createReport({
    ...input,
    config,
    spreadsheet: emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
  });
}

function addOnFolder(emulator: Emulator): EmuFolder {
  const id = PropertiesService.getDocumentProperties().getProperty(REPORT_FOLDER);
  const folder = emulator.drive.foldersIn(emulator.drive.root).find((f) => f.rawId === id);
  if (!folder) throw new Error('no report folder');
  return folder;
}

function namesIn(emulator: Emulator, folder: EmuFolder): string[] {
  return emulator.drive
    .filesIn(folder)
    .map((f) => f.content.getName())
    .sort();
}

describe('Drive placement and versions', () => {
  test('the Doc and its PDF go into the add-on\'s "Laporan Rekap UPT" folder, named by period', () => {
    const emulator = installEmulator();
    const result = run(emulator);
    const folder = addOnFolder(emulator);
    expect(folder.rawName).toBe(REPORT_FOLDER_NAME);
    expect(result.name).toBe('Laporan Rekap UPT - Februari 2026');
    expect(namesIn(emulator, folder)).toEqual([
      'Laporan Rekap UPT - Februari 2026',
      'Laporan Rekap UPT - Februari 2026.pdf',
    ]);
    expect(result.docUrl).toBe(`https://docs.google.com/document/d/${result.docId}/edit`);
    const pdf = emulator.drive.filesIn(folder).find((f) => f.content.mimeType === 'application/pdf');
    expect(pdf?.content.getBlob().toBuffer().subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(result.pdfUrl).toContain('drive.google.com/file/d/');
    expect(result.notes).toEqual([]);
  });

  test('generating again for the same period keeps the first report and saves "(versi 2)" beside it', () => {
    const emulator = installEmulator();
    const first = run(emulator);
    const firstText = emulator.docs.all()[0]?.body.getText();
    const second = run(emulator);
    expect(second.name).toBe('Laporan Rekap UPT - Februari 2026 (versi 2)');
    expect(second.docId).not.toBe(first.docId);
    expect(namesIn(emulator, addOnFolder(emulator))).toEqual([
      'Laporan Rekap UPT - Februari 2026',
      'Laporan Rekap UPT - Februari 2026 (versi 2)',
      'Laporan Rekap UPT - Februari 2026 (versi 2).pdf',
      'Laporan Rekap UPT - Februari 2026.pdf',
    ]);
    expect(emulator.drive.fileById(first.docId)?.trashed).toBe(false);
    expect(emulator.docs.all()[0]?.body.getText()).toBe(firstText);
    expect(emulator.drive.foldersIn(emulator.drive.root).filter((f) => f.rawName === REPORT_FOLDER_NAME)).toHaveLength(
      1,
    );
  });

  test('a configured folder the add-on created is used; one that cannot be opened stops with a clear message', () => {
    const emulator = installEmulator();
    const target = Drive?.Files.create({ name: 'Laporan Pimpinan', mimeType: 'application/vnd.google-apps.folder' });
    const result = run(emulator, { ...SAMPLE_CONFIG, reportFolderId: target?.id ?? '' });
    expect(emulator.drive.fileById(result.docId)?.parent.rawName).toBe('Laporan Pimpinan');

    const again = installEmulator();
    expect(() => run(again, { ...SAMPLE_CONFIG, reportFolderId: 'folder-yang-dihapus' })).toThrow(UserError);
    expect(() => run(again, { ...SAMPLE_CONFIG, reportFolderId: 'folder-yang-dihapus' })).toThrow(
      /Folder laporan di sheet "Pengaturan" \(ID folder-yang-dihapus\) tidak dapat dibuka/,
    );
    expect(again.docs.all()).toHaveLength(0);
  });

  // Under drive.file the add-on reaches only what it created (https://developers.google.com/identity/protocols/oauth2/scopes#drive).
  test('a folder the admin made in Drive is out of reach: the message says to empty the setting, nothing is created', () => {
    const emulator = installEmulator();
    const own = emulator.drive.addFolder('Laporan Kanwil', emulator.drive.root, 'user');
    expect(() => run(emulator, { ...SAMPLE_CONFIG, reportFolderId: own.rawId })).toThrow(
      `Folder laporan di sheet "Pengaturan" (ID ${own.rawId}) tidak dapat dibuka oleh Rekap UPT. Add-on hanya dapat ` +
        'memakai folder yang dibuatnya sendiri; kosongkan isian ini agar laporan disimpan di folder ' +
        '"Laporan Rekap UPT", yang dapat Anda pindahkan ke mana saja di Drive.',
    );
    expect(emulator.docs.all()).toHaveLength(0);
    expect(emulator.drive.allFolders().map((f) => f.rawName)).toEqual(['Laporan Kanwil']);
  });
});

describe('e-mail of the links', () => {
  const recipients = ['kakanwil@contoh.go.id', 'kabid.pembinaan@contoh.go.id'];

  test('the recipients get one mail with the Doc and PDF links when the daily quota covers them', () => {
    const emulator = installEmulator();
    const result = run(emulator, { ...SAMPLE_CONFIG, reportRecipients: recipients });
    expect(emulator.mail.outbox).toHaveLength(1);
    const mail = emulator.mail.outbox[0];
    expect(mail?.to).toBe(recipients.join(','));
    expect(mail?.subject).toBe(result.name);
    expect(mail?.body).toContain(`Dokumen: ${result.docUrl}`);
    expect(mail?.body).toContain(`PDF: ${result.pdfUrl}`);
    expect(mail?.body).toContain('107 WBP pada lahan seluas 102.772 m²');
    expect(result.notes).toEqual(['Tautan laporan dikirim lewat e-mail ke 2 penerima.']);
  });

  test('without enough quota left nothing is sent and the result says so; the report itself is saved', () => {
    const emulator = installEmulator();
    emulator.mail.recipientsToday = 99;
    const result = run(emulator, { ...SAMPLE_CONFIG, reportRecipients: recipients });
    expect(emulator.mail.outbox).toHaveLength(0);
    expect(result.notes).toEqual([
      'Tautan laporan tidak dikirim lewat e-mail: sisa kuota e-mail hari ini 1 penerima, sedangkan daftar penerima berisi 2.',
    ]);
    expect(emulator.drive.fileById(result.docId)?.trashed).toBe(false);
  });
});

describe('failures', () => {
  test('an incomplete signatory stops generation with a message before any document is created', () => {
    const emulator = installEmulator();
    const config = {
      ...SAMPLE_CONFIG,
      signatory: { place: 'Pekanbaru', title: 'Kepala Kantor Wilayah', name: '', nip: '' },
    };
    expect(() => run(emulator, config)).toThrow('Data penanda tangan di sheet "Pengaturan" belum lengkap: nama, NIP');
    expect(emulator.docs.all()).toHaveLength(0);
  });

  test('a service failure while writing leaves no half report: the partial Doc is trashed, the first one intact', () => {
    const emulator = installEmulator();
    const first = run(emulator);
    emulator.ledger.inject({
      // After the text's batch: the first chart image fails.
      when: (call) => call.method === 'appendInlineImage',
      error: 'Service Documents failed while accessing document with id x.',
    });
    expect(() => run(emulator)).toThrow('Service Documents failed');
    const partial = emulator.docs.all()[1];
    expect(partial && emulator.drive.fileById(partial.rawId)?.trashed).toBe(true);
    expect(namesIn(emulator, addOnFolder(emulator))).toEqual([
      'Laporan Rekap UPT - Februari 2026',
      'Laporan Rekap UPT - Februari 2026.pdf',
    ]);
    expect(emulator.drive.fileById(first.docId)?.trashed).toBe(false);
    // The failure is not sticky: the next run succeeds.
    expect(run(emulator).pdfUrl).not.toBeNull();
  });
});
