// Apps Script's 6-minute limit: a long run stops between two whole steps, with a checkpoint, before it is cut off.

/**
 * Apps Script ends an execution at 6 minutes (https://developers.google.com/apps-script/guides/services/quotas);
 * a run does not start a step that, at the pace of its slowest step so far, would end past 5 minutes.
 */
export const STOP_AT_MS = 5 * 60 * 1000;

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
