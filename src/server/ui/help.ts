// The help dialog: how Rekap UPT is used, in Bahasa Indonesia.
import { BUILT_AS_ADDON } from '../runtime/build-target';
import { escapeHtml } from './dialogs';

export const HELP_TITLE = 'Bantuan Rekap UPT';

/** Where the menu is: the add-on's under Ekstensi, the bound build's in the menu bar. */
const MENU_PATH = BUILT_AS_ADDON ? 'Ekstensi → Rekap UPT' : 'Rekap UPT';

export const HELP_SECTIONS: readonly { readonly title: string; readonly lines: readonly string[] }[] = [
  {
    title: 'Untuk operator UPT',
    lines: [
      'Buka tab UPT Anda dan isi angka periode berjalan pada sel yang tidak terkunci.',
      'Tulis angka dengan format Indonesia: titik pemisah ribuan (102.772) dan koma desimal (1,5).',
      `Buka panel (menu ${MENU_PATH} → Buka panel), tekan "Periksa tab saya", lalu perbaiki setiap sel yang ditunjuk.`,
      'Bila tidak ada kesalahan, tekan "Kirim laporan". Bila Kanwil mengembalikan tab, baca catatannya di panel.',
      'Mengubah angka setelah dikirim menandai tab "Diubah setelah dikirim" bagi Kanwil; kirim ulang setelah selesai.',
    ],
  },
  {
    title: 'Untuk admin Kanwil',
    lines: [
      'Isi sheet "Pengaturan": periode aktif, daftar UPT dengan e-mail operatornya, dan e-mail admin.',
      'Siapkan / perbarui tab UPT: membuat atau memperbarui tab setiap UPT tanpa menghapus angka yang sudah diisi.',
      'Validasi semua UPT: menulis sheet "Validasi" dan menandai sel yang bermasalah.',
      'Rekap sekarang: menulis sheet rekap wilayah, "Status" dan "Dasbor". Buat laporan: Google Dokumen dan PDF.',
      'Otomatisasi: rekap otomatis paling sering satu kali per jam; setiap proses tercatat di sheet "Log".',
      'Pengingat: bila otomatisasi aktif dan "Pengingat" = Ya, operator UPT yang belum mengirim menerima e-mail ' +
        'setiap pagi mulai H- sebelum batas pengiriman sampai hari batasnya.',
      'Salin ringkasan: teks singkat periode ini (angka utama, UPT yang belum mengirim, tautan laporan) untuk grup chat.',
      'Buat laporan memerlukan Tempat, Jabatan penandatangan, Nama penandatangan dan NIP di "Pengaturan".',
      'Buat templat laporan: Google Dokumen berisi kop surat, bagian laporan dan tanda tangan yang dapat diubah kantor; ' +
        'laporan berikutnya mengikuti templat itu. Nomor halaman ditambahkan sekali di templat (Sisipkan → Nomor halaman).',
      'Tutup periode: semua angka disimpan ke sheet "Arsip" sebelum tab UPT dibuka untuk periode berikutnya.',
      'Terbitkan: menulis ulang sheet "Terbitan" (periode yang sudah ditutup) untuk Rekap Nasional; Tutup periode ' +
        'juga menerbitkan periode yang ditutupnya.',
    ],
  },
  {
    title: 'Akun',
    lines: [
      'Gunakan akun kantor yang terdaftar di "Pengaturan". Akun pribadi atau domain lain tidak dapat dikenali, ' +
        'sehingga tidak dapat mengirim laporan atau menjalankan tindakan admin.',
    ],
  },
];

export function helpHtml(): string {
  const body = HELP_SECTIONS.map(
    (s) => `<h3>${escapeHtml(s.title)}</h3><ul>${s.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`,
  ).join('');
  return `<div style="font-family:Arial,sans-serif;font-size:13px;line-height:1.5">${body}</div>`;
}

export function showHelpDialog(): void {
  const html = HtmlService.createHtmlOutput(helpHtml()).setWidth(520).setHeight(480);
  SpreadsheetApp.getUi().showModalDialog(html, HELP_TITLE);
}
