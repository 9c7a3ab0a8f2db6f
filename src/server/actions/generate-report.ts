// "Buat laporan": under the lock, reads and consolidates the workbook, builds the Doc and PDF, and logs the link.
import { consolidateRegion } from '../../core/consolidation/consolidate';
import { signatoryProblem } from '../../core/report/signature';
import type { ReportResult } from '../../shared/rpc';
import { type CreatedReport, createReport } from '../report/create-report';
import { type FeedbackInput, sendUnitFeedback } from '../report/unit-feedback';
import { type CallContext, preRead } from '../runtime/call-context';
import { adminRun } from '../runtime/logged-run';
import { TimeBudget } from '../runtime/time-budget';
import { UserError } from '../runtime/user-error';
import { readWorkbook } from '../sheets/workbook';
import { saveLastReport } from '../state/report-state';

export const REPORT_ACTION = 'Buat laporan';

/** Per-unit feedback after the report; a failure of it is a note, the report stays made. */
function feedbackNotes(input: Omit<FeedbackInput, 'budget'>, began: number): string[] {
  try {
    return sendUnitFeedback({ ...input, budget: new TimeBudget(began) });
  } catch (error) {
    return [
      `Umpan balik per UPT gagal (${error instanceof Error ? error.message : String(error)}); laporan tetap tersimpan.`,
    ];
  }
}

export function generateReport(ctx: CallContext): ReportResult {
  const began = Date.now();
  const result = adminRun<CreatedReport>(
    ctx,
    {
      action: REPORT_ACTION,
      // The report exists (and may be mailed): the panel keeps the previous link if this fails; the Log has the new one.
      remember: (_outcome, end, created) => {
        if (created) saveLastReport(created.docUrl, created.pdfUrl, end);
      },
    },
    (run) => {
      const read = readWorkbook(ctx.ss, preRead(ctx));
      run.tabsRead = read.tabsRead;
      // An official report needs its signatory: say what is missing before any Doc exists.
      const unsigned = signatoryProblem(read.config.signatory);
      if (unsigned) throw new UserError(unsigned);
      const input = {
        spreadsheet: ctx.ss,
        config: read.config,
        consolidation: consolidateRegion(read.config, read.reports),
        reports: read.reports,
        issues: read.issues,
        now: new Date(),
      };
      const report = createReport(input);
      // The report is made first: feedback that cannot all be sent never costs the office its report.
      const created: CreatedReport = read.config.unitFeedback
        ? { ...report, notes: [...report.notes, ...feedbackNotes({ ...input, folderId: report.folderId }, began)] }
        : report;
      const detail = [
        `${created.name}: ${created.docUrl}${created.pdfUrl ? ` (PDF: ${created.pdfUrl})` : ''}`,
        ...created.notes,
      ].join(' ');
      return { value: created, detail };
    },
  );
  if (result.kind !== 'done') return { ok: false, message: result.message, docUrl: null, pdfUrl: null };
  const r = result.value;
  const message = [`Laporan "${r.name}" sudah dibuat.`, ...r.notes].join(' ');
  return { ok: true, message, docUrl: r.docUrl, pdfUrl: r.pdfUrl };
}
