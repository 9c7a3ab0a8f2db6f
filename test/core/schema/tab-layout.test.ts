// The unit tab template derived from the schema: what is laid out, what operators may edit, which rules apply.

import { fieldKey } from '../../../src/core/schema/field-key';
import { SCHEMA } from '../../../src/core/schema/schema';
import { buildUnitTab } from '../../../src/core/schema/tab-layout';
import { fromA1 } from '../../../src/core/text/a1';
import { BAPAS, cellsOf, LAPAS, PERIOD } from '../helpers';

const lapas = buildUnitTab(LAPAS, PERIOD);
const bapas = buildUnitTab(BAPAS, PERIOD);
const columnA = (grid: unknown[][]): unknown[] => grid.map((r) => r[0]);
/** Cells below the services block move when an indicator is added there: these are taken from the layout. */
const CELLS = cellsOf(LAPAS);
const ZI_NILAI = CELLS[fieldKey.zona_integritas('nilai')];
const CETAK_TAUTAN = CELLS[fieldKey.publikasi('cetak', 'tautan')];
const REALISASI = CELLS[fieldKey.anggaran('realisasi_rp')];

test('title, template marker and the applicable blocks only', () => {
  expect(lapas.grid[0][0]).toBe('REKAP UPT — Lapas Kelas IIA Pekanbaru');
  expect(lapas.grid[1][0]).toBe(`Templat v${SCHEMA.version}`);
  expect(columnA(lapas.grid)).toEqual(expect.arrayContaining(['B. Hunian', 'E. Pendidikan Kesetaraan', 'F. Layanan']));
  expect(columnA(bapas.grid)).toContain('B. Klien Pemasyarakatan');
  expect(columnA(bapas.grid)).not.toContain('B. Hunian');
  expect(columnA(bapas.grid)).not.toContain('E. Pendidikan Kesetaraan');
});

test('the grid is trimmed and rectangular, ready for one setValues', () => {
  expect(lapas.rows).toBe(lapas.grid.length);
  expect(lapas.rows).toBeLessThanOrEqual(70);
  expect(lapas.cols).toBe(8);
  expect(lapas.grid.every((row) => row.length === lapas.cols)).toBe(true);
  expect(lapas.columnWidths).toHaveLength(lapas.cols);
  expect(lapas.frozenRows).toBe(2);
});

test('identity is prefilled from the configuration; a formula-like name stays text', () => {
  const odd = buildUnitTab({ ...LAPAS, name: '=HYPERLINK("x")' }, PERIOD);
  expect(odd.grid[0][0]).toBe('REKAP UPT — =HYPERLINK("x")');
  expect(odd.grid[5][1]).toBe(`'=HYPERLINK("x")`);
  expect(lapas.grid[8][1]).toBe('2026-02');
  expect(lapas.grid[10][1]).toBe('Belum diisi');
});

test('operators may edit inputs but not identity or the add-on cells', () => {
  expect(lapas.addonCells).toEqual({ status: 'B11', sentAt: 'B12', sentBy: 'B13', returnNote: 'B14' });
  expect(lapas.inputRanges).toContain('B23:H27');
  expect(lapas.inputRanges).toContain('B10');
  const covers = (a1: string): boolean =>
    lapas.inputRanges.some((range) => {
      const [s, e = s] = range.split(':');
      const [p, a, b] = [fromA1(a1), fromA1(s), fromA1(e)];
      return !!(p && a && b && p.row >= a.row && p.row <= b.row && p.col >= a.col && p.col <= b.col);
    });
  for (const cell of ['B5', 'B9', 'B11', 'B12', 'B13', 'B14', 'A23', 'C22']) expect(covers(cell)).toBe(false);
  for (const cell of ['B10', 'B17', 'C23', 'H27', 'E36', CETAK_TAUTAN, REALISASI]) expect(covers(cell)).toBe(true);
});

test('dropdowns, number rules and formats follow the field types', () => {
  const rule = (range: string) => lapas.validations.find((v) => v.range === range);
  expect(rule('F23:F27')?.rule).toEqual({ kind: 'list', values: ['kg', 'ekor', 'butir', 'liter', 'ikat', 'buah'] });
  expect(rule('F23:F27')?.allowInvalid).toBe(false);
  expect(rule('D23:D27')?.rule).toEqual({ kind: 'number', min: 0, max: 100_000, integer: true });
  expect(rule(ZI_NILAI)?.rule).toEqual({ kind: 'number', min: 0, max: 100, integer: false });
  expect(rule('B19')?.rule).toEqual({ kind: 'date' });
  expect(rule('B11')).toBeUndefined();
  const format = (range: string) => lapas.numberFormats.find((f) => f.range === range)?.format;
  expect(format('H23:H27')).toBe('"Rp "#,##0');
  expect(format('C23:C27')).toBe('#,##0');
  expect(format('B9')).toBe('@');
  expect(format('B19')).toBe('yyyy-mm-dd');
  // One rule and one format per table column, not per cell.
  expect(lapas.validations.length).toBeLessThan(40);
});

test('help notes and header cells', () => {
  expect(lapas.notes).toContainEqual({ cell: 'C22', text: 'Luas lahan dalam meter persegi, bilangan bulat.' });
  expect(lapas.headerCells).toEqual(expect.arrayContaining(['A1', 'A4', 'A21', 'B22', 'H22']));
});
