// The emulated SpreadsheetApp service: the global object, spreadsheets by id, the active spreadsheet and the Ui.
//
// Ledger rule: every call that is a round trip in Apps Script is recorded as service "SpreadsheetApp", method
// "Class.method", BEFORE it runs (it may throw an injected fault). Kinds: 'read' = value/format/note reads of
// ranges; 'write' = value writes and clears; 'format' = formatting, validation, notes, merges, structure
// (insert/delete rows, sheets), protection changes; 'metadata' = getSheets/getSheetByName/getRange/names/sizes/
// protection reads; 'ui' = getUi, menus, toasts, alerts; 'utility' (0 s) = answered from the object already in
// hand: Range geometry (getRow, getColumn, getNumRows, getNumColumns, getLastRow/Column of a range, getA1Notation,
// getSheet, getCell, offset) and builders (newX() and every builder method). Every call the script makes is recorded
// exactly once; the emulator's own work and test-facing helpers (create, setActive, userEdit, canUserEdit, share,
// xlsx load/save) are not.
// Auth: in AuthMode.NONE only getUi and menu building are allowed; anything else throws (context.ts). In LIMITED,
// other spreadsheets (openById/openByUrl/create) are refused.
import { APPS_SCRIPT_ERRORS, type Runtime } from '../runtime';
import { EmuConditionalFormatRuleBuilder } from './conditional-format';
import { SheetsContext } from './context';
import { EmuDataValidationBuilder } from './data-validation';
import type { EmuRange } from './range';
import { EmuRichTextValueBuilder } from './rich-text';
import { EmuSpreadsheet } from './spreadsheet';
import { EmuUi } from './ui';

export { EmuEmbeddedChart } from './chart';
export { EmuDataValidation } from './data-validation';
export { SHEET_ERRORS } from './errors';
export { EmuProtection } from './protection';
export { EmuRange } from './range';
export { type EditEvent, EmuSheet } from './sheet';
export { EmuSpreadsheet } from './spreadsheet';
export { EmuMenu, EmuUi, type RecordedAlert, type RecordedMenu, type RecordedToast } from './ui';

const enumOf = <T extends string>(...names: T[]) =>
  Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as Record<T, T>;

/** Enums as plain name → name objects: comparisons like `p.getProtectionType() === ProtectionType.SHEET` hold. */
export const SPREADSHEET_ENUMS = {
  ProtectionType: enumOf('RANGE', 'SHEET'),
  WrapStrategy: enumOf('WRAP', 'OVERFLOW', 'CLIP'),
  Dimension: enumOf('ROWS', 'COLUMNS'),
  DataValidationCriteria: enumOf(
    'VALUE_IN_LIST',
    'VALUE_IN_RANGE',
    'NUMBER_BETWEEN',
    'NUMBER_NOT_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_NOT_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'TEXT_IS_VALID_EMAIL',
    'DATE_IS_VALID_DATE',
    'CHECKBOX',
    'CUSTOM_FORMULA',
  ),
  BorderStyle: enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'),
} as const;

/** Charts.ChartType subset the emulator can render (the Charts global's enum). */
export const CHART_TYPES = enumOf('BAR', 'COLUMN', 'PIE', 'LINE');

export class SpreadsheetService {
  readonly ctx: SheetsContext;
  readonly ui: EmuUi;
  readonly app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  private readonly byId = new Map<string, EmuSpreadsheet>();
  private active: EmuSpreadsheet | null = null;
  private nextId = 1;

  constructor(readonly runtime: Runtime) {
    this.ctx = new SheetsContext(runtime);
    this.ui = new EmuUi(this.ctx);
    this.app = this.buildApp() as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  }

  /** Test-facing: a new spreadsheet with one sheet "Sheet1", 1000×26. Default locale en_US, time zone = script's. */
  create(name: string, opts: { locale?: string; timeZone?: string; owner?: string } = {}): EmuSpreadsheet {
    const ss = this.createEmpty(name, opts);
    ss.activeSheet = ss.addSheetUnrecorded('Sheet1');
    return ss;
  }

  /** A spreadsheet with no sheet yet (xlsx loading adds its own); not valid to hand to product code as is. */
  createEmpty(name: string, opts: { locale?: string; timeZone?: string; owner?: string } = {}): EmuSpreadsheet {
    const id = `1EmU${String(this.nextId++).padStart(6, '0')}${'x'.repeat(34)}`;
    const ss = new EmuSpreadsheet(
      this.ctx,
      this.ui,
      id,
      name,
      opts.locale ?? 'en_US',
      opts.timeZone ?? this.runtime.scriptTimeZone,
      opts.owner ?? this.runtime.effectiveUserEmail,
    );
    this.byId.set(id, ss);
    return ss;
  }

  setActive(ss: EmuSpreadsheet | null): void {
    this.active = ss;
  }
  /** Test-facing: the active spreadsheet, unrecorded. */
  activeUnrecorded(): EmuSpreadsheet | null {
    return this.active;
  }
  getById(id: string): EmuSpreadsheet | null {
    return this.byId.get(id) ?? null;
  }

  /**
   * The Sheets API's per-user read quota, "Read requests per minute per user per project: 60"
   * (https://developers.google.com/sheets/api/limits), counted on the modelled clock; null (the default) counts
   * nothing, because a test replays many executions in one modelled minute that Google would see minutes apart.
   */
  apiReadsPerMinute: number | null = null;
  private readonly apiReads = new Map<string, number[]>();

  /**
   * The spreadsheet a Sheets API request by the effective user reaches: 404 "Requested entity was not found." for an
   * id no file has, 403 "The caller does not have permission" for a file the user cannot open, or write to as a
   * viewer (the script's own
   * spreadsheet is always open to it), 429 past the per-user read quota
   * (https://developers.google.com/sheets/api/guides/troubleshoot-api-errors, https://developers.google.com/sheets/api/limits).
   */
  apiSpreadsheet(id: string, fail: (detail: string) => Error, access: 'read' | 'write'): EmuSpreadsheet {
    const user = this.runtime.effectiveUserEmail;
    if (access === 'read' && this.apiReadsPerMinute !== null) {
      const now = this.runtime.now().getTime();
      const recent = (this.apiReads.get(user) ?? []).filter((t) => now - t < 60_000);
      if (recent.length >= this.apiReadsPerMinute) {
        this.apiReads.set(user, recent);
        throw fail(SHEETS_API_READ_QUOTA);
      }
      this.apiReads.set(user, [...recent, now]);
    }
    const ss = this.byId.get(id);
    if (!ss) throw fail('Requested entity was not found.');
    if (ss !== this.active && !ss.canOpen(user, access)) throw fail('The caller does not have permission');
    return ss;
  }
  private buildApp() {
    const ctx = this.ctx;
    const call = (m: string, k: 'read' | 'write' | 'metadata' | 'ui' | 'format' | 'utility') =>
      ctx.call(`SpreadsheetApp.${m}`, k);
    // AuthMode.LIMITED (simple triggers, add-on menus before full auth) reaches only the bound spreadsheet
    // (G triggers#restrictions; wording: https://github.com/peterherrmann/BetterLog/issues/29).
    const limitedRefuses = (m: string) => {
      if (this.runtime.authMode === 'LIMITED') {
        throw new Error(
          `${APPS_SCRIPT_ERRORS.authRequired}SpreadsheetApp.${m}. Required permissions: https://www.googleapis.com/auth/spreadsheets`,
        );
      }
    };
    return {
      ...SPREADSHEET_ENUMS,
      getActive: () => {
        call('getActive', 'metadata');
        return this.active;
      },
      getActiveSpreadsheet: () => {
        call('getActiveSpreadsheet', 'metadata');
        return this.active;
      },
      getActiveSheet: () => {
        call('getActiveSheet', 'metadata');
        return this.active?.currentSheet() ?? null;
      },
      getActiveRange: () => {
        call('getActiveRange', 'metadata');
        return this.active?.activeRange ?? null;
      },
      getCurrentCell: () => {
        call('getCurrentCell', 'metadata');
        return this.active?.currentCell ?? null;
      },
      setActiveSpreadsheet: (ss: EmuSpreadsheet) => {
        call('setActiveSpreadsheet', 'metadata');
        this.active = ss;
      },
      openById: (id: string) => {
        call('openById', 'metadata');
        limitedRefuses('openById');
        const ss = this.byId.get(id);
        if (!ss) throw new Error(SPREADSHEET_MISSING);
        return ss;
      },
      openByUrl: (url: string) => {
        call('openByUrl', 'metadata');
        limitedRefuses('openByUrl');
        const id = /\/d\/([^/]+)/.exec(url)?.[1] ?? '';
        const ss = this.byId.get(id);
        if (!ss) throw new Error(SPREADSHEET_MISSING);
        return ss;
      },
      create: (name: string, rows?: number, columns?: number) => {
        call('create', 'write');
        limitedRefuses('create');
        const ss = this.createEmpty(name);
        ss.addSheetUnrecorded('Sheet1', 0, rows ?? 1000, columns ?? 26);
        ss.activeSheet = ss.sheets[0];
        return ss;
      },
      getUi: () => {
        call('getUi', 'ui');
        if (!this.ui.available) throw new Error(NO_UI_CONTEXT);
        return this.ui;
      },
      /** Applies pending changes (R spreadsheet/spreadsheet-app#flush()); the emulator writes through, so it only counts. */
      flush: () => call('flush', 'write'),
      newDataValidation: () => {
        call('newDataValidation', 'utility');
        return new EmuDataValidationBuilder((method) => ctx.call(method, 'utility'));
      },
      newConditionalFormatRule: () => {
        call('newConditionalFormatRule', 'utility');
        return new EmuConditionalFormatRuleBuilder<EmuRange>((method) => ctx.call(method, 'utility'));
      },
      newRichTextValue: () => {
        call('newRichTextValue', 'utility');
        return new EmuRichTextValueBuilder();
      },
    };
  }
}

/** The Sheets API's 429 past the per-user read quota, as the API words it (RESOURCE_EXHAUSTED). [F] */
export const SHEETS_API_READ_QUOTA =
  "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com'.";

/** getUi() where no editor is open, e.g. a time-driven trigger. [F] https://github.com/davepar/gcalendarsync/issues/93 */
export const NO_UI_CONTEXT = 'Cannot call SpreadsheetApp.getUi() from this context.';

/** What openById reports for an id that does not exist or is not shared with the user. [F] */
export const SPREADSHEET_MISSING =
  'Unexpected error while getting the method or property openById on object SpreadsheetApp.';
