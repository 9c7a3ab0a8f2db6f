// Contracts that only a time-driven trigger can check: no user interface, and which spreadsheet is "active".
import { type Contract, thrown } from '../contract';

/** A global runContracts sets in the editor's execution; the trigger's execution must start without it. */
export const EDITOR_RUN_MARK = 'rekapEditorRunMark';

export const TRIGGER_CONTRACTS: Contract[] = [
  {
    // First: any sheet a contract inserts becomes the active one.
    name: 'a time-driven trigger of a bound script › with no sheet chosen, the active sheet is the first visible one',
    source: 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getActiveSheet()',
    basis: 'open question',
    expected: { activeIsFirstVisible: true },
    observe: (s) => {
      const active = SpreadsheetApp.getActiveSpreadsheet()?.getActiveSheet().getName();
      const firstVisible = s.spreadsheet
        .getSheets()
        .find((sheet) => !sheet.isSheetHidden())
        ?.getName();
      return { activeIsFirstVisible: active !== undefined && active === firstVisible };
    },
  },
  {
    name: 'harness on a hand-written bundle › a time-driven run has no UI: getUi() fails with the Apps Script wording; a menu run has it again',
    source: 'https://github.com/davepar/gcalendarsync/issues/93',
    basis: 'open question',
    expected: 'Cannot call SpreadsheetApp.getUi() from this context.',
    observe: () => thrown(() => SpreadsheetApp.getUi()),
  },
  {
    name: 'a time-driven trigger of a bound script › getActiveSpreadsheet() gives the spreadsheet the script is bound to',
    source: 'https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers',
    basis: 'open question',
    expected: { bound: true },
    observe: (s) => ({ bound: SpreadsheetApp.getActiveSpreadsheet()?.getId() === s.spreadsheet.getId() }),
  },
  {
    name: 'harness on a hand-written bundle › gives every execution fresh globals: nothing a previous execution set survives',
    source: 'https://mogsdad.wordpress.com/2016/01/21/did-you-know-you-might-have-phantom-code/',
    basis: 'open question',
    expected: { markFromEditorRun: false },
    observe: () => ({ markFromEditorRun: EDITOR_RUN_MARK in globalThis }),
  },
];
