// A time-driven run first checks that the workbook's automation is on, run by this trigger's owner, who is still an
// admin in "Pengaturan"; otherwise the trigger stands down: it removes its owner's triggers, writes a Log row and, when
// its owner was removed as an admin, tells the current admins. It never consolidates or mails reminders then.
import type { Config } from '../../core/schema/types';
import { formatDateTimeId } from '../../core/text/format';
import { loggedRun } from '../runtime/logged-run';
import { readConfig, sheetsByName } from '../sheets/workbook';
import { automationState, saveAutomationState } from '../state/automation-state';
import { REMINDER_HANDLER, removeTriggers, SCHEDULED_HANDLER, triggersOf } from './installed-triggers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const STAND_DOWN_ACTION = 'Otomatisasi';

/** Why this owner's trigger may not run, in Bahasa Indonesia; null when it may. */
function refusal(
  ss: Spreadsheet,
  by: string,
  known?: Config,
): { reason: string; removedAdmin: boolean; admins: string[] } | null {
  const config = known ?? readConfig(sheetsByName(ss)).config;
  const me = by.trim().toLowerCase();
  const state = automationState();
  if (!config.admins.includes(me)) {
    return {
      reason:
        `Pemicu otomatisasi milik ${by} dihentikan: akun itu tidak lagi terdaftar sebagai admin di sheet "Pengaturan". ` +
        'Rekap terjadwal dan pengingat tidak dijalankan atas namanya.',
      removedAdmin: true,
      admins: [...config.admins],
    };
  }
  if (!state.on) {
    return {
      reason: `Pemicu otomatisasi milik ${by} dihentikan: otomatisasi sudah dinonaktifkan oleh admin.`,
      removedAdmin: false,
      admins: [],
    };
  }
  if (state.owner !== null && state.owner !== me) {
    return {
      reason: `Pemicu otomatisasi milik ${by} dihentikan: otomatisasi kini dijalankan oleh ${state.owner}.`,
      removedAdmin: false,
      admins: [],
    };
  }
  // A schedule recorded by an older version learns its owner here.
  if (state.owner === null) saveAutomationState({ ...state, owner: me });
  return null;
}

/**
 * Null when the run may go on; otherwise what the trigger did instead (for the execution log): its owner's triggers
 * removed, the automation marked off when it was theirs, a Log row, and the admins told when the owner was removed.
 */
export function standDownUnlessOwner(ss: Spreadsheet, by: string, at: Date, known?: Config): string | null {
  const refused = refusal(ss, by, known);
  if (!refused) return null;
  const result = loggedRun({ ss, by, action: STAND_DOWN_ACTION, start: at }, () => {
    removeTriggers([...triggersOf(SCHEDULED_HANDLER), ...triggersOf(REMINDER_HANDLER)]);
    const state = automationState();
    if (refused.removedAdmin && (state.owner === null || state.owner === by.trim().toLowerCase())) {
      saveAutomationState({ on: false, hours: 0, owner: null });
    }
    if (refused.removedAdmin && refused.admins.length > 0) {
      MailApp.sendEmail({
        to: refused.admins.join(','),
        subject: 'Rekap UPT: otomatisasi dihentikan',
        body:
          `${refused.reason}\n\nWaktu: ${formatDateTimeId(at, ss.getSpreadsheetTimeZone())}.\n` +
          'Otomatisasi kini nonaktif. Admin yang ingin melanjutkannya mengaktifkannya kembali dari menu Rekap UPT → ' +
          `Otomatisasi: aktif/nonaktif. Rincian ada di sheet "Log": ${ss.getUrl()}`,
      });
    }
    return { value: refused.reason, detail: refused.reason };
  });
  return result.kind === 'done' ? result.value : `${refused.reason} (${result.message})`;
}

/**
 * What the trigger did instead of running; null to run. An unreadable configuration is the run's own to report.
 * `known`: the configuration the run has just read, if any.
 */
export function ownerCheck(ss: Spreadsheet, by: string, known?: Config): string | null {
  try {
    return standDownUnlessOwner(ss, by, new Date(), known);
  } catch {
    return null;
  }
}
