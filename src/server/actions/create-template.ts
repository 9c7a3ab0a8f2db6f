// "Buat templat laporan": a Google Doc in the report folder holding the built-in layout for the office to edit, its
// link written into Pengaturan's "Templat laporan" when that is empty, in one batch with the run's Log row.
import { CONFIG_LABELS } from '../../core/config/config';
import { CONFIG_SHEET } from '../../core/config/sheet-names';
import type { ReportResult } from '../../shared/rpc';
import { documentUrl } from '../report/create-report';
import { reportFolder } from '../report/report-folder';
import { createTemplate } from '../report/template-doc';
import type { CallContext } from '../runtime/call-context';
import { adminRun } from '../runtime/logged-run';
import { applyBatch, writeRows } from '../sheets/cell-batch';
import { readGrid } from '../sheets/workbook';

type Request = GoogleAppsScript.Sheets.Schema.Request;

export const TEMPLATE_ACTION = 'Buat templat laporan';

/**
 * The request that writes the link into an empty "Templat laporan" cell (none when it cannot be written), and what
 * the admin is told about it.
 */
function offerInSettings(ctx: CallContext, url: string): { requests: Request[]; note: string } {
  const sheet = ctx.sheets.get(CONFIG_SHEET);
  const sheetId = ctx.sheets.idOf(CONFIG_SHEET);
  const grid = sheet ? readGrid(sheet) : [];
  const row = grid.findIndex((r) => String(r[0]).trim() === CONFIG_LABELS.template);
  if (sheetId === null || row < 0)
    return {
      requests: [],
      note: `Tambahkan baris "${CONFIG_LABELS.template}" di sheet "${CONFIG_SHEET}" (label di kolom A, tautan ini di kolom B) agar laporan memakainya.`,
    };
  if (String(grid[row]?.[1] ?? '').trim() !== '')
    return {
      requests: [],
      note: `Isian "${CONFIG_LABELS.template}" di sheet "${CONFIG_SHEET}" sudah berisi templat lain dan tidak diubah; ganti dengan tautan ini bila laporan harus memakainya.`,
    };
  return {
    requests: [writeRows(sheetId, row + 1, 2, [[url]])],
    note: `Tautannya sudah diisikan pada "${CONFIG_LABELS.template}" di sheet "${CONFIG_SHEET}": laporan berikutnya memakainya.`,
  };
}

export function createReportTemplate(ctx: CallContext): ReportResult {
  const result = adminRun<{ message: string; url: string }>(ctx, { action: TEMPLATE_ACTION }, (run) => {
    const folderId = reportFolder(ctx.config.reportFolderId);
    const url = documentUrl(createTemplate(`Templat Laporan ${ctx.config.office}`, folderId));
    const offer = offerInSettings(ctx, url);
    // The link and the run's Log row in one batch.
    applyBatch(ctx.sheets.spreadsheetId, [...offer.requests, ...run.successRow(url)]);
    const message =
      'Templat laporan sudah dibuat. Ubah teks, kop surat, urutan dan gayanya di dokumen itu; tambahkan nomor ' +
      `halaman sekali lewat Sisipkan → Nomor halaman. ${offer.note}`;
    return { value: { message, url }, detail: url };
  });
  if (result.kind !== 'done') return { ok: false, message: result.message, docUrl: null, pdfUrl: null };
  return { ok: true, message: result.value.message, docUrl: result.value.url, pdfUrl: null };
}
