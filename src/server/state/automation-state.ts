// What the automation keeps: the workbook's one automation state (document property, the same for every admin), the
// spreadsheet of each trigger (script properties) and the last consolidation run.
import { withRetry } from '../runtime/retry';
import { readProperty } from './document-properties';
import { asRecord, readJsonProperty, writeJsonProperty } from './json-property';
import { AUTOMATION, AUTOMATION_HOURS, LAST_RUN, triggerKey } from './keys';

export interface LastRun {
  /** ISO date-time. */
  readonly at: string;
  /** The Log's outcome: Berhasil, Gagal or Dilanjutkan. */
  readonly outcome: string;
}

/**
 * Automation belongs to the workbook: on or off for every admin, run by the triggers of one admin (Apps Script
 * triggers are per user: https://developers.google.com/apps-script/guides/triggers/installable#restrictions). A
 * trigger of anyone else, or of an owner who is no longer an admin, does nothing but stand down.
 */
export interface AutomationState {
  readonly on: boolean;
  /** Every how many hours the consolidation runs (0 when off). */
  readonly hours: number;
  /** The admin whose triggers run it; null when unknown (a schedule recorded before the state existed). */
  readonly owner: string | null;
}

const OFF: AutomationState = { on: false, hours: 0, owner: null };

export function automationState(): AutomationState {
  const saved = readJsonProperty(AUTOMATION, (parsed) => {
    const r = asRecord(parsed);
    return r && typeof r.on === 'boolean' && typeof r.hours === 'number'
      ? { on: r.on, hours: r.hours, owner: typeof r.owner === 'string' ? r.owner : null }
      : null;
  });
  if (saved) return saved;
  // A schedule recorded by an older version: on, its owner learnt from the first trigger that runs.
  const hours = Number(readProperty(AUTOMATION_HOURS) ?? '0');
  return hours > 0 ? { on: true, hours, owner: null } : OFF;
}

export function saveAutomationState(state: AutomationState): void {
  writeJsonProperty(AUTOMATION, state.on ? state : OFF);
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
