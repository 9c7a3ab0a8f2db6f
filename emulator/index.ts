// The emulator's public API: what tests and scripts import. Only contract tests, and tests replacing one internal
// module, reach deeper (README.md).

export type { AddOnLifecycle } from './addon';
export type { EmuDocument } from './document/document';
export { EmuParagraph, EmuTable } from './document/elements';
export type { TextRun } from './document/text';
export { saveDocx } from './docx';
export type { EmuFolder } from './drive';
export { createEmulator, type Emulator, type EmulatorOptions } from './emulator';
export { type Bundle, loadBundle, type RunUser, type TriggerOutcome } from './harness';
export { EmuHtmlOutput } from './html';
export { installEmulator, removeEmulator } from './install';
export { EMAIL_RECIPIENT_QUOTA } from './mail';
export { type AppsScriptManifest, readManifest } from './manifest';
export {
  APPS_SCRIPT_ERRORS,
  type AuthModeName,
  type CallKind,
  type CallRecord,
  callSeconds,
  type Fault,
  LATENCY_SECONDS,
  LATENCY_SOURCES,
  type LatencyScale,
  Ledger,
  payloadBytes,
  Runtime,
  SECONDS_PER_MB,
} from './runtime';
export { ScopeEnforcer } from './scopes/enforce';
export { covers } from './scopes/scope-hierarchy';
export { type SeedEntry, type SheetGrid, seedSheet, seedWorkbook } from './seed';
export type { EmuSheet, EmuSpreadsheet } from './spreadsheet';
export { loadXlsx, saveXlsx } from './xlsx';
