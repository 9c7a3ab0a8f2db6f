// Apps Script caches SpreadsheetApp writes until a flush, a read or the end of the execution
// (https://developers.google.com/apps-script/guides/support/best-practices, "write caching"); the Sheets API and
// another execution see the stored spreadsheet. Every SpreadsheetApp write notes itself here, so that a run that
// made none (its writes all go through the Sheets API) saves the flush, a round trip, before a read and at release.
import { withRetry } from './retry';

/** Module state lives one execution: Apps Script loads the script afresh for each. */
let unflushed = false;

/** Called before a SpreadsheetApp write (a value, a format, a sheet, a protection). */
export function wroteThroughSpreadsheetApp(): void {
  unflushed = true;
}

/** Applies this execution's cached SpreadsheetApp writes, when it made any (a transient error is retried). */
export function flushWrites(): void {
  if (!unflushed) return;
  withRetry(() => SpreadsheetApp.flush());
  unflushed = false;
}
