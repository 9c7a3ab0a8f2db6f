// Retries an idempotent service call on the errors Apps Script raises for a passing overload, with bounded backoff.

/**
 * Transient wordings: "Service Spreadsheets timed out while accessing document with id …", "Too many simultaneous
 * invocations: Spreadsheets", "Service error: …" / "… internal error". Quota ("Service invoked too many times for one
 * day"), authorization and "Exceeded maximum execution time" are not transient: trying again cannot help.
 * Google's advice is exponential backoff (https://developers.google.com/apps-script/guides/support/troubleshooting).
 */
const TRANSIENT = [
  /^Service \w[\w ]* timed out/i,
  /^Too many simultaneous invocations/i,
  /^Service error/i,
  /internal error/i,
];

/** At most this many tries of one call (the first and two retries). */
export const MAX_ATTEMPTS = 3;
/** The first wait; each further wait doubles it (0.5 s, then 1 s). */
export const FIRST_BACKOFF_MS = 500;

export function isTransient(error: unknown): boolean {
  const text = error instanceof Error ? error.message : String(error);
  return TRANSIENT.some((re) => re.test(text));
}

/** Runs `work`; a transient error is retried after Utilities.sleep, any other error (or the last one) goes up. */
export function withRetry<T>(work: () => T, attempts = MAX_ATTEMPTS): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return work();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      Utilities.sleep(FIRST_BACKOFF_MS * 2 ** (attempt - 1));
    }
  }
}
