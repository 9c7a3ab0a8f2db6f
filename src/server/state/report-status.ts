// Puts the stored submission status (Document Properties) into a UnitReport read from its tab.
import { isAddonKey } from '../../core/schema/field-key';
import type { UnitReport } from '../../core/schema/types';
import {
  EMPTY_STATUS,
  effectiveStatus,
  figuresFingerprint,
  noticeChange,
  type StoredStatus,
  updateStatus,
} from './status-store';

/** True when the operator typed anything beyond the identity the add-on writes. */
export function hasTypedValues(report: UnitReport): boolean {
  if (report.invalidKeys.length > 0) return true;
  return Object.entries(report.values).some(([key, value]) => value !== null && value !== '' && !isAddonKey(key));
}

/**
 * The first stored status of a unit, taken from what its protected status cells say (a workbook imported from
 * .xlsx, or set up before the store existed), so storing it loses nothing.
 */
export function seedStatus(report: UnitReport): StoredStatus {
  const { status, sentAt, sentBy, returnNote } = report.meta;
  const set = status === 'Dikirim' || status === 'Dikembalikan' ? status : null;
  return { ...EMPTY_STATUS, status: set, sentAt, sentBy, returnNote };
}

/**
 * The report with its meta status from the store. A unit with no stored record (a workbook imported from .xlsx,
 * or written before the store existed) keeps what its protected status cells say.
 */
export function applyStoredStatus(report: UnitReport, stored: StoredStatus | null): UnitReport {
  if (!stored) return report;
  return {
    ...report,
    meta: {
      ...report.meta,
      status: effectiveStatus(stored, hasTypedValues(report)),
      sentAt: stored.sentAt,
      sentBy: stored.sentBy,
      returnNote: stored.returnNote,
    },
  };
}

/**
 * Remembers when a unit's figures changed (for "Perubahan terakhir") in `period`, returning the stored status now in
 * force; the status itself (sent, returned) is whatever the store holds at that moment.
 */
export function trackChange(report: UnitReport, period: string, now: Date): StoredStatus {
  const fingerprint = figuresFingerprint(report.values);
  let seen: StoredStatus = seedStatus(report);
  const kept = updateStatus(report.unit.code, period, (current) => {
    seen = current ?? seedStatus(report);
    return noticeChange(seen, fingerprint, now);
  });
  return kept ?? seen;
}
