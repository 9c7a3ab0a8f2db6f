// Bad input on the BUILT bundle: every broken workbook gets its issues in "Validasi", totals without what is invalid,
// readable Bahasa Indonesia messages, and not one typed value changed.

import { createEmulator, type Emulator, type EmuSheet, loadBundle, seedWorkbook } from '../../emulator';
import { type BrokenCase, brokenCases, type ExpectedIssue } from '../../fixtures/sample/broken-cases';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { SAMPLE_LAND_M2, sampleValues, sampleWorkbook } from '../../fixtures/sample/workbook';
import { CONFIG_SHEET, VALIDATION_SHEET } from '../../src/core/config/sheet-names';
import { locateTab, posA1 } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import type { Grid } from '../../src/core/schema/types';
import { FOOD_SHEET } from '../../src/core/summary/summary-sheets';
import type { TabCheck } from '../../src/shared/rpc';
import { builtDist, removeBuiltDistCopy } from '../browser/built-dist';

const ADMIN = 'admin.kanwil@contoh.go.id';
const LAND_LABEL = 'Luas lahan (m²)';

interface Scenario {
  readonly id: string;
  readonly description: string;
  readonly config: Grid;
  readonly tabs: readonly { name: string; grid: Grid; hidden?: boolean }[];
  /** What a person does to the seeded Sheet that a grid cannot express (merge, hide rows, a formula). */
  readonly act?: (emulator: Emulator) => void;
  readonly expected: readonly ExpectedIssue[];
  readonly configRejected: boolean;
  /** The Rekap Pangan land total the consolidation must show. */
  readonly land: number;
  /** True when some figure is left out, so the summary must say the data is incomplete (as must any error). */
  readonly incomplete: boolean;
}

function unitOf(code: string) {
  const unit = SAMPLE_UNITS.find((u) => u.code === code);
  if (!unit) throw new Error(`No sample unit ${code}`);
  return unit;
}

/** A unit's sample value for a key, as a number (0 when it is not one). */
function typed(code: string, key: string): number {
  const v = sampleValues(unitOf(code))[key];
  return typeof v === 'number' ? v : 0;
}

function landOf(code: string): number {
  return Object.entries(sampleValues(unitOf(code)))
    .filter(([k, v]) => k.endsWith('.luas_m2') && typeof v === 'number')
    .reduce((acc, [, v]) => acc + (v as number), 0);
}

/** The core corpus case as a workbook: the land total it leaves, and whether the summary must say "incomplete". */
function fromCore(c: BrokenCase): Scenario {
  const lostUnits = [...c.missingUnits, ...c.voidedUnits];
  const rejectedLand = c.rejected.filter((r) => /^pangan\.\w+\.luas_m2$/.test(r.key));
  const land =
    SAMPLE_LAND_M2 -
    rejectedLand.reduce((acc, r) => acc + typed(r.unit, r.key), 0) -
    lostUnits.reduce((acc, u) => acc + landOf(u), 0);
  return {
    id: c.id,
    description: c.description,
    config: c.config,
    tabs: c.tabs,
    expected: c.expected,
    configRejected: c.configRejected,
    land,
    incomplete: lostUnits.length > 0 || c.rejected.length > 0,
  };
}

/** A1 of a value key on a sample tab. */
function cellOf(grid: Grid, key: string): string {
  const pos = locateTab(grid, SCHEMA).fields.get(key);
  if (!pos) throw new Error(`No cell for ${key}`);
  return posA1(pos);
}

function sheetOf(emulator: Emulator, name: string): EmuSheet {
  const sheet = emulator.spreadsheet.sheetByNameUnrecorded(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
}

/** Broken workbooks only a live Sheet can hold: hidden rows, a real merge, formulas computed or broken. */
function workbookCases(): Scenario[] {
  const clean = () => sampleWorkbook();
  const tabGrid = (code: string) => clean().tabs.find((t) => t.name === code)?.grid ?? [];
  const base = (id: string, description: string) => ({ id, description, ...clean(), configRejected: false });

  const hiddenCell = cellOf(tabGrid('LP-PKU'), 'pangan.pertanian.luas_m2');
  const mergeFrom = cellOf(tabGrid('RUTAN-DUMAI'), 'pangan.hortikultura.luas_m2');
  const mergeTo = cellOf(tabGrid('RUTAN-DUMAI'), 'pangan.hortikultura.wbp');
  const headCount = cellOf(tabGrid('RUTAN-DUMAI'), 'pangan_wbp.wbp_terlibat');
  const computed = cellOf(tabGrid('LP-BGS'), 'pangan.perkebunan.luas_m2');
  const broken = cellOf(tabGrid('LP-PSP'), 'pangan.perkebunan.luas_m2');
  const lookup = cellOf(tabGrid('LP-TLK'), 'pangan.hortikultura.penjualan_rp');
  return [
    {
      ...base('hidden-rows', 'Rows holding land figures hidden by the operator: they still count'),
      act: (e) => sheetOf(e, 'LP-PKU').hideRows(Number(hiddenCell.replace(/^[A-Z]+/, '')) - 1, 3),
      expected: [],
      land: SAMPLE_LAND_M2,
      incomplete: false,
    },
    {
      ...base('real-merge-over-data', 'Land and WBP cells of a row merged in the Sheet (Sheets keeps the top-left)'),
      act: (e) => sheetOf(e, 'RUTAN-DUMAI').getRange(`${mergeFrom}:${mergeTo}`).merge(),
      expected: [{ sheet: 'RUTAN-DUMAI', cell: headCount, code: 'WBP_ABOVE_CLUSTER_SUM' }],
      land: SAMPLE_LAND_M2,
      incomplete: true,
    },
    {
      ...base('formula-computed', 'A formula where land belongs, computing 4.500: the computed number counts'),
      act: (e) => sheetOf(e, 'LP-BGS').getRange(computed).setFormula('=4000+500'),
      expected: [],
      land: SAMPLE_LAND_M2 - typed('LP-BGS', 'pangan.perkebunan.luas_m2') + 4500,
      incomplete: false,
    },
    {
      ...base('formula-broken-ref', 'A formula pointing at a deleted tab (#REF!) where land belongs'),
      act: (e) => sheetOf(e, 'LP-PSP').getRange(broken).setFormula("='Tab Lama'!B12"),
      expected: [{ sheet: 'LP-PSP', cell: broken, code: 'FORMULA_ERROR' }],
      land: SAMPLE_LAND_M2 - typed('LP-PSP', 'pangan.perkebunan.luas_m2'),
      incomplete: true,
    },
    {
      ...base('formula-failed-lookup', 'A lookup formula whose last result is #N/A where sales belong'),
      act: (e) => {
        // A function the emulator does not compute keeps its cached result, as a workbook loaded from xlsx does.
        const cell = sheetOf(e, 'LP-TLK').getRange(lookup);
        cell.setFormula('=VLOOKUP("Sawi";Harga!A:B;2;FALSE)');
        sheetOf(e, 'LP-TLK').ensureCell(cell.getRow(), cell.getColumn()).value = '#N/A';
      },
      expected: [{ sheet: 'LP-TLK', cell: lookup, code: 'FORMULA_ERROR' }],
      land: SAMPLE_LAND_M2,
      incomplete: true,
    },
  ];
}

/** The scenario's workbook, each value stored exactly as getValues() will return it (no typed-input parsing). */
function workbook(scenario: Scenario) {
  const emulator = createEmulator({ owner: ADMIN, workspace: true });
  seedWorkbook(emulator, [{ name: CONFIG_SHEET, grid: scenario.config }, ...scenario.tabs], 'stored');
  scenario.act?.(emulator);
  emulator.ledger.reset();
  return { emulator, bundle: loadBundle(emulator, { distDir: builtDist() }) };
}

/** Values and formulas of every sheet a person typed into (all of them before the add-on ran). */
function typedSnapshot(emulator: Emulator, names: readonly string[]) {
  return names.map((name) => {
    const sheet = sheetOf(emulator, name);
    const all = sheet.rangeUnchecked(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
    return { name, values: all.getValues(), formulas: all.getFormulas() };
  });
}

interface Shown extends ExpectedIssue {
  readonly severity: string;
}

/** "Validasi" rows as issues: the cell comes from the link formula's range (or the plain text when there is none). */
function validationIssues(emulator: Emulator): Shown[] {
  const sheet = sheetOf(emulator, VALIDATION_SHEET);
  const values = sheet.getDataRange().getValues();
  const formulas = sheet.getDataRange().getFormulas();
  return values.slice(2).flatMap((row, i) => {
    if (row[4] === '') return [];
    const link = /range=([A-Z]+\d+)/.exec(formulas[i + 2]?.[2] ?? '');
    const cell = link ? (link[1] as string) : String(row[2]);
    return [{ sheet: String(row[1]), cell, code: row[4], severity: String(row[3]) } as Shown];
  });
}

const key = (i: ExpectedIssue) => `${i.sheet}!${i.cell} ${i.code}`;
/** An unexpected failure's wording: never shown for bad input. */
const UNREADABLE = /Terjadi kesalahan|Error|undefined|null|NaN|\bat \w+ \(|TypeError|Exception/;

const scenarios = [...brokenCases().map(fromCore), ...workbookCases()];

afterAll(removeBuiltDistCopy);

/** Issues the clean sample already has (warnings only): a broken case is judged by what it adds. */
let baseline: Set<string>;
beforeAll(() => {
  const clean: Scenario = {
    id: 'clean',
    description: 'The sample as it is',
    ...sampleWorkbook(),
    expected: [],
    configRejected: false,
    land: SAMPLE_LAND_M2,
    incomplete: false,
  };
  const { emulator, bundle } = workbook(clean);
  bundle.run('validateAll');
  const shown = validationIssues(emulator);
  expect(shown.filter((i) => i.severity === 'Kesalahan')).toEqual([]);
  baseline = new Set(shown.map(key));
});

test('the corpus holds at least 30 broken workbooks with unique ids', () => {
  expect(scenarios.length).toBeGreaterThanOrEqual(30);
  expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
});

describe.each(scenarios.map((s) => [s.id, s] as const))('broken workbook %s', (_id, scenario) => {
  it(`validates and consolidates without losing anything: ${scenario.description}`, () => {
    const { emulator, bundle } = workbook(scenario);
    const ui = emulator.sheets.ui;
    const typedSheets = emulator.spreadsheet.sheets.map((s) => s.name);
    const before = typedSnapshot(emulator, typedSheets);

    expect(() => bundle.run('validateAll')).not.toThrow();
    const validated = ui.alerts.at(-1)?.prompt ?? '';
    expect(() => bundle.run('consolidateNow')).not.toThrow();
    const consolidated = ui.alerts.at(-1)?.prompt ?? '';
    for (const shown of [validated, consolidated, ...ui.toasts.map((t) => t.message)]) {
      expect(shown).not.toMatch(UNREADABLE);
    }

    // Nothing typed is changed: every sheet that existed keeps its values and formulas (marks are formats only).
    expect(typedSnapshot(emulator, typedSheets)).toEqual(before);

    if (scenario.configRejected) {
      const first = scenario.expected[0] as ExpectedIssue;
      for (const shown of [validated, consolidated]) {
        expect(shown).toMatch(/^Sheet "Pengaturan" belum benar, tindakan dibatalkan:\n/);
        expect(shown).toContain(`• ${first.sheet}!${first.cell}: `);
      }
      expect(emulator.spreadsheet.sheets.map((s) => s.name)).toEqual(typedSheets);
      return;
    }

    expect(validated).toMatch(/^Validasi selesai: \d+ kesalahan dan \d+ peringatan/);
    const fresh = validationIssues(emulator).filter((i) => !baseline.has(key(i)));
    expect(fresh.map(key)).toEqual(expect.arrayContaining(scenario.expected.map(key)));
    const expectedKeys = new Set(scenario.expected.map(key));
    // The sample is clean: the only errors are the ones the mutation causes.
    const freshErrors = fresh.filter((i) => i.severity === 'Kesalahan');
    expect(freshErrors.filter((i) => !expectedKeys.has(key(i))).map(key)).toEqual([]);

    // Each affected unit's operator sees the same issues in the sidebar, as a result and never as a failure.
    for (const sheet of new Set(scenario.expected.map((e) => e.sheet))) {
      const unit = SAMPLE_UNITS.find((u) => u.sheetName === sheet);
      if (!unit) continue;
      const check = bundle.callFromSidebar(unit.operators[0] as string, 'checkUnitTab', unit.code) as TabCheck;
      const shownInSidebar = check.issues.map((i) => key(i as ExpectedIssue));
      expect(shownInSidebar).toEqual(
        expect.arrayContaining(scenario.expected.filter((e) => e.sheet === sheet).map(key)),
      );
      // A tab with an error cannot be sent.
      if (check.issues.some((i) => i.severity === 'error')) expect(check.canSend).toBe(false);
    }

    const food = sheetOf(emulator, FOOD_SHEET).getDataRange().getValues();
    const landRow = food.find((r) => r[0] === LAND_LABEL);
    expect(landRow?.[1]).toBe(scenario.land);
    const notes = food.map((r) => r.join(' ')).join('\n');
    if (scenario.incomplete || freshErrors.length > 0) expect(notes).toMatch(/belum lengkap/i);
    else expect(notes).not.toMatch(/belum lengkap/i);
    expect(consolidated).toMatch(/^Rekap periode Februari 2026 selesai: /);
  });
});

/** The report reads the same broken data; the hardest cases (rendering charts is slow, so not all of them). */
const REPORT_CASES = ['huge-cell', 'emoji-and-rtl', 'deleted-tab', 'formula-broken-ref', 'config-invalid-email'];

describe.each(REPORT_CASES.map((id) => [id] as const))('the report over broken workbook %s', (id) => {
  it('is created or refused with a readable message, never a failure or a broken figure', () => {
    const scenario = scenarios.find((s) => s.id === id) as Scenario;
    const { emulator, bundle } = workbook(scenario);
    const ui = emulator.sheets.ui;
    expect(() => bundle.run('generateReport')).not.toThrow();
    for (const shown of [...ui.alerts.map((a) => a.prompt), ...ui.toasts.map((t) => t.message)]) {
      expect(shown).not.toMatch(UNREADABLE);
    }
    const doc = emulator.docs.all().at(-1);
    if (scenario.configRejected) {
      expect(doc).toBeUndefined();
      expect(ui.alerts.at(-1)?.prompt).toMatch(/^Sheet "Pengaturan" belum benar, tindakan dibatalkan:\n/);
      return;
    }
    expect(doc?.body.getText()).toMatch(/\S/);
    expect(doc?.body.getText()).not.toMatch(/NaN|undefined|\[object /);
  });
});
