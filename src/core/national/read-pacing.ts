// The Sheets API's per-user read quota, kept by the national run: "Read requests — per minute per user per project:
// 60" (https://developers.google.com/sheets/api/limits). Over it the API answers 429; the run waits instead.

export const READS_PER_MINUTE_PER_USER = 60;
const MINUTE_MS = 60_000;

/**
 * How long to wait before one more read at `now` (epoch ms), given when the earlier reads of this run were made, so
 * that no 60-second window holds more than `limit` reads. 0 when the read may go at once.
 */
export function waitBeforeRead(readTimes: readonly number[], now: number, limit = READS_PER_MINUTE_PER_USER): number {
  const recent = readTimes.filter((t) => now - t < MINUTE_MS);
  if (recent.length < limit) return 0;
  const oldest = recent[recent.length - limit] as number;
  return Math.max(0, oldest + MINUTE_MS - now);
}

/** Waits before retry `attempt` (1-based) of a read the API refused for a passing reason: 1 s, 2 s, 4 s, … */
export function backoffMs(attempt: number): number {
  return 1000 * 2 ** (attempt - 1);
}
