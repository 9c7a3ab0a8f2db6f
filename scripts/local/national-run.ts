// npm start -- --national: the national flow on generated Kanwil workbooks, its summaries written to out/.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { saveXlsx } from '../../emulator';
import { SAMPLE_PERIOD } from '../../fixtures/sample/workbook';
import { NATIONAL_KANWIL_SHEET } from '../../src/core/national/national-sheets';
import { NATIONAL_KANWIL, UNITS_PER_KANWIL } from './bench-national';
import { LocalRunError } from './local-run-error';
import { NATIONAL_DIST_DIR, runNationalFlow, UNREADABLE } from './national-flow';
import { saveReportFiles } from './report-files';

/** The per-Kanwil table of the national summary, as records under its header ("Kanwil", "Kepatuhan", …). */
function kanwilRecords(grid: unknown[][]): Record<string, unknown>[] {
  const at = grid.findIndex((r) => r[0] === 'Kanwil');
  const header = (grid[at] ?? []).map(String);
  const rows: Record<string, unknown>[] = [];
  for (const row of grid.slice(at + 1)) {
    if (row[0] === '' || row[0] === undefined) break;
    rows.push(Object.fromEntries(header.filter((h) => h !== '').map((h, i) => [h, row[i]])));
  }
  return rows;
}

export async function runNational(outDir: string): Promise<number> {
  if (!existsSync(join(NATIONAL_DIST_DIR, 'Code.js')))
    throw new LocalRunError('dist-national/Code.js belum ada: jalankan "npm run build" dahulu.');
  const run = runNationalFlow(NATIONAL_KANWIL, UNITS_PER_KANWIL, UNREADABLE.length);
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const xlsx = join(out, `rekap-nasional-${SAMPLE_PERIOD}.xlsx`);
  await saveXlsx(run.emulator.spreadsheet, xlsx);
  const sheet = run.emulator.spreadsheet.sheetByNameUnrecorded(NATIONAL_KANWIL_SHEET);
  const summary = {
    periode: SAMPLE_PERIOD,
    pesan: run.message,
    kanwil: sheet ? kanwilRecords(sheet.getDataRange().getValues()) : [],
    panggilan: {
      total: run.calls.total,
      batchGet: run.batchGets,
      detikModel: Number(run.calls.modelledSeconds.toFixed(1)),
    },
  };
  const json = join(out, 'ringkasan-nasional.json');
  writeFileSync(json, `${JSON.stringify(summary, null, 2)}\n`);
  const report = await saveReportFiles(
    run.emulator,
    join(out, `laporan-nasional-${SAMPLE_PERIOD}.docx`),
    join(out, `laporan-nasional-${SAMPLE_PERIOD}.pdf`),
  );
  const files = [xlsx, json, ...[report.docx, report.pdf].filter((f): f is string => f !== null)];
  process.stdout.write(
    `${run.message}\n\n${NATIONAL_KANWIL} workbook Kanwil (DATA CONTOH) dibaca dengan ${run.batchGets} panggilan Sheets API, ` +
      `${run.calls.total} panggilan layanan, ${run.calls.modelledSeconds.toFixed(1)} detik (model).\n` +
      `Hasil:\n${files.map((f) => `  ${f}\n`).join('')}`,
  );
  return sheet && report.docx ? 0 : 1;
}
