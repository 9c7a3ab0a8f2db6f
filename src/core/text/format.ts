// id-ID formatting of numbers, Rupiah, areas, percentages, dates and periods, without relying on Intl locale data.

export const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** 102772 → "102.772"; formatNumber(1234.5, 1) → "1.234,5". Rounds half away from zero. */
export function formatNumber(n: number, decimals = 0): string {
  if (!Number.isFinite(n)) return '–';
  const negative = n < 0;
  const factor = 10 ** decimals;
  const scaled = Math.round(Math.abs(n) * factor);
  const intPart = Math.floor(scaled / factor);
  const fraction = scaled - intPart * factor;
  const grouped = String(intPart).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const text = decimals > 0 ? `${grouped},${String(fraction).padStart(decimals, '0')}` : grouped;
  return negative && scaled !== 0 ? `-${text}` : text;
}

/** 1250000 → "Rp 1.250.000" (whole Rupiah). */
export function formatRupiah(n: number): string {
  const text = formatNumber(n);
  return text.startsWith('-') ? `-Rp ${text.slice(1)}` : `Rp ${text}`;
}

/** 102772 → "102.772 m²". */
export function formatArea(n: number): string {
  return `${formatNumber(n)} m²`;
}

/** A ratio (0.875) → "87,5%"; one decimal by default, e.g. budget absorption realisasi / pagu. */
export function formatPercent(ratio: number, decimals = 1): string {
  return `${formatNumber(ratio * 100, decimals)}%`;
}

/** ["a", "b", "c"] → "a, b atau c" (or "a, b dan c"): a list as a sentence says it. */
export function listText(items: readonly string[], conjunction: 'atau' | 'dan'): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

interface CalendarParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** Jakarta has no daylight saving: WIB is UTC+7 all year, so the offset is explicit rather than Intl-derived. */
const ZONE_OFFSET_MINUTES: Readonly<Record<string, number>> = {
  'Asia/Jakarta': 7 * 60,
  'Asia/Pontianak': 7 * 60,
  'Asia/Makassar': 8 * 60,
  'Asia/Jayapura': 9 * 60,
  UTC: 0,
};

const ZONE_ABBREVIATION: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
  UTC: 'UTC',
};

function partsIn(date: Date, timeZone: string): CalendarParts {
  const offset = ZONE_OFFSET_MINUTES[timeZone];
  if (offset === undefined) throw new Error(`Unsupported time zone: ${timeZone}`);
  const shifted = new Date(date.getTime() + offset * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** → "3 Februari 2026" in the given Indonesian time zone. */
export function formatDateId(date: Date, timeZone = 'Asia/Jakarta'): string {
  const p = partsIn(date, timeZone);
  return `${p.day} ${MONTHS_ID[p.month - 1]} ${p.year}`;
}

/** → "3 Februari 2026 09.00 WIB" (Indonesian style uses a dot between hours and minutes). */
export function formatDateTimeId(date: Date, timeZone = 'Asia/Jakarta'): string {
  const p = partsIn(date, timeZone);
  const hh = String(p.hour).padStart(2, '0');
  const mm = String(p.minute).padStart(2, '0');
  return `${formatDateId(date, timeZone)} ${hh}.${mm} ${ZONE_ABBREVIATION[timeZone]}`;
}

/** A Date → "YYYY-MM-DD" in the given zone (how a typed date cell is stored as a value). */
export function isoDateIn(date: Date, timeZone = 'Asia/Jakarta'): string {
  const p = partsIn(date, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(text: string): boolean {
  return PERIOD.test(text);
}

/** "2026-02" → "Februari 2026"; anything else is returned unchanged. */
export function formatPeriod(period: string): string {
  const m = PERIOD.exec(period);
  return m ? `${MONTHS_ID[Number(m[2]) - 1]} ${m[1]}` : period;
}

/** "2026-12" → "2027-01". */
export function nextPeriod(period: string): string {
  return shiftPeriod(period, 1);
}

/** "2026-01" → "2025-12". */
export function previousPeriod(period: string): string {
  return shiftPeriod(period, -1);
}

function shiftPeriod(period: string, months: number): string {
  const m = PERIOD.exec(period);
  if (!m) throw new Error(`Not a period (YYYY-MM): ${period}`);
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const ONES = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** A whole number in Indonesian words ("terbilang"): 102772 → "seratus dua ribu tujuh ratus tujuh puluh dua". */
export function terbilang(n: number): string {
  const x = Math.floor(Math.abs(n));
  if (x === 0) return 'nol';
  const words = spell(x).replace(/\s+/g, ' ').trim();
  return n < 0 ? `minus ${words}` : words;
}

function spell(x: number): string {
  if (x < 12) return ONES[x];
  if (x < 20) return `${ONES[x - 10]} belas`;
  if (x < 100) return `${ONES[Math.floor(x / 10)]} puluh ${ONES[x % 10]}`;
  if (x < 200) return `seratus ${spell(x - 100)}`;
  if (x < 1000) return `${ONES[Math.floor(x / 100)]} ratus ${spell(x % 100)}`;
  if (x < 2000) return `seribu ${spell(x - 1000)}`;
  if (x < 1e6) return `${spell(Math.floor(x / 1000))} ribu ${spell(x % 1000)}`;
  if (x < 1e9) return `${spell(Math.floor(x / 1e6))} juta ${spell(x % 1e6)}`;
  if (x < 1e12) return `${spell(Math.floor(x / 1e9))} miliar ${spell(x % 1e9)}`;
  return `${spell(Math.floor(x / 1e12))} triliun ${spell(x % 1e12)}`;
}
