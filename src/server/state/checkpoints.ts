// Runs stopped near Apps Script's 6-minute limit resume from a checkpoint (a document property): what each records,
// read back safely. A checkpoint holds counts and digests, never figures, so it stays far below a value's 9 KB.
import { asRecord, deleteProperty, readJsonProperty, type Shape, writeJsonProperty } from './json-property';
import { CLOSE_CHECKPOINT, SETUP_CHECKPOINT } from './keys';

export interface SetupCheckpoint {
  /** The period, template version and configuration the finished tabs were set up for. */
  readonly fingerprint: string;
  /** How many of config.units, in order, have their tab completely set up. */
  readonly done: number;
}

export interface CloseCheckpoint {
  /** The period, template version and units being closed. */
  readonly fingerprint: string;
  /** How many of config.units, in order, are already rebuilt for the next period (all archived before). */
  readonly cleared: number;
  /** Per unit (config order): a short digest of its archived rows, to notice figures typed after archiving. */
  readonly digests: readonly string[];
}

export interface Checkpoint<T> {
  /** The saved checkpoint, or null when there is none (or it cannot be read: the run then starts over). */
  read(): T | null;
  save(value: T): void;
  clear(): void;
}

function checkpoint<T>(key: string, shape: Shape<T>): Checkpoint<T> {
  return {
    read: () => readJsonProperty(key, shape),
    save: (value) => writeJsonProperty(key, value),
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
  return r && typeof r.fingerprint === 'string' && typeof r.cleared === 'number' && Array.isArray(r.digests)
    ? { fingerprint: r.fingerprint, cleared: r.cleared, digests: r.digests.map(String) }
    : null;
});

/**
 * A SHA-256 digest (base64) of a JSON-able value: what a checkpoint was made for, compared on resume. Hashed as
 * UTF-8: without a charset Apps Script reads the text as US-ASCII, and every non-ASCII character hashes as "?".
 */
export function fingerprintOf(value: unknown): string {
  const json = JSON.stringify(value);
  const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, json, Utilities.Charset.UTF_8);
  return Utilities.base64Encode(digest);
}
