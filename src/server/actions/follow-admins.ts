// Roles follow "Pengaturan" without a set up: when the admins listed there differ from those the add-on's protections
// were last given, the next admin run (or the hourly trigger) gives every protection of the add-on its editors again:
// the admins on every sheet it protects, the unit's operators and the admins on each tab's input cells.
import type { Config } from '../../core/schema/types';
import { inputProtectionDescription, setEditors } from '../sheets/apply-layout';
import { readJsonProperty, writeJsonProperty } from '../state/json-property';
import { PROTECTION_ADMINS } from '../state/keys';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const OURS = 'Rekap UPT: ';

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** The admins the protections were last given; null before a set up or a refresh recorded them. */
function protectedFor(): string[] | null {
  return readJsonProperty(PROTECTION_ADMINS, (p) => (Array.isArray(p) ? p.map(String) : null));
}

/** Records the admins set up just gave the protections (so the next run refreshes nothing). */
export function rememberProtectedAdmins(admins: readonly string[]): void {
  writeJsonProperty(PROTECTION_ADMINS, [...admins]);
}

/**
 * Gives the add-on's protections the configuration's admins when they changed since the last time (one property read
 * otherwise). Each editor list becomes exactly what set up would make it; protections of others are left alone.
 */
export function followAdmins(ss: Spreadsheet, config: Config): boolean {
  const last = protectedFor();
  if (last && sameList(last, config.admins)) return false;
  const inputEditors = new Map(
    config.units.map((u) => [inputProtectionDescription(u.code), [...u.operators, ...config.admins]] as const),
  );
  // Every sheet the add-on protects (its own sheets, unit tabs, deactivated tabs) is the admins' to edit.
  for (const protection of ss.getProtections(SpreadsheetApp.ProtectionType.SHEET)) {
    if (protection.getDescription().startsWith(OURS)) setEditors(protection, config.admins, false);
  }
  for (const protection of ss.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    const editors = inputEditors.get(protection.getDescription());
    if (editors) setEditors(protection, editors, false);
  }
  rememberProtectedAdmins(config.admins);
  return true;
}
