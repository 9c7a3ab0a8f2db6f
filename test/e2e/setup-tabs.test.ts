// End to end on the built bundle: unit tabs from the template — protection, rules, trimming, idempotence, migration.

import { createEmulator, type EmuSheet, loadBundle } from '../../emulator';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { SAMPLE_PERIOD } from '../../fixtures/sample/workbook';
import { ARCHIVE_SHEET, CONFIG_SHEET, LOG_SHEET, VALIDATION_SHEET } from '../../src/core/config/sheet-names';
import { ARCHIVE_HEADER } from '../../src/core/lifecycle/archive';
import { locateTab } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import { buildUnitTab } from '../../src/core/schema/tab-layout';
import type { Grid } from '../../src/core/schema/types';
import { isoDateIn } from '../../src/core/text/format';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

const unitA = SAMPLE_UNITS[0];
const unitB = SAMPLE_UNITS[1];

function sheetOf(s: SampleSheet, name: string): EmuSheet {
  const sheet = s.emulator.spreadsheet.sheetByNameUnrecorded(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
}

/** Everything set up decides about a tab: values, rules, formats, notes, protection, size. */
function snapshot(sheet: EmuSheet) {
  const all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  const describe = (p: ReturnType<EmuSheet['getProtections']>[number]) => ({
    description: p.getDescription(),
    range: p.getProtectionType() === 'RANGE' ? p.getRange().getA1Notation() : null,
    editors: p
      .getEditors()
      .map((u) => u.getEmail())
      .sort(),
    open: p.getProtectionType() === 'SHEET' ? p.getUnprotectedRanges().map((r) => r.getA1Notation()) : [],
  });
  return {
    name: sheet.getName(),
    size: [sheet.getMaxRows(), sheet.getMaxColumns()],
    frozen: sheet.getFrozenRows(),
    values: all.getValues(),
    formats: all.getNumberFormats(),
    notes: all.getNotes(),
    backgrounds: all.getBackgrounds(),
    weights: all.getFontWeights(),
    fontColors: all.getFontColors(),
    rules: all
      .getDataValidations()
      .map((row) =>
        row.map((r) => (r ? [r.getCriteriaType(), r.getCriteriaValues(), r.getAllowInvalid(), r.getHelpText()] : null)),
      ),
    protections: [...sheet.getProtections('SHEET'), ...sheet.getProtections('RANGE')].map(describe),
  };
}

/** Operator-typed values of a tab by key (dates as YYYY-MM-DD). */
function typedValues(grid: Grid): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, pos] of locateTab(grid, SCHEMA).fields) {
    const v = grid[pos.r]?.[pos.c];
    if (v === '' || (key.startsWith('identitas.') && key !== 'identitas.operator')) continue;
    out[key] = v instanceof Date ? isoDateIn(v) : v;
  }
  return out;
}

/** 1-based row and column of a value key's cell. */
function cellAt(grid: Grid, key: string): { r: number; c: number } {
  const pos = locateTab(grid, SCHEMA).fields.get(key);
  if (!pos) throw new Error(`No cell for ${key}`);
  return { r: pos.r + 1, c: pos.c + 1 };
}

function configRow(s: SampleSheet, code: string): number {
  return valuesOf(s.emulator, CONFIG_SHEET).findIndex((r) => r[0] === code) + 1;
}

describe('setting up the unit tabs', () => {
  it('creates each tab trimmed to the template, editable only by its operators and the admins', () => {
    const s = sampleSheet({ withTabs: false });
    s.bundle.run('setupUnitTabs');
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toBe(
      `Tab UPT periode Februari 2026 siap: ${SAMPLE_UNITS.length} tab dibuat; 0 tab diperbarui.`,
    );
    const layout = buildUnitTab(unitA, SAMPLE_PERIOD);
    const sheet = sheetOf(s, unitA.sheetName);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([layout.rows, layout.cols]);
    expect(sheet.getFrozenRows()).toBe(layout.frozenRows);
    const input = layout.inputRanges[0]?.split(':')[0] ?? '';
    expect(sheet.canUserEdit(unitA.operators[0], input)).toBe(true);
    expect(sheet.canUserEdit(unitB.operators[0], input)).toBe(false);
    expect(sheet.canUserEdit(unitA.operators[0], 'A1')).toBe(false);
    expect(sheet.canUserEdit(ADMIN, 'A1')).toBe(true);
    const list = layout.validations.find((v) => v.rule.kind === 'list' && !v.allowInvalid);
    expect(list).toBeDefined();
    expect(() => sheet.userEdit(unitA.operators[0], list?.range ?? '', 'bukan pilihan')).toThrow();
    expect(valuesOf(s.emulator, CONFIG_SHEET)[0]?.[0]).toBe('PENGATURAN REKAP UPT');
  });

  it('changes nothing when run twice', () => {
    const s = sampleSheet();
    s.bundle.run('setupUnitTabs');
    const first = SAMPLE_UNITS.map((u) => snapshot(sheetOf(s, u.sheetName)));
    s.bundle.run('setupUnitTabs');
    const second = SAMPLE_UNITS.map((u) => snapshot(sheetOf(s, u.sheetName)));
    expect(second).toEqual(first);
    expect(first[0]?.protections.map((p) => p.editors)).toEqual([[ADMIN], [ADMIN, unitA.operators[0]].sort()]);
  });

  it('gives each tab exactly what a set up of that tab alone gives, whichever tabs of its type or others come before', () => {
    const all = sampleSheet({ withTabs: false });
    all.bundle.run('setupUnitTabs');
    const types = new Set(SAMPLE_UNITS.map((u) => u.type));
    expect(types.size).toBeGreaterThan(1);
    for (const unit of SAMPLE_UNITS) {
      const alone = sampleSheet({ withTabs: false, units: [unit] });
      alone.bundle.run('setupUnitTabs');
      expect(snapshot(sheetOf(all, unit.sheetName))).toEqual(snapshot(sheetOf(alone, unit.sheetName)));
    }
  });

  it('spreads no look one tab was given by hand to the other tabs of its type, and leaves none on it', () => {
    const s = sampleSheet();
    const sameType = SAMPLE_UNITS.filter((u) => u.type === unitA.type).slice(0, 2);
    expect(sameType.map((u) => u.sheetName)).toEqual([unitA.sheetName, unitB.sheetName]);
    const input = buildUnitTab(unitA, SAMPLE_PERIOD).inputRanges[0] ?? '';
    const first = sheetOf(s, unitA.sheetName);
    // An operator's red figures and a list of their own on the first tab of the type.
    first.getRange(input).setFontColor('#ff0000');
    const own = s.emulator.sheets.app.newDataValidation().requireValueInList(['sendiri']).build();
    first.getRange(input).setDataValidation(own as never);
    s.bundle.run('setupUnitTabs');
    for (const unit of sameType) {
      const alone = sampleSheet({ units: [unit] });
      alone.bundle.run('setupUnitTabs');
      expect(snapshot(sheetOf(s, unit.sheetName))).toEqual(snapshot(sheetOf(alone, unit.sheetName)));
    }
  });

  it('writes the tabs and its Log row in one batch, the first time too (the batch adds the Log): no other write', () => {
    const s = sampleSheet();
    expect(s.emulator.spreadsheet.getSheetByName(LOG_SHEET)).toBeNull();
    const writesOf = () => {
      const writes = s.emulator.ledger.all().filter((c) => c.kind === 'write');
      s.emulator.ledger.reset();
      return writes.map((c) => c.method);
    };
    s.emulator.ledger.reset();
    s.bundle.run('setupUnitTabs');
    const first = s.emulator.sheets.ui.alerts.at(-1)?.prompt;
    expect(writesOf()).toEqual(['Spreadsheets.batchUpdate']);
    s.bundle.run('setupUnitTabs');
    const message = s.emulator.sheets.ui.alerts.at(-1)?.prompt;
    expect(message).toBe(`Tab UPT periode Februari 2026 siap: 0 tab dibuat; ${SAMPLE_UNITS.length} tab diperbarui.`);
    // Nothing went through SpreadsheetApp, so there is nothing to flush before the lock is released.
    expect(writesOf()).toEqual(['Spreadsheets.batchUpdate']);
    const rows = valuesOf(s.emulator, LOG_SHEET).filter((r) => r[2] === 'Siapkan tab UPT');
    expect(rows.map((r) => [r[3], r[4], r[5], r[7]])).toEqual([
      [ADMIN, 'Berhasil', SAMPLE_UNITS.length, first],
      [ADMIN, 'Berhasil', SAMPLE_UNITS.length, message],
    ]);
  });

  it('keeps every typed value, and appends a value the template has no place for to Arsip before trimming', () => {
    const s = sampleSheet();
    const sheet = sheetOf(s, unitA.sheetName);
    const before = typedValues(valuesOf(s.emulator, unitA.sheetName));
    const rows = sheet.getMaxRows();
    sheet.insertRowsAfter(rows, 3);
    sheet.getRange(rows + 3, 2).setValue('catatan lama operator');
    s.bundle.run('setupUnitTabs');
    expect(typedValues(valuesOf(s.emulator, unitA.sheetName))).toEqual(before);
    expect(sheet.getMaxRows()).toBe(rows);
    const archive = valuesOf(s.emulator, ARCHIVE_SHEET);
    expect(archive[0]).toEqual([...ARCHIVE_HEADER, 'Ditinjau admin']);
    expect(archive.slice(1).map((r) => r.slice(0, 7))).toEqual([
      [
        SAMPLE_PERIOD,
        unitA.code,
        unitA.name,
        `${unitA.sheetName}!B${rows + 3}`,
        'Nilai dari sel lama',
        'catatan lama operator',
        'Tidak tertampung di templat baru',
      ],
    ]);
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(/1 nilai tanpa tempat di templat baru disimpan/);
  });

  it('restores a cleared column header in place: the figures below it stay on the tab, nothing goes to Arsip', () => {
    const s = sampleSheet();
    const grid = valuesOf(s.emulator, unitA.sheetName) as Grid;
    const before = typedValues(grid);
    const pos = cellAt(grid, 'pangan.pertanian.luas_m2');
    sheetOf(s, unitA.sheetName)
      .getRange(pos.r - 1, pos.c)
      .setValue('');
    s.bundle.run('setupUnitTabs');
    expect(typedValues(valuesOf(s.emulator, unitA.sheetName))).toEqual(before);
    expect(s.emulator.spreadsheet.sheetByNameUnrecorded(ARCHIVE_SHEET)?.getLastRow()).toBe(1);
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toContain(
      `1 judul yang rusak dipulihkan di tempatnya, angka di bawahnya tetap (${unitA.sheetName}!`,
    );
  });

  it('an extra row moved to Arsip stays an issue of its unit in Validasi until an admin ticks it', () => {
    const s = sampleSheet();
    const sheet = sheetOf(s, unitA.sheetName);
    const pos = cellAt(valuesOf(s.emulator, unitA.sheetName) as Grid, 'pangan.pertanian.luas_m2');
    sheet.insertRowsAfter(pos.r + 1, 1);
    sheet.getRange(pos.r + 2, 1, 1, 3).setValues([['Pertanian', 'jagung', 4200]]);
    s.bundle.run('setupUnitTabs');
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toContain(`dari tab ${unitA.sheetName}`);
    const displacedIssues = () => {
      s.bundle.run('validateAll');
      return valuesOf(s.emulator, VALIDATION_SHEET).filter((r) => r.join(' ').includes('sheet "Arsip" baris'));
    };
    const found = displacedIssues();
    expect(found.map((r) => r.join(' | '))).toEqual([
      expect.stringContaining(
        `${unitA.sheetName} | ${unitA.sheetName} |  | Peringatan | VALUE_DISPLACED | Nilai "Pertanian" di sel A${pos.r + 2}`,
      ),
      expect.stringContaining(
        `Nilai "jagung" di sel B${pos.r + 2} tidak punya tempat di templat, jadi dipindahkan ke sheet "Arsip" baris 3`,
      ),
      expect.stringContaining(`Nilai "4200" di sel C${pos.r + 2}`),
    ]);
    const archive = sheetOf(s, ARCHIVE_SHEET);
    expect(archive.getRange(1, ARCHIVE_HEADER.length + 1).getValue()).toBe('Ditinjau admin');
    archive.getRange(2, ARCHIVE_HEADER.length + 1, 3, 1).setValues([[true], [true], [true]]);
    expect(displacedIssues()).toEqual([]);
  });

  it('keeps a wrong unit code on a copied tab: its figures are refused, naming the tab the code belongs to', () => {
    const s = sampleSheet();
    const grid = valuesOf(s.emulator, unitB.sheetName) as Grid;
    const pos = cellAt(grid, 'identitas.kode');
    sheetOf(s, unitB.sheetName).getRange(pos.r, pos.c).setValue(unitA.code);
    s.bundle.run('setupUnitTabs');
    expect(sheetOf(s, unitB.sheetName).getRange(pos.r, pos.c).getValue()).toBe(unitA.code);
    s.bundle.run('validateAll');
    const rows = valuesOf(s.emulator, VALIDATION_SHEET).map((r) => r.join(' | '));
    expect(rows).toContainEqual(
      expect.stringContaining(`Kode UPT di tab ini "${unitA.code}", milik tab "${unitA.sheetName}"`),
    );
  });

  it('puts every value back in its place when rows were inserted above the blocks', () => {
    const s = sampleSheet();
    const sheet = sheetOf(s, unitA.sheetName);
    const before = typedValues(valuesOf(s.emulator, unitA.sheetName));
    const size = [sheet.getMaxRows(), sheet.getMaxColumns()];
    sheet.insertRowsAfter(3, 2);
    s.bundle.run('setupUnitTabs');
    expect(typedValues(valuesOf(s.emulator, unitA.sheetName))).toEqual(before);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual(size);
  });

  it('hides and renames the tab of a unit removed from the configuration, keeping its figures', () => {
    const s = sampleSheet();
    s.bundle.run('setupUnitTabs');
    const figures = valuesOf(s.emulator, unitB.sheetName);
    sheetOf(s, CONFIG_SHEET).deleteRow(configRow(s, unitB.code));
    s.bundle.run('setupUnitTabs');
    expect(s.emulator.spreadsheet.sheetByNameUnrecorded(unitB.sheetName)).toBeNull();
    const parked = sheetOf(s, `${unitB.sheetName} (nonaktif)`);
    expect(parked.isSheetHidden()).toBe(true);
    expect(parked.getDataRange().getValues()).toEqual(figures);
    expect(parked.canUserEdit(unitB.operators[0], 'B10')).toBe(false);
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(
      new RegExp(`1 tab UPT yang tidak lagi terdaftar disembunyikan \\(${unitB.sheetName}\\)`),
    );
  });

  it('takes the edit right away from an operator removed from the configuration', () => {
    const s = sampleSheet();
    s.bundle.run('setupUnitTabs');
    const layout = buildUnitTab(unitA, SAMPLE_PERIOD);
    const input = layout.inputRanges[0]?.split(':')[0] ?? '';
    const sheet = sheetOf(s, unitA.sheetName);
    expect(sheet.canUserEdit(unitA.operators[0], input)).toBe(true);
    const header = valuesOf(s.emulator, CONFIG_SHEET).find((r) => r[0] === 'Kode') ?? [];
    sheetOf(s, CONFIG_SHEET)
      .getRange(configRow(s, unitA.code), header.indexOf('E-mail operator') + 1)
      .setValue('operator.baru@contoh.go.id');
    s.bundle.run('setupUnitTabs');
    expect(sheet.canUserEdit(unitA.operators[0], input)).toBe(false);
    expect(sheet.canUserEdit('operator.baru@contoh.go.id', input)).toBe(true);
  });

  it('creates "Pengaturan" with the caller as admin when the Sheet has none, and asks to fill it first', () => {
    const emulator = createEmulator({ owner: ADMIN, workspace: true });
    const bundle = loadBundle(emulator);
    bundle.run('setupUnitTabs');
    expect(emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(/^Sheet "Pengaturan" sudah dibuat\./);
    const grid = emulator.spreadsheet.sheetByNameUnrecorded(CONFIG_SHEET)?.getDataRange().getValues() ?? [];
    expect(grid.find((r) => r[0] === 'Admin')?.[1]).toBe(ADMIN);
  });

  it('refuses an operator', () => {
    const s = sampleSheet({ withTabs: false });
    s.bundle.runAs({ active: unitA.operators[0] }, 'setupUnitTabs');
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toBe(
      `Tindakan ini khusus admin Kanwil. Akun ${unitA.operators[0]} tidak terdaftar sebagai admin di sheet "Pengaturan".`,
    );
    expect(s.emulator.spreadsheet.sheetByNameUnrecorded(unitA.sheetName)).toBeNull();
  });
});
