// Runs stopped near Apps Script's 6-minute limit resume from a checkpoint (a document property): what each records,
// read back safely. A checkpoint holds counts and digests, never figures, so it stays far below a value's 9 KB.
import { deleteProperty } from './document-properties';
import { asRecord, readJsonProperty, type Shape, writeJsonProperty } from './json-property';
import { CLOSE_CHECKPOINT, NATIONAL_CHECKPOINT, SETUP_CHECKPOINT } from './keys';

export interface SetupCheckpoint {
  /** The period, template version and configuration the finished tabs were set up for. */
  readonly fingerprint: string;
  /** How many of config.units, in order, have their tab completely set up. */
  readonly done: number;
}

/**
 * A period close under way: written before its first write, removed after its last. What is done is read from the
 * tabs themselves (a tab showing the next period is done); the counts only word the messages.
 */
export interface CloseCheckpoint {
  /** The period being closed ("2026-02") and the one it opens. */
  readonly period: string;
  readonly next: string;
  /**
   * Unit tabs archived and opened for the next period, out of `total`, as a run that paused counted them; null while a
   * run is under way (it saves once before its first batch, not after each one) or when one stopped without saying.
   */
  readonly cleared: number | null;
  readonly total: number;
}

/** A national run under way: the listed Kanwil read so far, for this period and this list of workbooks. */
export interface NationalCheckpoint {
  readonly period: string;
  /** A digest of the Kanwil list (ids and names, in order): another list starts over. */
  readonly list: string;
  /** How many of the listed Kanwil, in order, are read (their figures or reasons in the hidden sheet). */
  readonly read: number;
}

export interface Checkpoint<T> {
  /** The saved checkpoint, or null when there is none (or it cannot be read: the run then starts over). */
  read(): T | null;
  /** `store`: the document properties already opened, when a run saves its checkpoint after every batch. */
  save(value: T, store?: GoogleAppsScript.Properties.Properties): void;
  clear(): void;
}

function checkpoint<T>(key: string, shape: Shape<T>): Checkpoint<T> {
  return {
    read: () => readJsonProperty(key, shape),
    save: (value, store) => writeJsonProperty(key, value, store),
    clear: () => deleteProperty(key),
  };
}

export const setupCheckpoint = checkpoint<SetupCheckpoint>(SETUP_CHECKPOINT, (parsed) => {
  const r = asRecord(parsed);
  return r && typeof r.fingerprint === 'string' && typeof r.done === 'number'
    ? { fingerprint: r.fingerprint, done: r.done }
    : null;
});

export const closeCheckpoint = checkpoint<CloseCheckpoint>(CLOSE_CHECKPOINT, (parsed) => {
  const r = asRecord(parsed);
  return r &&
    typeof r.period === 'string' &&
    typeof r.next === 'string' &&
    (typeof r.cleared === 'number' || r.cleared === null) &&
    typeof r.total === 'number'
    ? { period: r.period, next: r.next, cleared: typeof r.cleared === 'number' ? r.cleared : null, total: r.total }
    : null;
});

export const nationalCheckpoint = checkpoint<NationalCheckpoint>(NATIONAL_CHECKPOINT, (parsed) => {
  const r = asRecord(parsed);
  return r && typeof r.period === 'string' && typeof r.list === 'string' && typeof r.read === 'number'
    ? { period: r.period, list: r.list, read: r.read }
    : null;
});

/** A close of the configured period that has not finished; null when none is under way. */
export function pendingClose(config: { readonly period: string }): CloseCheckpoint | null {
  const saved = closeCheckpoint.read();
  return saved?.period === config.period ? saved : null;
}

/** A close that switched the period to the configured one but did not tidy up (its checkpoint is still there). */
export function finishedClose(config: { readonly period: string }): CloseCheckpoint | null {
  const saved = closeCheckpoint.read();
  return saved?.next === config.period ? saved : null;
}

/**
 * A SHA-256 digest (base64) of a JSON-able value: what a checkpoint was made for, compared on resume. Hashed as
 * UTF-8: without a charset Apps Script reads the text as US-ASCII, and every non-ASCII character hashes as "?".
 */
export function fingerprintOf(value: unknown): string {
  const json = JSON.stringify(value);
  const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, json, Utilities.Charset.UTF_8);
  return Utilities.base64Encode(digest);
}
