// Summary sheets: rectangular grids stamped in WIB, the leadership figures, completeness notes and formula-safe text.

import { SAMPLE_CONFIG } from '../../../fixtures/sample/workbook';
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import type { UnitReport } from '../../../src/core/schema/types';
import type { SummarySheet } from '../../../src/core/summary/summary-sheets';
import { summarySheets } from '../../../src/core/summary/summary-sheets';
import { fromA1 } from '../../../src/core/text/a1';
import { report, sampleReports } from '../consolidation/consolidate-reports';

const NOW = new Date('2026-02-06T02:30:00Z'); // 09.30 WIB

function sheet(sheets: SummarySheet[], name: string): SummarySheet {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The row whose first cell is `label`. */
function rowOf(s: SummarySheet, label: string): (string | number)[] {
  const row = s.grid.find((r) => r[0] === label);
  if (!row) throw new Error(`no row ${label} in ${s.name}`);
  return row;
}

function cellsWithin(s: SummarySheet, range: string): boolean {
  return range.split(/[:,]/).every((a1) => {
    const p = fromA1(a1);
    return p !== null && p.row <= s.grid.length && p.col <= (s.grid[0]?.length ?? 0);
  });
}

describe('summarySheets on the sample', () => {
  const sheets = summarySheets(consolidateRegion(SAMPLE_CONFIG, sampleReports()), NOW);

  test('five sheets, each rectangular and stamped with the update time in WIB', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      'Dasbor',
      'Status',
      'Rekap Pangan',
      'Rekap Pembinaan',
      'Rekap Manajemen',
    ]);
    for (const s of sheets) {
      const width = s.grid[0]?.length ?? 0;
      expect(s.grid.every((r) => r.length === width)).toBe(true);
      expect(s.grid[1]?.[0]).toBe('Diperbarui: 6 Februari 2026 09.30 WIB');
      expect(s.headerRows).toContain(0);
      for (const f of s.numberFormats) expect(cellsWithin(s, f.range)).toBe(true);
    }
  });

  test('the dashboard leads with 107 WBP on 102.772 m² in 18 units, complete, with chart ranges in the sheet', () => {
    const dasbor = sheet(sheets, 'Dasbor');
    expect(rowOf(dasbor, 'WBP terlibat ketahanan pangan (orang)').slice(0, 3)).toEqual([
      'WBP terlibat ketahanan pangan (orang)',
      107,
      '',
    ]);
    expect(rowOf(dasbor, 'Luas lahan ketahanan pangan (m²)')[1]).toBe(102_772);
    expect(rowOf(dasbor, 'UPT melaksanakan ketahanan pangan').slice(1, 3)).toEqual([18, 'dari 18 UPT']);
    expect(rowOf(dasbor, 'Laporan dikirim (UPT)')[1]).toBe(15);
    expect(dasbor.grid[2]?.[0]).toBe('Data 18 UPT lengkap dan valid.');
    expect(dasbor.charts?.map((c) => c.type)).toEqual(['column', 'bar']);
    for (const chart of dasbor.charts ?? []) {
      expect(cellsWithin(dasbor, chart.range)).toBe(true);
      const top = fromA1(chart.range.split(':')[0] ?? '');
      expect(dasbor.headerRows).toContain((top?.row ?? 0) - 1);
    }
    const formatAt = (label: string) => {
      const row = dasbor.grid.findIndex((r) => r[0] === label);
      return dasbor.numberFormats.find((f) => f.range === `B${row + 1}`)?.format;
    };
    expect(formatAt('Serapan anggaran wilayah')).toBe('0.0%');
    expect(formatAt('PNBP hasil pangan (Rp)')).toBe('"Rp "#,##0');
    expect(formatAt('Luas lahan ketahanan pangan (m²)')).toBe('#,##0');
    const foodChart = dasbor.charts?.[0];
    const first = fromA1(foodChart?.range.split(':')[0] ?? '');
    expect(dasbor.grid[(first?.row ?? 0) - 1]?.slice(0, 2)).toEqual(['Klaster', 'Luas lahan (m²)']);
  });

  test('the food sheet gives cluster totals and unit × cluster rows that add up to the region', () => {
    const pangan = sheet(sheets, 'Rekap Pangan');
    const totals = pangan.grid.filter((r) => r[0] === 'Total wilayah');
    expect(totals).toHaveLength(2);
    expect(totals[0]?.[2]).toBe(102_772);
    const perUnit = totals[1] ?? [];
    expect(perUnit.at(-3)).toBe(102_772);
    expect(perUnit.at(-2)).toBe(107);
    expect(rowOf(pangan, 'Perikanan')[1]).toContain('lele');
  });

  test('the status sheet lists every unit with its status and the returned unit with its note', () => {
    const status = sheet(sheets, 'Status');
    const bks = status.grid.find((r) => r[1] === 'LP-BKS');
    expect(bks?.[4]).toBe('Dikembalikan');
    expect(String(bks?.[10])).toContain('Realisasi anggaran melebihi pagu');
    expect(status.grid.filter((r) => typeof r[0] === 'number')).toHaveLength(18);
    expect(status.grid.find((r) => r[1] === 'LP-PKU')?.[8]).toBe('3 Februari 2026 09.00 WIB');
    expect(status.grid.find((r) => r[1] === 'LP-SLP')?.slice(4, 9)).toEqual(['Draf', 0, 0, '', '']);
  });
});

test('the status sheet shows the last change of a tab when the server knows it', () => {
  const c = consolidateRegion(SAMPLE_CONFIG, sampleReports());
  const status = sheet(summarySheets(c, NOW, { lastChanges: { 'RUTAN-RGT': '2026-02-05T08:15:00+07:00' } }), 'Status');
  expect(status.grid.find((r) => r[1] === 'RUTAN-RGT')?.[7]).toBe('5 Februari 2026 08.15 WIB');
});

describe('summarySheets on incomplete or hostile data', () => {
  const unitA = {
    code: 'LP-A',
    name: '=IMPORTXML("http://x")',
    type: 'Lapas' as const,
    unitClass: 'IIA',
    operators: [],
    sheetName: 'LP-A',
  };
  const unitB = {
    code: 'LP-B',
    name: 'Lapas B',
    type: 'Lapas' as const,
    unitClass: 'IIA',
    operators: [],
    sheetName: 'LP-B',
  };
  const cfg = { ...SAMPLE_CONFIG, units: [unitA, unitB] };
  const reports: UnitReport[] = [
    report(unitA, {
      'pangan.pertanian.luas_m2': 1000,
      'pangan.pertanian.komoditas': '+cmd|calc',
      'pangan_wbp.wbp_terlibat': 4,
    }),
    report(unitB, { 'pangan.pertanian.luas_m2': 500 }, { invalid: { 'pangan_wbp.wbp_terlibat': null } }),
  ];
  const sheets = summarySheets(consolidateRegion(cfg, reports), NOW);

  test('an incomplete total says so beside the figure, naming the unit', () => {
    const dasbor = sheet(sheets, 'Dasbor');
    expect(rowOf(dasbor, 'WBP terlibat ketahanan pangan (orang)').slice(1, 3)).toEqual([
      4,
      'Belum lengkap: data 1 UPT belum valid (LP-B); 1 sel tidak dihitung',
    ]);
    expect(dasbor.grid[2]?.[0]).toContain('data 1 UPT belum valid (LP-B)');
  });

  test('text from the units never starts a formula in any sheet', () => {
    for (const s of sheets) {
      for (const row of s.grid) {
        for (const cell of row) if (typeof cell === 'string') expect(cell).not.toMatch(/^[=+@]/);
      }
    }
    expect(sheet(sheets, 'Status').grid.some((r) => r[2] === `'=IMPORTXML("http://x")`)).toBe(true);
    expect(rowOf(sheet(sheets, 'Rekap Pangan'), 'Pertanian')[1]).toBe("'+cmd|calc");
  });
});
