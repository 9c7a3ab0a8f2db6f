// "Otomatisasi": the workbook's automation, on or off for every admin; ONE hourly-at-most consolidation trigger (and
// ONE daily reminder trigger) of the admin who runs it.
import type { Config } from '../../core/schema/types';
import type { AutomationView } from '../../shared/rpc';
import { BUILT_AS_ADDON } from '../runtime/build-target';
import type { CallContext } from '../runtime/call-context';
import { requireAdmin } from '../runtime/roles';
import { automationState, lastRun, saveAutomationState } from '../state/automation-state';
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

/** The workbook's automation as every admin's panel shows it. */
export function automationView(): AutomationView {
  const state = automationState();
  return { on: state.on, everyHours: state.on ? state.hours : 0, lastRun: lastRun() };
}

/** Installs the caller's consolidation trigger (and reminder trigger) on `hours`, keeping one that already fits. */
function installOwnTriggers(ss: Spreadsheet, hours: number, scheduled: boolean): void {
  syncReminderTrigger(ss, true);
  const existing = triggersOf(SCHEDULED_HANDLER);
  if (scheduled && existing.length === 1) return;
  removeTriggers(existing);
  installTrigger(ScriptApp.newTrigger(SCHEDULED_HANDLER).timeBased().everyHours(hours), ss);
}

/**
 * Switches the workbook's automation on or off (admins only). On: when it is on already and run by an admin, nothing
 * changes (one set of triggers, whoever switched it on); otherwise the caller's triggers run it. Off: any admin's
 * "off" turns it off for everyone; the caller's own triggers are removed now, another admin's stand down at their
 * next run (triggers/trigger-owner.ts), as one user cannot remove another's.
 */
export function setAutomation(ctx: CallContext, on: boolean): AutomationView {
  requireAdmin(ctx.caller);
  const hours = configuredHours(ctx.config);
  const state = automationState();
  const me = ctx.caller.email;
  if (on) {
    const runBySomeoneElse =
      state.on && state.owner !== null && state.owner !== me && ctx.config.admins.includes(state.owner);
    if (!runBySomeoneElse) {
      installOwnTriggers(ctx.ss, hours, state.on && state.owner === me && state.hours === hours);
      saveAutomationState({ on: true, hours, owner: me });
    }
  } else {
    saveAutomationState({ on: false, hours: 0, owner: null });
    removeTriggers(triggersOf(SCHEDULED_HANDLER));
    syncReminderTrigger(ctx.ss, false);
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
