// The broken corpus: each single mutation of the sample yields its exact issues, and its bad value stays out of totals.

import { parseConfig } from '../../src/core/config';
import type { Consolidation, Total } from '../../src/core/consolidate';
import { consolidateRegion } from '../../src/core/consolidate';
import type { BrokenCase } from '../../src/core/sample/broken-cases';
import { brokenCases } from '../../src/core/sample/broken-cases';
import { SAMPLE_UNITS } from '../../src/core/sample/units';
import {
  SAMPLE_CONFIG,
  SAMPLE_HEAD_COUNT,
  SAMPLE_LAND_M2,
  sampleValues,
  sampleWorkbook,
} from '../../src/core/sample/workbook';
import type { Issue, UnitReport } from '../../src/core/types';
import { validateWorkbook } from '../../src/core/validate-workbook';

interface Run {
  readonly issues: Issue[];
  readonly reports: UnitReport[];
  readonly consolidation: Consolidation | null;
}

function run(configGrid: (string | number)[][], tabs: BrokenCase['tabs']): Run {
  const parsed = parseConfig(configGrid);
  if (!parsed.config) return { issues: parsed.issues, reports: [], consolidation: null };
  const { reports, issues } = validateWorkbook(parsed.config, tabs);
  return {
    issues: [...parsed.issues, ...issues, ...reports.flatMap((r) => r.issues)],
    reports,
    consolidation: consolidateRegion(parsed.config, reports),
  };
}

const id = (i: { sheet: string; cell: string; code: string }) => `${i.sheet}!${i.cell} ${i.code}`;
const sample = sampleWorkbook();
const baseline = run(sample.config, sample.tabs);
const baselineIds = new Set(baseline.issues.map(id));

/** The regional total a rejected key belongs to, where the corpus checks the exact amount left out. */
function totalOf(c: Consolidation, key: string): { total: Total; full: number } | null {
  if (/^pangan\.\w+\.luas_m2$/.test(key)) return { total: c.food.landM2, full: SAMPLE_LAND_M2 };
  if (key === 'pangan_wbp.wbp_terlibat') return { total: c.food.headCount, full: SAMPLE_HEAD_COUNT };
  if (key === 'anggaran.realisasi_rp') return { total: c.management.budget.realisasiRp, full: baselineRealisasi() };
  return null;
}

function baselineRealisasi(): number {
  return baseline.consolidation?.management.budget.realisasiRp.value ?? Number.NaN;
}

function typed(unit: string, key: string): number {
  const u = SAMPLE_UNITS.find((x) => x.code === unit);
  const value = u ? sampleValues(u)[key] : undefined;
  return typeof value === 'number' ? value : 0;
}

function landOf(unit: string): number {
  const u = SAMPLE_UNITS.find((x) => x.code === unit);
  if (!u) return 0;
  return Object.entries(sampleValues(u))
    .filter(([k]) => k.endsWith('.luas_m2'))
    .reduce((acc, [, v]) => acc + (typeof v === 'number' ? v : 0), 0);
}

test('the sample itself is the clean baseline: no error, complete 107 WBP on 102.772 m²', () => {
  expect(baseline.issues.filter((i) => i.severity === 'error')).toEqual([]);
  expect(baseline.consolidation?.food.headCount).toEqual({ value: 107, excluded: { units: [], cells: 0 } });
  expect(baseline.consolidation?.food.landM2).toEqual({ value: 102_772, excluded: { units: [], cells: 0 } });
});

const cases = brokenCases();

test('the corpus covers every class of bad input once, with unique ids', () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
  expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
});

describe.each(cases.map((c) => [c.id, c] as const))('broken case %s', (_id, broken) => {
  const before = structuredClone({ config: broken.config, tabs: broken.tabs });
  const result = run(broken.config, broken.tabs);

  test('validating and consolidating changes nothing the operators typed', () => {
    expect({ config: broken.config, tabs: broken.tabs }).toEqual(before);
  });
  const fresh = result.issues.filter((i) => !baselineIds.has(id(i)));

  test(`produces exactly its issues: ${broken.description}`, () => {
    expect(fresh.map(id)).toEqual(expect.arrayContaining(broken.expected.map(id)));
    const expectedIds = new Set(broken.expected.map(id));
    expect(fresh.filter((i) => i.severity === 'error' && !expectedIds.has(id(i))).map(id)).toEqual([]);
    if (broken.expected.length === 0) expect(fresh.map(id)).toEqual([]);
    for (const issue of fresh) expect(issue.message).toMatch(/\S/);
  });

  test('the rejected value and the lost tab stay out of the totals, which say they are incomplete', () => {
    const c = result.consolidation;
    expect(c === null).toBe(broken.configRejected);
    if (!c) return;
    for (const { unit, key } of broken.rejected) {
      const report = result.reports.find((r) => r.unit.code === unit);
      expect(report?.invalidKeys).toContain(key);
      expect(report?.values[key] ?? null).toBeNull();
      const target = totalOf(c, key);
      if (target) {
        expect(target.total.value).toBe(target.full - typed(unit, key));
        expect(target.total.excluded.units).toContain(unit);
      }
      expect(c.excludedCells).toBeGreaterThan(0);
    }
    for (const unit of [...broken.missingUnits, ...broken.voidedUnits]) {
      expect(c.food.landM2.value).toBe(SAMPLE_LAND_M2 - landOf(unit));
      expect(c.food.landM2.excluded.units).toContain(unit);
    }
    for (const unit of broken.missingUnits) expect(c.status.missing).toContain(unit);
    if ([...broken.rejected, ...broken.missingUnits, ...broken.voidedUnits].length === 0) {
      expect(c.food.landM2.value).toBe(SAMPLE_LAND_M2);
    }
  });
});

test('the sample configuration object matches the Pengaturan grid the corpus starts from', () => {
  expect(parseConfig(sample.config).config?.units).toEqual(SAMPLE_CONFIG.units);
});
