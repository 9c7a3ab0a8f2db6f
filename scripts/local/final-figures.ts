// The consolidation of the workbook as the flow left it, read by the product's own read path (src/server/sheets/workbook.ts).
import { type Consolidation, consolidateRegion } from '../../src/core/consolidation/consolidate';
import type { Issue } from '../../src/core/schema/types';
import { readWorkbook } from '../../src/server/sheets/workbook';
import type { SeededWorkbook } from './seed-workbook';

export interface FinalFigures {
  readonly consolidation: Consolidation;
  /** Every issue the validation finds on the final workbook (configuration, workbook and unit issues). */
  readonly issues: readonly Issue[];
}

/** The Apps Script globals readWorkbook touches: the statuses, the Sheets API batch read and the flush before it. */
const LENT_GLOBALS = ['PropertiesService', 'Sheets', 'SpreadsheetApp'] as const;

/** readWorkbook takes the spreadsheet as an argument; the globals it touches are lent to it for the call. */
export function finalFigures(seeded: SeededWorkbook): FinalFigures {
  const scope = globalThis as Record<string, unknown>;
  const saved = LENT_GLOBALS.map((name) => scope[name]);
  for (const name of LENT_GLOBALS) scope[name] = seeded.emulator.globals[name];
  try {
    const read = readWorkbook(seeded.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet);
    return { consolidation: consolidateRegion(read.config, read.reports), issues: read.issues };
  } finally {
    LENT_GLOBALS.forEach((name, i) => {
      scope[name] = saved[i];
    });
  }
}
