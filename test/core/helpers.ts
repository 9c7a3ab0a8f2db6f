// Test helpers: units and filled unit tabs built with the real layout, edited by value key like an operator would.

import type { ValueKey } from '../../src/core/schema/field-key';
import { buildUnitTab, type TabLayout } from '../../src/core/schema/tab-layout';
import type { CellValue, UnitConfig } from '../../src/core/schema/types';
import { fromA1 } from '../../src/core/text/a1';
import { readUnitTab } from '../../src/core/validation/validate-unit';

export const PERIOD = '2026-02';

export const LAPAS: UnitConfig = {
  code: 'LPPKU',
  name: 'Lapas Kelas IIA Pekanbaru',
  type: 'Lapas',
  unitClass: 'IIA',
  operators: ['operator@lapaspekanbaru.go.id'],
  sheetName: 'LPPKU',
};

export const BAPAS: UnitConfig = {
  code: 'BAPASPKU',
  name: 'Bapas Kelas II Pekanbaru',
  type: 'Bapas',
  unitClass: 'II',
  operators: [],
  sheetName: 'BAPASPKU',
};

/** Where each value key sits on a fresh layout (A1), read back through the parser itself. */
export function cellsOf(unit: UnitConfig, layout: TabLayout = buildUnitTab(unit, PERIOD)): Record<string, string> {
  return { ...readUnitTab(unit.sheetName, layout.grid, unit, { period: PERIOD }).cells };
}

/** What an operator types, by value key: a key the template does not have is a type error. */
export type Typed = Partial<Readonly<Record<ValueKey, CellValue>>>;

/** A fresh tab with the given value keys typed in. */
export function filledTab(unit: UnitConfig, typed: Typed): CellValue[][] {
  const layout = buildUnitTab(unit, PERIOD);
  const cells = cellsOf(unit, layout);
  const grid: CellValue[][] = layout.grid.map((row) => [...row]);
  for (const [key, value] of Object.entries(typed)) {
    const pos = fromA1(cells[key]);
    if (!pos) throw new Error(`No cell for ${key}`);
    grid[pos.row - 1][pos.col - 1] = value;
  }
  return grid;
}

/** A plausible complete Lapas report (valid). */
export const VALID_LAPAS: Typed = {
  'identitas.operator': 'Siti Aminah',
  'hunian.kapasitas': 641,
  'hunian.penghuni': 1873,
  'hunian.tanggal_sdp': new Date('2026-02-02T17:00:00Z'),
  'pangan.pertanian.komoditas': 'Padi',
  'pangan.pertanian.luas_m2': 2500,
  'pangan.pertanian.wbp': 8,
  'pangan.pertanian.hasil': 120.5,
  'pangan.pertanian.satuan': 'kg',
  'pangan.pertanian.penjualan_rp': 1_250_000,
  'pangan.pertanian.pnbp_rp': 1_250_000,
  'pangan.perikanan.luas_m2': 300,
  'pangan.perikanan.wbp': 4,
  'pangan_wbp.wbp_terlibat': 10,
  'pendidikan.paket_c.peserta': 20,
  'pendidikan.paket_c.ikut_ujian': 18,
  'pendidikan.paket_c.lulus': 17,
  'zona_integritas.target': 'WBK',
  'zona_integritas.nilai': 80,
  'anggaran.pagu_rp': 5_000_000_000,
  'anggaran.realisasi_rp': 1_000_000_000,
};
