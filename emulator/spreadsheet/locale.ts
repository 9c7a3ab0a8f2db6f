// Spreadsheet locale rules: decimal/grouping separators, BCP 47 tag, time-zone calendar parts and serial dates.

/** Languages whose spreadsheets use "," as the decimal separator and "." for thousands (id_ID: 1.234,5). */
const COMMA_DECIMAL_LANGUAGES = new Set([
  'id',
  'in',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt',
  'ru',
  'tr',
  'pl',
  'da',
  'sv',
  'nb',
  'fi',
  'vi',
]);

export interface Separators {
  readonly decimal: string;
  readonly group: string;
}

export function separatorsFor(locale: string): Separators {
  const lang = locale.split(/[_-]/)[0].toLowerCase();
  return COMMA_DECIMAL_LANGUAGES.has(lang) ? { decimal: ',', group: '.' } : { decimal: '.', group: ',' };
}

/** "in_ID"/"id_ID" → "id-ID" (Java's legacy "in" code for Indonesian is what Sheets may report). */
export function languageTag(locale: string): string {
  const [lang, region] = locale.split(/[_-]/);
  const l = lang.toLowerCase() === 'in' ? 'id' : lang.toLowerCase();
  return region ? `${l}-${region.toUpperCase()}` : l;
}

export interface CalendarParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

export function calendarParts(date: Date, timeZone: string): CalendarParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '0';
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: weekdays.indexOf(get('weekday')),
  };
}

const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The sheet's serial number of a date as seen in the spreadsheet's time zone (days since 30 Dec 1899). */
export function dateToSerial(date: Date, timeZone: string): number {
  const p = calendarParts(date, timeZone);
  const local = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, date.getUTCMilliseconds());
  return (local - SERIAL_EPOCH_UTC) / DAY_MS;
}

/** The instant whose wall-clock time in `timeZone` is the given local calendar time. */
export function zonedInstant(year: number, month: number, day: number, timeZone: string, h = 0, m = 0, s = 0): Date {
  const guess = Date.UTC(year, month - 1, day, h, m, s);
  const p = calendarParts(new Date(guess), timeZone);
  const offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - guess;
  return new Date(guess - offset);
}

export function serialToDate(serial: number, timeZone: string): Date {
  const local = new Date(SERIAL_EPOCH_UTC + Math.round(serial * DAY_MS));
  return zonedInstant(
    local.getUTCFullYear(),
    local.getUTCMonth() + 1,
    local.getUTCDate(),
    timeZone,
    local.getUTCHours(),
    local.getUTCMinutes(),
    local.getUTCSeconds(),
  );
}
