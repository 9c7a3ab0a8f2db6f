// Closing a period near the 6-minute limit or cut short: tabs close in atomic groups (archived and cleared together),
// the period switches with the last group, a resumed close skips the tabs already open for the next period (keeping
// what was typed there) and archives nothing twice.

import { APPS_SCRIPT_ERRORS, type Bundle, type Emulator, loadBundle } from '../../emulator';
import { generatedWorkbook } from '../../scripts/local/generated-workbook';
import { seedFromGrids } from '../../scripts/local/seed-workbook';
import { ARCHIVE_SHEET, CONFIG_SHEET, LOG_SHEET, PUBLISHED_SHEET } from '../../src/core/config/sheet-names';
import { ARCHIVE_HEADER } from '../../src/core/lifecycle/archive';
import { tabPeriod } from '../../src/core/lifecycle/close-tab';
import { locateTab } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import { builtDist, removeBuiltDistCopy } from '../browser/built-dist';
import { valuesOf } from '../e2e/sample-sheet';
import { during } from './faults-fixture';
import { configPeriod, sheetOf } from './lifecycle-fixture';

afterAll(removeBuiltDistCopy);

const CHECKPOINT = 'close:checkpoint';
const HOUR_MS = 60 * 60 * 1000;
/** Enough tabs for two batches of the close (about 30 filled tabs each). */
const TABS = 60;
const CLOSED_AT = ARCHIVE_HEADER.length - 1;
/** A slow Sheets API: each batch of tabs takes over three minutes, so the close stops after the first. */
const SLOW_BATCH_MS = 200_000;
/** A batch this small (a Log row of some 300 bytes, the period cell) is not what makes the API slow. */
const SMALL_BATCH_BYTES = 10_000;

interface Workbook {
  readonly emulator: Emulator;
  readonly bundle: Bundle;
  readonly tabs: readonly string[];
}

/** Filled tabs, set up (without modelled latency) and ready to close. */
function setUpWorkbook(tabs = TABS): Workbook {
  const generated = generatedWorkbook(tabs);
  const { emulator } = seedFromGrids(generated);
  const bundle = loadBundle(emulator, { distDir: builtDist() });
  emulator.ledger.chargeLatency = false;
  bundle.run('setupUnitTabs');
  emulator.ledger.chargeLatency = true;
  return { emulator, bundle, tabs: generated.tabs.map((t) => t.name) };
}

/** Each Sheets API batch update that writes tabs takes `ms` of the execution's clock. */
function slowBatches(emulator: Emulator, ms = SLOW_BATCH_MS): void {
  emulator.ledger.inject({
    when: (call) => {
      if (call.method === 'Spreadsheets.batchUpdate' && call.bytes > SMALL_BATCH_BYTES) emulator.runtime.advance(ms);
      return false;
    },
    error: 'never raised',
    repeat: true,
  });
}

function close(w: Workbook): { confirmation: string; message: string } {
  w.emulator.sheets.ui.queueResponse('YES');
  w.bundle.run('closePeriod');
  const alerts = w.emulator.sheets.ui.alerts;
  return { confirmation: alerts.at(-2)?.prompt ?? '', message: alerts.at(-1)?.prompt ?? '' };
}

/** Arsip rows without the closing time (which differs between runs), sorted, as comparable text. */
function archived(emulator: Emulator): string[] {
  return valuesOf(emulator, ARCHIVE_SHEET)
    .slice(1)
    .map((r) => JSON.stringify(r.slice(0, CLOSED_AT)))
    .sort();
}

const period = (emulator: Emulator, tab: string) => tabPeriod(valuesOf(emulator, tab));
const lastLog = (emulator: Emulator) => valuesOf(emulator, LOG_SHEET).at(-1) ?? [];

/** The reference: the same workbook closed in one run. */
function closedInOneRun(tabs = TABS): Workbook {
  const w = setUpWorkbook(tabs);
  expect(close(w).message).toMatch(/^Periode Februari 2026 ditutup: [\d.]+ nilai disimpan di sheet "Arsip"\./);
  return w;
}

/** The cell of a whole-number figure on a tab, and its value. */
function numberCell(emulator: Emulator, tab: string): { key: string; row: number; col: number; value: number } {
  const grid = valuesOf(emulator, tab);
  const found = [...locateTab(grid, SCHEMA).fields].find(([k, p]) => k === 'pangan_wbp.wbp_terlibat' && p);
  if (!found) throw new Error(`No figure on ${tab}`);
  const [key, pos] = found;
  return { key, row: pos.r + 1, col: pos.c + 1, value: Number(grid[pos.r]?.[pos.c] || 0) };
}

describe(`closing ${TABS} unit tabs when the Sheets API is slow`, () => {
  let w: Workbook;
  let reference: Workbook;
  let first: { confirmation: string; message: string };
  let cleared: number;

  beforeAll(() => {
    reference = closedInOneRun();
    w = setUpWorkbook();
    slowBatches(w.emulator);
    first = close(w);
    w.emulator.ledger.clearFaults();
    cleared = Number(/: (\d+) dari 60 tab UPT sudah diarsipkan/.exec(first.message)?.[1]);
  });

  it('stops between two batches, each tab it reached archived and open for March, the others untouched', () => {
    expect(first.message).toMatch(
      /^Tutup periode Februari 2026 dihentikan sementara karena mendekati batas waktu 6 menit Google: \d+ dari 60 tab UPT sudah diarsipkan dan dibuka untuk periode Maret 2026; angka di tab lainnya belum diubah\. Jalankan "Tutup periode" lagi untuk melanjutkan\./,
    );
    expect(cleared).toBeGreaterThan(0);
    expect(cleared).toBeLessThan(TABS);
    expect(w.tabs.filter((n) => period(w.emulator, n) === '2026-03')).toEqual(w.tabs.slice(0, cleared));
    // The closed tabs' figures are in Arsip exactly as a one-run close writes them; the others not yet.
    const closedUnits = new Set(w.tabs.slice(0, cleared));
    expect(archived(w.emulator)).toEqual(archived(reference.emulator).filter((r) => closedUnits.has(JSON.parse(r)[1])));
    for (const name of w.tabs.slice(cleared)) expect(period(w.emulator, name)).toBe('2026-02');
    expect(configPeriod(w.emulator)).toBe('2026-02');
    expect(lastLog(w.emulator).slice(2, 5)).toEqual(['Tutup periode', expect.any(String), 'Dilanjutkan']);
    expect(JSON.parse(w.emulator.properties.document?.peek(CHECKPOINT) ?? '{}').cleared).toBe(cleared);
  });

  it('refuses to consolidate while some tabs show March, so no summary mixes two periods', () => {
    w.emulator.ledger.chargeLatency = false;
    w.bundle.run('consolidateNow');
    w.emulator.ledger.chargeLatency = true;
    expect(w.emulator.sheets.ui.alerts.at(-1)?.prompt).toBe(
      'Rekap gagal; rekap sebelumnya tetap utuh. ' +
        `Penutupan periode Februari 2026 belum selesai (${cleared} dari ${TABS} tab sudah dibuka untuk periode ` +
        'berikutnya). Jalankan "Tutup periode" lagi untuk menyelesaikannya, lalu rekap.',
    );
    expect(w.emulator.spreadsheet.sheetByNameUnrecorded('Rekap Pangan')).toBeNull();
  });

  it('finishes on the next run: a figure typed for March meanwhile is kept, one corrected for February archived', () => {
    // Between the runs an operator types March's first figure on a closed tab, another corrects February's figure.
    const open = numberCell(w.emulator, w.tabs[0] as string);
    sheetOf(w.emulator, w.tabs[0] as string)
      .getRange(open.row, open.col)
      .setValue(33);
    const late = w.tabs.at(-1) as string;
    const corrected = numberCell(w.emulator, late);
    sheetOf(w.emulator, late)
      .getRange(corrected.row, corrected.col)
      .setValue(corrected.value + 7);

    w.emulator.runtime.advance(60_000);
    const second = close(w);
    expect(second.confirmation).toBe(
      `Penutupan periode Februari 2026 belum selesai: ${cleared} dari ${TABS} tab UPT sudah diarsipkan dan dibuka ` +
        'untuk periode berikutnya. Lanjutkan penutupan?',
    );
    expect(second.message).toMatch(
      /^Periode Februari 2026 ditutup: penutupan sebelumnya dilanjutkan dan [\d.]+ nilai lagi disimpan di sheet "Arsip"\. Tab UPT kini dibuka untuk periode Maret 2026\. Terbitan diperbarui: periode Februari 2026 \([\d.]+ baris\) di sheet "Terbitan", siap dibaca Rekap Nasional\.$/,
    );
    expect(configPeriod(w.emulator)).toBe('2026-03');
    expect(w.tabs.every((n) => period(w.emulator, n) === '2026-03')).toBe(true);
    expect(valuesOf(w.emulator, w.tabs[0] as string)[open.row - 1]?.[open.col - 1]).toBe(33);
    // Arsip is the one-run close's, with the corrected figure (valid or not) in place of the old one: each value once.
    const figures = (rows: string[]) => rows.map((r) => JSON.stringify(JSON.parse(r).slice(0, 6))).sort();
    const expected = archived(reference.emulator).map((r) => {
      const row = JSON.parse(r);
      return row[1] === late && row[3] === corrected.key
        ? JSON.stringify([...row.slice(0, 5), corrected.value + 7])
        : r;
    });
    expect(figures(archived(w.emulator))).toEqual(figures(expected));
    expect(lastLog(w.emulator)[4]).toBe('Berhasil');
    expect(w.emulator.properties.document?.peek(CHECKPOINT)).toBeNull();
  });
});

describe('a close stopped near the limit while automation is on', () => {
  it('is finished by the next hourly trigger, which publishes the period as the menu close does; set up is refused until then', () => {
    const reference = closedInOneRun();
    const w = setUpWorkbook();
    const admin = w.emulator.options.owner;
    w.bundle.callFromSidebar(admin, 'setAutomation', true);
    slowBatches(w.emulator);
    const first = close(w);
    w.emulator.ledger.clearFaults();
    expect(first.message).toMatch(/dihentikan sementara .* Otomatisasi aktif: proses ini juga dilanjutkan otomatis/);
    // Setting up now would put February back on tabs already opened for March.
    w.bundle.run('setupUnitTabs');
    expect(w.emulator.sheets.ui.alerts.at(-1)?.prompt).toBe(
      'Penutupan periode Februari 2026 belum selesai; jalankan "Tutup periode" lagi sampai selesai, lalu siapkan tab UPT.',
    );
    w.emulator.runtime.advance(HOUR_MS + 1000);
    const fired = w.bundle.fireTimeTriggers().filter((t) => t.handler === 'runScheduledConsolidation');
    expect(fired).toEqual([{ handler: 'runScheduledConsolidation', outcome: 'ok' }]);
    expect(lastLog(w.emulator).slice(2, 5)).toEqual(['Tutup periode (terjadwal)', admin, 'Berhasil']);
    expect(String(lastLog(w.emulator)[7])).toMatch(
      /Terbitan diperbarui: periode Februari 2026 \([\d.]+ baris\) di sheet "Terbitan", siap dibaca Rekap Nasional\.$/,
    );
    expect(valuesOf(w.emulator, PUBLISHED_SHEET)).toEqual(valuesOf(reference.emulator, PUBLISHED_SHEET));
    expect(configPeriod(w.emulator)).toBe('2026-03');
    expect(w.tabs.every((n) => period(w.emulator, n) === '2026-03')).toBe(true);
    const keys = archived(w.emulator).map((r) => JSON.parse(r).slice(0, 4).join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(w.emulator.properties.document?.peek(CHECKPOINT)).toBeNull();
  });
});

describe('a close that Apps Script cuts short', () => {
  const SMALL = 40;

  it('changes no tab when the Arsip cannot be written, and leaves nothing waiting for it', () => {
    const w = setUpWorkbook(SMALL);
    const before = w.tabs.map((n) => valuesOf(w.emulator, n));
    w.emulator.ledger.inject({
      when: (call) => call.method === 'Spreadsheets.batchUpdate',
      error: APPS_SCRIPT_ERRORS.maxExecutionTime,
      repeat: true,
    });
    expect(close(w).message).toMatch(/^Terjadi kesalahan: proses melebihi batas waktu 6 menit dari Google/);
    w.emulator.ledger.clearFaults();
    expect(w.tabs.map((n) => valuesOf(w.emulator, n))).toEqual(before);
    expect(configPeriod(w.emulator)).toBe('2026-02');
    expect(valuesOf(w.emulator, ARCHIVE_SHEET)).toEqual([[...ARCHIVE_HEADER]]);
    // Nothing moved, so consolidation goes on as before.
    w.bundle.run('consolidateNow');
    expect(w.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(/^Rekap periode Februari 2026 selesai/);
  });

  it('resumes after being killed between two batches, archiving nothing twice', () => {
    const reference = closedInOneRun(SMALL);
    const w = setUpWorkbook(SMALL);
    let seen = 0;
    w.emulator.ledger.inject({
      when: (call) => call.method === 'Spreadsheets.batchUpdate' && ++seen === 2,
      error: APPS_SCRIPT_ERRORS.maxExecutionTime,
    });
    expect(close(w).message).toMatch(/^Terjadi kesalahan: proses melebihi batas waktu 6 menit dari Google/);
    expect(configPeriod(w.emulator)).toBe('2026-02');
    w.emulator.ledger.clearFaults();
    const second = close(w);
    expect(second.confirmation).toMatch(/^Penutupan periode Februari 2026 belum selesai: /);
    expect(second.message).toMatch(/^Periode Februari 2026 ditutup: penutupan sebelumnya dilanjutkan/);
    expect(archived(w.emulator)).toEqual(archived(reference.emulator));
    for (const name of w.tabs) expect(valuesOf(w.emulator, name)).toEqual(valuesOf(reference.emulator, name));
    expect(valuesOf(w.emulator, CONFIG_SHEET)).toEqual(valuesOf(reference.emulator, CONFIG_SHEET));
  });
});

describe(`closing ${TABS} unit tabs in more than one batch`, () => {
  it('archives the figure a later tab holds when its batch is sent, even one changed without an edit event', () => {
    const w = setUpWorkbook();
    const late = w.tabs.at(-1) as string;
    const cell = numberCell(w.emulator, late);
    let batches = 0;
    // While the first batch is sent, a script (no onEdit) changes a figure of the last tab, in the next batch.
    const changed = during(
      w.emulator,
      (call) => call.method === 'Spreadsheets.batchUpdate' && call.bytes > SMALL_BATCH_BYTES && ++batches === 1,
      () =>
        sheetOf(w.emulator, late)
          .getRange(cell.row, cell.col)
          .setValue(cell.value + 11),
    );
    expect(close(w).message).toMatch(/^Periode Februari 2026 ditutup: /);
    expect(changed.ran).toBe(true);
    const row = valuesOf(w.emulator, ARCHIVE_SHEET).find((r) => r[1] === late && r[3] === cell.key);
    expect(row?.[5]).toBe(cell.value + 11);
    expect(period(w.emulator, late)).toBe('2026-03');
  });
});
