// Test helper: an emulator whose active spreadsheet holds the sample workbook (Pengaturan + 18 filled unit tabs), and
// one of the two built bundles.

import { join } from 'node:path';
import { type Bundle, createEmulator, type Emulator, loadBundle, seedWorkbook } from '../../emulator';
import { SAMPLE_ADMINS, SAMPLE_CLOCK, sampleWorkbook, workbookSheets } from '../../fixtures/sample/workbook';
import type { UnitConfig } from '../../src/core/schema/types';

export const ADMIN = SAMPLE_ADMINS[0] as string;

/** The two builds: the editor add-on (the default deployment) and the script bound to the Sheet (trials). */
export type Build = 'addon' | 'bound';
export const BUILDS: readonly Build[] = ['addon', 'bound'];
const DIST: Readonly<Record<Build, string>> = {
  addon: join(__dirname, '../../dist'),
  bound: join(__dirname, '../../dist-bound'),
};

export interface SampleSheet {
  readonly emulator: Emulator;
  readonly bundle: Bundle;
}

/**
 * The sample workbook as the Kanwil's shared Sheet, owned by the admin, run by `build` (default: the add-on, installed
 * for the admin and not yet used in the Sheet; bound: the Sheet's own script). `withTabs` false leaves only
 * "Pengaturan" (a fresh Sheet before set up); `units` takes a subset of the sample's units; `drafts` leaves those
 * units' tabs unsent; `midPeriod` is the sample before every unit sent (one returned, two drafts).
 */
export function sampleSheet(
  opts: {
    withTabs?: boolean;
    build?: Build;
    units?: readonly UnitConfig[];
    drafts?: readonly string[];
    midPeriod?: boolean;
  } = {},
): SampleSheet {
  const build = opts.build ?? 'addon';
  const emulator = createEmulator({ owner: ADMIN, now: SAMPLE_CLOCK, addOn: build === 'addon', workspace: true });
  const workbook = sampleWorkbook({ units: opts.units, drafts: opts.drafts, midPeriod: opts.midPeriod });
  seedWorkbook(emulator, workbookSheets((opts.withTabs ?? true) ? workbook : { ...workbook, tabs: [] }));
  return { emulator, bundle: loadBundle(emulator, { distDir: DIST[build] }) };
}

/** A sheet's values as getDataRange().getValues() gives them (the ledger records both calls, as for any read). */
export function valuesOf(emulator: Emulator, name: string): unknown[][] {
  const sheet = emulator.spreadsheet.sheetByNameUnrecorded(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet.getDataRange().getValues();
}
