// Reads one listed Kanwil workbook's "Terbitan" in ONE Sheets API call (values.batchGet through the Sheets advanced
// service), retried a bounded number of times on a passing refusal, paced to the per-user read quota; any failure
// becomes the Bahasa reason the Kanwil is left out for, never an error that stops the national run.
import { PUBLISHED_SHEET } from '../../core/config/sheet-names';
import type { KanwilRead } from '../../core/national/consolidate-national';
import type { KanwilSource } from '../../core/national/national-config';
import { backoffMs, waitBeforeRead } from '../../core/national/read-pacing';
import { type PublicationRead, readPublication, type UnreadableReason } from '../../core/national/read-published';
import { wholeSheetRange } from '../sheets/batch-read';
import { sheetsApi } from '../sheets/sheet-index';

/** Tries per workbook: the first and up to three retries. */
export const READ_ATTEMPTS = 4;

/**
 * The API's answers, as the advanced service words them ("API call to sheets.spreadsheets.values.batchGet failed
 * with error: …"): 404 "Requested entity was not found.", 403 "The caller does not have permission", and a range
 * naming a sheet the file lacks "Unable to parse range: …"
 * (https://developers.google.com/sheets/api/guides/troubleshoot-api-errors).
 */
function reasonOf(message: string): UnreadableReason | null {
  if (/Requested entity was not found/i.test(message)) return { kind: 'not-found' };
  if (/caller does not have permission|PERMISSION_DENIED/i.test(message)) return { kind: 'no-access' };
  if (/Unable to parse range/i.test(message)) return { kind: 'not-published-ever' };
  return null;
}

/** A refusal worth retrying: the quota (429), or the API or the service briefly unavailable. */
function passing(message: string): boolean {
  return /Quota exceeded|rate limit|RESOURCE_EXHAUSTED|Internal error|backend error|unavailable|timed out|Service error/i.test(
    message,
  );
}

/** Reads a run's Kanwil one after another, keeping the per-user read quota across them. */
export class KanwilReader {
  private readonly readTimes: number[] = [];

  constructor(private readonly period: string) {}

  /**
   * Runs one Sheets API read (a Kanwil's, or the run's own) once it keeps within the per-user quota, and counts it
   * when it has returned: the API counts it on arrival, so the later time keeps the pace on the safe side.
   */
  paced<T>(read: () => T): T {
    const wait = waitBeforeRead(this.readTimes, Date.now());
    if (wait > 0) Utilities.sleep(wait);
    try {
      return read();
    } finally {
      this.readTimes.push(Date.now());
    }
  }

  read(source: KanwilSource): KanwilRead {
    return { source, publication: this.publication(source) };
  }

  private publication(source: KanwilSource): PublicationRead {
    const id = source.spreadsheetId;
    if (!id) return { ok: false, reason: { kind: 'not-found' } };
    let last = '';
    for (let attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
      try {
        const answer = this.paced(() =>
          sheetsApi().Spreadsheets.Values.batchGet(id, {
            ranges: [wholeSheetRange(PUBLISHED_SHEET)],
            valueRenderOption: 'UNFORMATTED_VALUE',
            dateTimeRenderOption: 'FORMATTED_STRING',
          }),
        );
        return readPublication(answer.valueRanges?.[0]?.values ?? [], this.period);
      } catch (error) {
        last = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
        const reason = reasonOf(last);
        if (reason) return { ok: false, reason };
        if (!passing(last)) break;
        if (attempt < READ_ATTEMPTS) Utilities.sleep(backoffMs(attempt));
      }
    }
    return { ok: false, reason: { kind: 'failed', detail: last } };
  }
}
