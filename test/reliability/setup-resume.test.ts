// Set up near the 6-minute limit: set up fits one run at the modelled latency, but on a day Google answers slowly a run
// stops between two batches (never inside a tab) with a checkpoint, and the next completes.

import { type Bundle, type Emulator, type EmuSheet, loadBundle } from '../../emulator';
import { generatedWorkbook } from '../../scripts/local/generated-workbook';
import { seedFromGrids } from '../../scripts/local/seed-workbook';
import { CONFIG_SHEET, LOG_SHEET } from '../../src/core/config/sheet-names';
import { locateTab } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import type { Grid } from '../../src/core/schema/types';
import { isoDateIn } from '../../src/core/text/format';
import { builtDist, removeBuiltDistCopy } from '../browser/built-dist';
import { valuesOf } from '../e2e/sample-sheet';

afterAll(removeBuiltDistCopy);

const CHECKPOINT = 'setup:checkpoint';
const HOUR_MS = 60 * 60 * 1000;
// Enough tabs for two batches of about 2 MB: a run can stop only between two batches.
const TABS = 500;
/** A slow day: every spreadsheets.batchUpdate takes this long (Apps Script's clock keeps running meanwhile). */
const SLOW_BATCH_MS = 200_000;

interface Workbook {
  readonly emulator: Emulator;
  readonly bundle: Bundle;
  readonly tabs: readonly string[];
}

function workbook(tabs: number, slow = true): Workbook {
  const generated = generatedWorkbook(tabs);
  const { emulator } = seedFromGrids(generated);
  if (slow) {
    emulator.ledger.inject({
      error: '',
      repeat: true,
      when: (call) => {
        if (call.method === 'Spreadsheets.batchUpdate') emulator.runtime.advance(SLOW_BATCH_MS);
        return false;
      },
    });
  }
  return { emulator, bundle: loadBundle(emulator, { distDir: builtDist() }), tabs: generated.tabs.map((t) => t.name) };
}

function sheetOf(emulator: Emulator, name: string): EmuSheet {
  const sheet = emulator.spreadsheet.sheetByNameUnrecorded(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
}

/** Everything set up decides about a tab: size, values, formats, rules, notes, backgrounds, protections. */
function snapshot(sheet: EmuSheet) {
  const all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  return {
    size: [sheet.getMaxRows(), sheet.getMaxColumns()],
    frozen: sheet.getFrozenRows(),
    values: all.getValues(),
    formats: all.getNumberFormats(),
    notes: all.getNotes(),
    backgrounds: all.getBackgrounds(),
    rules: all
      .getDataValidations()
      .map((row) => row.map((r) => (r ? [r.getCriteriaType(), r.getCriteriaValues(), r.getAllowInvalid()] : null))),
    protections: [...sheet.getProtections('SHEET'), ...sheet.getProtections('RANGE')].map((p) => ({
      description: p.getDescription(),
      editors: p
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
      open: p.getProtectionType() === 'SHEET' ? p.getUnprotectedRanges().map((r) => r.getA1Notation()) : [],
    })),
  };
}

/** Operator-typed values of a tab by key (dates as YYYY-MM-DD). */
function typedValues(grid: Grid): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, pos] of locateTab(grid, SCHEMA).fields) {
    const v = grid[pos.r]?.[pos.c];
    if (v !== '') out[key] = v instanceof Date ? isoDateIn(v) : v;
  }
  return out;
}

const lastAlert = (emulator: Emulator) => emulator.sheets.ui.alerts.at(-1)?.prompt ?? '';
const lastLog = (emulator: Emulator) => valuesOf(emulator, LOG_SHEET).at(-1) ?? [];
const isSetUp = (emulator: Emulator, name: string) => sheetOf(emulator, name).getProtections('RANGE').length > 0;

describe(`setting up ${TABS} unit tabs on a day each batch takes ${SLOW_BATCH_MS / 1000} s`, () => {
  let paused: Workbook;
  let typed: Map<string, Record<string, unknown>>;
  let firstAlert: string;
  let firstLog: unknown[];
  let checkpoint: string | null;
  let doneAfterFirst: number;

  beforeAll(() => {
    paused = workbook(TABS);
    typed = new Map(paused.tabs.map((n) => [n, typedValues(valuesOf(paused.emulator, n))]));
    paused.bundle.run('setupUnitTabs');
    firstAlert = lastAlert(paused.emulator);
    firstLog = lastLog(paused.emulator);
    checkpoint = paused.emulator.properties.document?.peek(CHECKPOINT) ?? null;
    doneAfterFirst = paused.tabs.filter((n) => isSetUp(paused.emulator, n)).length;
  });

  it('stops cleanly between two batches, says how far it got in Bahasa Indonesia, and logs "Dilanjutkan"', () => {
    const m = new RegExp(`: (\\d+) dari ${TABS} tab siap; jalankan lagi untuk melanjutkan`).exec(firstAlert);
    expect(firstAlert).toMatch(/^Penyiapan tab UPT periode Februari 2026 dihentikan sementara karena mendekati batas/);
    expect(m).not.toBeNull();
    const done = Number(m?.[1]);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(TABS);
    // Exactly the first `done` tabs are set up; the next one is untouched (never half a tab).
    expect(doneAfterFirst).toBe(done);
    expect(paused.tabs.slice(0, done).every((n) => isSetUp(paused.emulator, n))).toBe(true);
    expect(firstLog[2]).toBe('Siapkan tab UPT');
    expect(firstLog[4]).toBe('Dilanjutkan');
    expect(Number(firstLog[6])).toBeLessThan(300);
    expect(JSON.parse(checkpoint ?? '{}').done).toBe(done);
  });

  it('completes on the next run without redoing the finished tabs, then clears the checkpoint', () => {
    paused.emulator.runtime.advance(60_000);
    paused.emulator.ledger.clearFaults();
    paused.emulator.ledger.reset();
    paused.bundle.run('setupUnitTabs');
    const rest = TABS - doneAfterFirst;
    expect(lastAlert(paused.emulator)).toBe(
      `Tab UPT periode Februari 2026 siap: 0 tab dibuat; ${rest} tab diperbarui ` +
        `(melanjutkan penyiapan sebelumnya: ${doneAfterFirst} tab sudah siap sebelumnya).`,
    );
    expect(lastLog(paused.emulator)[4]).toBe('Berhasil');
    expect(paused.emulator.properties.document?.peek(CHECKPOINT)).toBeNull();
    expect(paused.tabs.every((n) => isSetUp(paused.emulator, n))).toBe(true);
    for (const name of [CONFIG_SHEET, LOG_SHEET]) {
      expect(sheetOf(paused.emulator, name).getProtections('SHEET')).toHaveLength(1);
    }
  });

  it('leaves every tab as one uninterrupted set up would, with every typed value in its place', () => {
    // On an ordinary day the same set up fits one run: the reference result.
    const oneShot = workbook(TABS, false);
    oneShot.bundle.run('setupUnitTabs');
    expect(lastAlert(oneShot.emulator)).toBe(
      `Tab UPT periode Februari 2026 siap: 0 tab dibuat; ${TABS} tab diperbarui.`,
    );
    for (const name of paused.tabs) {
      expect(snapshot(sheetOf(paused.emulator, name))).toEqual(snapshot(sheetOf(oneShot.emulator, name)));
      expect(typedValues(valuesOf(paused.emulator, name))).toEqual(typed.get(name));
    }
  });
});

describe('a set-up checkpoint', () => {
  it('is not reused once the configuration changed: the next run sets up every tab again', () => {
    const s = workbook(TABS);
    s.bundle.run('setupUnitTabs');
    expect(lastAlert(s.emulator)).toMatch(/dihentikan sementara/);
    // The admin adds a second admin in Pengaturan between the runs.
    const config = sheetOf(s.emulator, CONFIG_SHEET);
    const grid = valuesOf(s.emulator, CONFIG_SHEET);
    const adminRow = grid.findIndex((r) => /admin/i.test(String(r[0])) && /@/.test(String(r[1])));
    expect(adminRow).toBeGreaterThanOrEqual(0);
    config.getRange(adminRow + 1, 2).setValue(`${grid[adminRow]?.[1]}, kasubag@contoh.go.id`);
    s.emulator.ledger.clearFaults();
    s.bundle.run('setupUnitTabs');
    expect(lastAlert(s.emulator)).toBe(`Tab UPT periode Februari 2026 siap: 0 tab dibuat; ${TABS} tab diperbarui.`);
    const editors = sheetOf(s.emulator, s.tabs[0] as string)
      .getProtections('SHEET')[0]
      ?.getEditors()
      .map((u) => u.getEmail());
    expect(editors).toContain('kasubag@contoh.go.id');
  });
});

describe('a set up stopped near the limit while automation is on', () => {
  it('is finished by the next hourly trigger, which consolidates only the hour after', () => {
    const s = workbook(TABS);
    const admin = s.emulator.options.owner;
    s.bundle.callFromSidebar(admin, 'setAutomation', true);
    s.bundle.run('setupUnitTabs');
    expect(lastAlert(s.emulator)).toMatch(
      /jalankan lagi untuk melanjutkan .* Otomatisasi aktif: proses ini juga dilanjutkan otomatis pada jadwal berikutnya\.$/,
    );
    s.emulator.ledger.clearFaults();
    s.emulator.runtime.advance(HOUR_MS + 1000);
    const fired = s.bundle.fireTimeTriggers().filter((t) => t.handler === 'runScheduledConsolidation');
    expect(fired).toEqual([{ handler: 'runScheduledConsolidation', outcome: 'ok' }]);
    expect(lastLog(s.emulator).slice(2, 5)).toEqual(['Siapkan tab UPT (terjadwal)', admin, 'Berhasil']);
    expect(s.tabs.every((n) => isSetUp(s.emulator, n))).toBe(true);
    expect(s.emulator.properties.document?.peek(CHECKPOINT)).toBeNull();
    // Nothing is pending any more: the next hour consolidates as usual.
    s.emulator.runtime.advance(HOUR_MS);
    s.bundle.fireTimeTriggers();
    expect(lastLog(s.emulator).slice(2, 5)).toEqual(['Rekap terjadwal', admin, 'Berhasil']);
  });
});
