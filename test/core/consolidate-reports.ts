// Test data builders for the consolidation: plain UnitReport values as validateWorkbook produces them.
import type { FieldValue, SubmissionStatus, UnitConfig, UnitReport, UnitType } from '../../src/core/types';

export function unit(code: string, type: UnitType = 'Lapas'): UnitConfig {
  return { code, name: `UPT ${code}`, type, unitClass: 'IIA', operators: [], sheetName: code };
}

export interface ReportOptions {
  readonly invalid?: Readonly<Record<string, FieldValue>>;
  readonly status?: SubmissionStatus;
  readonly errors?: number;
  readonly warnings?: number;
  readonly found?: boolean;
}

/** A unit report whose valid values are `values`; `invalid` keys were typed but rejected (their value is absent). */
export function report(u: UnitConfig, values: Record<string, FieldValue>, options: ReportOptions = {}): UnitReport {
  const invalidKeys = Object.keys(options.invalid ?? {});
  const found = options.found ?? true;
  return {
    unit: u,
    sheetName: u.sheetName,
    found,
    values: found ? values : {},
    cells: {},
    invalidKeys: found ? invalidKeys : [],
    meta: {
      period: found ? '2026-02' : null,
      status: options.status ?? 'Dikirim',
      operator: '',
      sentAt: options.status === 'Dikirim' ? '2026-02-03T09:00:00+07:00' : null,
      sentBy: null,
      returnNote: options.status === 'Dikembalikan' ? 'Periksa anggaran' : null,
      cells: null,
    },
    issues: [],
    errorCount: options.errors ?? invalidKeys.length,
    warningCount: options.warnings ?? 0,
  };
}
