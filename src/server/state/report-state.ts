// What the add-on remembers about reports: the last one made (for the panel and the chat summary) and its own folder.
import { withRetry } from '../runtime/retry';
import { readProperty, writeProperty } from './document-properties';
import { asRecord, readJsonProperty, writeJsonProperty } from './json-property';
import { LAST_REPORT, REPORT_FOLDER } from './keys';

export interface LastReport {
  readonly docUrl: string;
  readonly pdfUrl: string | null;
  /** ISO date-time. */
  readonly at: string;
}

export function lastReport(): LastReport | null {
  return readJsonProperty(LAST_REPORT, (parsed) => {
    const r = asRecord(parsed);
    return r && typeof r.docUrl === 'string' && typeof r.at === 'string'
      ? { docUrl: r.docUrl, pdfUrl: typeof r.pdfUrl === 'string' ? r.pdfUrl : null, at: r.at }
      : null;
  });
}

/** Records a report just made (a transient error is retried). */
export function saveLastReport(docUrl: string, pdfUrl: string | null, at: Date): void {
  const report: LastReport = { docUrl, pdfUrl, at: at.toISOString() };
  withRetry(() => writeJsonProperty(LAST_REPORT, report));
}

/** The id of the report folder the add-on created, or null before it made one. */
export function reportFolderId(): string | null {
  return readProperty(REPORT_FOLDER);
}

export function saveReportFolderId(id: string): void {
  writeProperty(REPORT_FOLDER, id);
}
