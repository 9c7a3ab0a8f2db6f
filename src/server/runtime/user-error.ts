// An error whose message is meant for the user as it is (Bahasa Indonesia), as opposed to an unexpected failure.
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** Apps Script's own (English) errors in plain Bahasa Indonesia; the original follows in parentheses for support. */
const SERVICE_ERRORS: readonly (readonly [RegExp, string])[] = [
  [/timed out/i, 'layanan Google tidak merespons tepat waktu'],
  [/too many simultaneous invocations/i, 'terlalu banyak permintaan bersamaan ke layanan Google'],
  [/exceeded maximum execution time/i, 'proses melebihi batas waktu 6 menit dari Google'],
  [/invoked too many times for one day/i, 'kuota harian layanan Google sudah habis; coba lagi besok'],
  [/lock timeout/i, 'proses lain sedang berjalan terlalu lama'],
  [/do not have permission|authori[sz]ation is required/i, 'akun ini belum memberi izin yang diperlukan'],
];

/** Sheets refuses a write to a protected cell for someone the protection does not list (a new admin, before a refresh). */
const PROTECTED = /trying to edit a protected cell/i;
export const PROTECTED_MESSAGE =
  'Akun Anda belum termasuk editor sheet yang dilindungi Rekap UPT (misalnya admin yang baru ditambahkan di sheet ' +
  '"Pengaturan"). Minta pemilik Sheet atau admin lain menjalankan menu Rekap UPT → "Siapkan / perbarui tab UPT" ' +
  'sekali (rekap terjadwal berikutnya juga memperbaruinya), lalu coba lagi. Tidak ada angka yang hilang.';

/** The message to show for any thrown value: a UserError as it is, anything else without its stack. */
export function readableMessage(error: unknown): string {
  // By name, not instanceof: an error may come from another realm (the emulator's vm) with its own classes.
  if (error instanceof Error && error.name === 'UserError') return error.message;
  const text = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  if (PROTECTED.test(text)) return PROTECTED_MESSAGE;
  const known = SERVICE_ERRORS.find(([re]) => re.test(text));
  const what = known ? `${known[1]} (${text})` : text;
  return `Terjadi kesalahan: ${what}. Coba lagi; bila tetap gagal, hubungi admin Kanwil.`;
}
