// The unit tab derived from the schema: grid, formats, rules, notes and ranges, with migration of an older tab.
import { rangeA1, toA1 } from '../text/a1';
import { cellText } from '../text/cell-text';
import { fieldKey, STATUS_CELL_KEYS } from './field-key';
import { migrateTab } from './migrate';
import type { HeaderRepair } from './repair-headers';
import type { BlockDef, FieldDef, FieldType, Schema } from './schema';
import { blocksFor, isNumericType, isWholeType, SCHEMA, valueKey } from './schema';
import type { CellValue, Grid, UnitConfig } from './types';

export type LayoutCell = string | number | Date;

export type ValidationRule =
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'number'; readonly min?: number; readonly max?: number; readonly integer: boolean }
  | { readonly kind: 'date' };

export interface LayoutValidation {
  readonly range: string;
  readonly rule: ValidationRule;
  readonly allowInvalid: boolean;
  readonly help: string;
}

export interface AddonCells {
  readonly status: string;
  readonly sentAt: string;
  readonly sentBy: string;
  readonly returnNote: string;
}

export interface TabLayout {
  /** Exactly the values to write with one setValues (rows × cols). Apply numberFormats first ('@' keeps "2026-02" text). */
  readonly grid: LayoutCell[][];
  readonly rows: number;
  readonly cols: number;
  readonly frozenRows: number;
  readonly columnWidths: readonly number[];
  /** A1 ranges operators may edit; everything else is protected. */
  readonly inputRanges: readonly string[];
  readonly addonCells: AddonCells;
  readonly validations: readonly LayoutValidation[];
  readonly numberFormats: readonly { readonly range: string; readonly format: string }[];
  readonly notes: readonly { readonly cell: string; readonly text: string }[];
  /** Title, block and column headers: bold with a background. */
  readonly headerCells: readonly string[];
  /** Migration: values moved from the old tab (A1 there) to the new one (A1 here). */
  readonly carried: readonly { readonly key: string; readonly from: string; readonly to: string }[];
  /** Migration: typed values with no place in the new layout; the server keeps them (never lost). */
  readonly unplaced: readonly { readonly from: string; readonly value: CellValue }[];
  /** Migration: damaged headers of the old tab restored in place, so the values below them were carried. */
  readonly repaired: readonly HeaderRepair[];
}

export const TITLE_PREFIX = 'REKAP UPT — ';
export const MARKER_PREFIX = 'Templat v';
const INSTRUCTION = 'Isi hanya sel putih. Jangan ubah teks di kolom A dan judul kolom.';
const FORM_COLUMNS = 4;
const COLUMN_WIDTHS = [260, 170, 110, 110, 120, 130, 130, 130];

/** The number format pattern of a field type. */
export function numberFormatFor(type: FieldType): string {
  switch (type) {
    case 'integer':
    case 'area':
      return '#,##0';
    case 'decimal':
      return '#,##0.00';
    case 'money':
      return '"Rp "#,##0';
    case 'percent':
      return '0.0%';
    case 'date':
      return 'yyyy-mm-dd';
    default:
      return '@';
  }
}

function ruleFor(field: FieldDef): ValidationRule | null {
  if (field.type === 'choice' && field.choices) return { kind: 'list', values: field.choices };
  if (field.type === 'date') return { kind: 'date' };
  if (isNumericType(field.type))
    return { kind: 'number', min: field.min, max: field.max, integer: isWholeType(field.type) };
  return null;
}

export interface Placement {
  readonly key: string;
  readonly field: FieldDef;
  readonly row: number;
  readonly col: number;
}

/** Lays out the unit's tab; with `previous` (the old tab's getValues()) every typed value is carried over. */
export function buildUnitTab(unit: UnitConfig, period: string, previous?: Grid, schema: Schema = SCHEMA): TabLayout {
  const blocks = blocksFor(unit.type, schema);
  const cols = Math.max(FORM_COLUMNS, ...blocks.map((b) => (b.kind === 'table' ? b.fields.length + 1 : 0)));
  const grid: LayoutCell[][] = [];
  const addRow = (cells: LayoutCell[] = []): number => {
    grid.push([...cells, ...Array<LayoutCell>(cols - cells.length).fill('')]);
    return grid.length; // 1-based row number
  };
  const headerCells: string[] = [];
  const notes: { cell: string; text: string }[] = [];
  const placements: Placement[] = [];
  const spans: Span[] = [];

  headerCells.push(toA1(addRow([cellText(`${TITLE_PREFIX}${unit.name}`)]), 1));
  addRow([`${MARKER_PREFIX}${schema.version}`, INSTRUCTION]);
  addRow();
  for (const block of blocks) {
    const headerRow = addRow([block.title]);
    headerCells.push(toA1(headerRow, 1));
    notes.push({ cell: toA1(headerRow, 1), text: block.help });
    if (block.kind === 'form') layoutForm(block, addRow, placements, spans);
    else layoutTable(block, cols, addRow, placements, spans, headerCells, notes);
    addRow();
  }
  grid.pop(); // no blank row after the last block

  const byKey = new Map(placements.map((p) => [p.key, p]));
  const cellOf = (key: string): string => {
    const p = byKey.get(key);
    return p ? toA1(p.row, p.col) : '';
  };
  const put = (key: string, value: LayoutCell): void => {
    const p = byKey.get(key);
    if (p) grid[p.row - 1][p.col - 1] = value;
  };
  put(fieldKey.identitas('kode'), cellText(unit.code));
  put(fieldKey.identitas('nama'), cellText(unit.name));
  put(fieldKey.identitas('jenis'), unit.type);
  put(fieldKey.identitas('kelas'), cellText(unit.unitClass));
  put(fieldKey.identitas('periode'), period);
  put(STATUS_CELL_KEYS.status, 'Belum diisi');

  const addonCells: AddonCells = {
    status: cellOf(STATUS_CELL_KEYS.status),
    sentAt: cellOf(STATUS_CELL_KEYS.sentAt),
    sentBy: cellOf(STATUS_CELL_KEYS.sentBy),
    returnNote: cellOf(STATUS_CELL_KEYS.returnNote),
  };

  const migration = previous
    ? migrateTab(previous, schema, byKey, period, put, unit.code)
    : { carried: [], unplaced: [], repaired: [] };

  return {
    grid,
    rows: grid.length,
    cols,
    frozenRows: 2,
    columnWidths: COLUMN_WIDTHS.slice(0, cols),
    inputRanges: inputRanges(placements),
    addonCells,
    validations: spans.flatMap(({ field, range }) => {
      const rule = ruleFor(field);
      if (!rule || field.readonly) return [];
      // Numbers stay typeable when out of bounds, so a separator mistake reaches validation with a hint.
      return [{ range, rule, allowInvalid: rule.kind !== 'list', help: field.help }];
    }),
    numberFormats: spans.map(({ field, range }) => ({ range, format: numberFormatFor(field.type) })),
    notes,
    headerCells,
    carried: migration.carried,
    unplaced: migration.unplaced,
    repaired: migration.repaired,
  };
}

/** A field's cells: one form cell, or a whole table column (one rule and one format per column). */
interface Span {
  readonly field: FieldDef;
  readonly range: string;
}

function layoutForm(
  block: BlockDef,
  addRow: (cells?: LayoutCell[]) => number,
  placements: Placement[],
  spans: Span[],
): void {
  for (const field of block.fields) {
    const row = addRow([field.label, '', field.unit ?? '', field.help]);
    placements.push({ key: valueKey(block.key, field.key), field, row, col: 2 });
    spans.push({ field, range: toA1(row, 2) });
  }
}

function layoutTable(
  block: BlockDef,
  cols: number,
  addRow: (cells?: LayoutCell[]) => number,
  placements: Placement[],
  spans: Span[],
  headerCells: string[],
  notes: { cell: string; text: string }[],
): void {
  const headerRow = addRow([block.rowHeader ?? '', ...block.fields.map((f) => f.label)]);
  for (let c = 1; c <= Math.min(cols, block.fields.length + 1); c++) headerCells.push(toA1(headerRow, c));
  block.fields.forEach((f, i) => {
    notes.push({ cell: toA1(headerRow, i + 2), text: f.help });
  });
  const rows = block.rows ?? [];
  for (const rowDef of rows) {
    const row = addRow([rowDef.label]);
    block.fields.forEach((field, i) => {
      placements.push({ key: valueKey(block.key, rowDef.key, field.key), field, row, col: i + 2 });
    });
  }
  block.fields.forEach((field, i) => {
    spans.push({ field, range: rangeA1(headerRow + 1, i + 2, rows.length, 1) });
  });
}

/** Operator-editable cells, merged into one range per run of adjacent rows of the same columns. */
function inputRanges(placements: readonly Placement[]): string[] {
  const rows = new Map<number, number[]>();
  for (const p of placements) {
    if (p.field.readonly) continue;
    const list = rows.get(p.row) ?? [];
    list.push(p.col);
    rows.set(p.row, list);
  }
  const ranges: string[] = [];
  let run: { start: number; end: number; first: number; last: number } | null = null;
  const flush = (): void => {
    if (run) ranges.push(rangeA1(run.start, run.first, run.end - run.start + 1, run.last - run.first + 1));
  };
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const colsOfRow = rows.get(row) ?? [];
    const first = Math.min(...colsOfRow);
    const last = Math.max(...colsOfRow);
    if (run && run.end === row - 1 && run.first === first && run.last === last) {
      run.end = row;
    } else {
      flush();
      run = { start: row, end: row, first, last };
    }
  }
  flush();
  return ranges;
}
