// Runs stopped before Apps Script's 6-minute limit: the time budget and the checkpoints (document properties) they resume from.
import type { SummarySheet } from '../../core/consolidation/summary-sheets';

/** Document property holding the checkpoint: { fingerprint, drafts }. */
export const CHECKPOINT_PROPERTY = 'consolidation:checkpoint';

/**
 * Apps Script ends an execution at 6 minutes (https://developers.google.com/apps-script/guides/services/quotas);
 * a run does not start a step that, at the pace of its slowest step so far, would end past 5 minutes.
 */
export const STOP_AT_MS = 5 * 60 * 1000;

export interface Checkpoint {
  /** The summaries the drafts were written from: a resumed run reuses them only when its figures are the same. */
  readonly fingerprint: string;
  /** Summary sheet names whose complete draft ("… (baru)") is in the spreadsheet. */
  readonly drafts: readonly string[];
}

/** The pace of one run against the limit, on the script's clock (which counts as Apps Script counts). */
export class TimeBudget {
  private slowest = 0;

  constructor(private readonly startMs: number) {}

  /** Runs `step` and remembers how long it took. */
  time<T>(step: () => T): T {
    const begin = Date.now();
    const value = step();
    this.slowest = Math.max(this.slowest, Date.now() - begin);
    return value;
  }

  /** True when one more step as slow as the slowest so far could end past STOP_AT_MS. */
  nearLimit(): boolean {
    return Date.now() - this.startMs + this.slowest > STOP_AT_MS;
  }
}

/** The summaries' content without the "Diperbarui: …" time, which differs between runs of the same figures. */
export function summariesFingerprint(summaries: readonly SummarySheet[]): string {
  const content = summaries.map((s) => [
    s.name,
    s.grid.map((row) => row.filter((c) => !/^Diperbarui: /.test(String(c)))),
  ]);
  return fingerprintOf(content);
}

/** A SHA-256 digest (base64) of a JSON-able value: what a checkpoint was made for, compared on resume. */
export function fingerprintOf(value: unknown): string {
  const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, JSON.stringify(value));
  return Utilities.base64Encode(digest);
}

/** The parsed JSON of a checkpoint property, or null when absent or unreadable (then the run starts over). */
export function readProgress(property: string): unknown {
  const raw = PropertiesService.getDocumentProperties().getProperty(property);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/** Stores a checkpoint (a document property value holds at most 9 KB: keep checkpoints to counts and digests). */
export function saveProgress(property: string, value: unknown): void {
  PropertiesService.getDocumentProperties().setProperty(property, JSON.stringify(value));
}

export function clearProgress(property: string): void {
  PropertiesService.getDocumentProperties().deleteProperty(property);
}

export function readCheckpoint(): Checkpoint | null {
  const parsed = readProgress(CHECKPOINT_PROPERTY) as Checkpoint | null;
  if (!parsed) return null;
  try {
    return { fingerprint: String(parsed.fingerprint), drafts: parsed.drafts.map(String) };
  } catch {
    return null;
  }
}

export function saveCheckpoint(checkpoint: Checkpoint): void {
  saveProgress(CHECKPOINT_PROPERTY, checkpoint);
}

export function clearCheckpoint(): void {
  clearProgress(CHECKPOINT_PROPERTY);
}
