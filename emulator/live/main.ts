// Apps Script entry of the contract bundle (dist-contract/Code.js): every export is a top-level function. A person
// runs runContracts from the editor of a script bound to a scratch spreadsheet; it schedules runTriggerContracts,
// which a time-driven trigger runs a little later, with no user interface.
import type { Contract } from './contract';
import { EDITOR_RUN_MARK, editorContracts, TRIGGER_CONTRACTS } from './contracts';
import { logReport, writeReport } from './report';
import { type RunContext, runSuite } from './runner';

/** The full names of the emulator's own tests, written in by scripts/build-contract.mjs. */
declare const LOCAL_TEST_NAMES: readonly string[];

/** The office's spreadsheets: Indonesian numbers and dates, WIB (docs/glossary.md#numbers-and-dates). */
const OFFICE_SETTINGS = { locale: 'id_ID', timeZone: 'Asia/Jakarta' };
const TRIGGER_HANDLER = 'runTriggerContracts';
/** Script property: the spreadsheet the trigger run reports to. */
const REPORT_TO = 'kontrak.spreadsheetId';
/** The earliest the trigger run may start; Apps Script may start it some minutes later. */
const TRIGGER_DELAY_MS = 60 * 1000;

/** Runs `work` with the spreadsheet in the office's locale and time zone, then puts the person's settings back. */
function inOfficeSettings<T>(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, work: () => T): T {
  const saved = { locale: spreadsheet.getSpreadsheetLocale(), timeZone: spreadsheet.getSpreadsheetTimeZone() };
  spreadsheet.setSpreadsheetLocale(OFFICE_SETTINGS.locale);
  spreadsheet.setSpreadsheetTimeZone(OFFICE_SETTINGS.timeZone);
  try {
    return work();
  } finally {
    spreadsheet.setSpreadsheetLocale(saved.locale);
    spreadsheet.setSpreadsheetTimeZone(saved.timeZone);
  }
}

function runAndReport(
  contracts: readonly Contract[],
  context: RunContext,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): void {
  const modelled = new Set(LOCAL_TEST_NAMES);
  const outcome = inOfficeSettings(spreadsheet, () => runSuite(contracts, context, spreadsheet, modelled));
  logReport(context, outcome);
  writeReport(spreadsheet, context, outcome);
}

/** Removes the trigger run's triggers and its note of where to report. */
function unscheduleTriggerRun(): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === TRIGGER_HANDLER) ScriptApp.deleteTrigger(trigger);
  }
  PropertiesService.getScriptProperties().deleteProperty(REPORT_TO);
}

/** Runs the contracts from the editor, reports them, and schedules the trigger run. */
export function runContracts(): void {
  // A global the trigger run must not see: each execution loads the script anew (contracts/trigger.ts).
  (globalThis as Record<string, unknown>)[EDITOR_RUN_MARK] = true;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error('runContracts runs in a script bound to the scratch spreadsheet.');
  runAndReport(editorContracts(), 'editor', spreadsheet);
  unscheduleTriggerRun();
  PropertiesService.getScriptProperties().setProperty(REPORT_TO, spreadsheet.getId());
  ScriptApp.newTrigger(TRIGGER_HANDLER).timeBased().after(TRIGGER_DELAY_MS).create();
  console.log(`${TRIGGER_CONTRACTS.length} kontrak pemicu waktu dijadwalkan: hasilnya ditambahkan ke sheet Kontrak.`);
}

/**
 * The time-driven trigger's handler: runs the trigger contracts once and removes its trigger. Run from the editor
 * (no event), it would observe the editor's context instead, so it refuses.
 */
export function runTriggerContracts(event?: { triggerUid?: string }): void {
  if (!event?.triggerUid) {
    console.log('runTriggerContracts dijalankan oleh pemicu waktu yang dipasang runContracts, bukan dari editor.');
    return;
  }
  const id = PropertiesService.getScriptProperties().getProperty(REPORT_TO);
  unscheduleTriggerRun();
  if (id) runAndReport(TRIGGER_CONTRACTS, 'trigger', SpreadsheetApp.openById(id));
}
