// The "Pengaturan" sheet: the template parses back to the same configuration; each mistake is reported at its cell.
import { configTemplate, parseConfig } from '../../../src/core/config/config';
import type { CellValue, UnitConfig } from '../../../src/core/schema/types';
import { BAPAS, LAPAS } from '../helpers';

const UNITS: UnitConfig[] = [
  LAPAS,
  { ...BAPAS, sheetName: 'Bapas Pekanbaru', operators: ['a@bapas.go.id', 'b@bapas.go.id'] },
];
const baseInput = {
  period: '2026-02',
  admins: ['Admin@Kanwil.go.id'],
  units: UNITS,
  deadlineDay: 5,
  automationHours: 2,
} as const;
const base = (): CellValue[][] => configTemplate(baseInput);

/** Row of a label in column A (the template is found by labels, so tests find it the same way). */
const rowOf = (grid: CellValue[][], label: string): number => grid.findIndex((r) => r[0] === label);
const codes = (grid: CellValue[][]) => parseConfig(grid).issues.map((i) => `${i.cell} ${i.code}`);

test('the template parses back into the configuration', () => {
  const { config, issues } = parseConfig(base());
  expect(issues).toEqual([]);
  expect(config).toMatchObject({
    period: '2026-02',
    office: 'Kanwil Ditjenpas Riau',
    admins: ['admin@kanwil.go.id'],
    automationHours: 2,
    deadlineDay: 5,
    remindersOn: false,
    reminderDaysBefore: 3,
    signatory: null,
    unitFeedback: false,
  });
  expect(config?.units).toEqual(UNITS);
});

test('"Umpan balik per UPT": Tidak by default, Ya (or a ticked checkbox) turns it on, a sheet without the row keeps it off', () => {
  const grid = base();
  const r = rowOf(grid, 'Umpan balik per UPT');
  expect(grid[r]?.[1]).toBe('Tidak');
  grid[r][1] = 'ya';
  expect(parseConfig(grid).config?.unitFeedback).toBe(true);
  grid[r][1] = true;
  expect(parseConfig(grid).config?.unitFeedback).toBe(true);
  grid.splice(r, 1);
  expect(parseConfig(grid).config?.unitFeedback).toBe(false);
  expect(parseConfig(configTemplate({ ...baseInput, unitFeedback: true })).config?.unitFeedback).toBe(true);
});

test('found by labels: rows moved and inserted, a Date period, Ya for reminders', () => {
  const grid = base();
  grid.splice(3, 0, ['Catatan admin', 'bebas', '', '', '', '']);
  const period = rowOf(grid, 'Periode aktif');
  grid[period][1] = new Date('2026-02-28T17:00:00Z');
  grid[rowOf(grid, 'Pengingat')][1] = 'Ya';
  grid[rowOf(grid, 'Nama penandatangan')][1] = 'Budi';
  const { config, issues } = parseConfig(grid);
  expect(issues).toEqual([]);
  expect(config?.period).toBe('2026-03');
  expect(config?.remindersOn).toBe(true);
  expect(config?.signatory).toEqual({ place: '', title: '', name: 'Budi', nip: '' });
});

test.each([
  ['Periode aktif', '2026-13', 'CONFIG_PERIOD_INVALID'],
  ['Admin', '', 'CONFIG_NO_ADMIN'],
  ['Admin', 'admin@kanwil', 'CONFIG_EMAIL_INVALID'],
  ['Otomatisasi', '3 jam', 'CONFIG_AUTOMATION_INVALID'],
  ['Batas pengiriman (tanggal)', 31, 'CONFIG_DEADLINE_INVALID'],
  ['Pengingat', 'Mungkin', 'CONFIG_REMINDER_INVALID'],
  ['Umpan balik per UPT', 'Kadang', 'CONFIG_YES_NO_INVALID'],
])('%s = %p → %s at its cell, no usable config', (label, value, code) => {
  const grid = base();
  const r = rowOf(grid, label);
  grid[r][1] = value;
  const { config, issues } = parseConfig(grid);
  expect(issues.map((i) => `${i.cell} ${i.code}`)).toEqual([`B${r + 1} ${code}`]);
  expect(issues[0].sheet).toBe('Pengaturan');
  expect(config).toBeNull();
});

describe('unit table', () => {
  const unitRow = (grid: CellValue[][], code: string): number => grid.findIndex((r) => r[0] === code);

  test('duplicate codes and tab names (case-insensitive)', () => {
    const grid = base();
    grid.push(['lppku', 'Lapas Lain', 'Lapas', 'IIB', '', '']);
    grid.push(['RTNDUM', 'Rutan Dumai', 'Rutan', 'IIB', '', 'bapas pekanbaru']);
    const n = grid.length;
    expect(codes(grid)).toEqual([
      `A${n - 1} CONFIG_DUPLICATE_CODE`,
      `A${n - 1} CONFIG_DUPLICATE_TAB`,
      `F${n} CONFIG_DUPLICATE_TAB`,
    ]);
  });

  test.each([
    [2, 'Lapass', 'CONFIG_UNIT_TYPE_UNKNOWN', 'C'],
    [3, 'IV', 'CONFIG_UNIT_CLASS_UNKNOWN', 'D'],
    [4, 'op@lapas.go.id, bukan-email', 'CONFIG_EMAIL_INVALID', 'E'],
    [5, 'Validasi', 'CONFIG_TAB_NAME_RESERVED', 'F'],
    [5, 'Dasbor (baru)', 'CONFIG_TAB_NAME_RESERVED', 'F'],
    [5, 'status (LAMA)', 'CONFIG_TAB_NAME_RESERVED', 'F'],
    [5, 'Rekap Pangan (nonaktif 2)', 'CONFIG_TAB_NAME_RESERVED', 'F'],
    [5, 'Arsip (nonaktif)', 'CONFIG_TAB_NAME_RESERVED', 'F'],
    [1, '', 'CONFIG_UNIT_INCOMPLETE', 'B'],
  ])('column %i = %p → %s', (col, value, code, letter) => {
    const grid = base();
    const r = unitRow(grid, 'LPPKU');
    grid[r][col] = value;
    expect(codes(grid)).toEqual([`${letter}${r + 1} ${code}`]);
  });

  test('a name that only starts like an add-on sheet is a unit tab name', () => {
    const grid = base();
    grid[unitRow(grid, 'LPPKU')][5] = 'Dasbor Lapas (baru)';
    expect(codes(grid)).toEqual([]);
  });

  test('an empty unit list and a missing table', () => {
    const empty = configTemplate({ period: '2026-02', admins: ['a@kanwil.go.id'] });
    expect(parseConfig(empty).issues.map((i) => i.code)).toEqual(['CONFIG_NO_UNITS']);
    const noTable = empty.filter((r) => r[0] !== 'Kode');
    expect(parseConfig(noTable).issues.map((i) => i.code)).toEqual(['CONFIG_UNIT_TABLE_MISSING']);
  });

  test('a unit code that looks like a formula is written as text', () => {
    const grid = configTemplate({ units: [{ ...LAPAS, code: '=1+1', sheetName: 'X' }] });
    expect(grid.some((r) => r[0] === "'=1+1")).toBe(true);
  });
});
