// The menu's "Salin ringkasan" dialog: the summary in a read-only text box with a copy button.
import { chatSummary } from '../actions/chat-summary';
import { callContext } from '../runtime/call-context';
import { readableMessage } from '../runtime/user-error';

export const CHAT_DIALOG_TITLE = 'Ringkasan untuk grup chat';

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

/** The menu's "Salin ringkasan": the summary in a modal dialog; any failure (a refusal too) as a readable alert. */
export function showChatSummaryDialog(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    const { message } = chatSummary(callContext(), new Date());
    const html = HtmlService.createHtmlOutput(chatSummaryPage(message)).setWidth(560).setHeight(420);
    ui.showModalDialog(html, CHAT_DIALOG_TITLE);
  } catch (error) {
    ui.alert(CHAT_DIALOG_TITLE, readableMessage(error), ui.ButtonSet.OK);
  }
}
