// Display formatting of cell values by number format and spreadsheet locale, as getDisplayValues() returns them.
import type { CellValue } from './cell';
import { calendarParts, dateToSerial, languageTag, separatorsFor, serialToDate } from './locale';

export interface DisplayContext {
  readonly locale: string;
  readonly timeZone: string;
}

/** Splits a format on ";" outside quotes into its positive;negative;zero sections. */
function sections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Removes quoted literals and escapes, so token detection does not see letters inside "Rp ". */
function unquoted(section: string): string {
  return section.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

/**
 * Whether a cell format makes its number a date, time or duration (its first section has date or time letters).
 * Such a number is what the Sheets API calls a date-time field: getValues() gives a Date, values.batchGet with
 * FORMATTED_STRING its display (https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption).
 */
export function isDateTimeFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  return isDateFormat(sections(format)[0] ?? '');
}

function isDateFormat(section: string): boolean {
  return /[ymdhs]/i.test(
    unquoted(section)
      .replace(/\[[^\]]*\]/g, '')
      .replace(/am\/pm/i, ''),
  );
}

function generalNumber(n: number, ctx: DisplayContext): string {
  const text = Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(10)));
  return text.replace('.', separatorsFor(ctx.locale).decimal);
}

function formatNumber(value: number, section: string, negativeSign: boolean, ctx: DisplayContext): string {
  const sep = separatorsFor(ctx.locale);
  // Tokenise into literals and one numeric placeholder run.
  const tokens: { literal: boolean; text: string }[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      tokens.push({ literal: true, text: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      tokens.push({ literal: true, text: section[i + 1] ?? '' });
      i++;
    } else if ('0#?,.'.includes(ch)) {
      const last = tokens[tokens.length - 1];
      if (last && !last.literal) last.text += ch;
      else tokens.push({ literal: false, text: ch });
    } else tokens.push({ literal: true, text: ch });
  }
  const percent = tokens.some((t) => t.literal && t.text === '%');
  const numeric = tokens.find((t) => !t.literal)?.text ?? '';
  const [intPart, fracPart = ''] = numeric.split('.');
  const decimals = (fracPart.match(/[0#?]/g) ?? []).length;
  const minDecimals = (fracPart.match(/0/g) ?? []).length;
  const minInt = (intPart.match(/0/g) ?? []).length;
  const grouping = /[0#?],[0#?]/.test(intPart);
  let v = Math.abs(value) * (percent ? 100 : 1);
  v = Number(v.toFixed(decimals));
  let [i, f = ''] = v.toFixed(decimals).split('.');
  while (f.length > minDecimals && f.endsWith('0')) f = f.slice(0, -1);
  if (i === '0' && minInt === 0) i = '';
  i = i.padStart(minInt, '0');
  if (grouping) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  const number = f ? `${i}${sep.decimal}${f}` : i;
  let seenNumber = false;
  const body = tokens
    .map((t) => {
      if (t.literal) return t.text;
      if (seenNumber) return '';
      seenNumber = true;
      return number;
    })
    .join('');
  return negativeSign && v !== 0 ? `-${body}` : body;
}

function formatDate(date: Date, section: string, ctx: DisplayContext): string {
  const p = calendarParts(date, ctx.timeZone);
  const tag = languageTag(ctx.locale);
  const name = (opts: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag, { ...opts, timeZone: ctx.timeZone }).format(date);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const tokenRe = /"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|./gi;
  const tokens = section.match(tokenRe) ?? [];
  const hasAmPm = tokens.some((t) => t.toLowerCase() === 'am/pm');
  return tokens
    .map((t, idx) => {
      const low = t.toLowerCase();
      const prev =
        tokens
          .slice(0, idx)
          .reverse()
          .find((x) => /^[a-z]/i.test(x))
          ?.toLowerCase() ?? '';
      const next =
        tokens
          .slice(idx + 1)
          .find((x) => /^[a-z]/i.test(x))
          ?.toLowerCase() ?? '';
      // "m"/"mm" means minutes right after hours or right before seconds (Sheets' rule, as in Excel).
      const isMinute = (low === 'm' || low === 'mm') && (prev.startsWith('h') || next.startsWith('s'));
      if (t.startsWith('"')) return t.slice(1, -1);
      if (t.startsWith('\\')) return t.slice(1);
      switch (low) {
        case 'yyyy':
          return String(p.year);
        case 'yy':
          return pad(p.year % 100);
        case 'mmmm':
          return name({ month: 'long' });
        case 'mmm':
          return name({ month: 'short' });
        case 'mm':
          return isMinute ? pad(p.minute) : pad(p.month);
        case 'm':
          return isMinute ? String(p.minute) : String(p.month);
        case 'dddd':
          return name({ weekday: 'long' });
        case 'ddd':
          return name({ weekday: 'short' });
        case 'dd':
          return pad(p.day);
        case 'd':
          return String(p.day);
        case 'hh':
          return pad(hasAmPm ? p.hour % 12 || 12 : p.hour);
        case 'h':
          return String(hasAmPm ? p.hour % 12 || 12 : p.hour);
        case 'ss':
          return pad(p.second);
        case 's':
          return String(p.second);
        case 'am/pm':
          return p.hour < 12 ? 'AM' : 'PM';
        default:
          return t;
      }
    })
    .join('');
}

/**
 * Default date display when a Date cell has no number format. Uncertain: Sheets picks a locale default
 * (en_US "M/d/yyyy"); for comma-decimal locales such as id_ID we assume day-first "d/M/yyyy".
 */
function defaultDateFormat(ctx: DisplayContext): string {
  return separatorsFor(ctx.locale).decimal === ',' ? 'd/m/yyyy' : 'm/d/yyyy';
}

/** What getDisplayValue() shows for a value under a number format ('' or "General" = automatic). */
export function formatDisplay(value: CellValue, format: string, ctx: DisplayContext): string {
  if (value === '' || value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const fmt = format === 'General' ? '' : format;
  if (fmt === '@')
    return value instanceof Date ? formatDate(value, defaultDateFormat(ctx), ctx) : generalNumber(value, ctx);
  const secs = fmt ? sections(fmt) : [];
  if (value instanceof Date) {
    const sec = secs[0] ?? '';
    if (sec && isDateFormat(sec)) return formatDate(value, sec, ctx);
    if (sec) return formatNumber(dateToSerial(value, ctx.timeZone), sec, false, ctx);
    return formatDate(value, defaultDateFormat(ctx), ctx);
  }
  if (!fmt) return generalNumber(value, ctx);
  let sec = secs[0];
  let sign = value < 0;
  if (value < 0 && secs[1] !== undefined) {
    sec = secs[1];
    sign = false;
  } else if (value === 0 && secs[2] !== undefined) sec = secs[2];
  if (isDateFormat(sec)) return formatDate(serialToDate(value, ctx.timeZone), sec, ctx);
  return formatNumber(value, sec, sign, ctx);
}
