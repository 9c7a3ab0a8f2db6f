// Shared domain types of Rekap UPT: units, configuration, issues and unit reports.
import type { SubmissionStatus, UnitType } from './vocabulary';

export type Severity = 'error' | 'warning';

/** A cell as `Range.getValues()` returns it: number, string, boolean or Date; blank is ''. */
export type CellValue = unknown;
export type Grid = readonly (readonly CellValue[])[];

/** One problem found in a tab, pointing at a cell. Codes are stable identifiers; messages are Bahasa Indonesia. */
export interface Issue {
  readonly sheet: string;
  /** A1 address of the cell, or '' when the issue concerns a whole tab. */
  readonly cell: string;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
}

export interface UnitConfig {
  /** Short code, unique, e.g. "LPPKU" — also the default tab name. */
  readonly code: string;
  /** Full name, e.g. "Lapas Kelas IIA Pekanbaru". */
  readonly name: string;
  readonly type: UnitType;
  /** Kelas: I, IIA, IIB, III. */
  readonly unitClass: string;
  /** Lower-cased e-mails of the unit's operators. */
  readonly operators: readonly string[];
  /** The tab holding the unit's figures. */
  readonly sheetName: string;
}

export interface Signatory {
  readonly place: string;
  readonly title: string;
  readonly name: string;
  readonly nip: string;
}

/** Which unit tabs the regional figures count: sent and error-free (default), or every error-free tab (provisional). */
export type ConsolidationBasis = 'terkirim' | 'semua';

export interface Config {
  /** Active period, YYYY-MM. */
  readonly period: string;
  /** Office name, e.g. "Kanwil Ditjenpas Riau". */
  readonly office: string;
  readonly units: readonly UnitConfig[];
  /** Lower-cased admin e-mails. */
  readonly admins: readonly string[];
  /** Drive folder id for reports; '' = beside the spreadsheet / a folder the add-on creates. */
  readonly reportFolderId: string;
  readonly reportRecipients: readonly string[];
  /** The office's report template, a Google Doc id or link; '' or missing = the built-in layout. */
  readonly reportTemplate?: string;
  /** The office's address for the letterhead (kop surat); '' or missing = none printed. */
  readonly officeAddress?: string;
  /** Automatic consolidation: off, or every N hours (add-on triggers run at most hourly). */
  readonly automationHours: 0 | 1 | 2 | 4 | 6 | 8 | 12;
  /** Reporting deadline, day of the month (1–28); null = none. */
  readonly deadlineDay: number | null;
  readonly remindersOn: boolean;
  readonly reminderDaysBefore: number;
  readonly signatory: Signatory | null;
  readonly basis: ConsolidationBasis;
  /** Each "Buat laporan" also makes and mails every unit its own feedback document; missing = no. */
  readonly unitFeedback?: boolean;
}

/** A typed, valid value; null when the cell is empty or its value was rejected. */
export type FieldValue = number | string | null;

export interface UnitMeta {
  readonly period: string | null;
  readonly status: SubmissionStatus;
  readonly operator: string;
  /** ISO date-time strings, as stored on the tab. */
  readonly sentAt: string | null;
  readonly sentBy: string | null;
  readonly returnNote: string | null;
  /** A1 addresses of the cells the add-on writes (status, sent at/by, return note); null when the tab is unreadable. */
  readonly cells: {
    readonly status: string;
    readonly sentAt: string;
    readonly sentBy: string;
    readonly returnNote: string;
  } | null;
}

/** One unit's tab, parsed and validated. Value keys: "block.field" (form blocks) or "block.row.column" (tables). */
export interface UnitReport {
  readonly unit: UnitConfig;
  readonly sheetName: string;
  /** False when the unit's tab is missing. */
  readonly found: boolean;
  /** Valid values only: a value with an error is absent (null), so it never enters a total. */
  readonly values: Readonly<Record<string, FieldValue>>;
  /** Key → A1 address of every field found on the tab. */
  readonly cells: Readonly<Record<string, string>>;
  /** Keys whose cell holds a value that was rejected (excluded from totals). */
  readonly invalidKeys: readonly string[];
  readonly meta: UnitMeta;
  readonly issues: readonly Issue[];
  readonly errorCount: number;
  readonly warningCount: number;
}
