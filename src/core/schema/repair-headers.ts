// Damaged template text (a header or label cleared or mistyped) restored in place when the values it names still fit.
import type { LocatedBlock } from './locate-tab';
import { isBlank, locateTab, normalizeLabel, posA1 } from './locate-tab';
import type { BlockDef, FieldDef, Schema } from './schema';
import { isNumericType } from './schema';
import type { CellValue, Grid } from './types';

export interface HeaderRepair {
  /** A1 of the restored cell on the old tab. */
  readonly cell: string;
  readonly label: string;
  /** What the cell held ('' when cleared). */
  readonly found: CellValue;
}

const NUMBER_TEXT = /^[-+]?[\d.,\s]*\d[\d.,\s]*%?$/;
const DATE_TEXT = /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/;

/** Whether a typed value can belong to a field of this type (a mistyped number still counts: validation words it). */
export function fitsField(field: FieldDef, v: CellValue): boolean {
  if (isBlank(v)) return true;
  if (isNumericType(field.type)) return typeof v === 'number' || (typeof v === 'string' && NUMBER_TEXT.test(v.trim()));
  if (field.type === 'date') return v instanceof Date || (typeof v === 'string' && DATE_TEXT.test(v.trim()));
  if (field.type === 'choice')
    return (field.choices ?? []).some((c) => normalizeLabel(c) === normalizeLabel(String(v)));
  return typeof v === 'string';
}

/** The position of each missing item in an ordered list (columns, rows), from the nearest item found before or after. */
function predicted(order: readonly string[], found: ReadonlyMap<string, number>, key: string): number | null {
  const i = order.indexOf(key);
  for (let d = 1; d < order.length; d++) {
    const before = found.get(order[i - d] ?? '');
    if (before !== undefined) return before + d;
    const after = found.get(order[i + d] ?? '');
    if (after !== undefined) return after - d;
  }
  return null;
}

/**
 * A copy of `grid` with damaged headers restored: a table column header, a table row label or a form label that is
 * blank or unknown where the template puts a missing one, when every value it names fits that field. Anything else is
 * left as found (and a migration then keeps it aside).
 */
export function repairHeaders(grid: Grid, schema: Schema): { grid: Grid; repaired: HeaderRepair[] } {
  const out: CellValue[][] = grid.map((row) => [...(row ?? [])]);
  const repaired: HeaderRepair[] = [];
  const known = (text: CellValue, labels: readonly { label: string; aliases?: readonly string[] }[]): boolean =>
    labels.some((l) => [l.label, ...(l.aliases ?? [])].some((a) => normalizeLabel(a) === normalizeLabel(text)));
  const restore = (r: number, c: number, label: string): void => {
    while ((out[r] ?? []).length <= c) out[r].push('');
    repaired.push({ cell: posA1({ r, c }), label, found: out[r][c] ?? '' });
    out[r][c] = label;
  };
  for (const lb of locateTab(grid, schema).blocks.values()) {
    if (lb.block.kind === 'form') repairForm(out, lb, known, restore);
    else repairTable(out, lb, known, restore);
  }
  return { grid: out, repaired };
}

type Known = (text: CellValue, labels: readonly { label: string; aliases?: readonly string[] }[]) => boolean;
type Restore = (r: number, c: number, label: string) => void;

function repairForm(grid: CellValue[][], lb: LocatedBlock, known: Known, restore: Restore): void {
  const fields = lb.block.fields;
  const rowOf = labelRows(grid, lb.headerRow + 1, lb.endRow, fields);
  const order = fields.map((f) => f.key);
  for (const f of fields) {
    if (rowOf.has(f.key)) continue;
    const r = predicted(order, rowOf, f.key);
    if (r === null || r <= lb.headerRow || r > lb.endRow || [...rowOf.values()].includes(r)) continue;
    const v = grid[r]?.[1] ?? '';
    if (isBlank(v) || known(grid[r]?.[0] ?? '', fields) || !fitsField(f, v)) continue;
    restore(r, 0, f.label);
    rowOf.set(f.key, r);
  }
}

function repairTable(grid: CellValue[][], lb: LocatedBlock, known: Known, restore: Restore): void {
  const block: BlockDef = lb.block;
  let headerRow = -1;
  for (let r = lb.headerRow + 1; r <= lb.endRow && headerRow < 0; r++)
    if ((grid[r] ?? []).some((v) => !isBlank(v))) headerRow = r;
  if (headerRow < 0) return;
  const rows = block.rows ?? [];
  const header = grid[headerRow] ?? [];
  const colOf = new Map<string, number>();
  for (let c = 1; c < header.length; c++) {
    const f = block.fields.find((fd) => known(header[c], [fd]));
    if (f && !colOf.has(f.key)) colOf.set(f.key, c);
  }
  const rowOf = labelRows(grid, headerRow + 1, lb.endRow, rows);
  const order = block.fields.map((f) => f.key);
  for (const f of block.fields) {
    if (colOf.has(f.key)) continue;
    const c = predicted(order, colOf, f.key);
    if (c === null || c < 1 || [...colOf.values()].includes(c) || known(header[c] ?? '', block.fields)) continue;
    const values = [...rowOf.values()].map((r) => grid[r]?.[c] ?? '');
    if (values.every(isBlank) || !values.every((v) => fitsField(f, v))) continue;
    restore(headerRow, c, f.label);
    colOf.set(f.key, c);
  }
  const rowOrder = rows.map((r) => r.key);
  for (const rd of rows) {
    if (rowOf.has(rd.key)) continue;
    const r = predicted(rowOrder, rowOf, rd.key);
    if (r === null || r <= headerRow || r > lb.endRow || [...rowOf.values()].includes(r)) continue;
    if (known(grid[r]?.[0] ?? '', rows)) continue;
    const cells = [...colOf].map(([key, c]) => ({ field: fieldOf(block, key), v: grid[r]?.[c] ?? '' }));
    if (cells.every((x) => isBlank(x.v)) || !cells.every((x) => fitsField(x.field, x.v))) continue;
    restore(r, 0, rd.label);
    rowOf.set(rd.key, r);
  }
}

function fieldOf(block: BlockDef, key: string): FieldDef {
  return block.fields.find((f) => f.key === key) as FieldDef;
}

/** Row of each label found in column A between two rows (the first when a label repeats). */
function labelRows(
  grid: Grid,
  from: number,
  to: number,
  items: readonly { key: string; label: string; aliases?: readonly string[] }[],
): Map<string, number> {
  const rowOf = new Map<string, number>();
  for (let r = from; r <= to; r++) {
    const a = normalizeLabel(grid[r]?.[0]);
    const item = items.find((it) => [it.label, ...(it.aliases ?? [])].some((l) => normalizeLabel(l) === a));
    if (item && !rowOf.has(item.key)) rowOf.set(item.key, r);
  }
  return rowOf;
}
