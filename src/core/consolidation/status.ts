// Submission status of every unit: counts per status, missing tabs, units with errors, units sent and valid.
import type { UnitType } from '../schema/vocabulary';
import { SUBMISSION_STATUSES, type SubmissionStatus } from '../schema/vocabulary';
import type { UnitIdentity, UnitView } from './totals';
import { zeroCounts } from './totals';

export interface UnitStatusRow extends UnitIdentity {
  readonly type: UnitType;
  readonly sheetName: string;
  readonly status: SubmissionStatus;
  readonly sentAt: string | null;
  readonly sentBy: string | null;
  readonly returnNote: string | null;
  readonly errors: number;
  readonly warnings: number;
  readonly found: boolean;
}

export interface StatusConsolidation {
  readonly units: readonly UnitStatusRow[];
  readonly counts: Readonly<Record<SubmissionStatus, number>>;
  /** Units whose tab was not found. */
  readonly missing: readonly string[];
  /** Units whose tab has at least one error. */
  readonly withErrors: readonly string[];
  /** Units found, filled and with no error: an untouched tab ("Belum diisi") has no figure to call valid. */
  readonly valid: number;
  /** Units sent (Dikirim) with no error. */
  readonly sentAndValid: number;
}

export function consolidateStatus(views: readonly UnitView[]): StatusConsolidation {
  const counts = zeroCounts(SUBMISSION_STATUSES);
  const units = views.map((view): UnitStatusRow => {
    const report = view.report;
    const status: SubmissionStatus = report?.found ? report.meta.status : 'Belum diisi';
    counts[status]++;
    return {
      code: view.unit.code,
      name: view.unit.name,
      type: view.unit.type,
      sheetName: view.unit.sheetName,
      status,
      sentAt: report?.meta.sentAt ?? null,
      sentBy: report?.meta.sentBy ?? null,
      returnNote: report?.meta.returnNote ?? null,
      errors: report?.errorCount ?? 0,
      warnings: report?.warningCount ?? 0,
      found: view.found,
    };
  });
  return {
    units,
    counts,
    missing: units.filter((row) => !row.found).map((row) => row.code),
    withErrors: units.filter((row) => row.found && row.errors > 0).map((row) => row.code),
    valid: units.filter((row) => row.found && row.errors === 0 && row.status !== 'Belum diisi').length,
    sentAndValid: units.filter((row) => row.found && row.errors === 0 && row.status === 'Dikirim').length,
  };
}
