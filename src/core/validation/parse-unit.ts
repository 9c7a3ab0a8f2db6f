// Parses one unit tab by its headers: structure problems, then each cell as a typed value with its A1 address.
import type { GridPos } from '../schema/locate-tab';
import { locateTab, posA1 } from '../schema/locate-tab';
import type { KeyedField, Schema } from '../schema/schema';
import { allFields } from '../schema/schema';
import type { FieldValue, Grid, Issue, Severity } from '../schema/types';
import type { UnitType } from '../schema/vocabulary';
import type { IssueCode, Worded } from './messages';
import { MSG } from './messages';
import { parseValue } from './parse-value';

export interface ParsedUnitTab {
  /** Parsed values of the blocks that apply (null = empty); rejected or unreadable cells are absent. */
  readonly values: Record<string, FieldValue>;
  readonly cells: Record<string, string>;
  readonly positions: ReadonlyMap<string, GridPos>;
  /** The raw cell of each located field, as getValues() returned it. */
  readonly raw: ReadonlyMap<string, unknown>;
  /** Keys rejected, or unreadable because their block, row or column header is missing. */
  readonly invalid: Set<string>;
  /** True when an operator typed anything in an input cell. */
  readonly inputFilled: boolean;
  readonly issues: Issue[];
}

export type AddIssue = (pos: GridPos | null, severity: Severity, code: IssueCode, worded: Worded) => void;

/** How a cell is named in messages: "Perikanan — Luas lahan (m²)" for tables, the label for forms. */
export function labelOf(kf: KeyedField): string {
  return kf.row ? `${kf.row.label} — ${kf.field.label}` : kf.field.label;
}

export function issueAdder(sheetName: string, issues: Issue[]): AddIssue {
  return (pos, severity, code, worded) => {
    issues.push({ sheet: sheetName, cell: pos ? posA1(pos) : '', severity, code, ...worded });
  };
}

export function parseUnitTab(sheetName: string, grid: Grid, unitType: UnitType, schema: Schema): ParsedUnitTab {
  const loc = locateTab(grid, schema);
  const issues: Issue[] = [];
  const add = issueAdder(sheetName, issues);
  const applies = new Set(schema.blocks.filter((b) => b.appliesTo.includes(unitType)).map((b) => b.key));

  if (loc.version !== null && loc.version < schema.version)
    add(null, 'warning', 'TEMPLATE_OUTDATED', MSG.templateOutdated(loc.version, schema.version));
  for (const p of loc.problems) {
    const severity: Severity = p.code === 'BLOCK_DUPLICATE' || !applies.has(p.block.key) ? 'warning' : 'error';
    const worded =
      p.code === 'HEADER_MISSING'
        ? MSG.headerMissing(p.block.title, p.label)
        : p.code === 'HEADER_UNKNOWN'
          ? MSG.headerUnknown(p.block.title, p.label)
          : p.code === 'HEADER_DUPLICATE'
            ? MSG.headerDuplicate(p.block.title, p.label)
            : MSG.blockDuplicate(p.block.title);
    add(p.pos, severity, p.code, worded);
  }
  // A tab without any block header is one problem (wrong or wiped tab), not one per block.
  if (loc.blocks.size === 0) add(null, 'error', 'TAB_UNREADABLE', MSG.tabUnreadable());
  else
    for (const block of schema.blocks) {
      if (applies.has(block.key) && !loc.blocks.has(block.key))
        add(null, 'error', 'BLOCK_MISSING', MSG.blockMissing(block.title));
    }

  const values: Record<string, FieldValue> = {};
  const cells: Record<string, string> = {};
  const positions = new Map<string, GridPos>();
  const raw = new Map<string, unknown>();
  const invalid = new Set<string>();
  const notApplicableFilled = new Set<string>();
  let inputFilled = false;
  for (const kf of allFields(schema)) {
    const pos = loc.fields.get(kf.key);
    if (!pos) {
      // Behind a missing or tampered header the figure cannot be read: it is left out, and says so.
      if (applies.has(kf.block.key) && !kf.field.readonly) invalid.add(kf.key);
      continue;
    }
    const cellValue = grid[pos.r]?.[pos.c];
    const parsed = parseValue(kf.field, cellValue, labelOf(kf));
    if (!applies.has(kf.block.key)) {
      if (parsed.filled) notApplicableFilled.add(kf.block.key);
      continue;
    }
    positions.set(kf.key, pos);
    cells[kf.key] = posA1(pos);
    raw.set(kf.key, cellValue);
    if (parsed.filled && !kf.field.readonly) inputFilled = true;
    // The add-on writes the other identity cells; only the period is checked as a value.
    const problems = kf.field.readonly && kf.field.key !== 'periode' ? [] : parsed.problems;
    for (const p of problems) add(pos, p.severity, p.code, p.worded);
    if (problems.some((p) => p.severity === 'error')) invalid.add(kf.key);
    else values[kf.key] = parsed.value;
  }
  for (const blockKey of notApplicableFilled) {
    const lb = loc.blocks.get(blockKey);
    if (lb)
      add(
        { r: lb.headerRow, c: 0 },
        'warning',
        'BLOCK_NOT_APPLICABLE',
        MSG.blockNotApplicable(lb.block.title, unitType),
      );
  }
  return { values, cells, positions, raw, invalid, inputFilled, issues };
}
