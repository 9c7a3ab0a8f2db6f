// "Buat laporan": under the lock, reads and consolidates the workbook, builds the Doc and PDF, and logs the link.
import { consolidateRegion } from '../../core/consolidation/consolidate';
import { signatoryProblem } from '../../core/report/signature';
import type { ReportResult } from '../../shared/rpc';
import { BUSY_MESSAGE, withScriptLock } from '../runtime/lock';
import { withRetry } from '../runtime/retry';
import { readableMessage, UserError } from '../runtime/user-error';
import { appendLog } from '../sheets/log';
import { type ReadOptions, readWorkbook } from '../sheets/workbook';
import { createReport } from './create-report';

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
      // An official report needs its signatory: say what is missing before any Doc exists.
      const unsigned = signatoryProblem(read.config.signatory);
      if (unsigned) throw new UserError(unsigned);
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
      // The report exists (and may be mailed): a failure recording it must not report the run as failed.
      try {
        const properties = PropertiesService.getDocumentProperties();
        const last = JSON.stringify({ docUrl: created.docUrl, pdfUrl: created.pdfUrl, at: at.toISOString() });
        withRetry(() => properties.setProperty(LAST_REPORT_PROPERTY, last));
      } catch {
        // The panel keeps showing the previous link; the Log below still has the new one.
      }
      const detail = [
        `${created.name}: ${created.docUrl}${created.pdfUrl ? ` (PDF: ${created.pdfUrl})` : ''}`,
        ...created.notes,
      ].join(' ');
      try {
        appendLog(ss, { start, end: at, action: 'Buat laporan', by, outcome: 'Berhasil', tabsRead, detail });
      } catch {
        // Bookkeeping only; the person is shown the link.
      }
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
