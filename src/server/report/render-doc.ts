// Writes a report model into a Google Doc (a new one in the built-in layout, or a copy of the office's template): the
// whole text in one Docs API batch, then the chart images with DocumentApp (the Docs API inserts images only from a
// public URL; a chart drawn here is a blob).
// https://developers.google.com/docs/api/reference/rest/v1/documents/request#insertinlineimagerequest
import type { ReportModel } from '../../core/report/report-model';
import { UserError } from '../runtime/user-error';
import { CHART_SIZE, chartImage, IMAGE_WIDTH } from './chart-image';
import type { FigurePlace, Request } from './doc-builder';
import { reportRequests } from './doc-requests';
import { createDocIn, trash } from './drive-files';
import type { CheckedTemplate } from './template-doc';
import { templateFillRequests } from './template-fill';

/** The Docs advanced service, enabled in appsscript.json (dependencies.enabledAdvancedServices). */
export function docsApi(): GoogleAppsScript.Docs {
  if (typeof Docs === 'undefined' || !Docs)
    throw new UserError(
      'Layanan lanjutan "Google Docs API" tidak aktif di proyek Apps Script ini. Admin mengaktifkannya di editor Apps Script (Layanan → Google Docs API) atau memasang ulang versi add-on terbaru.',
    );
  return Docs;
}

/**
 * A new Google Doc in the folder, written in one batch (two calls in all); its id. Half-made, it goes to the trash
 * and the error goes up.
 */
export function newDocIn(name: string, folderId: string, requests: Request[]): string {
  const docId = createDocIn(name, folderId);
  try {
    docsApi().Documents.batchUpdate({ requests: requests as GoogleAppsScript.Docs.Schema.Request[] }, docId);
  } catch (error) {
    try {
      trash(docId);
    } catch {
      // The original error is the one to report.
    }
    throw error;
  }
  return docId;
}

/**
 * Renders the model into the (new, empty) document: one documents.batchUpdate for every paragraph, table and
 * style, however long the report; then, for each chart, its image in the paragraph left for it (four calls each).
 */
export function renderReport(documentId: string, model: ReportModel): void {
  write(documentId, reportRequests(model));
}

/** Fills the (just made) copy of the template: the same batch and images, placed where the template says. */
export function renderIntoTemplate(documentId: string, template: CheckedTemplate, model: ReportModel): void {
  write(documentId, templateFillRequests(template.paragraphs, template.scan, model, template.margins));
}

function write(documentId: string, { requests, figures }: { requests: Request[]; figures: FigurePlace[] }): void {
  // The typings lack some request types the API has (see Request in doc-builder.ts).
  docsApi().Documents.batchUpdate({ requests: requests as GoogleAppsScript.Docs.Schema.Request[] }, documentId);
  if (figures.length === 0) return;
  const doc = DocumentApp.openById(documentId);
  const body = doc.getBody();
  const height = Math.round((CHART_SIZE.height * IMAGE_WIDTH) / CHART_SIZE.width);
  for (const figure of figures) {
    const paragraph = body.getChild(figure.childIndex).asParagraph();
    paragraph.appendInlineImage(chartImage(figure.chart)).setWidth(IMAGE_WIDTH).setHeight(height);
  }
  doc.saveAndClose();
}
