// Parsing by headers: inserted rows, moved blocks and tampered, missing or duplicated headers.

import type { CellValue } from '../../../src/core/schema/types';
import { fromA1 } from '../../../src/core/text/a1';
import { readUnitTab } from '../../../src/core/validation/validate-unit';
import { cellsOf, filledTab, LAPAS, PERIOD, VALID_LAPAS } from '../helpers';

const read = (grid: CellValue[][]) => readUnitTab('LPPKU', grid, LAPAS, { period: PERIOD });
const at = (grid: CellValue[][], a1: string, value: CellValue): void => {
  const p = fromA1(a1);
  if (p) grid[p.row - 1][p.col - 1] = value;
};
const blankRow = (): CellValue[] => Array<CellValue>(8).fill('');
/** Row of "Pagu" (1-based) in the last block, I. Anggaran: its header is the row above, "Realisasi" the row below. */
const PAGU_ROW = fromA1(cellsOf(LAPAS)['anggaran.pagu_rp'])?.row ?? 0;

test('rows inserted anywhere move the cells but not the values', () => {
  const grid = filledTab(LAPAS, VALID_LAPAS);
  grid.splice(22, 0, blankRow(), ['Catatan operator: lahan baru', '', '', '', '', '', '', '']);
  grid.splice(3, 0, blankRow());
  const r = read(grid);
  expect(r.issues).toEqual([]);
  expect(r.values['pangan.pertanian.luas_m2']).toBe(2500);
  expect(r.cells['pangan.pertanian.luas_m2']).toBe('C26');
  expect(r.cells['hunian.kapasitas']).toBe('B18');
});

test('a block moved below another is still found, with its new cells', () => {
  const grid = filledTab(LAPAS, VALID_LAPAS);
  const anggaran = grid.splice(PAGU_ROW - 2, 3); // header + Pagu + Realisasi
  grid.splice(15, 0, ...anggaran);
  const r = read(grid);
  expect(r.issues).toEqual([]);
  expect(r.cells['anggaran.pagu_rp']).toBe('B17');
  expect(r.values['anggaran.pagu_rp']).toBe(5_000_000_000);
});

test('headers are matched regardless of case, spacing and the block letter', () => {
  const grid = filledTab(LAPAS, VALID_LAPAS);
  at(grid, 'A21', '  ketahanan   PANGAN ');
  at(grid, 'C22', 'luas lahan (m2)');
  expect(read(grid).issues).toEqual([]);
});

test('a tampered column header is an error at that cell and its values are not read', () => {
  const grid = filledTab(LAPAS, VALID_LAPAS);
  at(grid, 'C22', 'Luas (hektar)');
  const r = read(grid);
  expect(r.issues.map((i) => `${i.cell} ${i.code}`)).toEqual(['A22 HEADER_MISSING', 'C22 HEADER_UNKNOWN']);
  expect(r.issues.every((i) => i.severity === 'error')).toBe(true);
  expect(r.values['pangan.pertanian.luas_m2']).toBeUndefined();
  expect(r.invalidKeys).toEqual(expect.arrayContaining(['pangan.pertanian.luas_m2', 'pangan.hortikultura.luas_m2']));
  expect(r.values['pangan.pertanian.wbp']).toBe(8);
});

test('a duplicated column header is reported and the first one is read', () => {
  const grid = filledTab(LAPAS, VALID_LAPAS);
  at(grid, 'H22', 'WBP terlibat (orang)');
  const r = read(grid);
  expect(r.issues.map((i) => `${i.cell} ${i.code}`)).toContain('H22 HEADER_DUPLICATE');
  expect(r.values['pangan.pertanian.wbp']).toBe(8);
});

test('a deleted form label is a missing header at the block', () => {
  const grid = filledTab(LAPAS, VALID_LAPAS);
  at(grid, `A${PAGU_ROW}`, 'Pagu awal');
  const r = read(grid);
  expect(r.issues.map((i) => `${i.cell} ${i.code}`)).toEqual([`A${PAGU_ROW - 1} HEADER_MISSING`]);
  expect(r.issues[0].message).toContain('"Pagu"');
});

test('a deleted block header is a missing block', () => {
  const grid = filledTab(LAPAS, VALID_LAPAS);
  at(grid, 'A32', '');
  const r = read(grid);
  expect(r.issues.map((i) => `${i.cell} ${i.code}`)).toContain(' BLOCK_MISSING');
  expect(r.issues.find((i) => i.code === 'BLOCK_MISSING')?.message).toContain('Pendidikan Kesetaraan');
  expect(r.invalidKeys).toContain('pendidikan.paket_c.peserta');
  expect(r.values['pendidikan.paket_c.peserta']).toBeUndefined();
});

test('a copied block is reported and only the first copy is read', () => {
  const grid = filledTab(LAPAS, VALID_LAPAS);
  const copy = grid.slice(PAGU_ROW - 2, PAGU_ROW + 1).map((row) => [...row]);
  copy[1][1] = 1;
  grid.push(blankRow(), ...copy);
  const r = read(grid);
  expect(r.issues.map((i) => `${i.cell} ${i.code}`)).toEqual([`A${grid.length - 2} BLOCK_DUPLICATE`]);
  expect(r.values['anggaran.pagu_rp']).toBe(5_000_000_000);
});

test('a tab from an older template version gets a warning', () => {
  const grid = filledTab(LAPAS, VALID_LAPAS);
  at(grid, 'A2', 'Templat v0');
  expect(read(grid).issues.map((i) => i.code)).toEqual(['TEMPLATE_OUTDATED']);
});

test('a wiped tab is one error, not one per block', () => {
  const r = read([['Data SDP Februari'], [1873]]);
  expect(r.issues.map((i) => `${i.cell} ${i.code} ${i.severity}`)).toEqual([' TAB_UNREADABLE error']);
  expect(r.meta.cells).toBeNull();
  expect(r.values).toEqual({});
});
