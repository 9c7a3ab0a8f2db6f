// A portable contract: one behaviour of Apps Script, observed through its globals only, so the same text runs on the
// emulator and on live Apps Script.

/** "documented": Google's reference or guides say it. "open question": they do not, and the live run decides. */
export type Basis = 'documented' | 'open question';

/** An expected observation: plain JSON values; a RegExp matches a string in its place. */
export type Expected = null | boolean | number | string | RegExp | Expected[] | { [key: string]: Expected };

/** What a contract may create; everything it registers here is removed when the contract ends. */
export interface Scratch {
  /** The spreadsheet the script is bound to. */
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The e-mail address of the user running the contracts. */
  readonly me: string;
  /** A name no other scratch resource of this run has, e.g. "Uji 7a3c 4". */
  name(): string;
  /** A new sheet in the bound spreadsheet (at `index`, 0-based, if given), deleted at the end. */
  sheet(index?: number): GoogleAppsScript.Spreadsheet.Sheet;
  /** A new Google Doc, moved to the trash at the end. */
  document(): GoogleAppsScript.Document.Document;
  /** A Drive file the contract made by other means, moved to the trash at the end. */
  driveFile(id: string, what?: string): void;
  /** Runs `undo` at the end (last registered, first run); `what` names it if it fails. */
  defer(undo: () => void, what?: string): void;
}

export interface Contract {
  /** The emulator's test of the same behaviour, by its full jest name ("describe › test"); pending-live without one. */
  readonly name: string;
  /** The public page that documents, or publicly reports, the behaviour. */
  readonly source: string;
  readonly basis: Basis;
  /** The observation Google should give. A function when it depends on the run (the user, the spreadsheet). */
  readonly expected: Expected | ((scratch: Scratch) => Expected);
  /** Exercises the behaviour and returns what it saw as plain values (enums as String, dates as ISO text). */
  observe(scratch: Scratch): unknown;
}

/** The message of what `action` throws, or 'no error'; for contracts whose observation is the failure itself. */
export function thrown(action: () => unknown): string {
  try {
    action();
  } catch (e) {
    return e instanceof Error || Object.prototype.toString.call(e) === '[object Error]'
      ? (e as Error).message
      : String(e);
  }
  return 'no error';
}

/** The built-in class of a value as Object.prototype.toString names it ('Date', 'Number', …): realm-independent. */
export function kindOf(value: unknown): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}
