// Each unit's submission status, kept in Document Properties ("status:<unitCode>", JSON) because sidebar calls run
// as the operator, who cannot write the protected status cells of their own tab. A status belongs to the period it
// was set in: once the period moves on it is ignored, so closing a period and resetting statuses is one step
// (a unit's key is overwritten by its next status, so nothing is deleted one key at a time).
// Every change goes through updateStatuses: a fresh read, a merge and a write under the document lock, so a send,
// a return, an edit flag and a consolidation never write back a status another one changed meanwhile.
import { isAddonKey } from '../../core/schema/field-key';
import type { SubmissionStatus } from '../../core/schema/vocabulary';
import { UserError } from '../runtime/user-error';
import { documentProperties, propertyView, refreshView } from './document-properties';
import { asRecord, parseJsonProperty } from './json-property';
import { STATUS_PREFIX, statusKey } from './keys';

export interface StoredStatus {
  /** The period ("2026-02") the status was set in; null in a record written before statuses carried one. */
  readonly period: string | null;
  /** Only the statuses a person sets; Belum diisi / Draf are derived from the tab's contents. */
  readonly status: 'Dikirim' | 'Dikembalikan' | null;
  /** ISO date-time strings. */
  readonly sentAt: string | null;
  readonly sentBy: string | null;
  readonly returnNote: string | null;
  readonly returnedAt: string | null;
  readonly returnedBy: string | null;
  /** When a change of the tab's figures was first seen, and the figures' fingerprint then. */
  readonly lastChange: string | null;
  readonly fingerprint: string | null;
  /** Fingerprint of the figures when they were sent. */
  readonly sentFingerprint: string | null;
  /** Set by the onEdit trigger when a person edits the sent tab's input cells; cleared by sending again. */
  readonly editedAfterSending: boolean;
}

export const EMPTY_STATUS: StoredStatus = {
  period: null,
  status: null,
  sentAt: null,
  sentBy: null,
  returnNote: null,
  returnedAt: null,
  returnedBy: null,
  lastChange: null,
  fingerprint: null,
  sentFingerprint: null,
  editedAfterSending: false,
};

/** A stored status; the fields an older record lacks take their empty value. */
function statusShape(parsed: unknown): StoredStatus | null {
  const record = asRecord(parsed);
  return record ? ({ ...EMPTY_STATUS, ...record } as StoredStatus) : null;
}

/** A record of another period is no status of this one (a record without a period is taken as current); null: any. */
function inPeriod(status: StoredStatus | null, period: string | null): StoredStatus | null {
  return status && (period === null || status.period === null || status.period === period) ? status : null;
}

/** Every unit's stored status in `period`: the run's view of them when one is open, else one getProperties call. */
export function readStatuses(period: string): Map<string, StoredStatus> {
  return statusesIn(propertyView() ?? documentProperties().getProperties(), period);
}

function statusesIn(all: Readonly<Record<string, string>>, period: string | null): Map<string, StoredStatus> {
  const out = new Map<string, StoredStatus>();
  for (const [key, raw] of Object.entries(all)) {
    const status = key.startsWith(STATUS_PREFIX) ? inPeriod(parseJsonProperty(raw, statusShape), period) : null;
    if (status) out.set(key.slice(STATUS_PREFIX.length), status);
  }
  return out;
}

/** The unit's stored status in `period`, or null when none was stored then (or what is stored is unreadable). */
export function readStatus(unitCode: string, period: string | null, store = documentProperties()): StoredStatus | null {
  return inPeriod(parseJsonProperty(store.getProperty(statusKey(unitCode)), statusShape), period);
}

/** How long a status change waits for another one to finish: each holds the lock for a few property calls. */
const STATUS_LOCK_WAIT_MS = 5000;
export const STATUS_BUSY_MESSAGE = 'Status UPT sedang diperbarui oleh proses lain. Tunggu sebentar, lalu coba lagi.';

/**
 * Changes units' statuses in `period` as one writer: under the document lock, every status is read afresh, `change`
 * gives each unit's new status (null: leave it), and the changed ones are written in one setProperties, each stamped
 * with the period (`period` null: records of any period, each keeping its own). Without a document (an add-on's time
 * trigger has none) the read-merge-write runs unlocked.
 */
export function updateStatuses(
  period: string | null,
  codes: readonly string[],
  change: (code: string, current: StoredStatus | null) => StoredStatus | null,
  store = documentProperties(),
): Map<string, StoredStatus> {
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(STATUS_LOCK_WAIT_MS)) throw new UserError(STATUS_BUSY_MESSAGE);
  try {
    let current: Map<string, StoredStatus | null>;
    if (codes.length === 1) {
      current = new Map([[codes[0] as string, readStatus(codes[0] as string, period, store)]]);
    } else {
      const all = store.getProperties();
      // The run's later reads of the statuses see them as fresh as this.
      refreshView(all);
      current = statusesIn(all, period);
    }
    const changed = new Map<string, StoredStatus>();
    for (const code of codes) {
      const next = change(code, current.get(code) ?? null);
      if (next) changed.set(code, { ...next, period: period ?? next.period });
    }
    if (changed.size > 0) {
      const props: Record<string, string> = {};
      for (const [code, status] of changed) props[statusKey(code)] = JSON.stringify(status);
      store.setProperties(props);
      refreshView(props);
    }
    return changed;
  } finally {
    if (lock) lock.releaseLock();
  }
}

/** One unit's status change (see updateStatuses); the status now in force. */
export function updateStatus(
  unitCode: string,
  period: string | null,
  change: (current: StoredStatus | null) => StoredStatus | null,
  store = documentProperties(),
): StoredStatus | null {
  let kept: StoredStatus | null = null;
  const changed = updateStatuses(
    period,
    [unitCode],
    (_, current) => {
      kept = current;
      return change(current);
    },
    store,
  );
  return changed.get(unitCode) ?? kept;
}

/** Stamps records written before statuses carried a period with `period`, so a close leaves none behind as current. */
export function stampLegacyStatuses(
  period: string,
  fresh: Readonly<Record<string, string>> = documentProperties().getProperties(),
): void {
  const props: Record<string, string> = {};
  for (const [key, raw] of Object.entries(fresh)) {
    const status = key.startsWith(STATUS_PREFIX) ? parseJsonProperty(raw, statusShape) : null;
    if (status && status.period === null) props[key] = JSON.stringify({ ...status, period });
  }
  if (Object.keys(props).length > 0) documentProperties().setProperties(props);
}

/** A stable fingerprint of a unit's typed figures, to notice edits made after sending. */
export function fingerprint(values: Readonly<Record<string, unknown>>): string {
  const text = Object.keys(values)
    .sort()
    .map((k) => `${k}=${String(values[k])}`)
    .join('\u0001');
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return h.toString(16);
}

/** The fingerprint of what people typed: the add-on's own writes (status cells, identity) never count as a change. */
export function figuresFingerprint(values: Readonly<Record<string, unknown>>): string {
  return fingerprint(Object.fromEntries(Object.entries(values).filter(([k]) => !isAddonKey(k))));
}

/** The status a person sees: the stored one when set, else derived from whether anything is typed. */
export function effectiveStatus(stored: StoredStatus, hasValues: boolean): SubmissionStatus {
  if (stored.status) return stored.status;
  return hasValues ? 'Draf' : 'Belum diisi';
}

/**
 * Records a change of the figures: when the fingerprint differs from the last one seen, lastChange becomes `now`.
 * Returns the updated status, or null when nothing changed.
 */
export function noticeChange(stored: StoredStatus, currentFingerprint: string, now: Date): StoredStatus | null {
  if (stored.fingerprint === currentFingerprint) return null;
  // The first sighting of a unit sets the baseline; it is not "a change".
  const lastChange = stored.fingerprint === null ? stored.lastChange : now.toISOString();
  return { ...stored, fingerprint: currentFingerprint, lastChange };
}

/** True when the sent tab was edited afterwards: an edit seen by onEdit, or figures that differ from those sent. */
export function isChangedAfterSending(stored: StoredStatus | null, currentFingerprint: string): boolean {
  if (stored?.status !== 'Dikirim') return false;
  return stored.editedAfterSending || (!!stored.sentFingerprint && stored.sentFingerprint !== currentFingerprint);
}
