// Applying a TabLayout to a sheet: exact size, values written only when they differ, rules and protection.

import { installEmulator, removeEmulator } from '../../../emulator';
import { SAMPLE_UNITS } from '../../../fixtures/sample/units';
import { SAMPLE_PERIOD } from '../../../fixtures/sample/workbook';
import { buildUnitTab } from '../../../src/core/schema/tab-layout';
import { applyTabLayout, sameGrid, trimGrid } from '../../../src/server/sheets/apply-layout';

afterEach(removeEmulator);

const unit = SAMPLE_UNITS[0];
const ADMIN = 'admin@kanwil.example';

function newSheet() {
  const emulator = installEmulator();
  const sheet = emulator.spreadsheet.insertSheet(unit.sheetName);
  return { emulator, sheet: sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet, emu: sheet };
}

describe('applying a unit tab layout', () => {
  it('compares grids by value, dates by time', () => {
    const d = new Date('2026-02-02T00:00:00+07:00');
    expect(sameGrid([[1, 'a', new Date(d.getTime())]], [[1, 'a', d]])).toBe(true);
    expect(sameGrid([[1, 'a']], [[1, 'b']])).toBe(false);
    expect(sameGrid([[1]], [[1], [2]])).toBe(false);
  });

  it('trims a default 1000 × 26 grid to the given size', () => {
    const { sheet } = newSheet();
    trimGrid(sheet, 40, 6);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([40, 6]);
    trimGrid(sheet, 45, 8);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([45, 8]);
  });

  it('writes the values once: a second application over the same content rewrites no value', () => {
    const { emulator, sheet, emu } = newSheet();
    const layout = buildUnitTab(unit, SAMPLE_PERIOD);
    applyTabLayout(sheet, layout, [], unit.code, unit.operators, [ADMIN]);
    const values = emu.getDataRange().getValues();
    expect(values.length).toBe(layout.rows);
    emulator.ledger.reset();
    applyTabLayout(sheet, buildUnitTab(unit, SAMPLE_PERIOD, values), values, unit.code, unit.operators, [ADMIN]);
    expect(emulator.ledger.all().filter((c) => c.method === 'Range.setValues')).toEqual([]);
    expect(emu.getDataRange().getValues()).toEqual(values);
  });

  it('lets the unit’s operator type in input cells only, with the rules of the template', () => {
    const { sheet, emu } = newSheet();
    const layout = buildUnitTab(unit, SAMPLE_PERIOD);
    applyTabLayout(sheet, layout, [], unit.code, unit.operators, [ADMIN]);
    const input = (layout.inputRanges[0] ?? '').split(':')[0] ?? '';
    const op = unit.operators[0] ?? '';
    expect(emu.canUserEdit(op, input)).toBe(true);
    expect(emu.canUserEdit(op, 'A1')).toBe(false);
    expect(emu.canUserEdit('operator.lain@contoh.go.id', input)).toBe(false);
    const rule = layout.validations[0];
    const cell = emu.getRange(rule?.range ?? 'A1');
    expect(cell.getDataValidation()?.getAllowInvalid()).toBe(rule?.allowInvalid);
    expect(emu.getFrozenRows()).toBe(layout.frozenRows);
  });

  it('keeps out an operator the file is shared with later, even when the editors already matched the file’s', () => {
    const { emulator, sheet, emu } = newSheet();
    const op = unit.operators[0] ?? '';
    emulator.spreadsheet.share(op);
    const layout = buildUnitTab(unit, SAMPLE_PERIOD);
    applyTabLayout(sheet, layout, [], unit.code, unit.operators, [ADMIN]);
    emulator.spreadsheet.share('operator.lain@contoh.go.id');
    const input = (layout.inputRanges[0] ?? '').split(':')[0] ?? '';
    expect(emu.canUserEdit(op, input)).toBe(true);
    expect(emu.canUserEdit('operator.lain@contoh.go.id', input)).toBe(false);
    expect(emu.canUserEdit('operator.lain@contoh.go.id', 'A1')).toBe(false);
  });
});
