// A step whose failure must not change a run's outcome.

/**
 * Runs `step` and swallows its failure: bookkeeping after the work is done (the Log, a record for the panel), or
 * tidying up that the next run repeats. The first error, if any, is the one the run reports.
 */
export function bestEffort(step: () => void): void {
  try {
    step();
  } catch {
    // Deliberately ignored: see above.
  }
}
