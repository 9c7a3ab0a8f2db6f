// Roles follow "Pengaturan" without a set up: when the admins listed there differ from those the add-on's protections
// were last given, the next admin run (or the hourly trigger) gives every protection of the add-on its editors again:
// the admins on every sheet it protects, the unit's operators and the admins on each tab's input cells. One
// Spreadsheets.get lists the protections and one batchUpdate gives them their editors, whatever the number of tabs.
import type { Config } from '../../core/schema/types';
import { withRetry } from '../runtime/retry';
import { inputProtectionDescription } from '../sheets/apply-layout';
import { applyBatch } from '../sheets/cell-batch';
import { sheetState, sheetsApi, spreadsheetIdOf } from '../sheets/sheet-index';
import { readJsonProperty, writeJsonProperty } from '../state/json-property';
import { PROTECTION_ADMINS } from '../state/keys';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Request = GoogleAppsScript.Sheets.Schema.Request;

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

/** A protection's editors made exactly `editors`, as set up makes them: never warning-only, never the whole domain. */
function editorsRequest(protectedRangeId: number, editors: readonly string[]): Request {
  return {
    updateProtectedRange: {
      protectedRange: {
        protectedRangeId,
        warningOnly: false,
        editors: { users: [...editors], domainUsersCanEdit: false },
      },
      fields: 'warningOnly,editors',
    },
  };
}

/**
 * The requests that give the add-on's protections the configuration's editors: every whole-sheet protection it
 * made (its own sheets, unit tabs, deactivated tabs) the admins, each tab's input range its unit's operators and the
 * admins. Protections of others are left alone.
 */
export function followAdminsRequests(
  protections: readonly { readonly id: number; readonly wholeSheet: boolean; readonly description: string }[],
  config: Config,
): Request[] {
  const inputEditors = new Map(
    config.units.map((u) => [inputProtectionDescription(u.code), [...u.operators, ...config.admins]] as const),
  );
  return protections.flatMap((p) => {
    if (p.wholeSheet) return p.description.startsWith(OURS) ? [editorsRequest(p.id, config.admins)] : [];
    const editors = inputEditors.get(p.description);
    return editors ? [editorsRequest(p.id, editors)] : [];
  });
}

/**
 * Gives the add-on's protections the configuration's admins when they changed since the last time (one property read
 * otherwise). Each editor list becomes exactly what set up would make it, in one atomic batch.
 */
export function followAdmins(ss: Spreadsheet, config: Config): boolean {
  const last = protectedFor();
  if (last && sameList(last, config.admins)) return false;
  const spreadsheetId = spreadsheetIdOf(ss);
  const listed = withRetry(() =>
    sheetsApi().Spreadsheets.get(spreadsheetId, {
      fields: 'sheets.protectedRanges(protectedRangeId,range,description)',
    }),
  );
  const protections = (listed.sheets ?? []).flatMap((s) => sheetState(s).protections);
  // Every request sets fixed editors: a batch tried again after a transient failure sets the same lists.
  applyBatch(spreadsheetId, followAdminsRequests(protections, config));
  rememberProtectedAdmins(config.admins);
  return true;
}
