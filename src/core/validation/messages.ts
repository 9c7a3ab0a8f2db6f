// Every Bahasa Indonesia message the core shows a user, with its stable issue code, in one place.

import { BASIS_LABELS } from '../consolidation/basis';
import { UNIT_CLASSES, UNIT_TYPES } from '../schema/vocabulary';
import { formatNumber, formatPeriod } from '../text/format';

/** Stable issue codes (UPPER_SNAKE); messages may change, codes do not. Each MSG entry is named after its code. */
export const ISSUE_CODES = [
  'WRONG_TYPE',
  'TEXT_IN_NUMBER',
  'SEPARATOR_SUSPECT',
  'NOT_INTEGER',
  'NEGATIVE',
  'OUT_OF_RANGE',
  'REQUIRED_EMPTY',
  'FORMULA_ERROR',
  'DATE_AS_TEXT',
  'CHOICE_INVALID',
  'URL_INVALID',
  'TEXT_HTML',
  'TEXT_FORMULA_LIKE',
  'TEXT_TOO_LONG',
  'PERIOD_INVALID',
  'PERIOD_MISMATCH',
  'UNIT_CODE_MISMATCH',
  'BLOCK_NOT_APPLICABLE',
  'BLOCK_MISSING',
  'BLOCK_DUPLICATE',
  'HEADER_MISSING',
  'HEADER_DUPLICATE',
  'HEADER_UNKNOWN',
  'TEMPLATE_OUTDATED',
  'EDU_LULUS_GT_UJIAN',
  'EDU_UJIAN_GT_PESERTA',
  'PNBP_GT_PENJUALAN',
  'REALISASI_GT_PAGU',
  'WBP_BELOW_MAX_CLUSTER',
  'WBP_ABOVE_CLUSTER_SUM',
  'WBP_ABOVE_PENGHUNI',
  'HASIL_WITHOUT_SATUAN',
  'ZI_SCORE_BELOW_TARGET',
  'MOM_JUMP',
  'TAB_MISSING',
  'TAB_UNREADABLE',
  'TAB_UNKNOWN',
  'TAB_DUPLICATE',
  'VALUE_DISPLACED',
  'CONFIG_LABEL_MISSING',
  'CONFIG_PERIOD_INVALID',
  'CONFIG_NO_ADMIN',
  'CONFIG_EMAIL_INVALID',
  'CONFIG_NO_UNITS',
  'CONFIG_UNIT_TABLE_MISSING',
  'CONFIG_UNIT_INCOMPLETE',
  'CONFIG_UNIT_TYPE_UNKNOWN',
  'CONFIG_UNIT_CLASS_UNKNOWN',
  'CONFIG_DUPLICATE_CODE',
  'CONFIG_DUPLICATE_TAB',
  'CONFIG_TAB_NAME_RESERVED',
  'CONFIG_TAB_NAME_INVALID',
  'CONFIG_AUTOMATION_INVALID',
  'CONFIG_BASIS_INVALID',
  'CONFIG_DEADLINE_INVALID',
  'CONFIG_REMINDER_INVALID',
  'CONFIG_YES_NO_INVALID',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface Worded {
  readonly message: string;
  readonly hint?: string;
}

const q = (s: string): string => `"${s}"`;

/** A number as id-ID shows it, with its own decimals (up to 4). */
function shownNumber(n: number): string {
  return formatNumber(n, Number.isInteger(n) ? 0 : Math.min(4, String(n).split('.')[1]?.length ?? 0));
}

/** The digits to type for a number, without thousands separators ("102772", "1234,5"). */
function digitsToType(n: number): string {
  return String(n).replace('.', ',');
}

/**
 * "Mungkin maksudnya 102.772 (seratus dua ribu …): ketik 102772." A proposal always ends with the exact keys to
 * press, so it never just repeats what was typed.
 */
export function intendedHint(intended: number, words?: string): string {
  const shown = shownNumber(intended);
  return `Mungkin maksudnya ${shown}${words ? ` (${words})` : ''}: ketik ${digitsToType(intended)} tanpa titik.`;
}

export const MSG = {
  wrongType: (label: string, expected: string, got: string): Worded => ({
    message: `${label}: harus berupa ${expected}, tetapi berisi ${got}.`,
    hint: `Hapus isinya, lalu ketik ${expected}.`,
  }),
  textInNumber: (label: string, text: string, intended: number | null, words?: string): Worded => ({
    message: `${label}: berisi teks ${q(text)}, bukan angka. Nilai ini tidak dihitung.`,
    hint:
      intended === null
        ? 'Ketik angka saja, tanpa huruf atau satuan.'
        : // The number is right but stored as text (a leading apostrophe, or the cell formatted as text).
          shownNumber(intended) === text
          ? `Angkanya benar tetapi tersimpan sebagai teks: hapus tanda petik (') di depannya atau ubah format sel menjadi angka, lalu ketik ${digitsToType(intended)}.`
          : intendedHint(intended, words),
  }),
  separatorSuspect: (label: string, value: number, intended: number, words: string): Worded => ({
    message: `${label}: ${String(value).replace('.', ',')} bukan bilangan bulat; kemungkinan salah pemisah ribuan (titik terbaca sebagai desimal).`,
    hint: intendedHint(intended, words),
  }),
  separatorSuspectDecimal: (label: string, value: number, intended: number, words: string): Worded => ({
    message: `${label}: ${String(value).replace('.', ',')} mungkin salah pemisah ribuan. Periksa kembali.`,
    hint: intendedHint(intended, words),
  }),
  notInteger: (label: string, value: number): Worded => ({
    message: `${label}: harus bilangan bulat, tetapi berisi ${String(value).replace('.', ',')}.`,
    hint: `Ketik bilangan bulat tanpa koma, misalnya ${formatNumber(Math.max(Math.round(value), value > 0 ? 1 : 0))}.`,
  }),
  negative: (label: string, value: number): Worded => ({
    message: `${label}: tidak boleh negatif (${formatNumber(value, Number.isInteger(value) ? 0 : 2)}).`,
    hint: 'Ketik angka 0 atau lebih.',
  }),
  outOfRange: (label: string, value: number, min: number | undefined, max: number | undefined): Worded => ({
    message: `${label}: ${formatNumber(value, Number.isInteger(value) ? 0 : 2)} di luar batas wajar${rangeText(min, max)}.`,
    hint: `Ketik angka${rangeText(min, max)}; periksa jumlah angka nol dan satuannya.`,
  }),
  requiredEmpty: (label: string, numeric = false): Worded => ({
    message: `${label}: wajib diisi.`,
    hint: numeric ? 'Isi sel ini; ketik 0 bila memang tidak ada.' : 'Isi sel ini sebelum mengirim.',
  }),
  formulaError: (label: string, error: string): Worded => ({
    message: `${label}: rumus menghasilkan galat ${error}. Nilai ini tidak dihitung.`,
    hint: 'Perbaiki rumusnya atau ketik angkanya langsung.',
  }),
  dateAsText: (label: string, text: string, intended: string | null): Worded => ({
    message: `${label}: tanggal diketik sebagai teks (${q(text)}).`,
    hint: intended ? `Ketik ulang sebagai tanggal, mungkin maksudnya ${intended}.` : 'Pilih tanggal dari kalender sel.',
  }),
  choiceInvalid: (label: string, text: string, choices: readonly string[]): Worded => ({
    message: `${label}: ${q(text)} bukan pilihan yang tersedia.`,
    hint: `Pilih salah satu: ${choices.join(', ')}.`,
  }),
  urlInvalid: (label: string, text: string): Worded => ({
    message: `${label}: ${q(text.slice(0, 80))} bukan tautan yang sah.`,
    hint: 'Tautan harus diawali https:// atau http://.',
  }),
  textHtml: (label: string): Worded => ({
    message: `${label}: berisi kode HTML. Disimpan sebagai teks biasa.`,
    hint: 'Hapus tanda < dan > bila bukan bagian dari keterangan.',
  }),
  textFormulaLike: (label: string): Worded => ({
    message: `${label}: teks diawali = + - atau @. Disimpan sebagai teks biasa, bukan rumus.`,
    hint: 'Bila ini keterangan, hapus tanda di awalnya; bila angka, ketik hasilnya saja.',
  }),
  textTooLong: (label: string, length: number): Worded => ({
    message: `${label}: teks terlalu panjang (${formatNumber(length)} karakter, batas 5.000).`,
    hint: 'Ringkas teksnya; isi tidak diubah oleh add-on.',
  }),
  periodInvalid: (text: string): Worded => ({
    message: `Periode ${q(text)} tidak sah; formatnya TTTT-BB, contoh 2026-02.`,
    hint: 'Minta admin menyiapkan ulang tab untuk periode aktif.',
  }),
  periodMismatch: (tabPeriod: string, active: string): Worded => ({
    message: `Periode tab ini ${formatPeriod(tabPeriod)}, sedangkan periode aktif ${formatPeriod(active)}. Nilai di tab ini tidak dihitung.`,
    hint: 'Minta admin Kanwil menyiapkan ulang tab untuk periode aktif.',
  }),
  unitCodeMismatch: (tabCode: string, unitCode: string, ownerTab?: string): Worded => ({
    message: ownerTab
      ? `Kode UPT di tab ini ${q(tabCode)}, milik tab ${q(ownerTab)}; seharusnya ${q(unitCode)}. Nilai di tab ini tidak dihitung agar UPT ${q(tabCode)} tidak terhitung dua kali.`
      : `Kode UPT di tab ini ${q(tabCode)}, seharusnya ${q(unitCode)}. Nilai di tab ini tidak dihitung.`,
    hint: ownerTab
      ? `Tab ini tampaknya salinan tab ${q(ownerTab)}: ganti kode UPT menjadi ${q(unitCode)} dan periksa angkanya.`
      : `Ganti kode UPT menjadi ${q(unitCode)}; tab ini mungkin salinan tab UPT lain.`,
  }),
  blockNotApplicable: (title: string, unitType: string): Worded => ({
    message: `Blok ${q(title)} tidak berlaku untuk ${unitType}; isinya tidak dihitung.`,
    hint: 'Periksa jenis UPT di Pengaturan; bila benar, minta admin menyiapkan ulang tab.',
  }),
  blockMissing: (title: string): Worded => ({
    message: `Blok ${q(title)} tidak ditemukan di tab ini.`,
    hint: 'Judul blok mungkin terhapus atau diubah; minta admin menyiapkan ulang tab.',
  }),
  blockDuplicate: (title: string): Worded => ({
    message: `Blok ${q(title)} muncul lebih dari sekali; yang dibaca hanya yang pertama.`,
    hint: 'Pindahkan isian ke blok pertama, lalu hapus blok yang kedua.',
  }),
  headerMissing: (title: string, label: string): Worded => ({
    message: `Blok ${q(title)}: judul ${q(label)} tidak ditemukan; nilainya tidak dapat dibaca.`,
    hint: `Kembalikan teks ${q(label)} atau minta admin menyiapkan ulang tab.`,
  }),
  headerDuplicate: (title: string, label: string): Worded => ({
    message: `Blok ${q(title)}: judul ${q(label)} muncul lebih dari sekali; yang dibaca hanya yang pertama.`,
    hint: `Gabungkan angkanya ke baris ${q(label)} yang pertama, lalu kosongkan baris yang kedua.`,
  }),
  headerUnknown: (title: string, text: string): Worded => ({
    message: `Blok ${q(title)}: judul kolom ${q(text)} tidak dikenal.`,
    hint: 'Judul kolom mungkin diubah; kembalikan teks aslinya.',
  }),
  templateOutdated: (version: number, current: number): Worded => ({
    message: `Tab ini dibuat dari templat v${version}; templat terbaru v${current}.`,
    hint: 'Minta admin menyiapkan ulang tab; semua isian akan dipindahkan.',
  }),
  eduLulusGtUjian: (row: string, lulus: number, ujian: number): Worded => ({
    message: `${row}: lulus (${formatNumber(lulus)}) lebih banyak dari yang ikut ujian (${formatNumber(ujian)}).`,
    hint: `Lulus paling banyak ${formatNumber(ujian)} orang, atau perbaiki jumlah yang ikut ujian.`,
  }),
  eduUjianGtPeserta: (row: string, ujian: number, peserta: number): Worded => ({
    message: `${row}: ikut ujian (${formatNumber(ujian)}) lebih banyak dari peserta (${formatNumber(peserta)}).`,
    hint: `Ikut ujian paling banyak ${formatNumber(peserta)} orang, atau perbaiki jumlah peserta.`,
  }),
  pnbpGtPenjualan: (row: string, pnbp: number, penjualan: number): Worded => ({
    message: `${row}: PNBP (Rp ${formatNumber(pnbp)}) lebih besar dari penjualan (Rp ${formatNumber(penjualan)}).`,
    hint: `PNBP adalah bagian hasil penjualan yang disetor ke kas negara: paling banyak Rp ${formatNumber(penjualan)}, atau perbaiki penjualannya.`,
  }),
  realisasiGtPagu: (realisasi: number, pagu: number): Worded => ({
    message: `Realisasi (Rp ${formatNumber(realisasi)}) melebihi pagu (Rp ${formatNumber(pagu)}).`,
    hint: `Realisasi paling banyak Rp ${formatNumber(pagu)}, atau perbaiki pagunya.`,
  }),
  wbpBelowMaxCluster: (count: number, max: number, klaster: string): Worded => ({
    message: `Jumlah WBP terlibat (${formatNumber(count)}) lebih kecil dari WBP klaster ${klaster} (${formatNumber(max)}).`,
    hint: `Paling sedikit ${formatNumber(max)} orang.`,
  }),
  wbpAboveClusterSum: (count: number, sum: number): Worded => ({
    message: `Jumlah WBP terlibat (${formatNumber(count)}) lebih besar dari jumlah WBP seluruh klaster (${formatNumber(sum)}).`,
    hint: `Paling banyak ${formatNumber(sum)} orang.`,
  }),
  wbpAbovePenghuni: (count: number, penghuni: number): Worded => ({
    message: `Jumlah WBP terlibat (${formatNumber(count)}) lebih besar dari jumlah penghuni (${formatNumber(penghuni)}).`,
    hint: `Paling banyak ${formatNumber(penghuni)} orang, atau perbaiki jumlah penghuni.`,
  }),
  hasilWithoutSatuan: (row: string): Worded => ({
    message: `${row}: hasil diisi tanpa satuan.`,
    hint: 'Pilih satuan: kg, ekor, butir, liter, ikat atau buah.',
  }),
  ziScoreBelowTarget: (nilai: number, target: string, minimal: number): Worded => ({
    message: `Nilai ZI ${formatNumber(nilai, Number.isInteger(nilai) ? 0 : 2)} belum memenuhi syarat ${target} (minimal ${minimal}).`,
    hint: `Periksa nilai ZI atau target predikatnya; ${target} memerlukan nilai minimal ${minimal}.`,
  }),
  momJump: (label: string, value: number, previous: number): Worded => ({
    message: `${label}: ${formatNumber(value, Number.isInteger(value) ? 0 : 2)} jauh berbeda dari periode lalu (${formatNumber(previous, Number.isInteger(previous) ? 0 : 2)}).`,
    hint: 'Periksa kembali; bila benar, abaikan peringatan ini.',
  }),
  tabMissing: (sheetName: string, unitName: string): Worded => ({
    message: `Tab ${q(sheetName)} untuk ${unitName} tidak ditemukan.`,
    hint: 'Jalankan menu Siapkan tab UPT, atau periksa apakah tab diganti nama.',
  }),
  tabRenamed: (sheetName: string, unitName: string, foundIn: string): Worded => ({
    message: `Tab ${q(sheetName)} untuk ${unitName} tidak ditemukan.`,
    hint: `Tab ${q(foundIn)} berisi kode UPT ini; mungkin tab diganti nama. Kembalikan namanya menjadi ${q(sheetName)}.`,
  }),
  tabUnreadable: (): Worded => ({
    message: 'Tab ini tidak berisi blok laporan (A. Identitas, C. Ketahanan Pangan, ...); isinya tidak dapat dibaca.',
    hint: 'Minta admin menyiapkan ulang tab dari templat; isian lama akan disimpan di Arsip.',
  }),
  tabUnknown: (sheetName: string, code: string): Worded => ({
    message: `Tab ${q(sheetName)} tampak seperti tab UPT${code ? ` (kode ${q(code)})` : ''}, tetapi tidak terdaftar di Pengaturan.`,
    hint: 'Tab mungkin diganti nama; samakan dengan kolom Nama tab di Pengaturan.',
  }),
  valueDisplaced: (cell: string, value: string, archiveRow: number): Worded => ({
    message: `Nilai ${q(value)} di sel ${cell} tidak punya tempat di templat, jadi dipindahkan ke sheet "Arsip" baris ${archiveRow} dan tidak dihitung.`,
    hint: 'Operator: ketik nilainya di sel yang benar bila masih berlaku. Admin: centang "Ditinjau admin" di baris Arsip itu setelah memeriksanya.',
  }),
  tabDuplicate: (sheetName: string, code: string, original: string): Worded => ({
    message: `Tab ${q(sheetName)} berisi UPT ${q(code)} yang sudah dibaca dari tab ${q(original)}; tab ini tidak dihitung.`,
    hint: `Hapus tab ${q(sheetName)} bila hanya salinan; angka yang berlaku diisi di tab ${q(original)}.`,
  }),
  configLabelMissing: (label: string): Worded => ({
    message: `Pengaturan: baris ${q(label)} tidak ditemukan.`,
    hint: `Ketik ${q(label)} di kolom A, nilainya di kolom B.`,
  }),
  configPeriodInvalid: (text: string): Worded => ({
    message: `Periode aktif ${q(text)} tidak sah; formatnya TTTT-BB, contoh 2026-02.`,
    hint: 'Ketik tahun dan bulan dengan tanda hubung, misalnya 2026-02.',
  }),
  configNoAdmin: (): Worded => ({
    message: 'Pengaturan: belum ada e-mail admin.',
    hint: 'Isi e-mail admin Kanwil di baris Admin.',
  }),
  configEmailInvalid: (text: string): Worded => ({
    message: `E-mail ${q(text)} tidak sah.`,
    hint: 'Tulis e-mail lengkap dengan @ dan domainnya, misalnya nama@contoh.go.id; pisahkan beberapa e-mail dengan koma.',
  }),
  configNoUnits: (): Worded => ({
    message: 'Pengaturan: daftar UPT kosong.',
    hint: 'Isi satu baris per UPT di bawah judul kolom Kode.',
  }),
  configUnitTableMissing: (): Worded => ({
    message: 'Pengaturan: tabel UPT (judul kolom Kode, Nama UPT, Jenis, ...) tidak ditemukan.',
    hint: 'Kembalikan judul kolom tabel UPT, atau hapus sheet Pengaturan lalu jalankan menu Siapkan tab UPT untuk membuatnya lagi.',
  }),
  configUnitIncomplete: (what: string): Worded => ({
    message: `Baris UPT tidak lengkap: ${what} kosong.`,
    hint: `Isi ${what}, atau hapus baris ini bila bukan UPT.`,
  }),
  configUnitTypeUnknown: (text: string): Worded => ({
    message: `Jenis UPT ${q(text)} tidak dikenal.`,
    hint: `Pilih salah satu: ${UNIT_TYPES.join(', ')}.`,
  }),
  configUnitClassUnknown: (text: string): Worded => ({
    message: `Kelas ${q(text)} tidak dikenal.`,
    hint: `Pilih salah satu: ${UNIT_CLASSES.join(', ')}.`,
  }),
  configDuplicateCode: (code: string): Worded => ({
    message: `Kode UPT ${q(code)} dipakai lebih dari sekali.`,
    hint: 'Beri setiap UPT kodenya sendiri, atau hapus baris yang ganda.',
  }),
  configDuplicateTab: (name: string): Worded => ({
    message: `Nama tab ${q(name)} dipakai lebih dari sekali.`,
    hint: 'Isi kolom Nama tab dengan nama lain, misalnya kode UPT-nya.',
  }),
  configTabNameReserved: (name: string): Worded => ({
    message: `Nama tab ${q(name)} dipakai oleh add-on (termasuk akhiran "(baru)", "(lama)" dan "(nonaktif)" yang diberikan add-on pada sheetnya).`,
    hint: 'Pilih nama lain, misalnya kode UPT.',
  }),
  configTabNameInvalid: (name: string): Worded => ({
    message: `Nama tab ${q(name)} tidak sah (maksimal 100 karakter, tanpa tanda petik tunggal di awal/akhir).`,
    hint: 'Persingkat namanya dan hapus tanda petik di awal atau akhir.',
  }),
  configAutomationInvalid: (text: string): Worded => ({
    message: `Otomatisasi ${q(text)} tidak dikenal.`,
    hint: 'Pilih: Mati, 1, 2, 4, 6, 8 atau 12 jam.',
  }),
  configBasisInvalid: (text: string): Worded => ({
    message: `Dasar rekap ${q(text)} tidak dikenal.`,
    hint: `Ketik ${q(BASIS_LABELS.terkirim)} atau ${q(BASIS_LABELS.semua)}.`,
  }),
  configDeadlineInvalid: (text: string): Worded => ({
    message: `Batas pengiriman ${q(text)} tidak sah.`,
    hint: 'Isi tanggal 1 sampai 28, misalnya 5.',
  }),
  configYesNoInvalid: (label: string, text: string): Worded => ({
    message: `Isian ${q(label)} ${q(text)} tidak sah.`,
    hint: `${label}: Ya atau Tidak.`,
  }),
  configReminderInvalid: (text: string): Worded => ({
    message: `Pengaturan pengingat ${q(text)} tidak sah.`,
    hint: 'Pengingat: Ya atau Tidak; Pengingat mulai H-: angka 0 sampai 27.',
  }),
} as const;

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` (${formatNumber(min)} sampai ${formatNumber(max)})`;
  if (min !== undefined) return ` (minimal ${formatNumber(min)})`;
  if (max !== undefined) return ` (maksimal ${formatNumber(max)})`;
  return '';
}
