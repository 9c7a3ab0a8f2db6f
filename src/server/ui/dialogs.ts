// The HTML of the menu's dialogs: the new report's links and the submission status table.
import type { ReportResult, UnitStatusView } from '../../shared/rpc';

/** Text as HTML: every character that could open markup is an entity. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The message and the links to the new report's Doc and PDF. */
export function reportLinksHtml(result: ReportResult & { docUrl: string }): string {
  const pdf = result.pdfUrl ? ` · <a href="${escapeHtml(result.pdfUrl)}" target="_blank">PDF</a>` : '';
  return (
    `<p style="font-family:Arial,sans-serif">${escapeHtml(result.message)}</p>` +
    `<p style="font-family:Arial,sans-serif"><a href="${escapeHtml(result.docUrl)}" target="_blank">Buka laporan</a>${pdf}</p>`
  );
}

/** The new template's link, with what to do next. */
export function templateLinkHtml(message: string, docUrl: string): string {
  return (
    `<p style="font-family:Arial,sans-serif">${escapeHtml(message)}</p>` +
    `<p style="font-family:Arial,sans-serif"><a href="${escapeHtml(docUrl)}" target="_blank">Buka templat</a></p>`
  );
}

/** One row per unit: name, status (and whether it changed after sending), errors and warnings. */
export function submissionStatusHtml(units: readonly UnitStatusView[]): string {
  const rows = units
    .map(
      (u) =>
        `<tr><td>${escapeHtml(u.name)}</td><td>${escapeHtml(u.status)}${u.changedAfterSending ? ' (diubah setelah dikirim)' : ''}</td>` +
        `<td style="text-align:right">${u.errors}</td><td style="text-align:right">${u.warnings}</td></tr>`,
    )
    .join('');
  return (
    `<table style="font-family:Arial,sans-serif;font-size:12px;border-collapse:collapse" cellpadding="4">` +
    `<tr><th align="left">UPT</th><th align="left">Status</th><th>Kesalahan</th><th>Peringatan</th></tr>${rows}</table>`
  );
}
