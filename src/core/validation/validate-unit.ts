// Reads one unit tab into a UnitReport: parsed cells, required fields, cross-field rules, identity, month over month.

import { fieldKey, STATUS_CELL_KEYS } from '../schema/field-key';
import type { GridPos } from '../schema/locate-tab';
import { posA1 } from '../schema/locate-tab';
import type { Schema } from '../schema/schema';
import { allFields, isNumericType, SCHEMA } from '../schema/schema';
import type { FieldValue, Grid, Issue, Severity, UnitConfig, UnitReport } from '../schema/types';
import type { SubmissionStatus } from '../schema/vocabulary';
import { fromA1 } from '../text/a1';
import { crossFieldRules } from './cross-field-rules';
import type { IssueCode, Worded } from './messages';
import { MSG } from './messages';
import type { AddIssue } from './parse-unit';
import { issueAdder, labelOf, parseUnitTab } from './parse-unit';

export interface ReadUnitContext {
  /** Active period, YYYY-MM. */
  readonly period: string;
  /** The unit's values of the previous period (month-over-month warnings). */
  readonly previous?: Readonly<Record<string, FieldValue>>;
  /** The tab of another configured unit by its code, to name the original of a copied tab. */
  readonly tabOfCode?: (code: string) => string | undefined;
  /** Defaults to SCHEMA. */
  readonly schema?: Schema;
}

/** Month-over-month: a value above 3× or below a third of last period's is worth a second look. */
const MOM_FACTOR = 3;

export function readUnitTab(sheetName: string, grid: Grid, unit: UnitConfig, ctx: ReadUnitContext): UnitReport {
  const schema = ctx.schema ?? SCHEMA;
  const parsed = parseUnitTab(sheetName, grid, unit.type, schema);
  const { values, positions, invalid, issues } = parsed;
  const add = issueAdder(sheetName, issues);
  const reject = (key: string, severity: Severity, code: IssueCode, worded: Worded, cellKey = key): void => {
    add(positions.get(cellKey) ?? null, severity, code, worded);
    if (severity === 'error' && key in values) {
      delete values[key];
      invalid.add(key);
    }
  };

  // An untouched tab is simply "Belum diisi", not a list of empty required fields.
  if (parsed.inputFilled) {
    for (const kf of allFields(schema)) {
      const empty = positions.has(kf.key) && values[kf.key] === null && !invalid.has(kf.key);
      if (kf.field.required && !kf.field.readonly && empty)
        reject(kf.key, 'error', 'REQUIRED_EMPTY', MSG.requiredEmpty(labelOf(kf), isNumericType(kf.field.type)));
    }
  }
  crossFieldRules(values, reject);

  // A tab of another unit or another period must not feed this period's totals.
  const [KODE, PERIODE] = [fieldKey.identitas('kode'), fieldKey.identitas('periode')];
  const tabCode = typeof values[KODE] === 'string' ? String(values[KODE]).trim() : '';
  const tabPeriod = typeof values[PERIODE] === 'string' ? String(values[PERIODE]) : null;
  let foreign = false;
  if (tabCode !== '' && tabCode.toLowerCase() !== unit.code.toLowerCase()) {
    add(
      positions.get(KODE) ?? null,
      'error',
      'UNIT_CODE_MISMATCH',
      MSG.unitCodeMismatch(tabCode, unit.code, ctx.tabOfCode?.(tabCode)),
    );
    foreign = true;
  }
  if (tabPeriod !== null && tabPeriod !== ctx.period) {
    add(positions.get(PERIODE) ?? null, 'error', 'PERIOD_MISMATCH', MSG.periodMismatch(tabPeriod, ctx.period));
    foreign = true;
  }
  if (foreign) {
    for (const kf of allFields(schema)) {
      if (!kf.field.readonly && values[kf.key] !== undefined && values[kf.key] !== null) {
        delete values[kf.key];
        invalid.add(kf.key);
      }
    }
  }
  if (ctx.previous) momWarnings(schema, values, ctx.previous, positions, add);

  const OPERATOR = fieldKey.identitas('operator');
  const text = (key: string): string | null => {
    const v = parsed.raw.get(key);
    if (v instanceof Date) return v.toISOString();
    return v === undefined || v === '' || v === null ? null : String(v);
  };
  const statusText = (text(STATUS_CELL_KEYS.status) ?? '').trim().toLowerCase();
  const status: SubmissionStatus =
    statusText === 'dikirim'
      ? 'Dikirim'
      : statusText === 'dikembalikan'
        ? 'Dikembalikan'
        : parsed.inputFilled
          ? 'Draf'
          : 'Belum diisi';
  const [statusPos, sentAtPos, sentByPos, notePos] = [
    STATUS_CELL_KEYS.status,
    STATUS_CELL_KEYS.sentAt,
    STATUS_CELL_KEYS.sentBy,
    STATUS_CELL_KEYS.returnNote,
  ].map((k) => positions.get(k));

  issues.sort(byCell);
  const errorCount = issues.filter((i) => i.severity === 'error').length;
  return {
    unit,
    sheetName,
    found: true,
    values,
    cells: parsed.cells,
    invalidKeys: [...invalid],
    meta: {
      period: tabPeriod ?? text(PERIODE),
      status,
      operator: typeof values[OPERATOR] === 'string' ? String(values[OPERATOR]) : '',
      sentAt: text(STATUS_CELL_KEYS.sentAt),
      sentBy: text(STATUS_CELL_KEYS.sentBy),
      returnNote: text(STATUS_CELL_KEYS.returnNote),
      cells:
        statusPos && sentAtPos && sentByPos && notePos
          ? { status: posA1(statusPos), sentAt: posA1(sentAtPos), sentBy: posA1(sentByPos), returnNote: posA1(notePos) }
          : null,
    },
    issues,
    errorCount,
    warningCount: issues.length - errorCount,
  };
}

function momWarnings(
  schema: Schema,
  values: Readonly<Record<string, FieldValue>>,
  previous: Readonly<Record<string, FieldValue>>,
  positions: ReadonlyMap<string, GridPos>,
  add: AddIssue,
): void {
  for (const kf of allFields(schema)) {
    if (!isNumericType(kf.field.type) || kf.field.aggregate === 'none') continue;
    const [cur, prev] = [values[kf.key], previous[kf.key]];
    if (typeof cur !== 'number' || typeof prev !== 'number' || prev <= 0) continue;
    if (cur > prev * MOM_FACTOR || cur < prev / MOM_FACTOR)
      add(positions.get(kf.key) ?? null, 'warning', 'MOM_JUMP', MSG.momJump(labelOf(kf), cur, prev));
  }
}

function cellOrder(cell: string): [number, number] {
  const p = fromA1(cell);
  return p ? [p.row, p.col] : [0, 0];
}

/** Tab-wide issues first, then in reading order (row, then column). */
function byCell(a: Issue, b: Issue): number {
  const [ra, ca] = cellOrder(a.cell);
  const [rb, cb] = cellOrder(b.cell);
  return ra - rb || ca - cb;
}
