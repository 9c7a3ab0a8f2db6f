// Reads one cell as a typed field value: type checks, bounds, separator mistakes, formula errors and text hazards.

import { isBlank } from '../schema/locate-tab';
import type { FieldDef } from '../schema/schema';
import { isNumericType, isWholeType } from '../schema/schema';
import type { FieldValue, Severity } from '../schema/types';
import { isoDateIn, isPeriod, MONTHS_ID, terbilang } from '../text/format';
import type { IssueCode, Worded } from './messages';
import { MSG } from './messages';

export interface ValueProblem {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly worded: Worded;
}

export interface ParsedValue {
  /** The typed value, or null when the cell is empty or holds an error. */
  readonly value: FieldValue;
  /** True when the cell holds something (even if rejected). */
  readonly filled: boolean;
  readonly problems: readonly ValueProblem[];
}

export const FORMULA_ERRORS = ['#REF!', '#N/A', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#ERROR!', '#NULL!'] as const;
export const MAX_TEXT_LENGTH = 5000;

const EMPTY: ParsedValue = { value: null, filled: false, problems: [] };

const err = (code: IssueCode, worded: Worded): ValueProblem => ({ severity: 'error', code, worded });
const warn = (code: IssueCode, worded: Worded): ValueProblem => ({ severity: 'warning', code, worded });
const rejected = (problem: ValueProblem): ParsedValue => ({ value: null, filled: true, problems: [problem] });

function describe(raw: unknown): string {
  if (typeof raw === 'boolean') return raw ? 'centang (TRUE)' : 'centang kosong (FALSE)';
  if (raw instanceof Date) return 'tanggal';
  if (typeof raw === 'number') return `angka ${String(raw).replace('.', ',')}`;
  return `teks "${String(raw).slice(0, 40)}"`;
}

function expectedText(field: FieldDef): string {
  switch (field.type) {
    case 'integer':
      return 'bilangan bulat';
    case 'area':
      return 'luas dalam m² (bilangan bulat)';
    case 'money':
      return 'nilai rupiah (bilangan bulat)';
    case 'decimal':
    case 'percent':
      return 'angka';
    case 'date':
      return 'tanggal';
    case 'choice':
      return `salah satu pilihan (${(field.choices ?? []).join(', ')})`;
    case 'url':
      return 'tautan';
    default:
      return 'teks';
  }
}

/** The number a person most likely meant by a text such as "1.234,5", "2.500", "Rp 1.250.000" or "1,234.5". */
export function intendedNumber(text: string): number | null {
  const t = text
    .replace(/^rp\.?\s*/i, '')
    .replace(/\s*(m²|m2|orang|kg|%)$/i, '')
    .replace(/\s/g, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d+,\d+$/.test(t)) return Number(t.replace(',', '.'));
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return null;
}

/**
 * A number typed with an id-ID thousands dot in an en-US sheet: "102.772" → 102.772, "2.500" → 2.5.
 * Whole-number fields: any fraction of up to three digits on a value ≥ 1. Decimal fields (strict): exactly three.
 */
function separatorIntent(n: number, strict: boolean): number | null {
  if (Number.isInteger(n) || Math.abs(n) < 1) return null;
  const thousand = Math.round(n * 1000);
  if (Math.abs(thousand - n * 1000) > 1e-6 * Math.abs(thousand)) return null;
  if (strict && thousand % 10 === 0) return null;
  return thousand;
}

/** `label` names the cell in messages (e.g. "Perikanan — Luas lahan (m²)"); defaults to the field label. */
export function parseValue(def: FieldDef, raw: unknown, label?: string): ParsedValue {
  if (isBlank(raw)) return EMPTY;
  const field = label ? { ...def, label } : def;
  if (typeof raw === 'string') {
    const trimmed = raw.trim();
    if ((FORMULA_ERRORS as readonly string[]).includes(trimmed.toUpperCase()))
      return rejected(err('FORMULA_ERROR', MSG.formulaError(field.label, trimmed)));
  }
  if (isNumericType(field.type)) return parseNumber(field, raw);
  switch (field.type) {
    case 'date':
      return parseDate(field, raw);
    case 'choice':
      return parseChoice(field, raw);
    case 'url':
      return parseUrl(field, raw);
    default:
      return parseText(field, raw);
  }
}

function parseNumber(field: FieldDef, raw: unknown): ParsedValue {
  if (typeof raw === 'string') {
    const intended = intendedNumber(raw.trim());
    const words = intended !== null && Number.isInteger(intended) ? terbilang(intended) : undefined;
    return rejected(err('TEXT_IN_NUMBER', MSG.textInNumber(field.label, raw.trim(), intended, words)));
  }
  if (typeof raw !== 'number' || !Number.isFinite(raw))
    return rejected(err('WRONG_TYPE', MSG.wrongType(field.label, expectedText(field), describe(raw))));
  const problems: ValueProblem[] = [];
  if (isWholeType(field.type) && !Number.isInteger(raw)) {
    const intended = separatorIntent(raw, false);
    if (intended !== null)
      return rejected(err('SEPARATOR_SUSPECT', MSG.separatorSuspect(field.label, raw, intended, terbilang(intended))));
    return rejected(err('NOT_INTEGER', MSG.notInteger(field.label, raw)));
  }
  if (raw < 0 && (field.min ?? 0) >= 0) return rejected(err('NEGATIVE', MSG.negative(field.label, raw)));
  if ((field.min !== undefined && raw < field.min) || (field.max !== undefined && raw > field.max))
    return rejected(err('OUT_OF_RANGE', MSG.outOfRange(field.label, raw, field.min, field.max)));
  if (field.type === 'decimal') {
    const intended = separatorIntent(raw, true);
    // Only a warning: a decimal field may legitimately hold three decimals (e.g. 1,125 kg).
    if (intended !== null)
      problems.push(
        warn('SEPARATOR_SUSPECT', MSG.separatorSuspectDecimal(field.label, raw, intended, terbilang(intended))),
      );
  }
  return { value: raw, filled: true, problems };
}

const MONTH_INDEX = new Map(MONTHS_ID.map((m, i) => [m.toLowerCase(), i + 1]));

/** A date typed as text ("3/2/2026", "3 Februari 2026", "2026-02-03") as YYYY-MM-DD, or null. */
function dateFromText(text: string): string | null {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const valid = (y: number, m: number, d: number): string | null =>
    m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1900 && y <= 2100 ? `${y}-${pad(m)}-${pad(d)}` : null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/i.exec(text);
  if (m) {
    const month = MONTH_INDEX.get(m[2].toLowerCase());
    return month ? valid(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}

function parseDate(field: FieldDef, raw: unknown): ParsedValue {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime()))
      return rejected(err('WRONG_TYPE', MSG.wrongType(field.label, 'tanggal', 'tanggal tidak sah')));
    return { value: isoDateIn(raw), filled: true, problems: [] };
  }
  if (typeof raw === 'string') {
    const intended = dateFromText(raw.trim());
    if (intended) return rejected(err('DATE_AS_TEXT', MSG.dateAsText(field.label, raw.trim(), intended)));
  }
  return rejected(err('WRONG_TYPE', MSG.wrongType(field.label, 'tanggal', describe(raw))));
}

function parseChoice(field: FieldDef, raw: unknown): ParsedValue {
  const text = String(raw).trim();
  const choice = (field.choices ?? []).find((c) => c.toLowerCase() === text.toLowerCase());
  if (!choice) return rejected(err('CHOICE_INVALID', MSG.choiceInvalid(field.label, text, field.choices ?? [])));
  return { value: choice, filled: true, problems: [] };
}

const URL_PATTERN = /^https?:\/\/[^\s<>"']+\.[^\s<>"']+$/i;

function parseUrl(field: FieldDef, raw: unknown): ParsedValue {
  const text = String(raw).trim();
  const bad = text.split(/\s+/).find((link) => !URL_PATTERN.test(link));
  // Links are not totals: a bad link is a warning and the text is kept as typed.
  const problems = bad === undefined ? [] : [warn('URL_INVALID', MSG.urlInvalid(field.label, bad))];
  return { value: text, filled: true, problems };
}

const HTML_PATTERN = /<\s*\/?\s*[a-z!][^>]*>/i;

function parseText(field: FieldDef, raw: unknown): ParsedValue {
  if (typeof raw === 'boolean')
    return rejected(err('WRONG_TYPE', MSG.wrongType(field.label, expectedText(field), describe(raw))));
  // Sheets turns a typed "2026-02" into a date unless the cell is text: read it back as the period it was.
  const text = raw instanceof Date ? isoDateIn(raw).slice(0, field.key === 'periode' ? 7 : 10) : String(raw);
  const problems: ValueProblem[] = [];
  if (HTML_PATTERN.test(text)) problems.push(warn('TEXT_HTML', MSG.textHtml(field.label)));
  if (/^[=+\-@]/.test(text.trim())) problems.push(warn('TEXT_FORMULA_LIKE', MSG.textFormulaLike(field.label)));
  if (text.length > MAX_TEXT_LENGTH) problems.push(warn('TEXT_TOO_LONG', MSG.textTooLong(field.label, text.length)));
  if (field.key === 'periode' && !isPeriod(text.trim()))
    return rejected(err('PERIOD_INVALID', MSG.periodInvalid(text.trim())));
  return { value: field.key === 'periode' ? text.trim() : text, filled: true, problems };
}
