// How a menu item runs in the Sheet's UI: progress in toasts, then its result or any failure in an alert, in Bahasa
// Indonesia; never a raw error.
import { logFailedStart } from '../runtime/logged-run';
import { withRetry } from '../runtime/retry';
import { readableMessage } from '../runtime/user-error';

export const DIALOG_TITLE = 'Rekap UPT';

type Ui = GoogleAppsScript.Base.Ui;

/** A courtesy note: a failing toast never fails the action. */
export function toast(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, message: string, seconds = 5): void {
  try {
    ss.toast(message, DIALOG_TITLE, seconds);
  } catch {
    // The alert at the end says what happened.
  }
}

/**
 * Runs a menu item: its message (null when it showed a dialog itself), or any failure as a readable message, in an
 * alert. With `action`, the Log's name of the item's run, a failure before that run starts (opening the Ui, reading
 * the caller's context) is logged too; a refusal (a UserError) is not.
 */
export function runMenu(work: (ui: Ui) => string | null, action?: string): void {
  const start = new Date();
  let message: string | null;
  let ui: Ui | null = null;
  try {
    ui = withRetry(() => SpreadsheetApp.getUi());
    message = work(ui);
  } catch (error) {
    message = readableMessage(error);
    if (action && !(error instanceof Error && error.name === 'UserError')) logFailedStart(action, start, message);
  }
  if (message) showMessage(message, ui);
}

/** An alert; when the dialog service fails, a toast, then the execution log: never a raw error for the user. */
function showMessage(message: string, opened: Ui | null): void {
  try {
    // The Ui the run already opened, if any: getUi is a call of its own.
    const ui = opened ?? SpreadsheetApp.getUi();
    ui.alert(DIALOG_TITLE, message, ui.ButtonSet.OK);
  } catch {
    try {
      SpreadsheetApp.getActiveSpreadsheet().toast(message, DIALOG_TITLE, 30);
    } catch {
      console.error(message);
    }
  }
}
