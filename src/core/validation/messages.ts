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
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface Worded {
  readonly message: string;
  readonly hint?: string;
}

const q = (s: string): string => `"${s}"`;

/** "mungkin maksudnya 102.772 (seratus dua ribu …)" style hints. */
export function intendedHint(intended: number, words?: string): string {
  const decimals = Number.isInteger(intended) ? 0 : Math.min(4, String(intended).split('.')[1]?.length ?? 0);
  const shown = formatNumber(intended, decimals);
  return words ? `Mungkin maksudnya ${shown} (${words}).` : `Mungkin maksudnya ${shown}.`;
}

export const MSG = {
  wrongType: (label: string, expected: string, got: string): Worded => ({
    message: `${label}: harus berupa ${expected}, tetapi berisi ${got}.`,
  }),
  textInNumber: (label: string, text: string, intended: number | null, words?: string): Worded => ({
    message: `${label}: berisi teks ${q(text)}, bukan angka. Nilai ini tidak dihitung.`,
    hint: intended === null ? 'Ketik angka saja, tanpa huruf atau satuan.' : intendedHint(intended, words),
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
  }),
  negative: (label: string, value: number): Worded => ({
    message: `${label}: tidak boleh negatif (${formatNumber(value, Number.isInteger(value) ? 0 : 2)}).`,
    hint: 'Ketik angka 0 atau lebih.',
  }),
  outOfRange: (label: string, value: number, min: number | undefined, max: number | undefined): Worded => ({
    message: `${label}: ${formatNumber(value, Number.isInteger(value) ? 0 : 2)} di luar batas wajar${rangeText(min, max)}.`,
  }),
  requiredEmpty: (label: string): Worded => ({ message: `${label}: wajib diisi.` }),
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
  }),
  textFormulaLike: (label: string): Worded => ({
    message: `${label}: teks diawali = + - atau @. Disimpan sebagai teks biasa, bukan rumus.`,
  }),
  textTooLong: (label: string, length: number): Worded => ({
    message: `${label}: teks terlalu panjang (${formatNumber(length)} karakter, batas 5.000).`,
    hint: 'Ringkas teksnya; isi tidak diubah oleh add-on.',
  }),
  periodInvalid: (text: string): Worded => ({
    message: `Periode ${q(text)} tidak sah; formatnya TTTT-BB, contoh 2026-02.`,
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
  }),
  blockMissing: (title: string): Worded => ({
    message: `Blok ${q(title)} tidak ditemukan di tab ini.`,
    hint: 'Judul blok mungkin terhapus atau diubah; minta admin menyiapkan ulang tab.',
  }),
  blockDuplicate: (title: string): Worded => ({
    message: `Blok ${q(title)} muncul lebih dari sekali; yang dibaca hanya yang pertama.`,
  }),
  headerMissing: (title: string, label: string): Worded => ({
    message: `Blok ${q(title)}: judul ${q(label)} tidak ditemukan; nilainya tidak dapat dibaca.`,
    hint: `Kembalikan teks ${q(label)} atau minta admin menyiapkan ulang tab.`,
  }),
  headerDuplicate: (title: string, label: string): Worded => ({
    message: `Blok ${q(title)}: judul ${q(label)} muncul lebih dari sekali; yang dibaca hanya yang pertama.`,
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
  }),
  eduUjianGtPeserta: (row: string, ujian: number, peserta: number): Worded => ({
    message: `${row}: ikut ujian (${formatNumber(ujian)}) lebih banyak dari peserta (${formatNumber(peserta)}).`,
  }),
  pnbpGtPenjualan: (row: string, pnbp: number, penjualan: number): Worded => ({
    message: `${row}: PNBP (Rp ${formatNumber(pnbp)}) lebih besar dari penjualan (Rp ${formatNumber(penjualan)}).`,
  }),
  realisasiGtPagu: (realisasi: number, pagu: number): Worded => ({
    message: `Realisasi (Rp ${formatNumber(realisasi)}) melebihi pagu (Rp ${formatNumber(pagu)}).`,
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
  }),
  hasilWithoutSatuan: (row: string): Worded => ({
    message: `${row}: hasil diisi tanpa satuan.`,
    hint: 'Pilih satuan: kg, ekor, butir, liter, ikat atau buah.',
  }),
  ziScoreBelowTarget: (nilai: number, target: string, minimal: number): Worded => ({
    message: `Nilai ZI ${formatNumber(nilai, Number.isInteger(nilai) ? 0 : 2)} belum memenuhi syarat ${target} (minimal ${minimal}).`,
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
  }),
  configLabelMissing: (label: string): Worded => ({
    message: `Pengaturan: baris ${q(label)} tidak ditemukan.`,
  }),
  configPeriodInvalid: (text: string): Worded => ({
    message: `Periode aktif ${q(text)} tidak sah; formatnya TTTT-BB, contoh 2026-02.`,
  }),
  configNoAdmin: (): Worded => ({ message: 'Pengaturan: belum ada e-mail admin.' }),
  configEmailInvalid: (text: string): Worded => ({ message: `E-mail ${q(text)} tidak sah.` }),
  configNoUnits: (): Worded => ({ message: 'Pengaturan: daftar UPT kosong.' }),
  configUnitTableMissing: (): Worded => ({
    message: 'Pengaturan: tabel UPT (judul kolom Kode, Nama UPT, Jenis, ...) tidak ditemukan.',
  }),
  configUnitIncomplete: (what: string): Worded => ({ message: `Baris UPT tidak lengkap: ${what} kosong.` }),
  configUnitTypeUnknown: (text: string): Worded => ({
    message: `Jenis UPT ${q(text)} tidak dikenal.`,
    hint: `Pilih salah satu: ${UNIT_TYPES.join(', ')}.`,
  }),
  configUnitClassUnknown: (text: string): Worded => ({
    message: `Kelas ${q(text)} tidak dikenal.`,
    hint: `Pilih salah satu: ${UNIT_CLASSES.join(', ')}.`,
  }),
  configDuplicateCode: (code: string): Worded => ({ message: `Kode UPT ${q(code)} dipakai lebih dari sekali.` }),
  configDuplicateTab: (name: string): Worded => ({ message: `Nama tab ${q(name)} dipakai lebih dari sekali.` }),
  configTabNameReserved: (name: string): Worded => ({
    message: `Nama tab ${q(name)} dipakai oleh add-on (termasuk akhiran "(baru)", "(lama)" dan "(nonaktif)" yang diberikan add-on pada sheetnya); pilih nama lain, misalnya kode UPT.`,
  }),
  configTabNameInvalid: (name: string): Worded => ({
    message: `Nama tab ${q(name)} tidak sah (maksimal 100 karakter, tanpa tanda petik tunggal di awal/akhir).`,
  }),
  configAutomationInvalid: (text: string): Worded => ({
    message: `Otomatisasi ${q(text)} tidak dikenal.`,
    hint: 'Pilih: Mati, 1, 2, 4, 6, 8 atau 12 jam.',
  }),
  configBasisInvalid: (text: string): Worded => ({
    message: `Dasar rekap ${q(text)} tidak dikenal; ketik ${q(BASIS_LABELS.terkirim)} atau ${q(BASIS_LABELS.semua)}.`,
  }),
  configDeadlineInvalid: (text: string): Worded => ({
    message: `Batas pengiriman ${q(text)} tidak sah; isi tanggal 1 sampai 28.`,
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
