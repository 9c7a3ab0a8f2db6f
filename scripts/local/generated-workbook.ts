// Workbooks of any size for the benchmark: the sample's 18 units cycled and renamed, each with its sample figures.

import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import {
  SAMPLE_ADMINS,
  SAMPLE_OFFICE,
  SAMPLE_PERIOD,
  SAMPLE_SIGNATORY,
  type SampleTab,
  type SampleWorkbook,
  sampleValues,
} from '../../fixtures/sample/workbook';
import { configTemplate } from '../../src/core/config/config';
import { locateTab } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import { buildUnitTab, type LayoutCell } from '../../src/core/schema/tab-layout';
import type { UnitConfig } from '../../src/core/schema/types';

/** The n-th generated unit: round 1 is the sample unit itself, later rounds get a numbered code, name and operator. */
function generatedUnit(n: number): { unit: UnitConfig; base: UnitConfig } {
  const base = SAMPLE_UNITS[n % SAMPLE_UNITS.length] as UnitConfig;
  const round = Math.floor(n / SAMPLE_UNITS.length) + 1;
  if (round === 1) return { unit: base, base };
  const code = `${base.code}-${round}`;
  const mailbox = code.toLowerCase().replace(/[^a-z0-9]/g, '');
  const unit: UnitConfig = {
    ...base,
    code,
    name: `${base.name} (${round})`,
    operators: [`operator.${mailbox}@contoh.go.id`],
    sheetName: code,
  };
  return { unit, base };
}

/** The unit's tab from the template, holding the figures the sample gives its base unit. */
function filledTab(unit: UnitConfig, base: UnitConfig): SampleTab {
  const grid = buildUnitTab(unit, SAMPLE_PERIOD).grid.map((row) => [...row]);
  const fields = locateTab(grid, SCHEMA).fields;
  const values = sampleValues(base);
  if (values['identitas.dikirim_oleh'] !== undefined) values['identitas.dikirim_oleh'] = unit.operators[0] ?? '';
  for (const [key, value] of Object.entries(values)) {
    const pos = fields.get(key);
    if (pos) (grid[pos.r] as LayoutCell[])[pos.c] = value;
  }
  return { name: unit.sheetName, grid };
}

/** A workbook with `unitCount` filled unit tabs and the "Pengaturan" grid listing them. */
export function generatedWorkbook(unitCount: number, unitFeedback = false): SampleWorkbook {
  const units = Array.from({ length: unitCount }, (_, n) => generatedUnit(n));
  return {
    config: configTemplate({
      period: SAMPLE_PERIOD,
      office: SAMPLE_OFFICE,
      units: units.map((u) => u.unit),
      admins: SAMPLE_ADMINS,
      signatory: SAMPLE_SIGNATORY,
      unitFeedback,
    }),
    tabs: units.map(({ unit, base }) => filledTab(unit, base)),
  };
}
