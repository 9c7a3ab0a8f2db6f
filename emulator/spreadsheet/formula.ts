// A small formula evaluator: numbers, strings, cell and range references, + - * / &, comparisons and a few functions.
// Anything else is "unsupported" and the cell keeps its cached (xlsx) result, or '' when there is none.
import { type GridRef, parseA1 } from './a1';
import type { CellValue } from './cell';

export type Resolve = (ref: GridRef) => CellValue[][];

export class UnsupportedFormula extends Error {}

type Val = CellValue | CellValue[][];

const FUNCTIONS: Record<string, (args: Val[]) => CellValue> = {
  SUM: (a) => nums(a).reduce((s, n) => s + n, 0),
  AVERAGE: (a) => {
    const n = nums(a);
    return n.length ? n.reduce((s, x) => s + x, 0) / n.length : '#DIV/0!';
  },
  MIN: (a) => (nums(a).length ? Math.min(...nums(a)) : 0),
  MAX: (a) => (nums(a).length ? Math.max(...nums(a)) : 0),
  COUNT: (a) => nums(a).length,
  COUNTA: (a) => flat(a).filter((v) => v !== '' && v !== null).length,
  IF: (a) => (truthy(scalar(a[0])) ? scalar(a[1] ?? true) : scalar(a[2] ?? false)),
  ROUND: (a) => {
    const f = 10 ** toNum(scalar(a[1] ?? 0));
    return Math.round(toNum(scalar(a[0])) * f) / f;
  },
};

function flat(args: Val[]): CellValue[] {
  return args.flatMap((a) => (Array.isArray(a) ? a.flat() : [a]));
}

/** SUM-style functions skip text and blanks in ranges, as Sheets does. */
function nums(args: Val[]): number[] {
  return flat(args).filter((v): v is number => typeof v === 'number');
}

function scalar(v: Val): CellValue {
  return Array.isArray(v) ? (v[0]?.[0] ?? '') : v;
}

function truthy(v: CellValue): boolean {
  return typeof v === 'string' ? v !== '' : Boolean(v);
}

function toNum(v: CellValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === '' || v === null) return 0;
  if (typeof v === 'string' && v.startsWith('#')) throw new FormulaError(v);
  const n = Number(v);
  if (Number.isNaN(n)) throw new FormulaError('#VALUE!');
  return n;
}

class FormulaError extends Error {}

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w(])|(\d+(?:\.\d+)?)|([A-Za-z][A-Za-z0-9.]*)(?=\()|(<=|>=|<>|[-+*/&(),=<>]))/y;

/** Evaluates formula text (with the leading "="); throws UnsupportedFormula for anything outside the subset. */
export function evaluateFormula(formula: string, resolve: Resolve): CellValue {
  const src = formula.slice(1);
  const tokens: string[] = [];
  const kinds: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(src);
    if (!m) throw new UnsupportedFormula(formula);
    const kind = m[1] ? 'str' : m[2] ? 'ref' : m[3] ? 'num' : m[4] ? 'fn' : 'op';
    tokens.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
    kinds.push(kind);
  }
  let i = 0;
  const peek = () => tokens[i];
  const expect = (t: string) => {
    if (tokens[i] !== t) throw new UnsupportedFormula(formula);
    i++;
  };
  const primary = (): Val => {
    const t = tokens[i];
    const k = kinds[i];
    i++;
    if (k === 'num') return Number(t);
    if (k === 'str') return t.slice(1, -1).replace(/""/g, '"');
    if (k === 'ref') {
      const grid = resolve(parseA1(t.replace(/\$/g, '')));
      return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
    }
    if (k === 'fn') {
      const fn = FUNCTIONS[t.toUpperCase()];
      if (!fn) throw new UnsupportedFormula(formula);
      expect('(');
      const args: Val[] = [];
      while (peek() !== ')') {
        args.push(comparison());
        if (peek() === ',') i++;
        else if (peek() !== ')') throw new UnsupportedFormula(formula);
      }
      expect(')');
      return fn(args);
    }
    if (t === '(') {
      const v = comparison();
      expect(')');
      return v;
    }
    if (t === '-') return -toNum(scalar(primary()));
    if (t === '+') return toNum(scalar(primary()));
    throw new UnsupportedFormula(formula);
  };
  const term = (): Val => {
    let v = primary();
    while (peek() === '*' || peek() === '/') {
      const op = tokens[i++];
      const a = toNum(scalar(v));
      const b = toNum(scalar(primary()));
      if (op === '/' && b === 0) throw new FormulaError('#DIV/0!');
      v = op === '*' ? a * b : a / b;
    }
    return v;
  };
  const sum = (): Val => {
    let v = term();
    while (peek() === '+' || peek() === '-' || peek() === '&') {
      const op = tokens[i++];
      const rhs = scalar(term());
      if (op === '&') v = `${String(scalar(v) ?? '')}${String(rhs ?? '')}`;
      else v = op === '+' ? toNum(scalar(v)) + toNum(rhs) : toNum(scalar(v)) - toNum(rhs);
    }
    return v;
  };
  const comparison = (): Val => {
    const v = sum();
    const op = peek();
    if (!['=', '<>', '<', '>', '<=', '>='].includes(op ?? '')) return v;
    i++;
    const a = scalar(v);
    const b = scalar(sum());
    const x = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
    return { '=': x === 0, '<>': x !== 0, '<': x < 0, '>': x > 0, '<=': x <= 0, '>=': x >= 0 }[op as '='];
  };
  try {
    const v = comparison();
    if (i !== tokens.length) throw new UnsupportedFormula(formula);
    const out = scalar(v);
    return out === null ? '' : out;
  } catch (e) {
    if (e instanceof FormulaError) return e.message;
    throw e;
  }
}
