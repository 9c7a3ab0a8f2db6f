// Test data builders for the consolidation: plain UnitReport values as validateWorkbook produces them.

import { SAMPLE_UNITS } from '../../../fixtures/sample/units';
import { sampleFigures, sampleValues } from '../../../fixtures/sample/workbook';
import type { ValueKey } from '../../../src/core/schema/field-key';
import type { Config, FieldValue, UnitConfig, UnitMeta, UnitReport } from '../../../src/core/schema/types';
import type { SubmissionStatus, UnitType } from '../../../src/core/schema/vocabulary';

export function unit(code: string, type: UnitType = 'Lapas'): UnitConfig {
  return { code, name: `UPT ${code}`, type, unitClass: 'IIA', operators: [], sheetName: code };
}

/** A configuration of `units` for February 2026 with every optional setting off. */
export function regionConfig(units: Config['units']): Config {
  return {
    period: '2026-02',
    office: 'Kanwil Ditjenpas Riau',
    units,
    admins: [],
    reportFolderId: '',
    reportRecipients: [],
    automationHours: 0,
    deadlineDay: null,
    remindersOn: false,
    reminderDaysBefore: 1,
    signatory: null,
    basis: 'terkirim',
  };
}

/** Values by key: a key the template does not have is a type error. */
export type Values = Partial<Readonly<Record<ValueKey, FieldValue>>>;

export interface ReportOptions {
  readonly invalid?: Values;
  readonly status?: SubmissionStatus;
  readonly errors?: number;
  readonly warnings?: number;
  readonly found?: boolean;
  readonly meta?: Partial<UnitMeta>;
}

/** A unit report whose valid values are `values`; `invalid` keys were typed but rejected (their value is absent). */
export function report(u: UnitConfig, values: Values, options: ReportOptions = {}): UnitReport {
  const invalidKeys = Object.keys(options.invalid ?? {});
  const found = options.found ?? true;
  return {
    unit: u,
    sheetName: u.sheetName,
    found,
    // Values is partial in its type only: no key is set to undefined.
    values: found ? (values as Readonly<Record<string, FieldValue>>) : {},
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
      ...options.meta,
    },
    issues: [],
    errorCount: options.errors ?? invalidKeys.length,
    warningCount: options.warnings ?? 0,
  };
}

/** The sample workbook's typed figures as valid reports (what a clean validation of the sample yields). */
export function sampleReports(): UnitReport[] {
  return SAMPLE_UNITS.map((u) => {
    const values: Record<string, FieldValue> = {};
    for (const [k, v] of Object.entries(sampleValues(u))) if (!(v instanceof Date)) values[k] = v;
    const f = sampleFigures(u.code);
    return report(u, values, {
      status: f.status,
      meta: { sentAt: f.sentAt, sentBy: f.sentAt ? (u.operators[0] ?? null) : null, returnNote: f.returnNote },
    });
  });
}
