// The error the local run and the benchmark report to the user as it is (Bahasa Indonesia), with exit code 2.

export class LocalRunError extends Error {
  override readonly name = 'LocalRunError';
}
