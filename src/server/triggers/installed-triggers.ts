// The add-on's installable triggers: their handlers (entry points in index.ts, called by name), installing and
// removing them with the spreadsheet each works on, and telling a real firing from a forged call.
import { forgetTrigger, saveTriggerSpreadsheet, triggerSpreadsheetId } from '../state/automation-state';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

/** The time-driven consolidation handler's name. */
export const SCHEDULED_HANDLER = 'runScheduledConsolidation';

/** The daily deadline-reminder handler's name (installed and removed with the consolidation trigger). */
export const REMINDER_HANDLER = 'sendDeadlineReminders';

/** Installable-trigger handlers, by function name. */
export const TRIGGER_HANDLERS = [SCHEDULED_HANDLER, REMINDER_HANDLER] as const;

/** Hour of day (spreadsheet time zone) the daily reminders go out: the start of an office day. */
export const REMINDER_HOUR = 7;

/** This user's triggers of the project that call `handler`. */
export function triggersOf(handler: string): Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
}

/** Creates the trigger and records the spreadsheet it works on (a time-driven run has no active spreadsheet). */
export function installTrigger(builder: GoogleAppsScript.Script.ClockTriggerBuilder, ss: Spreadsheet): void {
  const trigger = builder.create();
  saveTriggerSpreadsheet(trigger.getUniqueId(), ss.getId());
}

export function removeTriggers(triggers: readonly Trigger[]): void {
  for (const t of triggers) {
    forgetTrigger(t.getUniqueId());
    ScriptApp.deleteTrigger(t);
  }
}

/**
 * The spreadsheet a scheduled run works on, or null when the call did not come from one of this user's triggers
 * (the handler is a global function, so anyone could call it through google.script.run with a made-up event).
 */
export function scheduledSpreadsheet(e: unknown, handler: string = SCHEDULED_HANDLER): Spreadsheet | null {
  const uid = typeof e === 'object' && e !== null ? (e as { triggerUid?: unknown }).triggerUid : undefined;
  if (typeof uid !== 'string' && typeof uid !== 'number') return null;
  const trigger = triggersOf(handler).find((t) => t.getUniqueId() === String(uid));
  if (!trigger) return null;
  const id = triggerSpreadsheetId(String(uid));
  if (id) return SpreadsheetApp.openById(id);
  return SpreadsheetApp.getActiveSpreadsheet();
}
