// "Buat laporan": under the lock, reads and consolidates the workbook, builds the Doc and PDF, and logs the link.
import { consolidateRegion } from '../core/consolidate';
import type { ReportResult } from '../shared/rpc';
import { BUSY_MESSAGE, withScriptLock } from './lock';
import { appendLog } from './log';
import { createReport } from './report/create-report';
import { readableMessage } from './user-error';
import { type ReadOptions, readWorkbook } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Document property holding the last report: { docUrl, pdfUrl, at }. */
export const LAST_REPORT_PROPERTY = 'report:last';

export interface LastReport {
  readonly docUrl: string;
  readonly pdfUrl: string | null;
  readonly at: string;
}

export function lastReport(): LastReport | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(LAST_REPORT_PROPERTY);
  if (!raw) return null;
  try {
    const r = JSON.parse(raw) as LastReport;
    return { docUrl: r.docUrl, pdfUrl: r.pdfUrl ?? null, at: r.at };
  } catch {
    return null;
  }
}

/** Generates the report; the caller has checked that `by` is an admin. */
export function generateReportRun(ss: Spreadsheet, by: string, pre?: ReadOptions): ReportResult {
  const start = new Date();
  let tabsRead = 0;
  try {
    const locked = withScriptLock(() => {
      const read = readWorkbook(ss, pre);
      tabsRead = read.tabsRead;
      const consolidation = consolidateRegion(read.config, read.reports);
      const now = new Date();
      const created = createReport({
        spreadsheet: ss,
        config: read.config,
        consolidation,
        reports: read.reports,
        issues: read.issues,
        now,
      });
      const at = new Date();
      PropertiesService.getDocumentProperties().setProperty(
        LAST_REPORT_PROPERTY,
        JSON.stringify({ docUrl: created.docUrl, pdfUrl: created.pdfUrl, at: at.toISOString() }),
      );
      const detail = [
        `${created.name}: ${created.docUrl}${created.pdfUrl ? ` (PDF: ${created.pdfUrl})` : ''}`,
        ...created.notes,
      ].join(' ');
      appendLog(ss, { start, end: at, action: 'Buat laporan', by, outcome: 'Berhasil', tabsRead, detail });
      return created;
    });
    if (!locked.ran) return { ok: false, message: BUSY_MESSAGE, docUrl: null, pdfUrl: null };
    const r = locked.value;
    const message = [`Laporan "${r.name}" sudah dibuat.`, ...r.notes].join(' ');
    return { ok: true, message, docUrl: r.docUrl, pdfUrl: r.pdfUrl };
  } catch (error) {
    const message = readableMessage(error);
    try {
      appendLog(ss, {
        start,
        end: new Date(),
        action: 'Buat laporan',
        by,
        outcome: 'Gagal',
        tabsRead,
        detail: message,
      });
    } catch {
      // The Log itself failed (the same outage): the user still sees the first error.
    }
    return { ok: false, message, docUrl: null, pdfUrl: null };
  }
}
