// An error whose message is meant for the user as it is (Bahasa Indonesia), as opposed to an unexpected failure.
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** The message to show for any thrown value: a UserError as it is, anything else without its stack. */
export function readableMessage(error: unknown): string {
  // By name, not instanceof: an error may come from another realm (the emulator's vm) with its own classes.
  if (error instanceof Error && error.name === 'UserError') return error.message;
  const text = error instanceof Error ? error.message : String(error);
  return `Terjadi kesalahan: ${text.split('\n')[0]}. Coba lagi; bila tetap gagal, hubungi admin Kanwil.`;
}
