// A failed server call reaches the user as one Bahasa Indonesia sentence, never English internals or a stack trace.
import { explainServerMessage, GENERIC_SERVER_ERROR, readableServerError } from '../../src/client/server-error';

describe('readableServerError', () => {
  it('explains Apps Script service failures in Bahasa Indonesia', () => {
    const timeout = readableServerError(
      new Error('Exception: Service Spreadsheets timed out while accessing document with id 1AbC.'),
    );
    expect(timeout).toBe('Google Sheets tidak merespons tepat waktu. Tunggu sebentar, lalu coba lagi.');
    expect(readableServerError(new Error('Lock timeout: another process was holding the lock for too long.'))).toMatch(
      /Proses lain .* sedang berjalan/,
    );
    expect(readableServerError(new Error('Exceeded maximum execution time'))).toMatch(/batas waktu 6 menit/);
    expect(readableServerError(new Error('You do not have permission to call SpreadsheetApp.openById'))).toMatch(
      /tidak memiliki izin/,
    );
  });

  it("passes the server's own Bahasa Indonesia refusal through unchanged", () => {
    const refusal =
      'Tindakan ini khusus admin Kanwil. Akun op@rutan.example tidak terdaftar sebagai admin di sheet "Pengaturan".';
    expect(readableServerError(new Error(refusal))).toBe(refusal);
    expect(readableServerError(new Error(`Exception: ${refusal}`))).toBe(refusal);
  });

  it('never shows a stack trace or a programming error', () => {
    const crash = new Error(
      "TypeError: Cannot read properties of undefined (reading 'code')\n    at checkUnitTab (Code:12:3)",
    );
    expect(readableServerError(crash)).toBe(GENERIC_SERVER_ERROR);
    const bahasaWithStack = new Error('Sel C14 tidak dapat dibaca.\n    at goToCell (Code:40:9)');
    expect(readableServerError(bahasaWithStack)).toBe('Sel C14 tidak dapat dibaca.');
    expect(readableServerError(undefined)).toBe(GENERIC_SERVER_ERROR);
    expect(readableServerError(new Error('Something unexpected happened'))).toBe(GENERIC_SERVER_ERROR);
  });

  it("shows an action's own failure message as it is, but explains a wrapped Apps Script error or bug", () => {
    const refused = 'Rekap gagal; rekap sebelumnya tetap utuh. Tab "LP-PKU" tidak ditemukan.';
    expect(explainServerMessage(refused)).toBe(refused);
    const wrapped =
      'Terjadi kesalahan: Service Spreadsheets timed out while accessing document with id 1AbC. Coba lagi; bila tetap gagal, hubungi admin Kanwil.';
    expect(explainServerMessage(wrapped)).toBe(
      'Google Sheets tidak merespons tepat waktu. Tunggu sebentar, lalu coba lagi.',
    );
    const bug = "Terjadi kesalahan: Cannot read properties of undefined (reading 'WBK'). Coba lagi.";
    expect(explainServerMessage(bug)).toBe(GENERIC_SERVER_ERROR);
  });
});
