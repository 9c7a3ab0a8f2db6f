// The options of `npm run preview` and their help text in Bahasa Indonesia.
import { splitFlagValues } from '../local/cli-options';
import { LocalRunError } from '../local/local-run-error';

export type PreviewOptions =
  | { readonly kind: 'help' }
  | {
      readonly kind: 'serve';
      readonly port: number;
      readonly inputPath: string | null;
      /** The built add-on (Code.js, Sidebar.html); null = the repository's dist/. */
      readonly distDir: string | null;
    };

export const DEFAULT_PORT = 8080;

export const PREVIEW_HELP = `Rekap UPT — pratinjau add-on di peramban, untuk pelatihan dan demo tanpa menyentuh Spreadsheet asli.

Pemakaian:
  npm run preview [-- OPSI]
  node scripts/preview.mjs [OPSI]

Tanpa opsi, buku kerja contoh bawaan (DATA CONTOH) dibuka dengan tab UPT yang sudah disiapkan admin Kanwil.
Buka alamat yang dicetak di peramban: lembar-lembar Spreadsheet, menu "Rekap UPT" sebagai tombol, panel
samping add-on, dan pilihan "Masuk sebagai" (admin Kanwil, operator tiap UPT, atau tamu).
Semua perubahan hanya ada di memori; simpan dengan tombol "Simpan .xlsx".

Opsi:
  --port NOMOR          port lokal (bawaan: ${DEFAULT_PORT}; 0 = pilih port yang kosong)
  --input BERKAS.xlsx   mulai dari buku kerja yang diunduh dari Spreadsheet bersama
                        (File → Download → Microsoft Excel). Buku kerja harus memuat lembar "Pengaturan".
  --dist FOLDER         folder hasil build add-on (bawaan: dist/)
  --help                tampilkan bantuan ini

Hanya dapat dibuka dari komputer ini (127.0.0.1). Hentikan dengan Ctrl+C.
`;

function optionValue(args: readonly string[], i: number, flag: string, what: string): string {
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--'))
    throw new LocalRunError(`Opsi ${flag} memerlukan ${what}. Lihat --help.`);
  return value;
}

function portOf(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) {
    throw new LocalRunError(`Port tidak sah: "${text}". Pakai angka 1–65535, atau 0 untuk port yang kosong.`);
  }
  return port;
}

/** Parses the command line; accepts `--flag value` and `--flag=value`. */
export function parsePreviewOptions(argv: readonly string[]): PreviewOptions {
  const args = splitFlagValues(argv);
  let port = DEFAULT_PORT;
  let inputPath: string | null = null;
  let distDir: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    switch (arg) {
      case '--help':
      case '-h':
        return { kind: 'help' };
      case '--port':
        port = portOf(optionValue(args, i++, arg, 'nomor port'));
        break;
      case '--input':
        inputPath = optionValue(args, i++, arg, 'nama berkas .xlsx');
        break;
      case '--dist':
        distDir = optionValue(args, i++, arg, 'nama folder');
        break;
      default:
        throw new LocalRunError(`Opsi tidak dikenal: "${arg}". Lihat --help.`);
    }
  }
  return { kind: 'serve', port, inputPath, distDir };
}
