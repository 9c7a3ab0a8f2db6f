// The Arsip long form: every typed value of a closed period, and the previous period's values read back from it.

import { SAMPLE_CONFIG, sampleWorkbook } from '../../../fixtures/sample/workbook';
import {
  ARCHIVE_HEADER,
  archiveRows,
  archiveRowsFromGrids,
  keyLabel,
  previousFromArchive,
} from '../../../src/core/lifecycle/archive';
import { locateTab } from '../../../src/core/schema/locate-tab';
import { SCHEMA } from '../../../src/core/schema/schema';
import { report, unit } from '../consolidation/consolidate-reports';

const CLOSED = new Date('2026-03-10T03:00:00Z'); // 10.00 WIB

describe('archiveRows', () => {
  const lapas = unit('LP-A');
  const rows = archiveRows(
    [
      report(
        lapas,
        { 'pangan.pertanian.luas_m2': 1200, 'pangan.pertanian.komoditas': '=padi', 'layanan.dapur_sehat': 'Proses' },
        { invalid: { 'pangan.perikanan.wbp': null } },
      ),
      report(unit('LP-GONE'), {}, { found: false }),
    ],
    '2026-02',
    CLOSED,
  );

  test('one row per value with period, unit, key, Indonesian label, value, status and closing time', () => {
    expect(rows[0]).toEqual([...ARCHIVE_HEADER]);
    expect(rows).toContainEqual([
      '2026-02',
      'LP-A',
      'UPT LP-A',
      'pangan.pertanian.luas_m2',
      'Ketahanan Pangan · Pertanian · Luas lahan (m²)',
      1200,
      'Valid',
      '10 Maret 2026 10.00 WIB',
    ]);
    expect(rows.find((r) => r[3] === 'pangan.perikanan.wbp')?.slice(5, 7)).toEqual(['', 'Tidak valid']);
    expect(rows.find((r) => r[3] === 'pangan.pertanian.komoditas')?.[5]).toBe("'=padi");
    expect(rows.some((r) => r[1] === 'LP-GONE')).toBe(false);
    expect(rows).toHaveLength(5);
  });

  test('the previous period reads back the accepted values by unit and key, text restored, other periods ignored', () => {
    const other = archiveRows([report(lapas, { 'pangan.pertanian.luas_m2': 5 })], '2026-01', CLOSED).slice(1);
    const previous = previousFromArchive([...rows, ...other], '2026-02');
    expect(previous).toEqual({
      'LP-A': {
        'pangan.pertanian.luas_m2': 1200,
        'pangan.pertanian.komoditas': '=padi',
        'layanan.dapur_sehat': 'Proses',
      },
    });
    expect(previousFromArchive([...rows, ...other], '2026-01')).toEqual({ 'LP-A': { 'pangan.pertanian.luas_m2': 5 } });
  });

  test('columns are found by header, so a reordered or offset archive still reads; a grid without header gives nothing', () => {
    const reordered = rows.map((r) => ['', r[6], r[5], r[3], r[1], r[0]]);
    expect(previousFromArchive(reordered, '2026-02')['LP-A']?.['pangan.pertanian.luas_m2']).toBe(1200);
    expect(previousFromArchive([['x', 'y']], '2026-02')).toEqual({});
  });

  test('labels come from the schema', () => {
    expect(keyLabel('pangan_wbp.wbp_terlibat')).toBe(
      'WBP Terlibat Ketahanan Pangan · Jumlah WBP terlibat (tanpa dobel)',
    );
  });
});

describe('archiveRowsFromGrids', () => {
  test('a rejected value is archived exactly as typed, so closing a period loses nothing', () => {
    const { tabs } = sampleWorkbook();
    const tab = tabs.find((t) => t.name === 'RUTAN-DUMAI');
    const pos = locateTab(tab?.grid ?? [], SCHEMA).fields.get('pangan.hortikultura.luas_m2');
    if (!tab || !pos) throw new Error('sample tab layout changed');
    (tab.grid[pos.r] as unknown[])[pos.c] = '2.000 m2';
    const rows = archiveRowsFromGrids(SAMPLE_CONFIG, tabs, '2026-02', CLOSED);
    const typed = rows.find((r) => r[1] === 'RUTAN-DUMAI' && r[3] === 'pangan.hortikultura.luas_m2');
    expect(typed?.slice(5, 7)).toEqual(['2.000 m2', 'Tidak valid']);
    const valid = rows.find((r) => r[1] === 'RUTAN-DUMAI' && r[3] === 'pangan.perikanan.luas_m2');
    expect(valid?.slice(5, 7)).toEqual([500, 'Valid']);
    expect(rows.filter((r) => r[3] === 'pangan_wbp.wbp_terlibat')).toHaveLength(18);
  });

  test('figures on a renamed unit tab are archived under the tab name instead of being lost', () => {
    const { tabs } = sampleWorkbook();
    const renamed = tabs.map((t) => (t.name === 'LP-TLK' ? { ...t, name: 'Lapas Teluk Kuantan' } : t));
    const rows = archiveRowsFromGrids(SAMPLE_CONFIG, renamed, '2026-02', CLOSED);
    const land = rows.find((r) => r[2] === 'Lapas Teluk Kuantan' && r[3] === 'pangan.pertanian.luas_m2');
    expect(land?.slice(0, 7)).toEqual([
      '2026-02',
      'LP-TLK',
      'Lapas Teluk Kuantan',
      'pangan.pertanian.luas_m2',
      'Ketahanan Pangan · Pertanian · Luas lahan (m²)',
      2500,
      'Tab tidak terdaftar',
    ]);
    expect(previousFromArchive(rows, '2026-02')['LP-TLK']).toBeUndefined();
  });
});
