// The emulator's shared runtime: who is running, in which auth mode, the clock, and the ledger of service calls.

/** What a service call costs in Apps Script terms; the benchmark groups calls by kind. */
export type CallKind =
  | 'read'
  | 'write'
  | 'format'
  | 'metadata'
  | 'docs'
  | 'drive'
  | 'ui'
  | 'script'
  | 'lock'
  | 'properties'
  | 'mail'
  | 'bigquery'
  | 'utility';

export interface CallRecord {
  readonly n: number;
  readonly service: string;
  readonly method: string;
  readonly kind: CallKind;
  /** Bytes of the request body the call sends (values, request lists, images, mail); 0 for none. */
  readonly bytes: number;
}

/**
 * Modelled latency per call kind, in seconds, each with its public measurement or, where none was found, what
 * bounds the estimate. The benchmark prints this table and a sensitivity line (every constant ×2 and ×0.5).
 */
export const LATENCY_SECONDS: Readonly<Record<CallKind, number>> = {
  read: 0.4,
  write: 0.4,
  format: 0.1,
  metadata: 0.03,
  docs: 0.25,
  drive: 0.4,
  ui: 0.05,
  script: 0.1,
  lock: 0.05,
  properties: 0.05,
  mail: 1.2,
  bigquery: 0.5,
  utility: 0,
};

export const LATENCY_SOURCES: Readonly<Record<CallKind, string>> = {
  read: 'measured: SpreadsheetApp write+read of one value ~800 ms, i.e. ~0.4 s a round trip (https://justin.poehnelt.com/posts/apps-script-key-value-stores)',
  write:
    'measured: as read (same source); a flushed 4,000-cell write took 610 ms (https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp)',
  format:
    'estimate between two measurements: 10,000 buffered setBackground calls took 70 s, 7 ms each (https://developers.google.com/apps-script/guides/support/best-practices), and a flushed write, 0.4 s',
  metadata:
    'estimate: answered from the spreadsheet Apps Script has loaded; no public per-call figure found, taken as a PropertiesService read (30 ms, see properties)',
  docs: 'estimate: no public per-call figure for DocumentApp or the Docs API found; between a property read and a Sheets round trip',
  drive: 'estimate: no public per-call figure for DriveApp found; taken as a Sheets round trip (read)',
  ui: 'estimate: no public figure found; the dialog is drawn by the browser, the call only queues it',
  script: 'estimate: no public figure for ScriptApp or Chart rendering found',
  lock: 'estimate: no public figure for LockService found; taken as a property read and write',
  properties:
    'measured: getProperty 30 ms, setProperty 62 ms on average over 100 runs (https://ziritione.org/post/apps_script_performance)',
  mail: 'measured: about 1.2 s to send a 100 KB e-mail (https://sites.google.com/quickfixters.com/add-onsuniverse/faq)',
  bigquery:
    "estimate: no public per-call figure for the BigQuery advanced service found; a job request is answered before the job runs on Google's side, taken as a little over a Sheets round trip",
  utility: 'in-script: builders, range geometry, blobs and logging are answered without a round trip (0 s)',
};

/**
 * Seconds per MB of request body, added to a call's latency. Estimate: no public per-MB figure for Apps Script
 * request bodies was found; Google recommends at most 2 MB per Sheets API request
 * (https://developers.google.com/sheets/api/limits), and the sensitivity line shows how much this term weighs.
 */
export const SECONDS_PER_MB = 1;

/** Scales for a sensitivity run: every per-call constant and the per-MB term multiplied (1 = the table as is). */
export interface LatencyScale {
  readonly perCall: number;
  readonly perMb: number;
}

/** A call's modelled seconds: its kind's latency plus its payload. */
export function callSeconds(
  call: Pick<CallRecord, 'kind' | 'bytes'>,
  scale: LatencyScale = { perCall: 1, perMb: 1 },
): number {
  return LATENCY_SECONDS[call.kind] * scale.perCall + (call.bytes / 1_000_000) * SECONDS_PER_MB * scale.perMb;
}

/** UTF-8 bytes of a call's body as JSON (values, request lists): what the payload term charges. An object met
 * twice (a rule shared by many cells, a range pointing back at its sheet) is sent once. */
export function payloadBytes(body: unknown): number {
  const seen = new WeakSet<object>();
  const json = JSON.stringify(body, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null) return value;
    if (seen.has(value)) return undefined;
    seen.add(value);
    return value;
  });
  return Buffer.byteLength(json ?? '', 'utf8');
}

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** A fault to raise: on call number `at` (1-based, counted over all services), or on every call matching `when`;
 * never on a call the script answers itself (kind 'utility'), which reaches no service, though `when` sees it. */
export interface Fault {
  readonly at?: number;
  readonly when?: (call: CallRecord) => boolean;
  readonly error: string;
  /** Raise once (default) or every time it matches. */
  readonly repeat?: boolean;
}

/** Error messages Apps Script really raises, kept in one place so a wording can be corrected in one edit. */
export const APPS_SCRIPT_ERRORS = {
  spreadsheetsTimedOut: 'Service Spreadsheets timed out while accessing document with id ',
  tooManySimultaneous: 'Too many simultaneous invocations: Spreadsheets',
  maxExecutionTime: 'Exceeded maximum execution time',
  serviceInvokedTooManyTimes: 'Service invoked too many times for one day: ',
  emailQuota: 'Service invoked too many times for one day: email.',
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  authRequired: 'You do not have permission to call ',
  // [F] a method whose scopes the manifest's oauthScopes lack; the wording is not documented. Public reports of an
  // explicit manifest read "Specified permissions are not sufficient to call DriveApp.createFolder. Required
  // permissions: https://www.googleapis.com/auth/drive", and several accepted scopes as "(A || B)"; one scope is
  // printed bare, as in https://github.com/andrewroberts/BBLog/issues/4 (which shows the older opening
  // "You do not have permission to call").
  scopeNotGranted: (method: string, accepted: readonly string[]) =>
    `Specified permissions are not sufficient to call ${method}. Required permissions: ${
      accepted.length === 1 ? accepted[0] : `(${accepted.join(' || ')})`
    }`,
  // [F] https://github.com/chriskyfung/AutoFetcher-IG-Stories-to-GDrive/issues/112 (DriveApp.getFileById)
  driveItemNotFound:
    'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
  // [F] wording of the Docs service after saveAndClose(); from public reports, uncertain.
  documentClosed: 'Document is closed, its contents cannot be updated.',
  // [F] DocumentApp.openById of a missing or unreadable document (public reports).
  documentMissing: "Document is missing (perhaps it was deleted, or you don't have read access?)",
  documentQuota: 'Service invoked too many times for one day: document create.',
  // [F] HtmlService.createHtmlOutputFromFile with no such file; from public reports, uncertain.
  htmlFileMissing: (name: string) => `No HTML file named ${name} was found.`,
  tooManyTriggers:
    'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  // [F] uncertain wording; the allowed values are documented in R script/clock-trigger-builder#everyMinutes(Integer).
  everyMinutesInvalid: 'The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30.',
  everyHoursInvalid: 'The value passed to everyHours must be one of 1, 2, 4, 6, 8 or 12.',
  atHourNeedsDaily: 'Specific time of day triggers (atHour, nearMinute) require everyDays or everyWeeks.',
  // Add-ons may run time triggers at most hourly (G triggers/installable); the error text is not documented: uncertain.
  addOnTriggerTooFrequent: 'Add-ons cannot create time-based triggers that run more frequently than once per hour.',
  // [F] add-ons may hold one time-driven trigger per user per document (G add-ons/concepts/editor-triggers).
  addOnTooManyTimeTriggers:
    'This add-on has created too many time-based triggers in this document for this Google user account.',
  // An add-on may create triggers only for the file it is used in (https://developers.google.com/workspace/add-ons/concepts/editor-triggers);
  // the error text is not documented: uncertain.
  addOnTriggerOtherFile: 'Add-ons can only create triggers for the file in which the add-on is used.',
  // [F] raised when the daily trigger runtime quota is used up.
  triggerRuntimeQuota: 'Service using too much computer time for one day',
  propertiesQuota: 'Service invoked too many times for one day: properties.',
  propertyValueTooLarge: 'Argument too large: value',
  propertyStoreFull: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  // [F] uncertain: worded as the property store's, for a cache key over 250 characters or a value over 100 KB.
  cacheArgumentTooLarge: (what: 'key' | 'value') => `Argument too large: ${what}`,
  // [F] uncertain: an expiration outside 1–21600 s (R cache/cache#put(String,String,Integer)).
  cacheExpirationInvalid: 'Invalid argument: expirationInSeconds',
} as const;

/**
 * Call kinds each auth mode refuses (G add-ons/concepts/editor-auth-lifecycle, G triggers#restrictions): in NONE
 * nothing that needs authorization runs; simple triggers (LIMITED) may use the bound file and properties but not
 * Drive, Docs, Mail or triggers. SpreadsheetApp applies its own rule (spreadsheet/context.ts).
 */
const REFUSED_KINDS: Readonly<Record<AuthModeName, readonly CallKind[]>> = {
  NONE: ['drive', 'docs', 'mail', 'properties', 'lock', 'script', 'bigquery'],
  CUSTOM_FUNCTION: ['drive', 'docs', 'mail', 'lock', 'script', 'bigquery'],
  LIMITED: ['drive', 'docs', 'mail', 'script', 'bigquery'],
  FULL: [],
};

const SCOPES: Readonly<Partial<Record<CallKind, string>>> = {
  drive: 'https://www.googleapis.com/auth/drive',
  docs: 'https://www.googleapis.com/auth/documents',
  mail: 'https://www.googleapis.com/auth/script.send_mail',
  script: 'https://www.googleapis.com/auth/script.scriptapp',
};
// Properties and locks need no OAuth scope, yet an add-on in AuthMode.NONE cannot use them (uncertain for locks).

/** The manifest's OAuth scopes (scopes/enforce.ts): refuses a call they do not cover; told whether an execution runs. */
export interface ScopeCheck {
  check(service: string, method: string, kind: CallKind, duringExecution: boolean): void;
  /** Whether a scope is granted, itself or through a broader one (the Drive API decides per file). */
  grants(scope: string): boolean;
}

export class Ledger {
  private readonly calls: CallRecord[] = [];
  private faults: Fault[] = [];
  /** When set, each call advances the runtime clock by its modelled latency. */
  chargeLatency = true;

  constructor(private readonly runtime: Runtime) {}

  /** Every emulated service method calls this first, with the bytes it sends; it may throw an injected fault. */
  record(service: string, method: string, kind: CallKind, bytes = 0): void {
    const call: CallRecord = { n: this.calls.length + 1, service, method, kind, bytes };
    this.calls.push(call);
    if (this.chargeLatency) this.runtime.advance(callSeconds(call) * 1000);
    const fault = this.faults.find((f) => f.at === call.n || f.when?.(call));
    // A call the script answers itself reaches no service, so no service fault can hit it; a `when` still sees it
    // (a test acting meanwhile, as a person could between any two statements).
    if (fault && kind !== 'utility') {
      if (!fault.repeat) this.faults = this.faults.filter((f) => f !== fault);
      throw new Error(fault.error);
    }
    this.runtime.checkDeadline();
    this.runtime.scopes?.check(service, method, kind, this.runtime.executionDeadline !== null);
    if (REFUSED_KINDS[this.runtime.authMode].includes(kind)) {
      const scope = SCOPES[kind];
      throw new Error(
        `${APPS_SCRIPT_ERRORS.authRequired}${service}.${method}.${scope ? ` Required permissions: ${scope}` : ''}`,
      );
    }
    this.runtime.writeCache(service, method, kind);
  }

  inject(fault: Fault): void {
    this.faults.push(fault);
  }

  clearFaults(): void {
    this.faults = [];
  }

  get count(): number {
    return this.calls.length;
  }

  all(): readonly CallRecord[] {
    return this.calls;
  }

  byKind(): Record<CallKind, number> {
    const out = Object.fromEntries(Object.keys(LATENCY_SECONDS).map((k) => [k, 0])) as Record<CallKind, number>;
    for (const c of this.calls) out[c.kind]++;
    return out;
  }

  modelledSeconds(): number {
    return this.calls.reduce((s, c) => s + callSeconds(c), 0);
  }

  reset(): void {
    this.calls.length = 0;
  }
}

/** Who runs, how, and when. Tests set these per run, as Apps Script would per execution. */
export class Runtime {
  activeUserEmail = 'admin@kanwil.example';
  effectiveUserEmail = 'admin@kanwil.example';
  authMode: AuthModeName = 'FULL';
  scriptTimeZone = 'Asia/Jakarta';
  /** Session.getActiveUserLocale(): the user's language code as Apps Script reports it (e.g. 'id', 'en'). */
  userLocale = 'id';
  /** The execution now running; locks are held per execution and released when it ends. */
  executionId = 'execution-1';
  /** Epoch ms after which any service call throws "Exceeded maximum execution time"; null = no limit. */
  executionDeadline: number | null = null;
  /** The manifest's OAuth scopes, checked at every call; null checks nothing (a bare Runtime in a unit test). */
  scopes: ScopeCheck | null = null;
  readonly ledger: Ledger;
  private clockMs: number;

  constructor(start: Date = new Date('2026-02-03T02:00:00Z')) {
    this.clockMs = start.getTime();
    this.ledger = new Ledger(this);
  }

  now(): Date {
    return new Date(this.clockMs);
  }

  advance(ms: number): void {
    this.clockMs += ms;
  }

  setClock(at: Date): void {
    this.clockMs = at.getTime();
  }

  /** Starts an execution: a 6-minute limit counted on the modelled clock, as Apps Script counts wall time. */
  beginExecution(limitMs = 6 * 60 * 1000): void {
    this.executionDeadline = this.clockMs + limitMs;
    this.unflushedWrites = [];
    this.hazards.length = 0;
  }

  /**
   * SpreadsheetApp writes of this execution not yet applied. Apps Script caches writes ("write caching to save what
   * is likely to be set", R guides/support/best-practices) until SpreadsheetApp.flush() ("Applies all pending
   * Spreadsheet changes", R spreadsheet/spreadsheet-app#flush()), a SpreadsheetApp read (reads commit the cache:
   * the same page's "alternating read and write commands is slow") or the execution's end.
   */
  unflushedWrites: string[] = [];
  /** What this execution did that Google allows but the emulator cannot show; the harness throws them at its end
   * while `strictWriteCache` holds (the add-on's tests). The contract bundle, which observes Google, turns it off. */
  readonly hazards: string[] = [];
  strictWriteCache = true;

  /**
   * Follows the write cache through a call. The emulator writes through, so it cannot show what Google would: a
   * Sheets API call sees the stored spreadsheet without the cached writes (refused here), and a lock released
   * over cached writes lets another execution read without them ("call SpreadsheetApp.flush() prior to releasing
   * the lock", R lock/lock#releaseLock(); a hazard).
   */
  writeCache(service: string, method: string, kind: CallKind): void {
    if (this.executionDeadline === null) return;
    if (service === 'SpreadsheetApp') {
      if (method === 'SpreadsheetApp.flush' || kind === 'read') this.unflushedWrites = [];
      else if (kind === 'write' || kind === 'format') this.unflushedWrites.push(method);
      return;
    }
    if (this.unflushedWrites.length === 0) return;
    const pending = `${this.unflushedWrites.length} SpreadsheetApp write(s) of this execution not flushed (${[...new Set(this.unflushedWrites)].join(', ')})`;
    if (service === 'Sheets')
      throw new Error(
        `Emulator: Sheets API ${method} with ${pending}: Google would apply the request to the stored spreadsheet, without them (not emulated; flush first).`,
      );
    if (service === 'Lock' && method === 'releaseLock' && this.strictWriteCache)
      this.hazards.push(`Emulator: the lock was released with ${pending}; another execution could read without them.`);
  }

  /** Throws "Exceeded maximum execution time" once the modelled clock is past the execution's limit. */
  checkDeadline(): void {
    if (this.executionDeadline !== null && this.clockMs > this.executionDeadline) {
      throw new Error(APPS_SCRIPT_ERRORS.maxExecutionTime);
    }
  }

  endExecution(): void {
    this.executionDeadline = null;
    this.unflushedWrites = [];
  }
}
