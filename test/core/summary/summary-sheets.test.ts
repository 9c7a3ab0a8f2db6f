// Summary sheets: rectangular grids stamped in WIB, the leadership figures, completeness notes and formula-safe text.
import { SAMPLE_CONFIG, sampleFigures } from '../../../fixtures/sample/workbook';
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import type { UnitReport } from '../../../src/core/schema/types';
import type { SummarySheet } from '../../../src/core/summary/summary-sheets';
import { summarySheets } from '../../../src/core/summary/summary-sheets';
import { fromA1 } from '../../../src/core/text/a1';
import { report } from '../consolidation/consolidate-reports';
import { NOW, rowOf, sampleSheets, sheet, unitRow } from './sheets';

function cellsWithin(s: SummarySheet, range: string): boolean {
  return range.split(/[:,]/).every((a1) => {
    const p = fromA1(a1);
    return p !== null && p.row <= s.grid.length && p.col <= (s.grid[0]?.length ?? 0);
  });
}

describe('summarySheets on the sample', () => {
  const sheets = sampleSheets();

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
    expect(rowOf(dasbor, 'Laporan dikirim (UPT)')[1]).toBe(18);
    expect(dasbor.grid[2]?.[0]).toBe('Lengkap: dihitung 18 dari 18 UPT (dasar rekap: hanya tab yang sudah dikirim).');
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
});

test('"Rekap Pembinaan" lines up each custodial unit\'s kitchen, social aid and health checks in one row', () => {
  const pembinaan = sheet(sampleSheets(), 'Rekap Pembinaan');
  const f = sampleFigures('RUTAN-PKU').services;
  expect(unitRow(pembinaan, 'Dapur sehat', 'RUTAN-PKU')).toMatchObject({
    'Nama UPT': 'Rutan Kelas I Pekanbaru',
    'Dapur sehat': f?.kitchen,
    Catatan: f?.kitchenNote,
    'Bansos: penerima': f?.bansos[1],
    'Bansos: nilai (Rp)': f?.bansos[2],
    'Kesehatan: peserta': f?.health[1],
  });
  // Bapas and Rupbasan have no services block.
  expect(pembinaan.grid.some((r) => r[0] === 'BAPAS-PKU')).toBe(false);
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
      'Belum lengkap: tanpa 1 UPT (LP-B); 1 sel ditolak validasi tidak dihitung (LP-B)',
    ]);
    expect(dasbor.grid[2]?.[0]).toBe(
      'Belum lengkap: dihitung 2 dari 2 UPT (dasar rekap: hanya tab yang sudah dikirim). Sel yang ditolak validasi tidak dihitung pada angkanya: LP-B (lihat sheet "Validasi").',
    );
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
