// The bound build's gate before automation: its trigger runs the Sheet's own script as the admin, unattended, and
// every editor of the Sheet can change that script. So the admin states that only admins edit the Sheet, and the Log
// keeps who said so and when. The add-on needs no gate: its code is out of the editors' reach.
import type { AutomationView } from '../../shared/rpc';
import { BUILT_AS_ADDON } from '../runtime/build-target';
import type { CallContext } from '../runtime/call-context';
import { adminRun } from '../runtime/logged-run';
import { requireAdmin } from '../runtime/roles';
import { UserError } from '../runtime/user-error';
import { setAutomation } from './automation';

/** The Log's name of switching automation on in the bound build. */
export const TRIAL_AUTOMATION_ACTION = 'Otomatisasi diaktifkan (versi uji coba)';

/** What the admin answers, in the menu's dialog and in the sidebar, before automation goes on in the bound build. */
export const ONLY_ADMINS_QUESTION =
  'Rekap otomatis menjalankan kode Rekap UPT atas nama Anda setiap jam, tanpa ada yang mengawasi. Pada versi uji ' +
  'coba, kode itu tersimpan di dalam Sheet ini, sehingga setiap editor Sheet dapat mengubahnya. Aktifkan hanya bila ' +
  'editor Sheet ini hanya admin Kanwil.\n\nApakah hanya admin Kanwil yang menjadi editor Sheet ini?';

const NOT_CONFIRMED =
  'Otomatisasi belum diaktifkan: pada versi uji coba, admin harus menyatakan lebih dahulu bahwa hanya admin ' +
  'Kanwil yang menjadi editor Sheet ini.';

/**
 * The editors the Sheet lists who are not admins (its owner aside, who holds the Sheet anyway). Sharing through a
 * group or a link does not show here: that is what the admin's statement covers.
 */
function editorsNotAdmins(ctx: CallContext): string[] {
  const owner = ctx.ss.getOwner()?.getEmail().trim().toLowerCase() ?? '';
  return ctx.ss
    .getEditors()
    .map((u) => u.getEmail().trim().toLowerCase())
    .filter((email) => email !== '' && email !== owner && !ctx.config.admins.includes(email));
}

/**
 * The question to ask before switching automation `on`, or null when none is needed (the add-on, or switching
 * off). Refuses at once (a UserError naming them) when the Sheet lists editors who are not admins.
 */
export function onlyAdminsQuestion(ctx: CallContext, on: boolean): string | null {
  if (!on || BUILT_AS_ADDON) return null;
  requireAdmin(ctx.caller);
  const others = editorsNotAdmins(ctx);
  if (others.length > 0) {
    throw new UserError(
      `Otomatisasi tidak diaktifkan: Sheet ini juga dapat diedit oleh ${others.join(', ')}, yang bukan admin Kanwil. ` +
        'Pada versi uji coba setiap editor dapat mengubah kode yang dijalankan rekap otomatis atas nama Anda. ' +
        'Ubah akses mereka menjadi pelihat atau komentator, atau pasang Rekap UPT sebagai add-on.',
    );
  }
  return ONLY_ADMINS_QUESTION;
}

/**
 * Switches automation on or off. In the bound build, switching on needs the admin's answer (`onlyAdminsEdit`) and
 * writes a Log row with who stated it, when, and the schedule installed.
 */
export function switchAutomation(ctx: CallContext, on: boolean, onlyAdminsEdit: boolean): AutomationView {
  if (onlyAdminsQuestion(ctx, on) === null) return setAutomation(ctx, on);
  if (!onlyAdminsEdit) throw new UserError(NOT_CONFIRMED);
  const result = adminRun(ctx, { action: TRIAL_AUTOMATION_ACTION }, () => {
    const view = setAutomation(ctx, true);
    const detail =
      `${ctx.caller.email} menyatakan hanya admin Kanwil yang menjadi editor Sheet ini (versi uji coba); ` +
      `rekap otomatis aktif setiap ${view.everyHours} jam.`;
    return { value: view, detail };
  });
  if (result.kind !== 'done') throw new UserError(result.message);
  return result.value;
}
