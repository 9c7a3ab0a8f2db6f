// Log rows that could not be written to the "Log" sheet (an operator's run, or an admin the sheet's protection does
// not list yet), kept in a document property until a run that can write the sheet appends them: no row is dropped.
import type { LogEntry } from '../sheets/log';
import { deleteProperty, documentProperties } from './document-properties';
import { readJsonProperty, writeJsonProperty } from './json-property';
import { PENDING_LOG } from './keys';

/** A property value holds at most 9 KB: the oldest rows give way first (each is about 300 characters). */
const MAX_PENDING = 25;

interface StoredEntry {
  readonly start: string;
  readonly end: string;
  readonly action: string;
  readonly by: string;
  readonly outcome: LogEntry['outcome'];
  readonly tabsRead: number;
  readonly detail: string;
}

/** The rows kept; `fresh`: from the store itself, not the run's view (operators' runs add rows without the lock). */
function entries(fresh = false): StoredEntry[] {
  const shape = (parsed: unknown) => (Array.isArray(parsed) ? (parsed as StoredEntry[]) : null);
  const stored = fresh
    ? readJsonProperty(PENDING_LOG, shape, documentProperties())
    : readJsonProperty(PENDING_LOG, shape);
  return stored?.filter((e) => typeof e === 'object' && e !== null && typeof e.action === 'string') ?? [];
}

/** Keeps a row for later; the detail is cut so that the property stays within its size limit. */
export function keepPendingLog(entry: LogEntry): void {
  const kept: StoredEntry = {
    ...entry,
    start: entry.start.toISOString(),
    end: entry.end.toISOString(),
    detail: entry.detail.slice(0, 200),
  };
  writeJsonProperty(PENDING_LOG, [...entries(true), kept].slice(-MAX_PENDING));
}

export interface PendingLog {
  readonly rows: LogEntry[];
  forget(): void;
}

/**
 * The rows kept, oldest first, and a way to forget them once they are in the sheet: a row kept meanwhile by an
 * operator's run stays for the next run.
 */
export function pendingLog(): PendingLog {
  const stored = entries();
  const rows = stored.map((e) => ({ ...e, start: new Date(e.start), end: new Date(e.end) }));
  return {
    rows,
    forget() {
      if (rows.length === 0) return;
      const written = new Set(stored.map((e) => JSON.stringify(e)));
      const left = entries(true).filter((e) => !written.has(JSON.stringify(e)));
      if (left.length > 0) writeJsonProperty(PENDING_LOG, left);
      else deleteProperty(PENDING_LOG);
    },
  };
}
