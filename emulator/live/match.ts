// Compares an observation with a contract's expectation, and writes both as one line of text for the report.
import type { Expected } from './contract';

const isRegExp = (v: unknown): v is RegExp => Object.prototype.toString.call(v) === '[object RegExp]';
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  Object.prototype.toString.call(v) === '[object Object]';

/** True iff `observed` has exactly the shape and values of `expected`; a RegExp there must match a string here. */
export function matches(observed: unknown, expected: Expected): boolean {
  if (isRegExp(expected)) return typeof observed === 'string' && expected.test(observed);
  if (Array.isArray(expected)) {
    return (
      Array.isArray(observed) &&
      observed.length === expected.length &&
      expected.every((e, i) => matches(observed[i], e))
    );
  }
  if (isPlainObject(expected)) {
    if (!isPlainObject(observed)) return false;
    const keys = Object.keys(expected);
    return (
      Object.keys(observed).length === keys.length &&
      keys.every((k) => Object.keys(observed).includes(k) && matches(observed[k], expected[k] as Expected))
    );
  }
  return Object.is(observed, expected);
}

/** JSON text of a value; a RegExp as /source/flags, a Date as its ISO text, undefined as "undefined". */
export function render(value: unknown): string {
  if (value === undefined) return 'undefined';
  return JSON.stringify(value, function (key, v) {
    const raw = (this as Record<string, unknown>)[key];
    if (isRegExp(raw)) return String(raw);
    if (Object.prototype.toString.call(raw) === '[object Date]') return `Date ${(raw as Date).toISOString()}`;
    return v === undefined ? 'undefined' : v;
  });
}
