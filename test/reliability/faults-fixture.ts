// Fixture of the reliability suites: the sample workbook built once, a fresh emulator per case on the built bundle.

import {
  APPS_SCRIPT_ERRORS,
  type CallRecord,
  createEmulator,
  type Emulator,
  loadBundle,
  seedSheet,
  seedWorkbook,
} from '../../emulator';
import { SAMPLE_ADMINS, sampleWorkbook, workbookSheets } from '../../fixtures/sample/workbook';
import { DASHBOARD_SHEET, LOG_SHEET, STATUS_SHEET } from '../../src/core/config/sheet-names';
import { FOOD_SHEET, MANAGEMENT_SHEET, PROGRAMME_SHEET } from '../../src/core/summary/summary-sheets';
import { builtDist } from '../browser/built-dist';
import { type SampleSheet, valuesOf } from '../e2e/sample-sheet';

export const ADMIN = SAMPLE_ADMINS[0] as string;
const WORKBOOK = sampleWorkbook();
export const UNIT_TABS: readonly string[] = WORKBOOK.tabs.map((t) => t.name);

export const SUMMARY_SHEETS = [DASHBOARD_SHEET, STATUS_SHEET, FOOD_SHEET, PROGRAMME_SHEET, MANAGEMENT_SHEET] as const;

/** The errors Apps Script raises, transient first; a sweep rotates over all of them. */
export const TRANSIENT_ERRORS = [
  `${APPS_SCRIPT_ERRORS.spreadsheetsTimedOut}1AbCdEfGh`,
  APPS_SCRIPT_ERRORS.tooManySimultaneous,
] as const;
export const FATAL_ERRORS = [
  APPS_SCRIPT_ERRORS.maxExecutionTime,
  `${APPS_SCRIPT_ERRORS.serviceInvokedTooManyTimes}spreadsheets.`,
] as const;
export const ALL_ERRORS: readonly string[] = [...TRANSIENT_ERRORS, ...FATAL_ERRORS];

/** The Bahasa Indonesia opening readableMessage gives each of them, followed by the original in parentheses. */
export const TRANSLATED =
  /^Terjadi kesalahan: (layanan Google tidak merespons tepat waktu|terlalu banyak permintaan bersamaan ke layanan Google|proses melebihi batas waktu 6 menit dari Google|kuota harian layanan Google sudah habis; coba lagi besok) \(/;

/**
 * The sample Sheet (Pengaturan + the unit tabs, minus `omit`), its grids built once per test file, in a fresh
 * emulator running this file's private copy of dist/ (a rebuild beside the tests cannot pull it away).
 */
export function freshSheet(opts: { omit?: readonly string[] } = {}): SampleSheet {
  const emulator = createEmulator({ owner: ADMIN, workspace: true });
  const tabs = WORKBOOK.tabs.filter((tab) => !opts.omit?.includes(tab.name));
  seedWorkbook(emulator, workbookSheets({ ...WORKBOOK, tabs }));
  return { emulator, bundle: loadBundle(emulator, { distDir: builtDist() }) };
}

/** Puts back a unit tab left out by freshSheet (as an operator restoring it would). */
export function restoreTab(emulator: Emulator, name: string): void {
  const tab = WORKBOOK.tabs.find((t) => t.name === name);
  if (!tab) throw new Error(`No sample tab ${name}`);
  seedSheet(emulator, tab);
}

/** Every summary sheet's values by name (null for a missing one). */
export function summaries(emulator: Emulator): Record<string, unknown[][] | null> {
  return Object.fromEntries(
    SUMMARY_SHEETS.map((n) => [n, emulator.spreadsheet.sheetByNameUnrecorded(n) ? valuesOf(emulator, n) : null]),
  );
}

export function sheetNames(emulator: Emulator): string[] {
  return emulator.spreadsheet.sheets.map((s) => s.name);
}

/** Sheets an interrupted replacement could leave behind: "… (baru)" drafts and "… (lama)" previous summaries. */
export function leftovers(emulator: Emulator): string[] {
  return sheetNames(emulator).filter((n) => / \((baru|lama)\)$/.test(n));
}

export function logRows(emulator: Emulator): unknown[][] {
  return emulator.spreadsheet.sheetByNameUnrecorded(LOG_SHEET) ? valuesOf(emulator, LOG_SHEET).slice(1) : [];
}

/** Forgets the alerts and toasts shown so far, so the next run's message can be told apart. */
export function clearMessages(emulator: Emulator): void {
  emulator.sheets.ui.alerts.length = 0;
  emulator.sheets.ui.toasts.length = 0;
}

/** The closing message the person saw: the alert, or the long toast a failing alert falls back to. */
export function closingMessage(emulator: Emulator): string | null {
  const ui = emulator.sheets.ui;
  return ui.alerts.at(-1)?.prompt ?? ui.toasts.filter((t) => t.timeoutSeconds === 30).at(-1)?.message ?? null;
}

/** Runs `nested` once, inside the running execution, at its first call matching `at` (the other one "clicks" then). */
export function during(emulator: Emulator, at: (call: CallRecord) => boolean, nested: () => void): { ran: boolean } {
  const state = { ran: false };
  emulator.ledger.inject({
    when: (call) => {
      if (!state.ran && at(call)) {
        state.ran = true;
        // What the other actor writes is its own: the interrupted execution's write cache stays as it was.
        const cache = [...emulator.runtime.unflushedWrites];
        nested();
        emulator.runtime.unflushedWrites = cache;
      }
      return false;
    },
    error: 'never raised',
    repeat: true,
  });
  return state;
}
