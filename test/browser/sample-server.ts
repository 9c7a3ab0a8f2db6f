// The sample workbook in the emulator, running the built dist/Code.js, served to the sidebar as a chosen user.

import {
  type Bundle,
  createEmulator,
  type Emulator,
  type EmuSheet,
  type EmuSpreadsheet,
  loadBundle,
  seedWorkbook,
} from '../../emulator';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import {
  SAMPLE_ADMINS,
  SAMPLE_CLOCK,
  type SampleWorkbook,
  type SampleWorkbookOptions,
  sampleWorkbook,
  workbookSheets,
} from '../../fixtures/sample/workbook';
import { locateTab } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import type { UnitConfig } from '../../src/core/schema/types';
import { gridA1 } from '../../src/core/text/a1';
import { builtDist } from './built-dist';
import type { ServerBridge } from './sidebar-page';

export interface SampleServer {
  readonly emulator: Emulator;
  readonly spreadsheet: EmuSpreadsheet;
  readonly bundle: Bundle;
  /** The Kanwil admin named in the sample's "Pengaturan". */
  readonly admin: string;
  unit(code: string): UnitConfig;
  /** The unit's first operator e-mail. */
  operatorOf(code: string): string;
  /** A1 address of a field on the unit's tab, e.g. cellOf('BAPAS-PKU', 'klien.klien_baru'). */
  cellOf(code: string, key: string): string;
  /** Types a value into a field of the unit's tab, as its operator would in the Sheet. */
  type(code: string, key: string, value: string | number): void;
  /** google.script.run for the sidebar of `email`. */
  as(email: string): ServerBridge;
}

function fieldAddresses(workbook: SampleWorkbook): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const tab of workbook.tabs) {
    const fields = locateTab(tab.grid, SCHEMA).fields;
    out.set(tab.name, new Map([...fields].map(([key, pos]) => [key, gridA1(pos.r, pos.c)])));
  }
  return out;
}

export type SampleOptions = Pick<SampleWorkbookOptions, 'drafts' | 'sharedOperator' | 'midPeriod'> & {
  /** Run the bound build (dist-bound/) instead of the add-on (dist/). */
  readonly bound?: boolean;
};

export function sampleServer(options: SampleOptions = {}): SampleServer {
  const workbook = sampleWorkbook(options);
  const addresses = fieldAddresses(workbook);
  const admin = SAMPLE_ADMINS[0] as string;
  const emulator = createEmulator({ owner: admin, now: SAMPLE_CLOCK });
  seedWorkbook(emulator, workbookSheets(workbook));
  const spreadsheet = emulator.spreadsheet;
  const bundle = loadBundle(emulator, { distDir: builtDist(options.bound ? 'dist-bound' : 'dist') });
  const unit = (code: string): UnitConfig => {
    const found = SAMPLE_UNITS.find((u) => u.code === code);
    if (!found) throw new Error(`No sample unit ${code}`);
    return found;
  };
  const cellOf = (code: string, key: string): string => {
    const a1 = addresses.get(unit(code).sheetName)?.get(key);
    if (!a1) throw new Error(`No field ${key} on the tab of ${code}`);
    return a1;
  };
  return {
    emulator,
    spreadsheet,
    bundle,
    admin,
    unit,
    operatorOf: (code) => unit(code).operators[0] ?? '',
    cellOf,
    type: (code, key, value) => {
      const sheet = spreadsheet.sheetByNameUnrecorded(unit(code).sheetName) as EmuSheet;
      sheet.getRange(cellOf(code, key)).setValue(value);
    },
    as: (email) => (name, args) => bundle.callFromSidebar(email, name, ...args),
  };
}
