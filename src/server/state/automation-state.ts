// What the automation keeps: the installed schedule, the spreadsheet of each trigger (script properties) and the
// last consolidation run.
import { withRetry } from '../runtime/retry';
import { asRecord, deleteProperty, documentProperties, readJsonProperty, writeJsonProperty } from './json-property';
import { AUTOMATION_HOURS, LAST_RUN, triggerKey } from './keys';

export interface LastRun {
  /** ISO date-time. */
  readonly at: string;
  /** The Log's outcome: Berhasil, Gagal or Dilanjutkan. */
  readonly outcome: string;
}

/** Every how many hours the installed schedule runs; 0 when none is recorded. */
export function scheduleHours(): number {
  return Number(documentProperties().getProperty(AUTOMATION_HOURS) ?? '0');
}

export function saveScheduleHours(hours: number): void {
  documentProperties().setProperty(AUTOMATION_HOURS, String(hours));
}

export function clearScheduleHours(): void {
  deleteProperty(AUTOMATION_HOURS);
}

/** The spreadsheet id a trigger works on, or null for a trigger the add-on did not record. */
export function triggerSpreadsheetId(triggerUid: string): string | null {
  return PropertiesService.getScriptProperties().getProperty(triggerKey(triggerUid));
}

export function saveTriggerSpreadsheet(triggerUid: string, spreadsheetId: string): void {
  PropertiesService.getScriptProperties().setProperty(triggerKey(triggerUid), spreadsheetId);
}

export function forgetTrigger(triggerUid: string): void {
  PropertiesService.getScriptProperties().deleteProperty(triggerKey(triggerUid));
}

export function lastRun(): LastRun | null {
  return readJsonProperty(LAST_RUN, (parsed) => {
    const r = asRecord(parsed);
    return r && typeof r.at === 'string' && typeof r.outcome === 'string' ? { at: r.at, outcome: r.outcome } : null;
  });
}

/** Remembers the last consolidation for the panel's automation view (a transient error is retried). */
export function recordLastRun(at: Date, outcome: string): void {
  const run: LastRun = { at: at.toISOString(), outcome };
  withRetry(() => writeJsonProperty(LAST_RUN, run));
}
