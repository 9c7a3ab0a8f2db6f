// Closing a period near the 6-minute limit: everything archived first, tabs cleared across runs, nothing archived twice.

import { APPS_SCRIPT_ERRORS, type Bundle, type Emulator, type EmuSheet, loadBundle } from '../../emulator';
import { generatedWorkbook } from '../../scripts/local/generated-workbook';
import { seedFromGrids } from '../../scripts/local/seed-workbook';
import { CONFIG_LABELS } from '../../src/core/config/config';
import { ARCHIVE_SHEET, CONFIG_SHEET, LOG_SHEET } from '../../src/core/config/sheet-names';
import { ARCHIVE_HEADER } from '../../src/core/lifecycle/archive';
import { locateTab } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import { builtDist, removeBuiltDistCopy } from '../browser/built-dist';
import { valuesOf } from '../e2e/sample-sheet';

afterAll(removeBuiltDistCopy);

const CHECKPOINT = 'close:checkpoint';
const HOUR_MS = 60 * 60 * 1000;
/** Rebuilding a set-up tab costs ~1.3 modelled seconds: about 200 fit in 5 minutes, so 300 need two runs. */
const TABS = 300;
const CLOSED_AT = ARCHIVE_HEADER.length - 1;

interface Workbook {
  readonly emulator: Emulator;
  readonly bundle: Bundle;
  readonly tabs: readonly string[];
}

/** Filled tabs (300 unless told), set up (without modelled latency, so in one run) and ready to close. */
function setUpWorkbook(tabs = TABS): Workbook {
  const generated = generatedWorkbook(tabs);
  const { emulator } = seedFromGrids(generated);
  const bundle = loadBundle(emulator, { distDir: builtDist() });
  emulator.ledger.chargeLatency = false;
  bundle.run('setupUnitTabs');
  emulator.ledger.chargeLatency = true;
  return { emulator, bundle, tabs: generated.tabs.map((t) => t.name) };
}

function sheetOf(emulator: Emulator, name: string): EmuSheet {
  const sheet = emulator.spreadsheet.sheetByNameUnrecorded(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
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

/** The period a unit tab is open for (its "Periode" cell). */
function period(emulator: Emulator, tab: string): unknown {
  const grid = valuesOf(emulator, tab);
  const pos = locateTab(grid, SCHEMA).fields.get('identitas.periode');
  return pos ? grid[pos.r]?.[pos.c] : undefined;
}
const configPeriod = (emulator: Emulator) =>
  valuesOf(emulator, CONFIG_SHEET).find((r) => r[0] === CONFIG_LABELS.period)?.[1];
const lastLog = (emulator: Emulator) => valuesOf(emulator, LOG_SHEET).at(-1) ?? [];

/** The reference: the same workbook closed in one run (no modelled latency). */
function closedInOneRun(tabs = TABS): Workbook {
  const w = setUpWorkbook(tabs);
  w.emulator.ledger.chargeLatency = false;
  expect(close(w).message).toMatch(/^Periode Februari 2026 ditutup: [\d.]+ nilai disimpan di sheet "Arsip"\./);
  return w;
}

describe(`closing a period of ${TABS} unit tabs near the 6-minute limit`, () => {
  let w: Workbook;
  let reference: Workbook;
  let first: { confirmation: string; message: string };
  let archivedFirst: string[];
  let cleared: number;

  beforeAll(() => {
    reference = closedInOneRun();
    w = setUpWorkbook();
    first = close(w);
    archivedFirst = archived(w.emulator);
    cleared = Number(/dan (\d+) dari 300 tab UPT/.exec(first.message)?.[1]);
  });

  it('archives every unit first, then stops after a whole tab with a checkpoint and says so', () => {
    expect(first.message).toMatch(
      /^Tutup periode Februari 2026 dihentikan sementara karena mendekati batas waktu 6 menit Google: semua angka sudah disimpan di sheet "Arsip", dan \d+ dari 300 tab UPT sudah dibuka untuk periode Maret 2026; jalankan "Tutup periode" lagi untuk melanjutkan\./,
    );
    expect(cleared).toBeGreaterThan(50);
    expect(cleared).toBeLessThan(TABS);
    // Every unit's figures are in Arsip already, exactly as a one-run close writes them.
    expect(archivedFirst).toEqual(archived(reference.emulator));
    // Only archived tabs were cleared; the period stays open until every tab moved on.
    expect(w.tabs.filter((n) => period(w.emulator, n) === '2026-03')).toEqual(w.tabs.slice(0, cleared));
    expect(configPeriod(w.emulator)).toBe('2026-02');
    expect(lastLog(w.emulator).slice(2, 5)).toEqual(['Tutup periode', expect.any(String), 'Dilanjutkan']);
    expect(Number(lastLog(w.emulator)[6])).toBeLessThan(300);
    expect(JSON.parse(w.emulator.properties.document?.peek(CHECKPOINT) ?? '{}').cleared).toBe(cleared);
  });

  it('refuses to consolidate while the close is unfinished, so no summary mixes two periods', () => {
    w.emulator.ledger.chargeLatency = false;
    w.bundle.run('consolidateNow');
    w.emulator.ledger.chargeLatency = true;
    expect(w.emulator.sheets.ui.alerts.at(-1)?.prompt).toBe(
      'Rekap gagal; rekap sebelumnya tetap utuh. ' +
        `Penutupan periode Februari 2026 belum selesai (${cleared} dari ${TABS} tab sudah dibuka untuk periode ` +
        'berikutnya). Jalankan "Tutup periode" lagi untuk menyelesaikannya, lalu rekap.',
    );
    expect(w.emulator.spreadsheet.sheetByNameUnrecorded('Rekap Pangan')).toBeNull();
    expect(lastLog(w.emulator).slice(2, 5)).toEqual(['Rekap sekarang', expect.any(String), 'Gagal']);
  });

  it('finishes on the next run without archiving anything twice, every tab on the next period', () => {
    w.emulator.runtime.advance(60_000);
    const second = close(w);
    expect(second.confirmation).toBe(
      `Penutupan periode Februari 2026 belum selesai: semua angka sudah disimpan di sheet "Arsip" dan ${cleared} dari ${TABS} ` +
        'tab UPT sudah dibuka untuk periode berikutnya. Lanjutkan penutupan?',
    );
    expect(second.message).toBe(
      'Periode Februari 2026 ditutup: semua angka sudah disimpan di sheet "Arsip" oleh penutupan sebelumnya. ' +
        'Tab UPT kini dibuka untuk periode Maret 2026.',
    );
    expect(archived(w.emulator)).toEqual(archivedFirst);
    expect(configPeriod(w.emulator)).toBe('2026-03');
    expect(lastLog(w.emulator)[4]).toBe('Berhasil');
    expect(w.emulator.properties.document?.peek(CHECKPOINT)).toBeNull();
    for (const name of w.tabs) expect(valuesOf(w.emulator, name)).toEqual(valuesOf(reference.emulator, name));
  });
});

describe('a resumed close', () => {
  it('archives a figure typed after archiving, once, before clearing its tab', () => {
    const w = setUpWorkbook();
    expect(close(w).message).toMatch(/dihentikan sementara/);
    const before = archived(w.emulator);
    // An operator changes a figure on a tab not yet cleared, between the two runs.
    const last = w.tabs.at(-1) as string;
    const grid = valuesOf(w.emulator, last);
    const field = [...locateTab(grid, SCHEMA).fields].find(([, p]) => typeof grid[p.r]?.[p.c] === 'number');
    expect(field).toBeDefined();
    const [key, pos] = field as [string, { r: number; c: number }];
    const old = grid[pos.r]?.[pos.c] as number;
    sheetOf(w.emulator, last)
      .getRange(pos.r + 1, pos.c + 1)
      .setValue(old + 7);

    w.emulator.runtime.advance(60_000);
    expect(close(w).message).toBe(
      'Periode Februari 2026 ditutup: semua angka sudah disimpan di sheet "Arsip" oleh penutupan sebelumnya, ditambah ' +
        '1 nilai yang diisi sesudahnya. Tab UPT kini dibuka untuk periode Maret 2026.',
    );
    const added = archived(w.emulator).filter((r) => !before.includes(r));
    expect(added.map((r) => JSON.parse(r))).toEqual([
      [expect.any(String), last, expect.any(String), key, expect.any(String), old + 7, expect.any(String)],
    ]);
    // The old figure stays archived too: nothing an operator typed is lost.
    expect(archived(w.emulator).filter((r) => JSON.parse(r)[3] === key && JSON.parse(r)[1] === last)).toHaveLength(2);
    expect(period(w.emulator, last)).toBe('2026-03');
  });
});

describe('a close stopped near the limit while automation is on', () => {
  it('is finished by the next hourly trigger; set up is refused until then', () => {
    const w = setUpWorkbook();
    const admin = w.emulator.options.owner;
    w.bundle.callFromSidebar(admin, 'setAutomation', true);
    const first = close(w);
    expect(first.message).toMatch(/dihentikan sementara .* Otomatisasi aktif: proses ini juga dilanjutkan otomatis/);
    const archivedFirst = archived(w.emulator);
    // Setting up now would put February back on tabs already opened for March.
    w.bundle.run('setupUnitTabs');
    expect(w.emulator.sheets.ui.alerts.at(-1)?.prompt).toBe(
      'Penutupan periode Februari 2026 belum selesai; jalankan "Tutup periode" lagi sampai selesai, lalu siapkan tab UPT.',
    );
    w.emulator.runtime.advance(HOUR_MS + 1000);
    const fired = w.bundle.fireTimeTriggers().filter((t) => t.handler === 'runScheduledConsolidation');
    expect(fired).toEqual([{ handler: 'runScheduledConsolidation', outcome: 'ok' }]);
    expect(lastLog(w.emulator).slice(2, 5)).toEqual(['Tutup periode (terjadwal)', admin, 'Berhasil']);
    expect(configPeriod(w.emulator)).toBe('2026-03');
    expect(w.tabs.every((n) => period(w.emulator, n) === '2026-03')).toBe(true);
    expect(archived(w.emulator)).toEqual(archivedFirst);
    expect(w.emulator.properties.document?.peek(CHECKPOINT)).toBeNull();
  });
});

describe('a close that Apps Script cuts short', () => {
  const SMALL = 40;
  /** Each tab's rebuild writes its number formats once: the n-th such call of the run throws. */
  const failOnTab = (emulator: Emulator, n: number, error: string) => {
    let seen = 0;
    emulator.ledger.inject({
      when: (call) => call.method === 'Range.setNumberFormats' && ++seen === n,
      error,
    });
  };

  it('clears no tab when the archive cannot be written', () => {
    const w = setUpWorkbook(SMALL);
    const before = w.tabs.map((n) => valuesOf(w.emulator, n));
    w.emulator.ledger.inject({
      when: (call) => call.method === 'Range.setValues',
      error: APPS_SCRIPT_ERRORS.maxExecutionTime,
      repeat: true,
    });
    expect(close(w).message).toMatch(/^Terjadi kesalahan: proses melebihi batas waktu 6 menit dari Google/);
    w.emulator.ledger.clearFaults();
    expect(w.tabs.map((n) => valuesOf(w.emulator, n))).toEqual(before);
    expect(configPeriod(w.emulator)).toBe('2026-02');
    expect(w.emulator.properties.document?.peek(CHECKPOINT)).toBeNull();
  });

  it('resumes after being killed half-way through clearing, archiving nothing twice', () => {
    const reference = closedInOneRun(SMALL);
    const w = setUpWorkbook(SMALL);
    failOnTab(w.emulator, 6, APPS_SCRIPT_ERRORS.maxExecutionTime);
    expect(close(w).message).toMatch(/^Terjadi kesalahan: proses melebihi batas waktu 6 menit dari Google/);
    expect(configPeriod(w.emulator)).toBe('2026-02');
    w.emulator.ledger.clearFaults();
    const second = close(w);
    expect(second.confirmation).toMatch(/^Penutupan periode Februari 2026 belum selesai: /);
    expect(second.message).toBe(
      'Periode Februari 2026 ditutup: semua angka sudah disimpan di sheet "Arsip" oleh penutupan sebelumnya. ' +
        'Tab UPT kini dibuka untuk periode Maret 2026.',
    );
    expect(archived(w.emulator)).toEqual(archived(reference.emulator));
    for (const name of w.tabs) expect(valuesOf(w.emulator, name)).toEqual(valuesOf(reference.emulator, name));
  });
});
