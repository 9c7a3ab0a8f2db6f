// The benchmark's workbooks: the sample units cycled and renamed, each tab carrying its base unit's figures.

import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { SAMPLE_HEAD_COUNT, SAMPLE_LAND_M2 } from '../../fixtures/sample/workbook';
import { generatedWorkbook } from '../../scripts/local/generated-workbook';
import { parseConfig } from '../../src/core/config/config';
import { consolidateRegion } from '../../src/core/consolidation/consolidate';
import { validateWorkbook } from '../../src/core/validation/validate-workbook';

describe('generatedWorkbook', () => {
  const rounds = 2;
  const size = SAMPLE_UNITS.length * rounds + 3;
  const workbook = generatedWorkbook(size);
  const { config } = parseConfig(workbook.config);

  it('lists every generated unit in Pengaturan, each with its own code, tab and operator', () => {
    if (!config) throw new Error('the generated configuration does not parse');
    expect(config.units).toHaveLength(size);
    expect(new Set(config.units.map((u) => u.code)).size).toBe(size);
    expect(new Set(config.units.map((u) => u.operators[0])).size).toBe(size);
    expect(workbook.tabs.map((t) => t.name)).toEqual(config.units.map((u) => u.sheetName));
  });

  it('fills each tab with its base unit figures: every full round of units adds 107 WBP and 102.772 m²', () => {
    if (!config) throw new Error('the generated configuration does not parse');
    const exact = generatedWorkbook(SAMPLE_UNITS.length * rounds);
    const exactConfig = parseConfig(exact.config).config;
    if (!exactConfig) throw new Error('the generated configuration does not parse');
    const { reports } = validateWorkbook(exactConfig, exact.tabs);
    expect(reports.every((r) => r.found && r.errorCount === 0)).toBe(true);
    const pangan = consolidateRegion(exactConfig, reports).pangan;
    expect(pangan.wbpTerlibat.value).toBe(SAMPLE_HEAD_COUNT * rounds);
    expect(pangan.luasLahan.value).toBe(SAMPLE_LAND_M2 * rounds);
  });
});
