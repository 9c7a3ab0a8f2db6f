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

/** getUi() where no editor is open, e.g. a time-driven trigger. [F] https://github.com/davepar/gcalendarsync/issues/93 */
export const NO_UI_CONTEXT = 'Cannot call SpreadsheetApp.getUi() from this context.';

/** What openById reports for an id that does not exist or is not shared with the user. [F] */
export const SPREADSHEET_MISSING =
  'Unexpected error while getting the method or property openById on object SpreadsheetApp.';
