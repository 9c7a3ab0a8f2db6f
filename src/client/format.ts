// id-ID formatting for the sidebar: numbers (102.772) and WIB date-times (3 Februari 2026, 09.15 WIB).

const MONTHS = [
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
];

/** Asia/Jakarta has been UTC+7 without daylight saving since 1964, so a fixed offset is exact. */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** 102772 → "102.772"; 1234.5 → "1.234,5". */
export function formatNumber(value: number): string {
  const [whole, fraction] = Math.abs(value).toString().split('.');
  const grouped = (whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 ? '-' : '';
  return fraction ? `${sign}${grouped},${fraction}` : `${sign}${grouped}`;
}

function wibParts(iso: string): Date | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms + WIB_OFFSET_MS);
}

/** "2026-02-03T02:15:00Z" → "3 Februari 2026"; missing → "—"; text that is not a timestamp is shown as it is. */
export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const d = wibParts(iso);
  if (!d) return iso;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "2026-02-03T02:15:00Z" → "3 Februari 2026, 09.15 WIB"; missing → "—"; text that is not a timestamp as it is. */
export function formatDateTime(iso: string | null): string {
  if (!iso) return '—';
  const d = wibParts(iso);
  if (!d) return iso;
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${formatDate(iso)}, ${hh}.${mm} WIB`;
}

/** "2 kesalahan · 1 peringatan" (Bahasa Indonesia nouns do not inflect for number). */
export function formatIssueCounts(errors: number, warnings: number): string {
  return `${formatNumber(errors)} kesalahan · ${formatNumber(warnings)} peringatan`;
}
