// id-ID formatting for the sidebar: the core's formatting applied to the ISO strings that cross google.script.run.
import { formatDateId, formatDateTimeId, formatNumber } from '../core/text/format';

export { formatNumber };

function parseIso(iso: string): Date | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms);
}

/** "2026-02-03T02:15:00Z" → "3 Februari 2026"; missing → "—"; text that is not a timestamp is shown as it is. */
export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const d = parseIso(iso);
  return d ? formatDateId(d) : iso;
}

/** "2026-02-03T02:15:00Z" → "3 Februari 2026 09.15 WIB", as the sheets and the report write it. */
export function formatDateTime(iso: string | null): string {
  if (!iso) return '—';
  const d = parseIso(iso);
  return d ? formatDateTimeId(d) : iso;
}

/** "2 kesalahan · 1 peringatan" (Bahasa Indonesia nouns do not inflect for number). */
export function formatIssueCounts(errors: number, warnings: number): string {
  return `${formatNumber(errors)} kesalahan · ${formatNumber(warnings)} peringatan`;
}
