// Fixture of the lifecycle sweeps (close, set up, send, return, automation, reminders): a small sample workbook on
// the built bundle, an operator typing, and the one invariant every case ends with: every value ever typed is on its
// tab or in Arsip exactly once, and the period, the tabs and the statuses agree.

import {
  type Bundle,
  type CallRecord,
  createEmulator,
  type Emulator,
  type EmuSheet,
  loadBundle,
  seedWorkbook,
} from '../../emulator';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { SAMPLE_ADMINS, SAMPLE_CLOCK, sampleWorkbook, workbookSheets } from '../../fixtures/sample/workbook';
import { CONFIG_LABELS } from '../../src/core/config/config';
import { ARCHIVE_SHEET, CONFIG_SHEET, LOG_SHEET } from '../../src/core/config/sheet-names';
import { tabPeriod } from '../../src/core/lifecycle/close-tab';
import { isAddonKey } from '../../src/core/schema/field-key';
import { locateTab } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import type { UnitConfig } from '../../src/core/schema/types';
import { toA1 } from '../../src/core/text/a1';
import { isoDateIn } from '../../src/core/text/format';
import type { PanelState } from '../../src/shared/rpc';
import { builtDist } from '../browser/built-dist';
import { valuesOf } from '../e2e/sample-sheet';
import { ALL_ERRORS, during } from './faults-fixture';

export const ADMIN = SAMPLE_ADMINS[0] as string;
export const SECOND_ADMIN = 'admin.dua@contoh.go.id';
/** The sweeps' workbook: three units, so a case runs in well under a second. */
export const UNITS: readonly UnitConfig[] = SAMPLE_UNITS.slice(0, 3);
/** The input an operator types into in the sweeps (a whole number). */
export const TYPED_KEY = 'pangan_wbp.wbp_terlibat';

export interface Book {
  readonly emulator: Emulator;
  readonly bundle: Bundle;
}

/**
 * The sample Sheet with `units` (three unless told; `drafts` left unsent), admins `admins`, run by the editor add-on
 * (the default deployment) from this file's copy of dist/.
 */
export function book(
  opts: { units?: readonly UnitConfig[]; admins?: readonly string[]; drafts?: readonly string[] } = {},
): Book {
  const emulator = createEmulator({ owner: ADMIN, now: SAMPLE_CLOCK, addOn: true, workspace: true });
  const workbook = sampleWorkbook({ units: opts.units ?? UNITS, drafts: opts.drafts });
  const config = opts.admins
    ? workbook.config.map((r) => (r[0] === 'Admin' ? [r[0], opts.admins?.join(', ') ?? '', ...r.slice(2)] : r))
    : workbook.config;
  seedWorkbook(emulator, workbookSheets({ ...workbook, config }));
  for (const unit of opts.units ?? UNITS) for (const op of unit.operators) emulator.spreadsheet.share(op);
  for (const admin of opts.admins ?? []) emulator.spreadsheet.share(admin);
  return { emulator, bundle: loadBundle(emulator, { distDir: builtDist() }) };
}

export function sheetOf(emulator: Emulator, name: string): EmuSheet {
  const sheet = emulator.spreadsheet.sheetByNameUnrecorded(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
}

export const configPeriod = (emulator: Emulator): unknown =>
  valuesOf(emulator, CONFIG_SHEET).find((r) => r[0] === CONFIG_LABELS.period)?.[1];

export const periodOf = (emulator: Emulator, tab: string): string | null => tabPeriod(valuesOf(emulator, tab));

const normal = (v: unknown): unknown => (v instanceof Date ? isoDateIn(v) : v);

/** What people typed on a tab, by value key (the add-on's identity and status cells left out). */
export function typedOn(emulator: Emulator, tab: string): Map<string, unknown> {
  const grid = valuesOf(emulator, tab);
  const out = new Map<string, unknown>();
  for (const [key, pos] of locateTab(grid, SCHEMA).fields) {
    const v = grid[pos.r]?.[pos.c];
    if (v !== '' && v !== null && v !== undefined && !isAddonKey(key)) out.set(key, normal(v));
  }
  return out;
}

/** Every unit's typed values: unit code → key → value. */
export type Typed = Map<string, Map<string, unknown>>;

/** Records that `value` was typed under the unit's `key`. */
export function noteTyped(figures: Typed, code: string, key: string, value: unknown): void {
  const mine = figures.get(code) ?? new Map<string, unknown>();
  mine.set(key, value);
  figures.set(code, mine);
}

export function typedFigures(emulator: Emulator, units: readonly UnitConfig[] = UNITS): Typed {
  return new Map(units.map((u) => [u.code, typedOn(emulator, u.sheetName)]));
}

/** Arsip rows without the header (none when there is no Arsip). */
export function archived(emulator: Emulator): unknown[][] {
  return emulator.spreadsheet.sheetByNameUnrecorded(ARCHIVE_SHEET) ? valuesOf(emulator, ARCHIVE_SHEET).slice(1) : [];
}

export function logRows(emulator: Emulator): unknown[][] {
  return emulator.spreadsheet.sheetByNameUnrecorded(LOG_SHEET) ? valuesOf(emulator, LOG_SHEET).slice(1) : [];
}

/** An operator (or admin) typing `text` into the cell of `key`, and the onEdit simple trigger that follows. */
export function typeInto(w: Book, unit: UnitConfig, key: string, text: string, by = unit.operators[0] ?? ADMIN): void {
  const grid = valuesOf(w.emulator, unit.sheetName);
  const pos = locateTab(grid, SCHEMA).fields.get(key);
  if (!pos) throw new Error(`No cell for ${key} on ${unit.sheetName}`);
  const event = sheetOf(w.emulator, unit.sheetName).userEdit(by, toA1(pos.r + 1, pos.c + 1), text);
  w.bundle.simpleOnEdit(event as unknown as Record<string, unknown>, by);
}

/**
 * The invariant: each value typed for `closed` (unit → key → value) is either still on its tab (showing that period)
 * or in Arsip under that period, exactly once; each value typed for the new period is on its tab and in no Arsip row;
 * a tab showing the new period holds nothing else; Arsip holds one row per (period, unit, indicator).
 */
export function expectNothingLost(
  emulator: Emulator,
  closed: Typed,
  opened: Typed = new Map(),
  period = '2026-02',
): void {
  const rows = archived(emulator);
  const keys = rows.map((r) => JSON.stringify([r[0], r[1], r[3], r[6] === 'Valid' || r[6] === 'Tidak valid']));
  expect(keys.length - new Set(keys).size).toBe(0);
  const problems: string[] = [];
  for (const unit of UNITS) {
    const shown = periodOf(emulator, unit.sheetName);
    const onTab = typedOn(emulator, unit.sheetName);
    for (const [key, value] of closed.get(unit.code) ?? []) {
      const inArsip = rows.filter(
        (r) => r[0] === period && r[1] === unit.code && r[3] === key && normal(r[5]) === value,
      );
      const kept = shown === period && onTab.get(key) === value ? 1 : 0;
      if (kept + inArsip.length !== 1)
        problems.push(`${unit.code} ${key}=${String(value)}: tab ${kept}, Arsip ${inArsip.length}`);
    }
    if (shown !== period) {
      const mine = opened.get(unit.code) ?? new Map();
      for (const [key, value] of onTab) {
        if (mine.get(key) !== value) problems.push(`${unit.code} ${key}=${String(value)} left on the ${shown} tab`);
      }
      for (const [key, value] of mine) {
        if (onTab.get(key) !== value) problems.push(`${unit.code} ${key}=${String(value)} typed for ${shown} is gone`);
        if (rows.some((r) => r[0] === shown && r[1] === unit.code && r[3] === key))
          problems.push(`${unit.code} ${key} typed for ${shown} archived`);
      }
    }
  }
  expect(problems).toEqual([]);
}

/** The statuses the panel shows, by unit code. */
export function panelStatuses(w: Book): Record<string, string> {
  const state = w.bundle.callFromSidebar(ADMIN, 'getPanelState') as PanelState;
  return Object.fromEntries(state.units.map((u) => [u.code, u.status]));
}

/** A service error Apps Script raises, rotating over transient and fatal ones. */
export const errorFor = (k: number): string => ALL_ERRORS[k % ALL_ERRORS.length] as string;

/** The call indices (1-based, within `calls`) a sweep faults: every one, reads included. */
export function faultIndices(calls: readonly CallRecord[]): number[] {
  return calls.map((_, i) => i + 1);
}

/** The calls `work` makes on a fresh book, for the sweep to know what to fault. */
export function callsOf(make: () => Book, work: (w: Book) => void): CallRecord[] {
  const w = make();
  const from = w.emulator.ledger.count;
  work(w);
  return w.emulator.ledger.all().slice(from);
}

/** Runs `nested` once, inside the running execution, at its `k`-th call from now (an interleaved person or trigger). */
export function atCall(emulator: Emulator, k: number, nested: () => void): { ran: boolean } {
  const target = emulator.ledger.count + k;
  return during(emulator, (call) => call.n === target, nested);
}

/** The closing message of the last menu run: the long toast a failing alert falls back to, else the last alert. */
export function lastMessage(emulator: Emulator): string {
  const ui = emulator.sheets.ui;
  return ui.toasts.filter((t) => t.timeoutSeconds === 30).at(-1)?.message ?? ui.alerts.at(-1)?.prompt ?? '';
}

/** Forgets the alerts and toasts shown so far. */
export function clearMessages(emulator: Emulator): void {
  emulator.sheets.ui.alerts.length = 0;
  emulator.sheets.ui.toasts.length = 0;
}

/** The admin closes the period from the menu, answering Yes; the message shown at the end. */
export function closeFromMenu(w: Book): string {
  clearMessages(w.emulator);
  w.emulator.sheets.ui.queueResponse('YES');
  w.bundle.run('closePeriod');
  return lastMessage(w.emulator);
}
