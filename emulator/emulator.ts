// Assembles the emulator: one runtime and ledger, every service, and the globals a script sees.

import { AddOnLifecycle } from './addon';
import { BigQueryService } from './bigquery';
import { CacheServiceEmu } from './cache';
import { ChartsService } from './charts';
import { createDocsApi } from './document/docs-api';
import { DocumentService } from './document/document';
import { type CreatedBy, DriveService } from './drive';
import { createDriveApi } from './drive-api';
import { HtmlServiceEmu } from './html';
import { type LockRegistry, LockServiceEmu } from './lock';
import { LogCapture } from './logger';
import { MailServiceEmu } from './mail';
import { type AdvancedServices, type AppsScriptManifest, advancedServiceGlobals, repositoryManifest } from './manifest';
import { PropertiesServiceEmu } from './properties';
import { type Ledger, Runtime } from './runtime';
import { ScopeEnforcer } from './scopes/enforce';
import { ScriptService } from './script-app';
import { SessionEmu } from './session';
import { CHART_TYPES, type EmuSpreadsheet, SpreadsheetService } from './spreadsheet';
import { createSheetsApi } from './spreadsheet/sheets-api';
import { UtilitiesEmu } from './utilities';

export interface EmulatorOptions {
  /** The modelled clock's start. */
  now?: Date;
  /** Installed as an add-on: time triggers at most hourly, one per type per user per document. */
  addOn?: boolean;
  /** Bound to the spreadsheet (or an add-on in it): document lock and document properties exist. Default true. */
  bound?: boolean;
  /** Google Workspace quotas (documents, email) instead of consumer ones. */
  workspace?: boolean;
  /** Owner of the spreadsheet, and the user who runs scripts unless a run says otherwise. */
  owner?: string;
  /** The manifest whose oauthScopes every call must fit and whose advanced services are globals; default: the repository's. */
  manifest?: AppsScriptManifest;
}

export interface Emulator {
  readonly options: Required<EmulatorOptions>;
  readonly runtime: Runtime;
  readonly ledger: Ledger;
  readonly sheets: SpreadsheetService;
  /** A fresh active spreadsheet owned by `owner`. */
  readonly spreadsheet: EmuSpreadsheet;
  readonly drive: DriveService;
  readonly docs: DocumentService;
  /** The BigQuery advanced service's datasets, tables and jobs. */
  readonly bigQuery: BigQueryService;
  readonly html: HtmlServiceEmu;
  readonly triggers: ScriptService;
  readonly locks: LockRegistry;
  readonly properties: PropertiesServiceEmu;
  readonly mail: MailServiceEmu;
  readonly logs: LogCapture;
  /** Everything a script sees as a global: SpreadsheetApp, DocumentApp, DriveApp, HtmlService, ScriptApp, … */
  readonly globals: Record<string, unknown>;
  /** Every advanced service the emulator models, keyed `serviceId@version`; a manifest picks which are globals. */
  readonly advancedServices: AdvancedServices;
  /** Makes a spreadsheet a file in its owner's Drive, as Google does for every spreadsheet (e.g. one loaded from xlsx). */
  readonly registerSpreadsheet: (ss: EmuSpreadsheet) => void;
  /**
   * Installed as an add-on: for whom it is installed and where it is enabled (addon.ts). It starts installed for the
   * owner (from the Marketplace, or for the whole domain) and not yet used in the spreadsheet. Null when bound.
   */
  readonly addOnLifecycle: AddOnLifecycle | null;
}

const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

export function createEmulator(opts: EmulatorOptions = {}): Emulator {
  const options: Required<EmulatorOptions> = {
    now: opts.now ?? new Date('2026-02-03T02:00:00Z'),
    addOn: opts.addOn ?? false,
    bound: opts.bound ?? true,
    workspace: opts.workspace ?? false,
    owner: opts.owner ?? 'admin@kanwil.example',
    manifest: opts.manifest ?? repositoryManifest(),
  };
  const runtime = new Runtime(options.now);
  runtime.scopes = ScopeEnforcer.fromManifest(options.manifest);
  runtime.activeUserEmail = options.owner;
  runtime.effectiveUserEmail = options.owner;
  const sheets = new SpreadsheetService(runtime);
  const drive = new DriveService(runtime, options.owner);
  const registerSpreadsheet = (ss: EmuSpreadsheet, createdBy: CreatedBy = 'user') =>
    drive.register(
      ss.id,
      {
        mimeType: SPREADSHEET_MIME,
        getName: () => ss.name,
        setName: (n) => {
          ss.name = n;
        },
        getBlob: () => {
          throw new Error('Emulator: exporting a spreadsheet through Drive is not supported; use xlsx.ts.');
        },
        getAs: () => {
          throw new Error('Emulator: exporting a spreadsheet through Drive is not supported; use xlsx.ts.');
        },
      },
      ss.ownerEmail,
      createdBy,
    );
  const spreadsheet = sheets.create('Rekap UPT', { owner: options.owner, locale: 'in_ID' });
  sheets.setActive(spreadsheet);
  registerSpreadsheet(spreadsheet);
  const docs = new DocumentService(runtime, drive, options.workspace);
  const html = new HtmlServiceEmu(runtime);
  const triggers = new ScriptService(
    runtime,
    options.addOn,
    options.workspace,
    () => sheets.activeUnrecorded()?.id ?? null,
  );
  const addOnLifecycle = options.addOn ? new AddOnLifecycle() : null;
  addOnLifecycle?.install(options.owner);
  sheets.ui.addOn = options.addOn;
  const lockService = new LockServiceEmu(runtime, options.bound);
  const properties = new PropertiesServiceEmu(runtime, options.bound, options.workspace);
  const mail = new MailServiceEmu(runtime, options.workspace);
  const logs = new LogCapture(runtime);
  // Spreadsheets the script creates are Drive files too.
  const spreadsheetApp = Object.assign(Object.create(null), sheets.app, {
    create: (...args: unknown[]) => {
      const ss = (sheets.app.create as unknown as (...a: unknown[]) => EmuSpreadsheet)(...args);
      registerSpreadsheet(ss, 'script');
      return ss;
    },
  });
  const bigQuery = new BigQueryService(runtime);
  const advancedServices: AdvancedServices = {
    'sheets@v4': createSheetsApi(sheets),
    'drive@v3': createDriveApi(drive, runtime, docs),
    'docs@v1': createDocsApi(docs),
    'bigquery@v2': bigQuery.app,
  };
  const globals: Record<string, unknown> = {
    SpreadsheetApp: spreadsheetApp,
    DocumentApp: docs.app,
    DriveApp: drive.app,
    HtmlService: html.app,
    ScriptApp: triggers.app,
    LockService: lockService.app,
    PropertiesService: properties.app,
    CacheService: new CacheServiceEmu(runtime, options.bound).app,
    Session: new SessionEmu(runtime).app,
    Utilities: new UtilitiesEmu(runtime).app,
    MailApp: mail.app,
    Logger: logs.logger,
    console: logs.console,
    Charts: { ChartType: CHART_TYPES, ...new ChartsService(runtime).app },
    ...advancedServiceGlobals(options.manifest, advancedServices),
  };
  return {
    options,
    runtime,
    ledger: runtime.ledger,
    sheets,
    spreadsheet,
    drive,
    docs,
    bigQuery,
    html,
    triggers,
    locks: lockService.registry,
    properties,
    mail,
    logs,
    globals,
    advancedServices,
    registerSpreadsheet,
    addOnLifecycle,
  };
}
