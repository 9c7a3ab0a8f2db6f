// "Salin ringkasan": the period's plain-text summary for the office chat, in a dialog with a copy button.

import { consolidateRegion } from '../../core/consolidation/consolidate';
import { chatSummary } from '../../core/report/chat-summary';
import type { ActionResult } from '../../shared/rpc';
import { lastReport } from '../report/generate-report';
import { type CallContext, callContext, preRead } from '../runtime/call-context';
import { requireAdmin } from '../runtime/roles';
import { readableMessage } from '../runtime/user-error';
import { readWorkbook } from '../sheets/workbook';

export const CHAT_DIALOG_TITLE = 'Ringkasan untuk grup chat';

/** The summary of the workbook as it is now, with the last report's link; the caller has checked the role. */
export function chatSummaryText(ctx: CallContext, now: Date): string {
  const read = readWorkbook(ctx.ss, preRead(ctx));
  return chatSummary({
    config: read.config,
    consolidation: consolidateRegion(read.config, read.reports),
    reportUrl: lastReport()?.docUrl ?? null,
    now,
  });
}

/** The sidebar's "Salin ringkasan" (admins only): the text as the action's message. */
export function chatSummaryAction(ctx: CallContext): ActionResult {
  requireAdmin(ctx.caller);
  return { ok: true, message: chatSummaryText(ctx, new Date()) };
}

/**
 * A JavaScript string literal of `text` that is safe inside a <script> element: "<" is escaped, so no unit name
 * can close the script or open a tag.
 */
function scriptString(text: string): string {
  return JSON.stringify(text)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The dialog's page. The summary is assigned to the read-only textarea's value by script, so it is only ever text,
 * never parsed as HTML. Copying selects the text and uses execCommand('copy'), which works inside the dialog's
 * sandboxed frame; the Clipboard API is the fallback.
 */
export function chatSummaryPage(text: string): string {
  return `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><style>
body{font-family:Arial,sans-serif;font-size:13px;margin:0;padding:8px}
textarea{width:100%;box-sizing:border-box;height:300px;font-family:inherit;font-size:13px}
button{margin-top:8px;padding:6px 14px;background:#1a73e8;color:#fff;border:0;border-radius:4px;cursor:pointer}
#status{margin-left:8px;color:#188038}
</style></head><body>
<label for="ringkasan">Salin teks ini lalu tempel di grup chat kantor:</label>
<textarea id="ringkasan" readonly></textarea>
<button id="salin" type="button">Salin ringkasan</button><span id="status" role="status"></span>
<script>
var box = document.getElementById('ringkasan');
box.value = ${scriptString(text)};
document.getElementById('salin').addEventListener('click', function () {
  var status = document.getElementById('status');
  box.focus();
  box.select();
  var copied = false;
  try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
  if (copied) { status.textContent = 'Ringkasan disalin.'; return; }
  if (navigator.clipboard) {
    navigator.clipboard.writeText(box.value).then(
      function () { status.textContent = 'Ringkasan disalin.'; },
      function () { status.textContent = 'Teks sudah dipilih: tekan Ctrl+C untuk menyalin.'; });
  } else {
    status.textContent = 'Teks sudah dipilih: tekan Ctrl+C untuk menyalin.';
  }
});
</script></body></html>`;
}

/** The menu's "Salin ringkasan" (admins only): the summary in a modal dialog; any failure as a readable alert. */
export function showChatSummaryDialog(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const ctx = callContext();
    requireAdmin(ctx.caller);
    const html = HtmlService.createHtmlOutput(chatSummaryPage(chatSummaryText(ctx, new Date())))
      .setWidth(560)
      .setHeight(420);
    ui.showModalDialog(html, CHAT_DIALOG_TITLE);
  } catch (error) {
    ui.alert(CHAT_DIALOG_TITLE, readableMessage(error), ui.ButtonSet.OK);
  }
}
