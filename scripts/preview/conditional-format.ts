// The conditional-format rules of a sheet applied to one cell, as Sheets paints them (the emulator only stores them).

import type { EmuRange } from '../../emulator/spreadsheet';
import type { CellValue } from '../../emulator/spreadsheet/cell';
import type { EmuConditionalFormatRule } from '../../emulator/spreadsheet/conditional-format';

export interface RuleFormat {
  readonly background: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean | null;
}

/** A custom formula the preview can decide without a formula engine: a constant TRUE or FALSE. */
function constantFormula(formula: unknown): boolean | null {
  const text = String(formula).replace(/\s+/g, '').toUpperCase();
  if (text === '=TRUE' || text === '=TRUE()') return true;
  if (text === '=FALSE' || text === '=FALSE()') return false;
  return null;
}

/** Whether the rule's condition holds for `value`; a condition the preview cannot decide does not paint. */
function holds(rule: EmuConditionalFormatRule<EmuRange>, value: CellValue): boolean {
  const [first] = rule.criteriaValues;
  switch (rule.criteriaType) {
    case 'CUSTOM_FORMULA':
      return constantFormula(first) === true;
    case 'CELL_EMPTY':
      return value === '' || value === null;
    case 'CELL_NOT_EMPTY':
      return value !== '' && value !== null;
    case 'NUMBER_GREATER_THAN':
      return typeof value === 'number' && value > Number(first);
    case 'NUMBER_LESS_THAN':
      return typeof value === 'number' && value < Number(first);
    case 'TEXT_EQUAL_TO':
      return typeof value === 'string' && value === String(first);
    default:
      return false;
  }
}

/**
 * The format of the first rule (in the sheet's order) whose ranges hold the cell and whose condition is true: the
 * rule higher in the list wins (https://support.google.com/docs/answer/78413, "Use conditional formatting rules";
 * the add-on relies on it too, see src/server/actions/validate-all.ts). Null when no rule paints the cell.
 */
export function conditionalFormatAt(
  rules: readonly EmuConditionalFormatRule<EmuRange>[],
  row: number,
  column: number,
  value: CellValue,
): RuleFormat | null {
  for (const rule of rules) {
    if (!rule.ranges.some((r) => r.containsCell(row, column))) continue;
    if (holds(rule, value)) return { background: rule.background, fontColor: rule.fontColor, bold: rule.bold };
  }
  return null;
}
