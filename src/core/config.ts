// The "Pengaturan" sheet: its template and its parsing into a validated Config.
import type { Config, Grid, Issue, UnitConfig } from './types';

export interface ConfigTemplateInput {
  readonly period?: string;
  readonly office?: string;
  readonly units?: readonly UnitConfig[];
  readonly admins?: readonly string[];
}

export function configTemplate(input: ConfigTemplateInput = {}): (string | number)[][] {
  void input;
  return [];
}

export function parseConfig(grid: Grid, sheetName = 'Pengaturan'): { config: Config | null; issues: Issue[] } {
  void grid;
  void sheetName;
  return { config: null, issues: [] };
}
