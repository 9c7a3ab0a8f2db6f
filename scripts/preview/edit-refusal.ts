// Why Sheets refused a person's edit, in Bahasa Indonesia as Sheets says it to an Indonesian user.
import { SHEET_ERRORS } from '../../emulator/spreadsheet';

export interface EditRefusal {
  readonly title: string;
  readonly message: string;
  /** Google's wording as the emulator raises it (English). */
  readonly original: string;
}

/** The Sheets UI in Bahasa Indonesia words its refusals so (Google's English wording: SHEET_ERRORS). */
export function editRefusal(error: unknown): EditRefusal {
  const original = error instanceof Error ? error.message : String(error);
  if (original.startsWith(SHEET_ERRORS.protectedCell)) {
    return {
      title: 'Sel dilindungi',
      message:
        'Anda mencoba mengedit sel atau objek yang dilindungi. Hubungi pemilik spreadsheet untuk menghapus ' +
        'perlindungan jika Anda perlu mengedit.',
      original,
    };
  }
  const [before, after] = SHEET_ERRORS.invalidInput('\u0000').split('\u0000');
  if (original.startsWith(before) && original.endsWith(after)) {
    const cell = original.slice(before.length, original.length - after.length);
    return {
      title: 'Data tidak valid',
      message: `Ada masalah: data yang Anda masukkan di sel ${cell} melanggar aturan validasi data yang ditetapkan pada sel ini.`,
      original,
    };
  }
  return { title: 'Tidak dapat mengedit', message: original, original };
}
