// The bound build's warning, on the menu and in the admin's sidebar: every editor of the Sheet can change its code.
import { BUILT_AS_ADDON } from '../runtime/build-target';
import { escapeHtml } from './dialogs';

export const TRIAL_MENU_LABEL = '⚠ Versi uji coba: baca peringatan';
export const TRIAL_WARNING_TITLE = 'Peringatan: versi uji coba';

export const TRIAL_WARNING =
  'Rekap UPT di Sheet ini adalah versi uji coba: kodenya tersimpan sebagai skrip di dalam Sheet, sehingga setiap ' +
  'editor Sheet ini, termasuk operator UPT, dapat mengubahnya lewat Ekstensi → Apps Script. Kode yang diubah ' +
  'berjalan dengan izin admin yang memakainya: Sheet, Google Dokumen dan file Drive buatan Rekap UPT, serta e-mail ' +
  'atas nama admin. Pakai versi ini hanya untuk uji coba. Untuk pemakaian resmi, minta pengelola TI Kanwil memasang ' +
  'Rekap UPT sebagai add-on kantor, yang kodenya tidak dapat diubah oleh editor Sheet.';

/** The warning the sidebar shows an admin, or null when built as the add-on. */
export function trialWarning(): string | null {
  return BUILT_AS_ADDON ? null : TRIAL_WARNING;
}

/** The menu's warning item: the warning in a dialog, as the help is shown. */
export function showTrialWarning(): void {
  const html = HtmlService.createHtmlOutput(
    `<p style="font-family:Arial,sans-serif;font-size:13px;line-height:1.5">${escapeHtml(TRIAL_WARNING)}</p>`,
  )
    .setWidth(480)
    .setHeight(240);
  SpreadsheetApp.getUi().showModalDialog(html, TRIAL_WARNING_TITLE);
}
