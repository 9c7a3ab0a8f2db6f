// "Otomatisasi": installs or removes ONE hourly-at-most consolidation trigger (and ONE daily reminder trigger).
import type { Config } from '../../core/schema/types';
import type { AutomationView } from '../../shared/rpc';
import { BUILT_AS_ADDON } from '../runtime/build-target';
import type { CallContext } from '../runtime/call-context';
import { requireAdmin } from '../runtime/roles';
import { clearScheduleHours, lastRun, saveScheduleHours, scheduleHours } from '../state/automation-state';
import {
  installTrigger,
  REMINDER_HANDLER,
  REMINDER_HOUR,
  removeTriggers,
  SCHEDULED_HANDLER,
  triggersOf,
} from '../triggers/installed-triggers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Keeps exactly one daily reminder trigger while automation is on, none while off. An add-on may hold only one
 * time-driven trigger per user and document (https://developers.google.com/apps-script/add-ons/concepts/editor-triggers),
 * so an add-on sends the reminders from its hourly consolidation run instead (triggers/reminders.ts).
 */
function syncReminderTrigger(ss: Spreadsheet, on: boolean): void {
  const existing = triggersOf(REMINDER_HANDLER);
  const wanted = on && !BUILT_AS_ADDON;
  if (wanted && existing.length === 1) return;
  removeTriggers(existing);
  if (!wanted) return;
  installTrigger(
    ScriptApp.newTrigger(REMINDER_HANDLER)
      .timeBased()
      .everyDays(1)
      .atHour(REMINDER_HOUR)
      .inTimezone(ss.getSpreadsheetTimeZone()),
    ss,
  );
}

/**
 * The schedule to install: the configured hours (1, 2, 4, 6, 8 or 12), or hourly when the configuration says off;
 * add-on time triggers run at most once an hour (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers).
 */
function configuredHours(config: Config): number {
  return config.automationHours === 0 ? 1 : config.automationHours;
}

export function automationView(): AutomationView {
  const on = triggersOf(SCHEDULED_HANDLER).length > 0;
  return { on, everyHours: on ? scheduleHours() : 0, lastRun: lastRun() };
}

/** Switches automation on or off (admins only): exactly one trigger (kept when its schedule is unchanged), or none. */
export function setAutomation(ctx: CallContext, on: boolean): AutomationView {
  requireAdmin(ctx.caller);
  const hours = configuredHours(ctx.config);
  const existing = triggersOf(SCHEDULED_HANDLER);
  const currentHours = scheduleHours();
  syncReminderTrigger(ctx.ss, on);
  if (on && existing.length === 1 && currentHours === hours) return automationView();
  removeTriggers(existing);
  if (on) {
    installTrigger(ScriptApp.newTrigger(SCHEDULED_HANDLER).timeBased().everyHours(hours), ctx.ss);
    saveScheduleHours(hours);
  } else {
    clearScheduleHours();
  }
  return automationView();
}

/** What a paused run adds to its message when the hourly trigger will continue it (one extra call, paused runs only). */
export function resumeNote(): string {
  try {
    return automationView().on
      ? ' Otomatisasi aktif: proses ini juga dilanjutkan otomatis pada jadwal berikutnya.'
      : '';
  } catch {
    // Only a courtesy: the message already says how to continue by hand.
    return '';
  }
}
