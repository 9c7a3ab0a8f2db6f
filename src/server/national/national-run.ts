// "Rekap nasional" (the national deployment): every Kanwil workbook listed in "Pengaturan Nasional" read in one call
// each, consolidated nasional → Kanwil → UPT, the national summary sheets replaced, the national report made and,
// when set, the period loaded into BigQuery; a Kanwil that cannot be read is named with its reason and left out of
// the totals, never stopping the run.
import { NATIONAL_CONFIG_SHEET } from '../../core/config/sheet-names';
import { loadMessage } from '../../core/national/bigquery-rows';
import { consolidateNation, type NationalConsolidation } from '../../core/national/consolidate-national';
import {
  type NationalLetterhead,
  nationalConfigTemplate,
  parseNationalConfig,
} from '../../core/national/national-config';
import { nationalReportModel } from '../../core/national/national-report';
import { nationalCompletenessLine, nationalSheets } from '../../core/national/national-sheets';
import { formatNumber, formatPeriod, isoDateIn, previousPeriod } from '../../core/text/format';
import type { ActionResult } from '../../shared/rpc';
import { createReport } from '../report/create-report';
import { loggedRun, type RunDone } from '../runtime/logged-run';
import { withRetry } from '../runtime/retry';
import { callerEmail } from '../runtime/roles';
import { TimeBudget } from '../runtime/time-budget';
import { readableMessage, UserError } from '../runtime/user-error';
import { wroteThroughSpreadsheetApp } from '../runtime/write-cache';
import { readSheetIndex } from '../sheets/sheet-index';
import { writeSummaries } from '../sheets/write-sheet';
import { BigQueryLoader } from './bigquery-load';
import { ReadsCheckpoint } from './read-checkpoint';
import { KanwilReader } from './read-kanwil';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const NATIONAL_ACTION = 'Rekap nasional';

/**
 * Time the run keeps after its last read for the summaries and the report: the reads (and each read Kanwil's BigQuery
 * load) stop this much before the time budget's stop (runtime/time-budget.ts).
 */
export const FINISH_RESERVE_MS = 90_000;

/** A first "Pengaturan Nasional", for last month, to be filled in with the Kanwil workbooks. */
function createNationalSettings(ss: Spreadsheet): string {
  const period = previousPeriod(isoDateIn(new Date()).slice(0, 7));
  const grid = nationalConfigTemplate(period);
  wroteThroughSpreadsheetApp();
  const sheet = ss.insertSheet(NATIONAL_CONFIG_SHEET);
  sheet.getRange('A:C').setNumberFormat('@');
  sheet.getRange(1, 1, grid.length, 3).setValues(grid).setFontWeight('bold');
  return (
    `Sheet "${NATIONAL_CONFIG_SHEET}" dibuat. Isi periode, lalu satu baris per Kanwil: ID atau tautan workbook ` +
    'Rekap UPT-nya, nama Kanwil dan kontak. Setiap workbook harus dibagikan (minimal Pelihat) kepada akun Anda. ' +
    'Setelah itu jalankan "Rekap nasional" lagi.'
  );
}

/**
 * The national report (the regional report's engine and template), as a sentence for the run's message; a report
 * that cannot be made is said, and the summary sheets stand.
 */
function nationalReport(
  ss: Spreadsheet,
  nation: NationalConsolidation,
  letterhead: NationalLetterhead,
  now: Date,
): string {
  try {
    const created = createReport({
      spreadsheet: ss,
      config: nation.config,
      consolidation: nation.national,
      reports: nation.reports,
      issues: [],
      now,
      model: nationalReportModel(nation, letterhead, now),
      baseName: `Laporan Rekap Nasional - ${formatPeriod(nation.period)}`,
    });
    return ` Laporan "${created.name}": ${created.docUrl}${created.notes.length ? ` ${created.notes.join(' ')}` : ''}`;
  } catch (error) {
    return ` Laporan nasional belum dapat dibuat: ${readableMessage(error)}`;
  }
}

/** What the admin reads when the run stopped before the last Kanwil: how far it got, and that running again continues. */
function pausedMessage(period: string, read: number, listed: number): string {
  return (
    `Rekap nasional periode ${formatPeriod(period)} dihentikan sementara karena mendekati batas waktu 6 menit Google: ` +
    `${formatNumber(read)} dari ${formatNumber(listed)} Kanwil sudah dibaca dan disimpan. Ringkasan nasional belum ` +
    `diperbarui. Jalankan "Rekap nasional" lagi untuk melanjutkan dari Kanwil ke-${formatNumber(read + 1)}.`
  );
}

/**
 * The national run's work, under the lock. Each listed Kanwil is read in turn, continuing after those an earlier run
 * of the same period and list kept (and loaded into BigQuery when set); near the time limit the run keeps what it
 * read and stops, so the national totals are written only once every Kanwil is read or named unreadable.
 */
function nationalWork(ss: Spreadsheet, began: number): RunDone<string> {
  const done = (message: string, outcome?: 'Dilanjutkan'): RunDone<string> => ({
    value: message,
    detail: message,
    ...(outcome ? { outcome } : {}),
  });
  const sheet = ss.getSheetByName(NATIONAL_CONFIG_SHEET);
  if (!sheet) return done(createNationalSettings(ss));
  const parsed = parseNationalConfig(withRetry(() => sheet.getDataRange().getValues()));
  if (!parsed.ok) throw new UserError(parsed.problem);
  const { period, kanwil, bigQuery, letterhead } = parsed.config;
  const loader = bigQuery ? new BigQueryLoader(bigQuery, period) : null;
  const checkpoint = new ReadsCheckpoint(ss, period, kanwil);
  const kept = checkpoint.resume();
  const resumed = kept.length;
  const reader = new KanwilReader(period);
  const budget = new TimeBudget(began - FINISH_RESERVE_MS);
  for (const source of kanwil.slice(resumed)) {
    // At least one Kanwil per run, so every run gets further.
    if (kept.length > resumed && budget.nearLimit()) break;
    // Each Kanwil is loaded into BigQuery as soon as it is read: the loads are spread over the runs as the reads are.
    kept.push(
      budget.time(() => {
        const read = reader.read(source);
        return { read, load: loader ? loader.load(read) : null };
      }),
    );
  }
  if (kept.length < kanwil.length) {
    checkpoint.keep(kept);
    return done(pausedMessage(period, kept.length, kanwil.length), 'Dilanjutkan');
  }
  const nation = consolidateNation(
    period,
    kept.map((k) => k.read),
  );
  const now = new Date();
  // The sheet index is one more Sheets API read, under the same per-user quota as the Kanwil reads.
  const index = reader.paced(() => readSheetIndex(ss));
  // One atomic batch replaces the summaries in place: a failure leaves the previous ones whole.
  writeSummaries(index, nationalSheets(nation, now), []);
  checkpoint.forget();
  const report = nationalReport(ss, nation, letterhead, now);
  const loaded = bigQuery
    ? loadMessage(
        bigQuery,
        period,
        kept.map((k) => k.load),
      )
    : '';
  return done(
    `Rekap nasional periode ${formatPeriod(period)} selesai. ${nationalCompletenessLine(nation)}${report}${loaded}`,
  );
}

/**
 * "Rekap nasional" as every admin run: under the script lock (a second run waits, then is told it is busy, writing
 * nothing) and logged. The national workbook has no "Pengaturan" listing admins (adminRun's check): it is the
 * Directorate's own file, so whoever may edit it runs the national consolidation, and the Log names them.
 */
export function nationalConsolidation(ss: Spreadsheet, began: number): ActionResult {
  const result = loggedRun({ ss, by: callerEmail(), action: NATIONAL_ACTION, start: new Date(began) }, () =>
    nationalWork(ss, began),
  );
  if (result.kind === 'done') return { ok: true, message: result.value };
  if (result.kind === 'failed')
    return { ok: false, message: `Rekap nasional gagal; ringkasan nasional sebelumnya tetap utuh. ${result.message}` };
  return { ok: false, message: result.message };
}
