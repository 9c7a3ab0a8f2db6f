// Each unit's submission status, kept in Document Properties ("status:<unitCode>", JSON) because sidebar calls run
// as the operator, who cannot write the protected status cells of their own tab.
import { isAddonKey } from '../../core/schema/field-key';
import type { SubmissionStatus } from '../../core/schema/vocabulary';
import { asRecord, documentProperties, parseJsonProperty, readJsonProperty, writeJsonProperty } from './json-property';
import { STATUS_PREFIX, statusKey } from './keys';

export interface StoredStatus {
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

/** Every unit's stored status, read with one getProperties call. */
export function readStatuses(): Map<string, StoredStatus> {
  const all = documentProperties().getProperties();
  const out = new Map<string, StoredStatus>();
  for (const [key, raw] of Object.entries(all)) {
    const status = key.startsWith(STATUS_PREFIX) ? parseJsonProperty(raw, statusShape) : null;
    if (status) out.set(key.slice(STATUS_PREFIX.length), status);
  }
  return out;
}

/** The unit's stored status, or null when none was ever stored (or what is stored is unreadable). */
export function readStatus(unitCode: string, store = documentProperties()): StoredStatus | null {
  return readJsonProperty(statusKey(unitCode), statusShape, store);
}

export function writeStatus(unitCode: string, status: StoredStatus, store = documentProperties()): void {
  writeJsonProperty(statusKey(unitCode), status, store);
}

/** Writes several units' statuses in one setProperties call. */
export function writeStatuses(statuses: ReadonlyMap<string, StoredStatus>): void {
  if (statuses.size === 0) return;
  const props: Record<string, string> = {};
  for (const [code, s] of statuses) props[statusKey(code)] = JSON.stringify(s);
  documentProperties().setProperties(props);
}

/** Forgets every unit's status (a new period starts at Belum diisi). */
export function clearStatuses(unitCodes: readonly string[]): void {
  const store = documentProperties();
  const existing = store.getKeys();
  for (const code of unitCodes) if (existing.includes(statusKey(code))) store.deleteProperty(statusKey(code));
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
