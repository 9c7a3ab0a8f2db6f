// "Buat templat laporan": a Google Doc in the report folder holding the built-in layout for the office to edit, its
// link written into Pengaturan's "Templat laporan" when that is empty, and the run in the Log.
import { CONFIG_LABELS } from '../../core/config/config';
import { CONFIG_SHEET } from '../../core/config/sheet-names';
import type { ReportResult } from '../../shared/rpc';
import { documentUrl } from '../report/create-report';
import { reportFolder } from '../report/report-folder';
import { createTemplate } from '../report/template-doc';
import type { CallContext } from '../runtime/call-context';
import { adminRun } from '../runtime/logged-run';

export const TEMPLATE_ACTION = 'Buat templat laporan';

/** Writes the link into an empty "Templat laporan" cell; what the admin is told about it. */
function offerInSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, url: string): string {
  const sheet = ss.getSheetByName(CONFIG_SHEET);
  const grid = sheet?.getDataRange().getValues() ?? [];
  const row = grid.findIndex((r) => String(r[0]).trim() === CONFIG_LABELS.template);
  if (!sheet || row < 0)
    return `Tambahkan baris "${CONFIG_LABELS.template}" di sheet "${CONFIG_SHEET}" (label di kolom A, tautan ini di kolom B) agar laporan memakainya.`;
  if (String(grid[row]?.[1] ?? '').trim() !== '')
    return `Isian "${CONFIG_LABELS.template}" di sheet "${CONFIG_SHEET}" sudah berisi templat lain dan tidak diubah; ganti dengan tautan ini bila laporan harus memakainya.`;
  sheet.getRange(row + 1, 2).setValue(url);
  return `Tautannya sudah diisikan pada "${CONFIG_LABELS.template}" di sheet "${CONFIG_SHEET}": laporan berikutnya memakainya.`;
}

export function createReportTemplate(ctx: CallContext): ReportResult {
  const result = adminRun<{ message: string; url: string }>(ctx, { action: TEMPLATE_ACTION }, () => {
    const folderId = reportFolder(ctx.config.reportFolderId);
    const url = documentUrl(createTemplate(`Templat Laporan ${ctx.config.office}`, folderId));
    const message =
      'Templat laporan sudah dibuat. Ubah teks, kop surat, urutan dan gayanya di dokumen itu; tambahkan nomor ' +
      `halaman sekali lewat Sisipkan → Nomor halaman. ${offerInSettings(ctx.ss, url)}`;
    return { value: { message, url }, detail: url };
  });
  if (result.kind !== 'done') return { ok: false, message: result.message, docUrl: null, pdfUrl: null };
  return { ok: true, message: result.value.message, docUrl: result.value.url, pdfUrl: null };
}
