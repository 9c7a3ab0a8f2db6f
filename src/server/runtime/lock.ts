// One consolidation at a time: the script lock, taken with tryLock and released after a flush.
import { UserError } from './user-error';
import { flushWrites } from './write-cache';

/** How long a second caller waits for the lock before being told the run is busy. */
export const LOCK_WAIT_MS = 10_000;

export const BUSY_MESSAGE = 'Rekap sedang berjalan oleh proses lain. Tunggu sebentar, lalu coba lagi.';

export type Locked<T> = { readonly ran: true; readonly value: T } | { readonly ran: false };

/** Runs `work` holding the script lock; returns { ran: false } when another execution holds it. */
export function withScriptLock<T>(work: () => T, waitMs = LOCK_WAIT_MS): Locked<T> {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { ran: false };
  try {
    return { ran: true, value: work() };
  } finally {
    // Cached writes must land before another execution can take the lock and read them, whether the work finished
    // or failed half way. Unflushed, they keep the lock until the execution ends, when Apps Script flushes and
    // releases it (https://developers.google.com/apps-script/reference/lock/lock); a failed release is released then.
    if (flushQuietly()) {
      try {
        lock.releaseLock();
      } catch {
        // Released when the execution ends; the work is done and must not be reported as failed.
      }
    }
  }
}

/** Flushes this execution's cached writes, if any (a transient error is retried); false when the service would not
 * flush. */
function flushQuietly(): boolean {
  try {
    flushWrites();
    return true;
  } catch {
    return false;
  }
}

/** Like withScriptLock, but a busy lock becomes a UserError carrying BUSY_MESSAGE. */
export function requireScriptLock<T>(work: () => T, waitMs = LOCK_WAIT_MS): T {
  const result = withScriptLock(work, waitMs);
  if (!result.ran) throw new UserError(BUSY_MESSAGE);
  return result.value;
}
