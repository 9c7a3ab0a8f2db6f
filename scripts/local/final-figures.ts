// The consolidation of the workbook as the flow left it, read by the product's own read path (src/server/workbook.ts).
import { type Consolidation, consolidateRegion } from '../../src/core/consolidate';
import type { Issue } from '../../src/core/types';
import { readWorkbook } from '../../src/server/workbook';
import type { SeededWorkbook } from './seed-workbook';

export interface FinalFigures {
  readonly consolidation: Consolidation;
  /** Every issue the validation finds on the final workbook (configuration, workbook and unit issues). */
  readonly issues: readonly Issue[];
}

/**
 * readWorkbook takes the spreadsheet as an argument; the only Apps Script global it touches is PropertiesService
 * (the submission statuses in Document Properties), so that one global is lent to it for the call.
 */
export function finalFigures(seeded: SeededWorkbook): FinalFigures {
  const scope = globalThis as { PropertiesService?: unknown };
  const saved = scope.PropertiesService;
  scope.PropertiesService = seeded.emulator.globals.PropertiesService;
  try {
    const read = readWorkbook(seeded.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet);
    return { consolidation: consolidateRegion(read.config, read.reports), issues: read.issues };
  } finally {
    scope.PropertiesService = saved;
  }
}
