// Finds blocks, column headers and value cells on a unit tab by their header texts (any template version).
import { gridA1 } from '../text/a1';
import { fieldKey } from './field-key';
import type { BlockDef, Schema } from './schema';
import { valueKey } from './schema';
import type { Grid } from './types';

/** Where a template element sits: zero-based grid indices. */
export interface GridPos {
  readonly r: number;
  readonly c: number;
}

export interface LocatedBlock {
  readonly block: BlockDef;
  /** Row of the block header. */
  readonly headerRow: number;
  /** Last row belonging to the block (before the next block header). */
  readonly endRow: number;
}

/** A problem with the tab's structure (not with a value), before it is worded for a sheet. */
export interface StructureProblem {
  readonly code: 'HEADER_MISSING' | 'HEADER_DUPLICATE' | 'HEADER_UNKNOWN' | 'BLOCK_MISSING' | 'BLOCK_DUPLICATE';
  readonly pos: GridPos | null;
  readonly block: BlockDef;
  /** The expected label (missing/duplicated) or the text found (unknown). */
  readonly label: string;
}

export interface TabLocation {
  /** Template version from the marker row ("Templat v1"), null when there is none. */
  readonly version: number | null;
  /** Blocks found, by key (the first occurrence when duplicated). */
  readonly blocks: ReadonlyMap<string, LocatedBlock>;
  /** Value key → cell of every field found. */
  readonly fields: ReadonlyMap<string, GridPos>;
  readonly problems: readonly StructureProblem[];
  /** "r,c" of every cell that holds template text (titles, labels, headers, units, help). */
  readonly templateCells: ReadonlySet<string>;
}

const MARKER = /^templat\s+v(\d+)$/;

/** Label comparison tolerant of case, spacing, "m²" vs "m2" and a trailing colon or asterisk. */
export function normalizeLabel(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s:*]+$/, '')
    .trim();
}

/** Block titles are matched without their letter prefix ("C. "), so renumbering blocks breaks nothing. */
export function normalizeTitle(text: unknown): string {
  return normalizeLabel(text).replace(/^[a-z]\d*[.)]\s*/, '');
}

export function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function posKey(p: GridPos): string {
  return `${p.r},${p.c}`;
}

export function posA1(p: GridPos): string {
  return gridA1(p.r, p.c);
}

function labelIndex<T extends { key: string; label: string; aliases?: readonly string[] }>(
  items: readonly T[],
): Map<string, T> {
  const m = new Map<string, T>();
  for (const it of items) {
    m.set(normalizeLabel(it.label), it);
    for (const a of it.aliases ?? []) m.set(normalizeLabel(a), it);
  }
  return m;
}

/** The template version in a marker cell of the first rows, or null. */
export function templateVersion(grid: Grid): number | null {
  for (let r = 0; r < Math.min(grid.length, 5); r++) {
    const m = MARKER.exec(normalizeLabel(grid[r]?.[0]));
    if (m) return Number(m[1]);
  }
  return null;
}

/** Locates every block and value cell of `schema` on `grid`. Linear in the grid size. */
export function locateTab(grid: Grid, schema: Schema): TabLocation {
  const titleIndex = new Map<string, BlockDef>();
  for (const b of schema.blocks) {
    titleIndex.set(normalizeTitle(b.title), b);
    for (const a of b.aliases ?? []) titleIndex.set(normalizeTitle(a), b);
  }
  const templateCells = new Set<string>();
  const problems: StructureProblem[] = [];
  const headers: { block: BlockDef; row: number }[] = [];
  let version: number | null = null;

  for (let r = 0; r < grid.length; r++) {
    const a = grid[r]?.[0];
    const norm = normalizeLabel(a);
    if (norm === '') continue;
    const marker = MARKER.exec(norm);
    if (marker && version === null) {
      version = Number(marker[1]);
      // The marker and the instruction beside it.
      templateCells.add(posKey({ r, c: 0 }));
      templateCells.add(posKey({ r, c: 1 }));
      continue;
    }
    if (norm.startsWith('rekap upt')) {
      templateCells.add(posKey({ r, c: 0 }));
      continue;
    }
    const block = titleIndex.get(normalizeTitle(a));
    if (block) headers.push({ block, row: r });
  }

  const blocks = new Map<string, LocatedBlock>();
  const fields = new Map<string, GridPos>();
  for (let i = 0; i < headers.length; i++) {
    const { block, row } = headers[i];
    templateCells.add(posKey({ r: row, c: 0 }));
    const endRow = i + 1 < headers.length ? headers[i + 1].row - 1 : grid.length - 1;
    if (blocks.has(block.key)) {
      problems.push({ code: 'BLOCK_DUPLICATE', pos: { r: row, c: 0 }, block, label: block.title });
      continue;
    }
    const located: LocatedBlock = { block, headerRow: row, endRow };
    blocks.set(block.key, located);
    if (block.kind === 'form') locateForm(grid, located, fields, templateCells, problems);
    else locateTable(grid, located, fields, templateCells, problems);
  }
  return { version, blocks, fields, problems, templateCells };
}

function locateForm(
  grid: Grid,
  lb: LocatedBlock,
  fields: Map<string, GridPos>,
  templateCells: Set<string>,
  problems: StructureProblem[],
): void {
  const index = labelIndex(lb.block.fields);
  const seen = new Set<string>();
  for (let r = lb.headerRow + 1; r <= lb.endRow; r++) {
    const field = index.get(normalizeLabel(grid[r]?.[0]));
    if (!field) continue;
    if (seen.has(field.key)) {
      problems.push({ code: 'HEADER_DUPLICATE', pos: { r, c: 0 }, block: lb.block, label: field.label });
      continue;
    }
    seen.add(field.key);
    fields.set(valueKey(lb.block.key, field.key), { r, c: 1 });
    // Column A label, C unit and D help are template text; B is the value.
    for (const c of [0, 2, 3]) templateCells.add(posKey({ r, c }));
  }
  for (const f of lb.block.fields) {
    if (!seen.has(f.key))
      problems.push({ code: 'HEADER_MISSING', pos: { r: lb.headerRow, c: 0 }, block: lb.block, label: f.label });
  }
}

function locateTable(
  grid: Grid,
  lb: LocatedBlock,
  fields: Map<string, GridPos>,
  templateCells: Set<string>,
  problems: StructureProblem[],
): void {
  let headerRow = -1;
  for (let r = lb.headerRow + 1; r <= lb.endRow; r++) {
    if ((grid[r] ?? []).some((v) => !isBlank(v))) {
      headerRow = r;
      break;
    }
  }
  if (headerRow < 0) {
    for (const f of lb.block.fields)
      problems.push({ code: 'HEADER_MISSING', pos: { r: lb.headerRow, c: 0 }, block: lb.block, label: f.label });
    return;
  }
  const colIndex = labelIndex(lb.block.fields);
  const columns = new Map<string, number>();
  const row = grid[headerRow] ?? [];
  templateCells.add(posKey({ r: headerRow, c: 0 }));
  for (let c = 1; c < row.length; c++) {
    if (isBlank(row[c])) continue;
    const field = colIndex.get(normalizeLabel(row[c]));
    // Unknown header text may be the operator's own: it is not template text, so a migration keeps it.
    if (field) templateCells.add(posKey({ r: headerRow, c }));
    if (!field) {
      problems.push({ code: 'HEADER_UNKNOWN', pos: { r: headerRow, c }, block: lb.block, label: String(row[c]) });
    } else if (columns.has(field.key)) {
      problems.push({ code: 'HEADER_DUPLICATE', pos: { r: headerRow, c }, block: lb.block, label: field.label });
    } else {
      columns.set(field.key, c);
    }
  }
  for (const f of lb.block.fields) {
    if (!columns.has(f.key))
      problems.push({ code: 'HEADER_MISSING', pos: { r: headerRow, c: 0 }, block: lb.block, label: f.label });
  }
  const rowIndex = labelIndex(lb.block.rows ?? []);
  const seenRows = new Set<string>();
  for (let r = headerRow + 1; r <= lb.endRow; r++) {
    const rowDef = rowIndex.get(normalizeLabel(grid[r]?.[0]));
    if (!rowDef) continue;
    if (seenRows.has(rowDef.key)) {
      problems.push({ code: 'HEADER_DUPLICATE', pos: { r, c: 0 }, block: lb.block, label: rowDef.label });
      continue;
    }
    seenRows.add(rowDef.key);
    templateCells.add(posKey({ r, c: 0 }));
    for (const [fieldKey, c] of columns) fields.set(valueKey(lb.block.key, rowDef.key, fieldKey), { r, c });
  }
  for (const rd of lb.block.rows ?? []) {
    if (!seenRows.has(rd.key))
      problems.push({ code: 'HEADER_MISSING', pos: { r: headerRow, c: 0 }, block: lb.block, label: rd.label });
  }
}

/** The unit code written in a tab's identity block, or '' when there is none. */
export function tabUnitCode(grid: Grid, schema: Schema): string {
  const pos = locateTab(grid, schema).fields.get(fieldKey.identitas('kode'));
  const v = pos ? grid[pos.r]?.[pos.c] : '';
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
}
