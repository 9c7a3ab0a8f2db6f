// Time-driven consolidation: installs or removes ONE hourly-at-most trigger (and ONE daily reminder trigger); the
// trigger's run is locked and logged.
import type { Config } from '../../core/schema/types';
import type { AutomationView } from '../../shared/rpc';
import { lastRun } from '../sheets/log';
import { BUILT_AS_ADDON, REMINDER_HANDLER, SCHEDULED_HANDLER } from '../ui/menu';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Script property "trigger:<uid>" → the spreadsheet id the trigger consolidates (a time-driven run has no active spreadsheet). */
export const TRIGGER_PROPERTY_PREFIX = 'trigger:';
const HOURS_PROPERTY = 'automation:hours';
/** Hour of day (spreadsheet time zone) the daily reminders go out: the start of an office day. */
export const REMINDER_HOUR = 7;

function ourTriggers(handler: string = SCHEDULED_HANDLER): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
}

/**
 * Keeps exactly one daily reminder trigger while automation is on, none while off. An add-on may hold only one
 * time-driven trigger per user and document (https://developers.google.com/apps-script/add-ons/concepts/editor-triggers),
 * so an add-on sends the reminders from its hourly consolidation run instead (index.ts).
 */
function syncReminderTrigger(ss: Spreadsheet, on: boolean): void {
  const existing = ourTriggers(REMINDER_HANDLER);
  const wanted = on && !BUILT_AS_ADDON;
  if (wanted && existing.length === 1) return;
  const scriptProps = PropertiesService.getScriptProperties();
  for (const t of existing) {
    scriptProps.deleteProperty(TRIGGER_PROPERTY_PREFIX + t.getUniqueId());
    ScriptApp.deleteTrigger(t);
  }
  if (!wanted) return;
  const trigger = ScriptApp.newTrigger(REMINDER_HANDLER)
    .timeBased()
    .everyDays(1)
    .atHour(REMINDER_HOUR)
    .inTimezone(ss.getSpreadsheetTimeZone())
    .create();
  scriptProps.setProperty(TRIGGER_PROPERTY_PREFIX + trigger.getUniqueId(), ss.getId());
}

/**
 * The schedule to install: the configured hours (1, 2, 4, 6, 8 or 12), or hourly when the configuration says off;
 * add-on time triggers run at most once an hour (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers).
 */
export function scheduleHours(config: Config): number {
  return config.automationHours === 0 ? 1 : config.automationHours;
}

export function automationView(): AutomationView {
  const on = ourTriggers().length > 0;
  const hours = Number(PropertiesService.getDocumentProperties().getProperty(HOURS_PROPERTY) ?? '0');
  return { on, everyHours: on ? hours : 0, lastRun: lastRun() };
}

/** Installs exactly one trigger (an existing one with the same schedule is kept) or removes every copy. */
export function setAutomationState(ss: Spreadsheet, on: boolean, hours: number): AutomationView {
  const existing = ourTriggers();
  const docProps = PropertiesService.getDocumentProperties();
  const scriptProps = PropertiesService.getScriptProperties();
  const currentHours = Number(docProps.getProperty(HOURS_PROPERTY) ?? '0');
  syncReminderTrigger(ss, on);
  if (on && existing.length === 1 && currentHours === hours) return automationView();
  for (const t of existing) {
    scriptProps.deleteProperty(TRIGGER_PROPERTY_PREFIX + t.getUniqueId());
    ScriptApp.deleteTrigger(t);
  }
  if (on) {
    const trigger = ScriptApp.newTrigger(SCHEDULED_HANDLER).timeBased().everyHours(hours).create();
    scriptProps.setProperty(TRIGGER_PROPERTY_PREFIX + trigger.getUniqueId(), ss.getId());
    docProps.setProperty(HOURS_PROPERTY, String(hours));
  } else {
    docProps.deleteProperty(HOURS_PROPERTY);
  }
  return automationView();
}

/**
 * The spreadsheet a scheduled run works on, or null when the call did not come from one of this user's triggers
 * (the handler is a global function, so anyone could call it through google.script.run with a made-up event).
 */
export function scheduledSpreadsheet(e: unknown, handler: string = SCHEDULED_HANDLER): Spreadsheet | null {
  const uid = typeof e === 'object' && e !== null ? (e as { triggerUid?: unknown }).triggerUid : undefined;
  if (typeof uid !== 'string' && typeof uid !== 'number') return null;
  const trigger = ourTriggers(handler).find((t) => t.getUniqueId() === String(uid));
  if (!trigger) return null;
  const id = PropertiesService.getScriptProperties().getProperty(TRIGGER_PROPERTY_PREFIX + trigger.getUniqueId());
  if (id) return SpreadsheetApp.openById(id);
  return SpreadsheetApp.getActiveSpreadsheet();
}
