// The sample workbook (DATA CONTOH): 18 Riau units whose consolidation gives 107 WBP on 102.772 m², without errors.

import { parseConfig } from '../../src/core/config';
import { consolidateRegion, FOOD_CLUSTERS } from '../../src/core/consolidate';
import { locateTab } from '../../src/core/locate-tab';
import { SAMPLE_WARNINGS } from '../../src/core/sample/figures';
import { SAMPLE_UNITS } from '../../src/core/sample/units';
import {
  SAMPLE_CONFIG,
  SAMPLE_HEAD_COUNT,
  SAMPLE_LAND_M2,
  sampleValues,
  sampleWorkbook,
} from '../../src/core/sample/workbook';
import { SCHEMA } from '../../src/core/schema';
import { validateWorkbook } from '../../src/core/validate-workbook';
import { sampleReports } from './consolidate-reports';

describe('sample units', () => {
  test('the 18 Riau units of domain.md, with unique codes and example operator e-mails', () => {
    expect(SAMPLE_UNITS).toHaveLength(18);
    expect(new Set(SAMPLE_UNITS.map((u) => u.code)).size).toBe(18);
    expect(SAMPLE_UNITS.map((u) => u.name)).toContain('Lapas Narkotika Kelas IIB Rumbai');
    expect(SAMPLE_UNITS.filter((u) => u.type === 'Rutan')).toHaveLength(4);
    for (const u of SAMPLE_UNITS) expect(u.operators[0]).toMatch(/^operator\.[a-z0-9]+@contoh\.go\.id$/);
    expect(SAMPLE_UNITS.find((u) => u.code === 'LP-PKU')?.operators).toEqual(['operator.lppku@contoh.go.id']);
  });
});

describe('sample workbook', () => {
  const workbook = sampleWorkbook();

  test('every tab carries its figures in the cells the template gives them, labelled DATA CONTOH', () => {
    for (const unit of SAMPLE_UNITS) {
      const tab = workbook.tabs.find((t) => t.name === unit.sheetName);
      expect(tab).toBeDefined();
      const fields = locateTab(tab?.grid ?? [], SCHEMA).fields;
      for (const [key, value] of Object.entries(sampleValues(unit))) {
        const pos = fields.get(key);
        expect(tab?.grid[pos?.r ?? -1]?.[pos?.c ?? -1]).toEqual(value);
      }
      expect(String(sampleValues(unit)['identitas.operator'])).toContain('DATA CONTOH');
    }
  });

  test('the typed figures consolidate to 107 WBP on 102.772 m² over all five clusters and all 18 units', () => {
    const c = consolidateRegion(SAMPLE_CONFIG, sampleReports());
    expect(c.food.headCount.value).toBe(SAMPLE_HEAD_COUNT);
    expect(c.food.landM2.value).toBe(SAMPLE_LAND_M2);
    expect(c.food.unitsWithFood).toBe(18);
    for (const cluster of FOOD_CLUSTERS) {
      const k = c.food.clusters.find((x) => x.cluster === cluster);
      expect(k?.landM2.value).toBeGreaterThan(0);
    }
    const absorption = c.management.budget.absorption ?? 0;
    expect(absorption).toBeGreaterThan(0.05);
    expect(absorption).toBeLessThan(0.15);
  });

  test('the Pengaturan grid describes the sample configuration', () => {
    const { config, issues } = parseConfig(workbook.config);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(config?.period).toBe('2026-02');
    expect(config?.units.map((u) => [u.code, u.type, u.sheetName, u.operators])).toEqual(
      SAMPLE_UNITS.map((u) => [u.code, u.type, u.sheetName, u.operators]),
    );
  });

  test('validated and consolidated, the sample has no error, a few warnings, and complete totals of 107 and 102.772', () => {
    const { reports, issues: workbookIssues } = validateWorkbook(SAMPLE_CONFIG, workbook.tabs);
    const issues = [...workbookIssues, ...reports.flatMap((r) => r.issues)];
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const cellOf = (unit: string, key: string) => reports.find((r) => r.unit.code === unit)?.cells[key];
    expect(issues.map((i) => [i.sheet, i.cell, i.code])).toEqual(
      SAMPLE_WARNINGS.map((w) => [w.unit, cellOf(w.unit, w.key), w.code]),
    );
    const c = consolidateRegion(SAMPLE_CONFIG, reports);
    expect(c.food.headCount).toEqual({ value: 107, excluded: { units: [], cells: 0 } });
    expect(c.food.landM2).toEqual({ value: 102_772, excluded: { units: [], cells: 0 } });
    expect(c.status.counts).toEqual({ 'Belum diisi': 0, Draf: 2, Dikirim: 15, Dikembalikan: 1 });
    expect(c.status.units.find((u) => u.code === 'LP-BKS')?.returnNote).toContain('Realisasi anggaran melebihi pagu');
  });
});
