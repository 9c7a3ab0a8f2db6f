// The options of `npm start` (the local run) and their help text in Bahasa Indonesia.
import { LocalRunError } from './local-run-error';

export type LocalRunOptions =
  | { readonly kind: 'help' }
  | { readonly kind: 'sample'; readonly samplePath: string }
  | { readonly kind: 'run'; readonly inputPath: string | null; readonly outDir: string }
  | { readonly kind: 'national'; readonly outDir: string };

export const HELP_TEXT = `Rekap UPT — jalankan alur Kanwil secara lokal pada emulator Apps Script.

Pemakaian:
  npm start [-- OPSI]
  node scripts/start.mjs [OPSI]

Tanpa opsi, buku kerja contoh bawaan dipakai: menu dibuka, tab UPT disiapkan, templat laporan dibuat dengan menu
"Buat templat laporan" (bila "Templat laporan" di Pengaturan kosong) dan diberi nomor halaman, semua UPT divalidasi,
data direkap, dan laporan dibuat dari salinan templat itu, seperti yang dilakukan admin Kanwil di Google Sheets.
Nomor halaman ditambahkan kantor sendiri di Google Dokumen (Sisipkan → Nomor halaman); alur lokal melakukannya
menggantikan orang itu. Tautan ke templat kantor di Google Drive tidak dapat dibuka secara lokal: alur memakai
templat bawaan sebagai gantinya dan mengembalikan isian kantor di buku kerja hasil.

Opsi:
  --input BERKAS.xlsx   jalankan alur yang sama pada buku kerja yang diunduh dari Spreadsheet bersama
                        (File → Download → Microsoft Excel). Buku kerja harus memuat lembar "Pengaturan".
  --out FOLDER          folder hasil (bawaan: out/)
  --sample BERKAS.xlsx  tulis buku kerja contoh (seperti saat Kanwil memulai) ke BERKAS.xlsx, lalu selesai
  --national            jalankan alur Rekap Nasional: 33 workbook Kanwil buatan dari contoh (5 di antaranya tidak
                        terbaca, masing-masing dengan alasannya) dibaca oleh "Rekap nasional" (dist-national/);
                        hasil: rekap-nasional-<periode>.xlsx, ringkasan-nasional.json dan
                        laporan-nasional-<periode>.docx (dan .pdf, bila dibuat)
  --help                tampilkan bantuan ini

Hasil di folder keluaran:
  rekap-<periode>.xlsx    seluruh buku kerja setelah dijalankan (tab UPT, Validasi, Status, Rekap, Dasbor, Log)
  validasi.json           semua temuan validasi: {sheet, cell, severity, code, message}
  ringkasan.json          angka wilayah: periode, WBP, luas lahan, per klaster, jumlah UPT terkirim/valid
  laporan-<periode>.docx  laporan (salinan templat yang diisi, Google Dokumen yang diemulasikan), dengan grafik
  laporan-<periode>.pdf   salinan PDF laporan, bila dibuat: kop surat, nomor halaman di setiap halaman
  umpan-balik/            PDF umpan balik tiap UPT, bila "Umpan balik per UPT" di Pengaturan berisi Ya

Kode keluar: 0 berhasil; 1 bila ada langkah yang gagal atau hasilnya tidak ada; 2 bila opsi, berkas masukan,
atau buku kerja tidak sesuai (pesan di stderr).
`;

function optionValue(args: readonly string[], i: number, flag: string): string {
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) {
    throw new LocalRunError(`Opsi ${flag} memerlukan nama berkas atau folder. Lihat --help.`);
  }
  return value;
}

/** `--flag=value` split into `--flag value`, so both spellings parse alike. */
export function splitFlagValues(argv: readonly string[]): string[] {
  return argv.flatMap((a) =>
    a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a],
  );
}

/** Parses the command line; accepts `--flag value` and `--flag=value`. */
export function parseLocalRunOptions(argv: readonly string[]): LocalRunOptions {
  const args = splitFlagValues(argv);
  let inputPath: string | null = null;
  let outDir = 'out';
  let samplePath: string | null = null;
  let national = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    switch (arg) {
      case '--help':
      case '-h':
        return { kind: 'help' };
      case '--input':
        inputPath = optionValue(args, i++, arg);
        break;
      case '--out':
        outDir = optionValue(args, i++, arg);
        break;
      case '--national':
        national = true;
        break;
      case '--sample':
        samplePath = optionValue(args, i++, arg);
        break;
      default:
        throw new LocalRunError(`Opsi tidak dikenal: "${arg}". Lihat --help.`);
    }
  }
  if (samplePath !== null) {
    if (inputPath !== null) throw new LocalRunError('Opsi --sample dan --input tidak dapat dipakai bersamaan.');
    return { kind: 'sample', samplePath };
  }
  if (national) {
    if (inputPath !== null || samplePath !== null)
      throw new LocalRunError('Opsi --national tidak dapat dipakai bersama --input atau --sample.');
    return { kind: 'national', outDir };
  }
  return { kind: 'run', inputPath, outDir };
}
