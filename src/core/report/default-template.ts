// The built-in report layout, written as a template: what "Buat templat laporan" puts in a new Google Doc for the
// office to edit, and what a report follows when Pengaturan names no template. Letterhead (kop surat), number and
// addressee, title, the six sections, closing line, signature block, annexes.
import { FIELD_PLACEHOLDERS, knownPlaceholders, SECTION_NAMES } from './placeholders';

/** How a template line looks; the template's own styles once the office edits it. */
export interface TemplateLook {
  readonly style?: 'NORMAL_TEXT' | 'TITLE' | 'SUBTITLE';
  readonly center?: boolean;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** The line under the letterhead, as a bottom border of its last line. */
  readonly ruleBelow?: boolean;
  /** Points, for the small address line of the letterhead. */
  readonly fontSize?: number;
}

export interface TemplateLine {
  readonly text: string;
  readonly look?: TemplateLook;
}

const NOTE = '{{petunjuk}}';

/** Notes to whoever edits the template; paragraphs holding {{petunjuk}} never reach a report. */
export const TEMPLATE_NOTES: readonly string[] = [
  `${NOTE} Templat laporan Kanwil. Ubah teks, urutan dan gaya sesuka kantor; paragraf yang memuat {{petunjuk}} (seperti ini) tidak ikut ke laporan.`,
  `${NOTE} Logo: letakkan kursor di baris kosong di bawah petunjuk ini, pilih Sisipkan → Gambar, lalu hapus petunjuk ini.`,
  `${NOTE} Nomor halaman: Google Dokumen tidak menyediakan cara bagi add-on untuk menyisipkan nomor halaman. Tambahkan sekali di templat ini lewat Sisipkan → Nomor halaman; setiap laporan yang dibuat dari templat ini ikut bernomor halaman.`,
  `${NOTE} Placeholder yang dapat dipakai: ${knownPlaceholders().join(', ')}. Isian (${Object.keys(FIELD_PLACEHOLDERS)
    .map((f) => `{{${f}}}`)
    .join(
      ', ',
    )}) boleh berada di mana saja; bagian, tabel, tanda tangan dan lampiran berdiri sendiri dalam satu paragraf. Bagian yang dihapus dari templat tidak dimuat dalam laporan.`,
];

/** The letterhead: ministry, directorate general, office, address; a rule below it. */
const KOP: readonly TemplateLine[] = [
  { text: 'KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA', look: { center: true, bold: true } },
  { text: 'DIREKTORAT JENDERAL PEMASYARAKATAN', look: { center: true, bold: true } },
  { text: '{{kantor}}', look: { center: true, bold: true } },
  { text: '{{alamat}}', look: { center: true, fontSize: 9, ruleBelow: true } },
];

/** Number, addressee: the secretariat types the agenda number once the report is registered. */
const HEAD: readonly TemplateLine[] = [
  { text: 'Nomor\t: ' },
  { text: 'Yth. Direktur Jenderal Pemasyarakatan' },
  { text: 'di Jakarta' },
  { text: '{{judul}}', look: { style: 'TITLE', center: true } },
  { text: '{{keterangan}}', look: { style: 'SUBTITLE', center: true } },
];

const CLOSING: readonly TemplateLine[] = [
  { text: 'Demikian laporan ini kami sampaikan. Atas perhatian Bapak, kami ucapkan terima kasih.' },
  { text: '{{tanda_tangan}}' },
  { text: '{{lampiran}}' },
];

/** The template "Buat templat laporan" writes: notes and logo slot, then the layout. */
export function defaultTemplate(): TemplateLine[] {
  return [
    ...TEMPLATE_NOTES.map((text) => ({ text, look: { italic: true } })),
    // The logo slot: an empty centred line above the letterhead.
    { text: '', look: { center: true } },
    ...reportLayout(),
  ];
}

/** The layout a report follows when no template is named. */
export function reportLayout(): TemplateLine[] {
  return [...KOP, ...HEAD, ...SECTION_NAMES.map((name) => ({ text: `{{bagian:${name}}}` })), ...CLOSING];
}
