// Validates the whole workbook: one report per configured unit, plus unknown, renamed and duplicated unit tabs.

import { isAddonSheet } from '../config/sheet-names';
import { tabUnitCode, templateVersion } from '../schema/locate-tab';
import { SCHEMA } from '../schema/schema';
import type { Config, FieldValue, Grid, Issue, UnitConfig, UnitReport } from '../schema/types';
import type { IssueCode, Worded } from './messages';
import { MSG } from './messages';
import { readUnitTab } from './validate-unit';

export interface WorkbookTab {
  readonly name: string;
  readonly grid: Grid;
  readonly hidden?: boolean;
}

export interface WorkbookContext {
  /** Previous period's values by unit code. */
  readonly previous?: Readonly<Record<string, Readonly<Record<string, FieldValue>>>>;
}

/** Sheets compares tab names case-insensitively. */
const nameKey = (name: string): string => name.trim().toLowerCase();

function missingReport(unit: UnitConfig, period: string, renamedTo: string | undefined): UnitReport {
  const worded = renamedTo
    ? MSG.tabRenamed(unit.sheetName, unit.name, renamedTo)
    : MSG.tabMissing(unit.sheetName, unit.name);
  return {
    unit,
    sheetName: unit.sheetName,
    found: false,
    values: {},
    cells: {},
    invalidKeys: [],
    meta: { period, status: 'Belum diisi', operator: '', sentAt: null, sentBy: null, returnNote: null, cells: null },
    issues: [{ sheet: unit.sheetName, cell: '', severity: 'error', code: 'TAB_MISSING', ...worded }],
    errorCount: 1,
    warningCount: 0,
  };
}

export function validateWorkbook(
  config: Config,
  tabs: readonly WorkbookTab[],
  ctx: WorkbookContext = {},
): { reports: UnitReport[]; issues: Issue[] } {
  const byName = new Map<string, WorkbookTab>();
  for (const tab of tabs) if (!byName.has(nameKey(tab.name))) byName.set(nameKey(tab.name), tab);
  const configuredTabs = new Set(config.units.map((u) => nameKey(u.sheetName)));
  const unitByCode = new Map(config.units.map((u) => [u.code.toLowerCase(), u]));

  const issues: Issue[] = [];
  const add = (sheet: string, code: IssueCode, worded: Worded): void => {
    issues.push({ sheet, cell: '', severity: 'warning', code, ...worded });
  };
  /** Unit code → the unconfigured tab that carries it (a renamed tab, when the unit's own tab is gone). */
  const strayByCode = new Map<string, string>();
  for (const tab of tabs) {
    if (configuredTabs.has(nameKey(tab.name)) || isAddonSheet(tab.name)) continue;
    // Only tabs carrying the template marker look like unit tabs; anything else is the Kanwil's own sheet.
    if (templateVersion(tab.grid) === null) continue;
    const code = tabUnitCode(tab.grid, SCHEMA);
    const owner = unitByCode.get(code.toLowerCase());
    if (owner && byName.has(nameKey(owner.sheetName)))
      add(tab.name, 'TAB_DUPLICATE', MSG.tabDuplicate(tab.name, code, owner.sheetName));
    else add(tab.name, 'TAB_UNKNOWN', MSG.tabUnknown(tab.name, code));
    if (owner && !strayByCode.has(owner.code)) strayByCode.set(owner.code, tab.name);
  }

  const reports = config.units.map((unit) => {
    const tab = byName.get(nameKey(unit.sheetName));
    if (!tab) return missingReport(unit, config.period, strayByCode.get(unit.code));
    return readUnitTab(tab.name, tab.grid, unit, {
      period: config.period,
      previous: ctx.previous?.[unit.code],
      tabOfCode: (code) => unitByCode.get(code.toLowerCase())?.sheetName,
    });
  });
  return { reports, issues };
}
