// Turns a failed server call into one readable Bahasa Indonesia sentence, never a stack trace.

/** Apps Script's own errors are in English; each known one gets a Bahasa Indonesia explanation. */
const KNOWN_ERRORS: readonly (readonly [RegExp, string])[] = [
  [/timed out/i, 'Google Sheets tidak merespons tepat waktu. Tunggu sebentar, lalu coba lagi.'],
  [
    /too many simultaneous invocations/i,
    'Terlalu banyak permintaan bersamaan ke Google Sheets. Tunggu sebentar, lalu coba lagi.',
  ],
  [/lock timeout/i, 'Proses lain (misalnya rekap otomatis) sedang berjalan. Tunggu sebentar, lalu coba lagi.'],
  [
    /exceeded maximum execution time/i,
    'Proses melebihi batas waktu 6 menit dari Google. Coba lagi; jika berulang, hubungi admin Kanwil.',
  ],
  [/invoked too many times/i, 'Kuota harian layanan Google sudah habis. Coba lagi besok atau hubungi admin Kanwil.'],
  [
    /permission|authori[sz]/i,
    'Akun Anda tidak memiliki izin untuk tindakan ini. Muat ulang panel; jika berulang, hubungi admin Kanwil.',
  ],
  [/network|connection|failed to fetch/i, 'Koneksi ke server terputus. Periksa koneksi internet, lalu coba lagi.'],
];

export const GENERIC_SERVER_ERROR = 'Terjadi kesalahan di server. Coba lagi; jika berulang, hubungi admin Kanwil.';

/** Words that mark the server's own refusals, which are written in Bahasa Indonesia for the user. */
const BAHASA_WORDS =
  /\b(tidak|belum|hanya|anda|akun|untuk|yang|sedang|dapat|silakan|sudah|oleh|dengan|harus|terjadi|kesalahan|gagal|hubungi|coba)\b/i;
/** A programming error (a bug, not the user's doing) is never worth showing as it is. */
const CODE_ERROR =
  /\b(TypeError|ReferenceError|RangeError|SyntaxError|undefined|null|NaN)\b|is not (a function|defined)|\bat \S+ \(/;
const MAX_LENGTH = 300;

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return '';
}

function firstLineOf(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/^(Exception|ScriptError|Error):\s*/i, '').trim();
}

function knownError(line: string): string | null {
  return KNOWN_ERRORS.find(([pattern]) => pattern.test(line))?.[1] ?? null;
}

/** A failure message the server returned (ActionResult): shown as it is, unless it wraps an Apps Script error or a bug. */
export function explainServerMessage(message: string): string {
  const line = firstLineOf(message);
  return knownError(line) ?? (CODE_ERROR.test(line) ? GENERIC_SERVER_ERROR : line);
}

/** A thrown server error: a known Apps Script error explained, the server's own refusal as it is, else a generic line. */
export function readableServerError(error: unknown): string {
  const firstLine = firstLineOf(messageOf(error));
  const known = knownError(firstLine);
  if (known) return known;
  if (firstLine && BAHASA_WORDS.test(firstLine) && !CODE_ERROR.test(firstLine)) {
    return firstLine.length > MAX_LENGTH ? `${firstLine.slice(0, MAX_LENGTH - 1)}…` : firstLine;
  }
  return GENERIC_SERVER_ERROR;
}
