// The emulated ScriptApp: auth modes, installable triggers (time-driven and spreadsheet) with their real limits.
import { APPS_SCRIPT_ERRORS, type Runtime } from './runtime';
import { zoneOffsetMs } from './utilities';

export const AuthMode = Object.freeze({
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
});
export const TriggerSource = Object.freeze({
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
});
export const EventType = Object.freeze({
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
});
export const WeekDay = Object.freeze({
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
  SUNDAY: 'SUNDAY',
});

/** R script/clock-trigger-builder#everyMinutes(Integer), #everyHours(Integer). */
const ALLOWED_MINUTES = [1, 5, 10, 15, 30];
const ALLOWED_HOURS = [1, 2, 4, 6, 8, 12];
/** Installable triggers per user per script (G services/quotas). */
export const MAX_TRIGGERS_PER_USER = 20;
/** Total trigger runtime per day (G services/quotas): 90 minutes consumer, 6 hours Workspace. */
export const TRIGGER_RUNTIME_PER_DAY_MS = { consumer: 90 * 60_000, workspace: 6 * 60 * 60_000 } as const;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

interface Schedule {
  everyMs?: number;
  unit?: 'minutes' | 'hours' | 'days' | 'weeks';
  atHour?: number;
  nearMinute?: number;
  weekDay?: string;
  at?: Date;
  timeZone?: string;
}

export class EmuTrigger {
  nextRunMs: number | null = null;

  constructor(
    private readonly runtime: Runtime,
    readonly id: string,
    readonly handler: string,
    readonly eventType: string,
    readonly source: string,
    readonly sourceId: string | null,
    readonly owner: string,
    readonly schedule: Schedule | null,
    /** The document active when it was created: an add-on's triggers belong to the file it is used in. */
    readonly documentId: string | null = null,
  ) {}

  getHandlerFunction(): string {
    this.runtime.ledger.record('Trigger', 'getHandlerFunction', 'script');
    return this.handler;
  }

  getUniqueId(): string {
    this.runtime.ledger.record('Trigger', 'getUniqueId', 'script');
    return this.id;
  }

  getEventType(): string {
    this.runtime.ledger.record('Trigger', 'getEventType', 'script');
    return this.eventType;
  }

  getTriggerSource(): string {
    this.runtime.ledger.record('Trigger', 'getTriggerSource', 'script');
    return this.source;
  }

  getTriggerSourceId(): string | null {
    this.runtime.ledger.record('Trigger', 'getTriggerSourceId', 'script');
    return this.sourceId;
  }
}

/** The first run after `from`: intervals count from creation; daily/weekly runs land on atHour:nearMinute local time. */
function firstRun(s: Schedule, from: number, timeZone: string): number {
  if (s.at) return s.at.getTime();
  if (s.unit === 'minutes' || s.unit === 'hours') return from + (s.everyMs ?? HOUR);
  const offset = zoneOffsetMs(from, timeZone);
  const local = new Date(from + offset);
  let candidate =
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), s.atHour ?? 0, s.nearMinute ?? 0) -
    offset;
  while (candidate <= from || (s.weekDay && WEEKDAYS[new Date(candidate + offset).getUTCDay()] !== s.weekDay)) {
    candidate += DAY;
  }
  return candidate;
}

class ClockTriggerBuilder {
  private readonly s: Schedule = {};

  constructor(
    private readonly service: ScriptService,
    private readonly handler: string,
  ) {}

  /** Builder calls are answered in the script ('utility'); create() is the round trip ('script'). */
  private rec(method: string): void {
    this.service.runtime.ledger.record('ClockTriggerBuilder', method, method === 'create' ? 'script' : 'utility');
  }

  everyMinutes(n: number): ClockTriggerBuilder {
    this.rec('everyMinutes');
    if (!ALLOWED_MINUTES.includes(n)) throw new Error(APPS_SCRIPT_ERRORS.everyMinutesInvalid);
    Object.assign(this.s, { unit: 'minutes', everyMs: n * MINUTE });
    return this;
  }

  everyHours(n: number): ClockTriggerBuilder {
    this.rec('everyHours');
    if (!ALLOWED_HOURS.includes(n)) throw new Error(APPS_SCRIPT_ERRORS.everyHoursInvalid);
    Object.assign(this.s, { unit: 'hours', everyMs: n * HOUR });
    return this;
  }

  everyDays(n: number): ClockTriggerBuilder {
    this.rec('everyDays');
    Object.assign(this.s, { unit: 'days', everyMs: n * DAY });
    return this;
  }

  everyWeeks(n: number): ClockTriggerBuilder {
    this.rec('everyWeeks');
    Object.assign(this.s, { unit: 'weeks', everyMs: n * 7 * DAY });
    return this;
  }

  atHour(hour: number): ClockTriggerBuilder {
    this.rec('atHour');
    this.s.atHour = hour;
    return this;
  }

  nearMinute(minute: number): ClockTriggerBuilder {
    this.rec('nearMinute');
    // Apps Script rounds to the nearest 15 minutes (R script/clock-trigger-builder#nearMinute(Integer)).
    this.s.nearMinute = (Math.round(minute / 15) * 15) % 60;
    return this;
  }

  onWeekDay(day: string): ClockTriggerBuilder {
    this.rec('onWeekDay');
    this.s.weekDay = String(day);
    return this;
  }

  at(date: Date): ClockTriggerBuilder {
    this.rec('at');
    this.s.at = new Date(date);
    return this;
  }

  after(ms: number): ClockTriggerBuilder {
    this.rec('after');
    this.s.at = new Date(this.service.runtime.now().getTime() + ms);
    return this;
  }

  inTimezone(timeZone: string): ClockTriggerBuilder {
    this.rec('inTimezone');
    this.s.timeZone = timeZone;
    return this;
  }

  create(): EmuTrigger {
    this.rec('create');
    const s = this.s;
    if ((s.atHour !== undefined || s.nearMinute !== undefined) && s.unit !== 'days' && s.unit !== 'weeks') {
      throw new Error(APPS_SCRIPT_ERRORS.atHourNeedsDaily);
    }
    if (!s.unit && !s.at)
      throw new Error('Clock trigger has no schedule: call everyMinutes/everyHours/everyDays/everyWeeks or at.');
    if (this.service.addOn && s.everyMs !== undefined && s.everyMs < HOUR) {
      throw new Error(APPS_SCRIPT_ERRORS.addOnTriggerTooFrequent);
    }
    return this.service.add(this.handler, EventType.CLOCK, TriggerSource.CLOCK, null, s);
  }
}

class SpreadsheetTriggerBuilder {
  private event: string | null = null;

  constructor(
    private readonly service: ScriptService,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {}

  private on(event: string): SpreadsheetTriggerBuilder {
    const method = `on${event
      .split('_')
      .slice(1)
      .map((w) => w[0] + w.slice(1).toLowerCase())
      .join('')}`;
    this.service.runtime.ledger.record('SpreadsheetTriggerBuilder', method, 'utility');
    this.event = event;
    return this;
  }

  onOpen(): SpreadsheetTriggerBuilder {
    return this.on(EventType.ON_OPEN);
  }

  onEdit(): SpreadsheetTriggerBuilder {
    return this.on(EventType.ON_EDIT);
  }

  onChange(): SpreadsheetTriggerBuilder {
    return this.on(EventType.ON_CHANGE);
  }

  onFormSubmit(): SpreadsheetTriggerBuilder {
    return this.on(EventType.ON_FORM_SUBMIT);
  }

  create(): EmuTrigger {
    this.service.runtime.ledger.record('SpreadsheetTriggerBuilder', 'create', 'script');
    if (!this.event) throw new Error('Spreadsheet trigger has no event: call onOpen/onEdit/onChange/onFormSubmit.');
    return this.service.add(this.handler, this.event, TriggerSource.SPREADSHEETS, this.sourceId, null);
  }
}

/** A handler whose time has come, for the harness to run as its owner. */
export interface DueTrigger {
  readonly trigger: EmuTrigger;
  readonly handler: string;
  readonly owner: string;
}

export class ScriptService {
  private readonly triggers: EmuTrigger[] = [];
  private nextId = 1;
  /** Modelled time spent in trigger executions today; the harness adds to it. */
  triggerRuntimeTodayMs = 0;
  readonly scriptId = '1RekapUptEmulatorScriptIdxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
  readonly app: Record<string, unknown>;

  constructor(
    readonly runtime: Runtime,
    /** Installed as an add-on: time triggers at most hourly, one per type per user per document. */
    readonly addOn = false,
    private readonly workspace = false,
    /** The id of the document the script runs in (the active spreadsheet), or null. */
    private readonly activeDocumentId: () => string | null = () => null,
  ) {
    const rec = (method: string) => runtime.ledger.record('ScriptApp', method, 'script');
    this.app = {
      AuthMode,
      TriggerSource,
      EventType,
      WeekDay,
      newTrigger: (functionName: string) => {
        rec('newTrigger');
        const builder = (method: string) => runtime.ledger.record('TriggerBuilder', method, 'utility');
        return {
          timeBased: () => {
            builder('timeBased');
            return new ClockTriggerBuilder(this, String(functionName));
          },
          forSpreadsheet: (ss: string | { id?: string; getId(): string }) => {
            builder('forSpreadsheet');
            // The service reads the spreadsheet's id itself: not a call of the script's.
            const id = typeof ss === 'string' ? ss : (ss.id ?? ss.getId());
            return new SpreadsheetTriggerBuilder(this, String(functionName), id);
          },
        };
      },
      getProjectTriggers: () => {
        rec('getProjectTriggers');
        return this.mine();
      },
      getUserTriggers: (ss: { getId(): string }) => {
        rec('getUserTriggers');
        const id = ss.getId();
        return this.mine().filter((t) => t.sourceId === id);
      },
      deleteTrigger: (trigger: EmuTrigger) => {
        rec('deleteTrigger');
        const i = this.triggers.findIndex((t) => t.id === trigger.id);
        if (i >= 0) this.triggers.splice(i, 1);
      },
      getScriptId: () => {
        rec('getScriptId');
        return this.scriptId;
      },
      getOAuthToken: () => {
        rec('getOAuthToken');
        return 'ya29.emulator-oauth-token';
      },
      getService: () => {
        rec('getService');
        return { getUrl: () => `https://script.google.com/macros/s/${this.scriptId}/exec`, isEnabled: () => false };
      },
    };
  }

  /** Triggers are per user: a user sees and counts only the triggers they created (G triggers/installable). */
  private mine(): EmuTrigger[] {
    return this.triggers.filter((t) => t.owner === this.runtime.effectiveUserEmail);
  }

  add(
    handler: string,
    eventType: string,
    source: string,
    sourceId: string | null,
    schedule: Schedule | null,
  ): EmuTrigger {
    const mine = this.mine();
    if (mine.length >= MAX_TRIGGERS_PER_USER) throw new Error(APPS_SCRIPT_ERRORS.tooManyTriggers);
    const documentId = this.activeDocumentId();
    // https://developers.google.com/workspace/add-ons/concepts/editor-triggers: an add-on creates triggers only for
    // the file it is used in, and one trigger of each type per user per document.
    if (this.addOn && sourceId !== null && sourceId !== documentId) {
      throw new Error(APPS_SCRIPT_ERRORS.addOnTriggerOtherFile);
    }
    if (this.addOn && mine.some((t) => t.eventType === eventType && t.documentId === documentId)) {
      // [F] wording.
      throw new Error(
        eventType === EventType.CLOCK
          ? APPS_SCRIPT_ERRORS.addOnTooManyTimeTriggers
          : `This add-on has created too many ${eventType} triggers in this document for this Google user account.`,
      );
    }
    const t = new EmuTrigger(
      this.runtime,
      `emu-trigger-${this.nextId++}`,
      handler,
      eventType,
      source,
      sourceId,
      this.runtime.effectiveUserEmail,
      schedule,
      documentId,
    );
    if (schedule)
      t.nextRunMs = firstRun(schedule, this.runtime.now().getTime(), schedule.timeZone ?? this.runtime.scriptTimeZone);
    this.triggers.push(t);
    return t;
  }

  /** Whether today's trigger runtime quota is used up. */
  triggerRuntimeExhausted(): boolean {
    const limit = this.workspace ? TRIGGER_RUNTIME_PER_DAY_MS.workspace : TRIGGER_RUNTIME_PER_DAY_MS.consumer;
    return this.triggerRuntimeTodayMs >= limit;
  }

  /** Test-facing: all triggers of every user. */
  all(): readonly EmuTrigger[] {
    return this.triggers;
  }

  /**
   * Test-facing: the time triggers due at the modelled clock, each once, oldest first; their next run is scheduled
   * (a one-off `at` trigger is removed after it fires, as Apps Script disables it).
   */
  dueTimeTriggers(): DueTrigger[] {
    const now = this.runtime.now().getTime();
    const due = this.triggers
      .filter((t) => t.nextRunMs !== null && t.nextRunMs <= now)
      .sort((a, b) => (a.nextRunMs ?? 0) - (b.nextRunMs ?? 0));
    for (const t of due) {
      const every = t.schedule?.everyMs;
      if (every) {
        while ((t.nextRunMs ?? 0) <= now) t.nextRunMs = (t.nextRunMs ?? 0) + every;
      } else {
        this.triggers.splice(this.triggers.indexOf(t), 1);
      }
    }
    return due.map((t) => ({ trigger: t, handler: t.handler, owner: t.owner }));
  }
}
