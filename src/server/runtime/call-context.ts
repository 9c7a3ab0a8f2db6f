// The context of one call from a person (menu or sidebar): the spreadsheet, its configuration and the caller's role.
import type { Config } from '../../core/schema/types';
import type { SheetIndex } from '../sheets/sheet-index';
import { readConfig, sheetsByName } from '../sheets/workbook';
import { type Caller, callerEmail, roleOf } from './roles';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CallContext {
  readonly ss: Spreadsheet;
  readonly sheets: SheetIndex;
  readonly config: Config;
  readonly caller: Caller;
}

/**
 * Reads the configuration (a missing or invalid one stops the call with a clear message) and the caller's role, on
 * the active spreadsheet unless the caller already opened it.
 */
export function callContext(
  ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
  sheets: SheetIndex = sheetsByName(ss),
): CallContext {
  const { config } = readConfig(sheets);
  return { ss, sheets, config, caller: roleOf(config, callerEmail()) };
}

/** The read options that reuse what the context already read (sheets and configuration). */
export function preRead(ctx: CallContext): { sheets: CallContext['sheets']; config: Config } {
  return { sheets: ctx.sheets, config: ctx.config };
}
