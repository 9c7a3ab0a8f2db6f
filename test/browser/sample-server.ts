// The sample workbook in the emulator, running the built dist/Code.js, served to the sidebar as a chosen user.

import { type Bundle, loadBundle } from '../../emulator/harness';
import type { Emulator } from '../../emulator/index';
import type { EmuSheet, EmuSpreadsheet } from '../../emulator/spreadsheet';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { type SampleWorkbook, sampleWorkbook } from '../../fixtures/sample/workbook';
import { seedFromGrids } from '../../scripts/local/seed-workbook';
import { locateTab } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import type { LayoutCell } from '../../src/core/schema/tab-layout';
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

/** Turns the units in `drafts` back into unsent drafts: status Draf, no sent time or sender. */
function markDrafts(workbook: SampleWorkbook, drafts: readonly string[]): void {
  for (const tab of workbook.tabs.filter((t) => drafts.includes(t.name))) {
    const fields = locateTab(tab.grid, SCHEMA).fields;
    const set = (key: string, value: LayoutCell) => {
      const pos = fields.get(key);
      if (pos) (tab.grid[pos.r] as LayoutCell[])[pos.c] = value;
    };
    set('identitas.status', 'Draf');
    set('identitas.dikirim_pada', '');
    set('identitas.dikirim_oleh', '');
  }
}

/** Adds `email` as an operator of each unit in `codes`, in the "Pengaturan" grid (e-mails are comma-separated). */
function shareOperator(workbook: SampleWorkbook, email: string, codes: readonly string[]): void {
  const current = new Set(SAMPLE_UNITS.filter((u) => codes.includes(u.code)).map((u) => u.operators.join(', ')));
  for (const row of workbook.config) {
    row.forEach((cell, c) => {
      if (typeof cell === 'string' && current.has(cell)) row[c] = `${cell}, ${email}`;
    });
  }
}

export interface SampleOptions {
  /** Units whose tab starts as an unsent draft. */
  readonly drafts?: readonly string[];
  /** One more operator e-mail shared by several units. */
  readonly sharedOperator?: { readonly email: string; readonly units: readonly string[] };
}

export function sampleServer(options: SampleOptions = {}): SampleServer {
  const workbook = sampleWorkbook();
  markDrafts(workbook, options.drafts ?? []);
  if (options.sharedOperator) shareOperator(workbook, options.sharedOperator.email, options.sharedOperator.units);
  const addresses = fieldAddresses(workbook);
  const { emulator, spreadsheet, admin } = seedFromGrids(workbook);
  const bundle = loadBundle(emulator, { distDir: builtDist() });
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
