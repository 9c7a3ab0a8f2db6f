// createReport: builds the regional report for the period as a Google Doc, saves its PDF beside it, mails the links.
import type { Consolidation } from '../../core/consolidation/consolidate';
import { buildReportModel } from '../../core/report/build-report-model';
import type { ReportModel } from '../../core/report/report-model';
import { signatoryProblem } from '../../core/report/signature';
import type { Config, Issue, UnitReport } from '../../core/schema/types';
import { formatDateTimeId, formatPeriod } from '../../core/text/format';
import { withRetry } from '../runtime/retry';
import { UserError } from '../runtime/user-error';
import { createDocIn, trash, uploadInto } from './drive-files';
import { mailReport } from './mail-report';
import { renderIntoTemplate, renderReport } from './render-doc';
import { freeReportName, reportFolder } from './report-folder';
import { checkedTemplate, copyTemplate } from './template-doc';

export interface CreateReportInput {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly config: Config;
  readonly consolidation: Consolidation;
  readonly reports: readonly UnitReport[];
  readonly issues: readonly Issue[];
  readonly now: Date;
  /** Another report on the same engine (the national one): its model and file name instead of the region's. */
  readonly model?: ReportModel;
  readonly baseName?: string;
}

export interface CreatedReport {
  readonly docId: string;
  readonly docUrl: string;
  /** The report folder, where the per-unit feedback goes too. */
  readonly folderId: string;
  /** Null when the PDF copy could not be made (the Doc is saved; `notes` says why). */
  readonly pdfUrl: string | null;
  readonly name: string;
  /** What else happened, in Bahasa Indonesia, for the toast/sidebar and the Log (PDF, e-mail). */
  readonly notes: readonly string[];
}

const PDF = 'application/pdf';

/** A Google Doc's address, from its id (https://developers.google.com/docs/api/how-tos/overview#document_id). */
export function documentUrl(documentId: string): string {
  return `https://docs.google.com/document/d/${documentId}/edit`;
}

/** "Laporan Rekap UPT - Februari 2026": the base name of the period's Doc and PDF. */
export function reportBaseName(period: string): string {
  return `Laporan Rekap UPT - ${formatPeriod(period)}`;
}

function reportMailBody(
  model: ReportModel,
  now: Date,
  docUrl: string,
  pdfUrl: string | null,
  sheetUrl: string,
): string {
  const first = model.sections[0]?.blocks.find((b) => b.kind === 'paragraph');
  return [
    'Yth. Bapak/Ibu,',
    '',
    `${model.title} telah dibuat pada ${formatDateTimeId(now)}.`,
    first && first.kind === 'paragraph' ? first.text : '',
    '',
    `Dokumen: ${docUrl}`,
    pdfUrl ? `PDF: ${pdfUrl}` : 'PDF: belum tersedia',
    `Spreadsheet Rekap UPT: ${sheetUrl}`,
    '',
    'Pesan ini dikirim otomatis oleh Rekap UPT.',
  ].join('\n');
}

/**
 * Saves the PDF of the saved Doc beside it; null (with a note) when it cannot be made. The PDF comes from
 * Document.getAs (https://developers.google.com/apps-script/reference/document/document#getAs(String)), which needs
 * only the documents scope; the Doc is reopened because a closed Document cannot be used again.
 */
function savePdf(docId: string, folderId: string, name: string, notes: string[]): string | null {
  try {
    return uploadInto(pdfOf(docId), `${name}.pdf`, folderId);
  } catch (error) {
    notes.push(
      `PDF belum dapat dibuat (${error instanceof Error ? error.message : String(error)}); dokumen tetap tersimpan.`,
    );
    return null;
  }
}

/** The saved Doc as PDF; exporting is a read of the saved Doc, so a transient error is retried. */
export function pdfOf(docId: string): GoogleAppsScript.Base.Blob {
  return withRetry(() => DocumentApp.openById(docId).getAs(PDF));
}

export function createReport(input: CreateReportInput): CreatedReport {
  const problem = input.config.signatory ? signatoryProblem(input.config.signatory) : null;
  if (problem) throw new UserError(problem);
  const model = input.model ?? buildReportModel(input);
  const reference = input.config.reportTemplate?.trim() ?? '';
  // The office's template is checked (placeholders included) before any folder or document is made.
  const template = reference ? checkedTemplate(reference) : null;
  const folderId = reportFolder(input.config.reportFolderId);
  const name = freeReportName(folderId, input.baseName ?? reportBaseName(input.config.period));

  // Without a template: an empty Doc made straight in the report folder, in one Drive API call.
  const docId = template ? copyTemplate(template, name, folderId) : createDocIn(name, folderId);
  let done: { docId: string; docUrl: string; pdfUrl: string | null; sheetUrl: string };
  const notes: string[] = [];
  try {
    if (template) renderIntoTemplate(docId, template, model);
    else renderReport(docId, model);
    const sheetUrl = input.spreadsheet.getUrl();
    // Last, and never throws: a PDF that cannot be made leaves a note, not a failure.
    done = { docId, docUrl: documentUrl(docId), sheetUrl, pdfUrl: savePdf(docId, folderId, name, notes) };
  } catch (error) {
    // A half-made report must not pass for the period's report: it goes to the trash, the error goes up.
    try {
      trash(docId);
    } catch {
      // Not even that worked: the original error is the one to report.
    }
    throw error;
  }
  const { docUrl, pdfUrl } = done;
  const mailNote = mailReport({
    recipients: input.config.reportRecipients,
    subject: name,
    body: reportMailBody(model, input.now, docUrl, pdfUrl, done.sheetUrl),
  });
  if (mailNote) notes.push(mailNote);
  return { docId: done.docId, docUrl, folderId, pdfUrl, name, notes };
}
