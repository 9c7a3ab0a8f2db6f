// The sidebar ↔ server contract: JSON-only types (dates as ISO strings) and the functions google.script.run may call.
import type { SubmissionStatus } from '../core/schema/vocabulary';

export type Role = 'admin' | 'operator' | 'none';
export type Status = SubmissionStatus;

export interface IssueView {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: string;
  readonly hint: string | null;
}

export interface UnitStatusView {
  readonly code: string;
  readonly name: string;
  readonly sheetName: string;
  readonly status: Status;
  readonly errors: number;
  readonly warnings: number;
  /** ISO date-time strings or null. */
  readonly sentAt: string | null;
  readonly sentBy: string | null;
  readonly lastChange: string | null;
  readonly returnNote: string | null;
  /** True when the tab was edited after it was sent. */
  readonly changedAfterSending: boolean;
}

export interface AutomationView {
  readonly on: boolean;
  readonly everyHours: number;
  readonly lastRun: { readonly at: string; readonly outcome: string } | null;
}

export interface PanelState {
  readonly email: string;
  readonly role: Role;
  readonly period: string;
  /** Human period, e.g. "Februari 2026". */
  readonly periodLabel: string;
  /** Units this user operates (operators), or every unit (admins). */
  readonly units: readonly UnitStatusView[];
  readonly automation: AutomationView | null;
  readonly lastReport: { readonly docUrl: string; readonly pdfUrl: string | null; readonly at: string } | null;
  /** Admins: the consolidation basis and every unit it leaves out, as the summaries will say it; null otherwise. */
  readonly basis: string | null;
  /** For an admin of the bound build (trials): its warning and automation's question. Null in the add-on. */
  readonly trial: TrialNotice | null;
}

/** The bound build keeps its code in the Sheet, where every editor of the Sheet can change it. */
export interface TrialNotice {
  /** That every editor of the Sheet can change the code the admin runs. */
  readonly warning: string;
  /** What the admin must answer yes to before automation goes on (setAutomation's onlyAdminsEdit). */
  readonly onlyAdminsQuestion: string;
}

export interface TabCheck {
  readonly unit: UnitStatusView;
  readonly issues: readonly IssueView[];
  readonly canSend: boolean;
  /** Why the tab cannot be sent (an error, an empty required field, a missing tab), or null. */
  readonly sendRefusal: string | null;
}

export interface ActionResult {
  readonly ok: boolean;
  /** Bahasa Indonesia, shown as it is. */
  readonly message: string;
}

export interface ReportResult extends ActionResult {
  readonly docUrl: string | null;
  readonly pdfUrl: string | null;
}

/** Every server function the sidebar may call. The server's exports must implement it exactly. */
export interface ServerApi {
  getPanelState(): PanelState;
  checkUnitTab(unitCode: string): TabCheck;
  sendUnitTab(unitCode: string): TabCheck;
  goToCell(sheetName: string, a1: string): ActionResult;
  returnUnitTab(unitCode: string, note: string): ActionResult;
  runValidateAll(): ActionResult;
  runConsolidation(): ActionResult;
  runReport(): ReportResult;
  /** `onlyAdminsEdit`: the admin's yes to TrialNotice.onlyAdminsQuestion, needed to switch on in the bound build. */
  setAutomation(on: boolean, onlyAdminsEdit?: boolean): AutomationView;
  getChatSummary(): ActionResult;
}
