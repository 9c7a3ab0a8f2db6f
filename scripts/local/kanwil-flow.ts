// The Kanwil flow on the built bundle: onOpen, then the admin's menu items, each step with its service calls.
import { join } from 'node:path';
import {
  type Bundle,
  type CallKind,
  type CallRecord,
  callSeconds,
  EmuHtmlOutput,
  LATENCY_SECONDS,
  loadBundle,
} from '../../emulator';
import { LOG_SHEET } from '../../src/core/config/sheet-names';
import { LOG_HEADERS } from '../../src/server/sheets/log';
import { MENU_ITEMS, MENU_TITLE } from '../../src/server/ui/menu';
import { officeTemplate, type TemplateUse } from './office-template';
import type { SeededWorkbook } from './seed-workbook';

/** The menu items the Kanwil admin runs, in this order, after the Sheet opens ("Buat templat laporan" only when
 * Pengaturan names no template the run can reach: office-template.ts). */
export const FLOW_FUNCTIONS = [
  'setupUnitTabs',
  'createReportTemplate',
  'validateAll',
  'consolidateNow',
  'generateReport',
] as const;
/** What runStep runs: onOpen, or a menu item by its function (the flow's, or the period close). */
export type FlowFunction = 'onOpen' | 'closePeriod' | (typeof FLOW_FUNCTIONS)[number];

export interface CallTally {
  readonly total: number;
  readonly byKind: Readonly<Record<CallKind, number>>;
  /** Modelled Apps Script seconds (LATENCY_SECONDS per call kind, plus the payload term). */
  readonly modelledSeconds: number;
}

export interface StepResult {
  readonly functionName: FlowFunction;
  /** The menu label in Bahasa Indonesia (or the trigger's name). */
  readonly label: string;
  /** skipped: the entry point is not in dist/Code.js (yet); failed: an exception escaped it (callers also fail a
   * step whose result is missing or whose Log row is not "Berhasil"). */
  readonly outcome: 'ok' | 'skipped' | 'failed';
  /** What the add-on told the user in alerts and dialogs (as text), as shown. */
  readonly messages: readonly string[];
  /** The links in the step's dialogs (the report's, the template's), in order. */
  readonly links: readonly string[];
  readonly error: string | null;
  /** The outcome ("Berhasil", "Gagal", …) of each row the step added to the Log sheet. */
  readonly logged: readonly string[];
  readonly calls: CallTally;
}

/** The calls by kind and their modelled seconds. */
export function tally(calls: readonly CallRecord[]): CallTally {
  const byKind = Object.fromEntries(Object.keys(LATENCY_SECONDS).map((k) => [k, 0])) as Record<CallKind, number>;
  let seconds = 0;
  for (const c of calls) {
    byKind[c.kind]++;
    seconds += callSeconds(c);
  }
  return { total: calls.length, byKind, modelledSeconds: seconds };
}

/** The words of an HTML dialog, without its markup (the report dialog carries its message and links). */
function dialogText(html: unknown): string {
  const content = html instanceof EmuHtmlOutput ? html.contentUnrecorded() : '';
  return content
    .replace(/<\/p>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The addresses an HTML dialog links to. */
function dialogLinks(html: unknown): string[] {
  const content = html instanceof EmuHtmlOutput ? html.contentUnrecorded() : '';
  return [...content.matchAll(/href="([^"]*)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
}

/** The whole flow's calls: the sum of its steps' tallies. */
export function flowTally(steps: readonly StepResult[]): CallTally {
  const byKind = tally([]).byKind as Record<CallKind, number>;
  for (const step of steps) for (const [k, n] of Object.entries(step.calls.byKind)) byKind[k as CallKind] += n;
  return {
    total: steps.reduce((sum, s) => sum + s.calls.total, 0),
    byKind,
    modelledSeconds: steps.reduce((sum, s) => sum + s.calls.modelledSeconds, 0),
  };
}

/** The "Hasil" column of the Log sheet, top to bottom; empty while there is no Log sheet. Read unrecorded: the
 * harness adds nothing to the calls it measures. */
function logOutcomes(seeded: SeededWorkbook): string[] {
  const sheet = seeded.spreadsheet.sheetByNameUnrecorded(LOG_SHEET);
  if (!sheet) return [];
  const column = LOG_HEADERS.indexOf('Hasil');
  return sheet
    .rangeUnchecked(1, 1, Math.max(1, sheet.lastRowUnrecorded()), LOG_HEADERS.length)
    .valuesUnrecorded()
    .slice(1)
    .map((row) => String(row[column] ?? ''))
    .filter((outcome) => outcome !== '');
}

function menuLabel(functionName: string): string {
  for (const item of MENU_ITEMS) if (item !== 'separator' && item.functionName === functionName) return item.label;
  return functionName;
}

/** The repository's dist/, where `npm run build` writes Code.js and Sidebar.html. */
export const DIST_DIR = join(__dirname, '../../dist');

/** The built bundle on the seeded workbook's emulator, as Apps Script would load dist/Code.js. */
export function loadBuiltBundle(seeded: SeededWorkbook, distDir = DIST_DIR): Bundle {
  return loadBundle(seeded.emulator, { distDir });
}

/** Runs one step of the flow as the workbook's admin and records what it cost and what it said. */
export function runStep(seeded: SeededWorkbook, bundle: Bundle, functionName: FlowFunction): StepResult {
  const { emulator } = seeded;
  const ui = emulator.sheets.ui;
  const label = functionName === 'onOpen' ? 'Buka Spreadsheet (onOpen)' : menuLabel(functionName);
  if (!bundle.functions.includes(functionName)) {
    return {
      functionName,
      label,
      outcome: 'skipped',
      messages: [],
      links: [],
      error: null,
      logged: [],
      calls: tally([]),
    };
  }
  const firstCall = emulator.ledger.count;
  const firstAlert = ui.alerts.length;
  const firstDialog = ui.dialogs.length;
  const firstLogRow = logOutcomes(seeded).length;
  let error: string | null = null;
  try {
    if (functionName === 'onOpen') bundle.simpleOnOpen(undefined, seeded.admin);
    else bundle.runAs({ active: seeded.admin }, functionName);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  // Counted before the dialogs are read back (reading an HtmlOutput is itself a recorded call).
  const calls = tally(emulator.ledger.all().slice(firstCall));
  return {
    functionName,
    label,
    outcome: error === null ? 'ok' : 'failed',
    messages: [
      ...ui.alerts.slice(firstAlert).map((a) => a.prompt),
      ...ui.dialogs.slice(firstDialog).map((d) => dialogText(d.html)),
    ],
    links: ui.dialogs.slice(firstDialog).flatMap((d) => dialogLinks(d.html)),
    error,
    logged: logOutcomes(seeded).slice(firstLogRow),
    calls,
  };
}

export interface KanwilRun {
  readonly steps: readonly StepResult[];
  readonly template: TemplateUse;
}

/** onOpen, then every flow item the menu offers (by the function it names), in order; the template as the office
 * makes it. */
export function runKanwilFlow(seeded: SeededWorkbook, bundle: Bundle): KanwilRun {
  const steps = [runStep(seeded, bundle, 'onOpen')];
  const menu = seeded.emulator.sheets.ui.menu(MENU_TITLE);
  const click = (fn: (typeof FLOW_FUNCTIONS)[number]): StepResult => {
    // The admin clicks what the menu shows; a function that exists but is missing from the menu still runs, by name.
    const inMenu = menu?.items.some(([, name]) => name === fn) ?? false;
    const step = runStep(seeded, bundle, fn);
    return inMenu || step.outcome === 'skipped' ? step : { ...step, label: `${step.label} (tidak ada di menu)` };
  };
  steps.push(click('setupUnitTabs'));
  const template = officeTemplate(seeded, bundle, () => click('createReportTemplate'));
  if (template.step) steps.push(template.step);
  for (const fn of ['validateAll', 'consolidateNow', 'generateReport'] as const) steps.push(click(fn));
  template.restore();
  return { steps, template: template.use };
}
