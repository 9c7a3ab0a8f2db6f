// Test helper: an emulator whose active spreadsheet holds the sample workbook (Pengaturan + 18 filled unit tabs), and the built bundle.

import { type Bundle, loadBundle } from '../../emulator/harness';
import { createEmulator, type Emulator } from '../../emulator/index';
import type { EmuSheet } from '../../emulator/spreadsheet/sheet';
import {
  SAMPLE_ADMINS,
  SAMPLE_OFFICE,
  SAMPLE_PERIOD,
  SAMPLE_SIGNATORY,
  sampleTab,
  sampleWorkbook,
} from '../../fixtures/sample/workbook';
import { configTemplate } from '../../src/core/config/config';
import { CONFIG_SHEET } from '../../src/core/config/sheet-names';
import type { Grid, UnitConfig } from '../../src/core/schema/types';

export const ADMIN = SAMPLE_ADMINS[0] as string;

export interface SampleSheet {
  readonly emulator: Emulator;
  readonly bundle: Bundle;
}

function rectangular(grid: Grid): unknown[][] {
  const width = Math.max(1, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

/** Puts a grid on a new sheet of exactly its size (unrecorded: seeding is not part of the flow). */
export function seedSheet(emulator: Emulator, name: string, grid: Grid): EmuSheet {
  const ss = emulator.spreadsheet;
  const values = rectangular(grid);
  const sheet = ss.addSheetUnrecorded(name, ss.sheets.length, values.length, values[0]?.length ?? 1);
  sheet.getRange(1, 1, values.length, values[0]?.length ?? 1).setValues(values);
  return sheet;
}

/**
 * The sample workbook as the Kanwil's shared Sheet, owned by the admin and shared with every operator; `withTabs`
 * false leaves only "Pengaturan" (a fresh Sheet before set up); `units` takes a subset of the sample's units.
 */
export function sampleSheet(
  opts: { withTabs?: boolean; addOn?: boolean; units?: readonly UnitConfig[] } = {},
): SampleSheet {
  const emulator = createEmulator({ owner: ADMIN, addOn: opts.addOn ?? false, workspace: true });
  const ss = emulator.spreadsheet;
  const blank = ss.sheets[0];
  const units = opts.units;
  const workbook = units
    ? {
        config: configTemplate({
          period: SAMPLE_PERIOD,
          office: SAMPLE_OFFICE,
          units,
          admins: SAMPLE_ADMINS,
          signatory: SAMPLE_SIGNATORY,
        }),
        tabs: units.map((u) => sampleTab(u)),
      }
    : sampleWorkbook();
  seedSheet(emulator, CONFIG_SHEET, workbook.config);
  if (opts.withTabs ?? true) for (const tab of workbook.tabs) seedSheet(emulator, tab.name, tab.grid);
  if (blank) ss.deleteSheet(blank);
  ss.activeSheet = ss.sheets[0] ?? null;
  emulator.ledger.reset();
  return { emulator, bundle: loadBundle(emulator) };
}

/** A sheet's values, read without recording a call. */
export function valuesOf(emulator: Emulator, name: string): unknown[][] {
  const sheet = emulator.spreadsheet.sheetByNameUnrecorded(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet.getDataRange().getValues();
}
