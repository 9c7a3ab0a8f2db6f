// Report inputs for tests: the sample workbook validated and consolidated, and broken variants edited like an operator would.
import { consolidateRegion } from '../../src/core/consolidate';
import { locateTab } from '../../src/core/locate-tab';
import type { ReportInput } from '../../src/core/report/report-model';
import { SAMPLE_CONFIG, type SampleTab, sampleWorkbook } from '../../src/core/sample/workbook';
import { SCHEMA } from '../../src/core/schema';
import type { CellValue, Config } from '../../src/core/types';
import { validateWorkbook } from '../../src/core/validate-workbook';

/** 7 February 2026, 09.00 WIB: the day the Kanwil makes the February report (scenarios.md, day 7). */
export const REPORT_TIME = new Date('2026-02-07T02:00:00Z');

/** Types `value` into the cell of `key` on a unit's sample tab. */
export function typeInto(tab: SampleTab, key: string, value: CellValue): void {
  const pos = locateTab(tab.grid, SCHEMA).fields.get(key);
  if (!pos) throw new Error(`No cell for ${key} on tab ${tab.name}`);
  (tab.grid[pos.r] as CellValue[])[pos.c] = value;
}

/** The report input of the sample workbook, optionally edited first (tabs can be changed or removed). */
export function sampleInput(
  edit: (tabs: SampleTab[]) => SampleTab[] = (tabs) => tabs,
  config: Config = SAMPLE_CONFIG,
): ReportInput {
  const tabs = edit(sampleWorkbook().tabs);
  const { reports, issues } = validateWorkbook(config, tabs);
  return { config, consolidation: consolidateRegion(config, reports), reports, issues, now: REPORT_TIME };
}

export function tabOf(tabs: SampleTab[], code: string): SampleTab {
  const tab = tabs.find((t) => t.name === code);
  if (!tab) throw new Error(`No sample tab ${code}`);
  return tab;
}

/** The sample region copied `times` times (unit codes suffixed -2, -3, …): a larger Kanwil with the same figures. */
export function multipliedInput(times: number): ReportInput {
  const base = sampleInput();
  const copies = Array.from({ length: times }, (_, i) => i);
  const suffix = (text: string, i: number) => (i === 0 ? text : `${text}-${i + 1}`);
  const units = copies.flatMap((i) =>
    base.config.units.map((u) => ({
      ...u,
      code: suffix(u.code, i),
      name: suffix(u.name, i),
      sheetName: suffix(u.code, i),
    })),
  );
  const reports = copies.flatMap((i) =>
    base.reports.map((r) => ({
      ...r,
      unit: { ...r.unit, code: suffix(r.unit.code, i), name: suffix(r.unit.name, i) },
    })),
  );
  const config = { ...base.config, units };
  return { ...base, config, reports, consolidation: consolidateRegion(config, reports) };
}

/** Three units whose land figures cannot be counted: text in LP-PKU, a negative area in RUTAN-DUMAI, LP-SLP's tab deleted. */
export function brokenLandInput(): ReportInput {
  return sampleInput((tabs) => {
    typeInto(tabOf(tabs, 'LP-PKU'), 'pangan.pertanian.luas_m2', 'enam ribu');
    typeInto(tabOf(tabs, 'RUTAN-DUMAI'), 'pangan.perikanan.luas_m2', -500);
    return tabs.filter((t) => t.name !== 'LP-SLP');
  });
}
