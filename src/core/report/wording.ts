// Shared wording of the report: incomplete-data remarks, unit names, empty tables, dates of unit events, annex values.
import type { Exclusion, Total } from '../consolidation/totals';
import type { ValueKey } from '../schema/field-key';
import type { Config, FieldValue, UnitReport } from '../schema/types';
import { formatDateTimeId, formatNumber } from '../text/format';
import type { ReportBlock } from './report-model';

export const NO_DATA = 'Tidak ada data.';
export const DASH = '–';

/** " (tanpa 3 UPT)" right after the figure(s) that leave units out; '' when they are complete. */
export function incompleteSuffix(...exclusions: readonly Exclusion[]): string {
  const units = new Set(exclusions.flatMap((e) => e.units)).size;
  return units === 0 ? '' : ` (tanpa ${units} UPT)`;
}

/** The label of a total row: it says so when the total is partial. */
export function totalLabel(...totals: readonly Total[]): string {
  return totals.some((t) => t.excluded.units.length > 0) ? 'Jumlah (belum lengkap)' : 'Jumlah';
}

/** Unit names for a list of codes, in the given order ("Lapas Kelas IIA Pekanbaru, Rutan Kelas IIB Dumai"). */
export function unitNames(config: Config, codes: readonly string[]): string {
  return codes.map((code) => config.units.find((u) => u.code === code)?.name ?? code).join(', ');
}

/** A note naming the units a figure leaves out, or nothing when the figure is complete. */
export function incompleteNote(config: Config, what: string, ...exclusions: readonly Exclusion[]): ReportBlock[] {
  const codes = [...new Set(exclusions.flatMap((e) => e.units))];
  if (codes.length === 0) return [];
  const cells = [...new Set(exclusions.flatMap((e) => e.cellRefs))];
  const cellText = cells.length > 0 ? `; ${cells.length} sel ditolak validasi (${cells.join(', ')})` : '';
  return [
    {
      kind: 'note',
      text: `Catatan: ${what} belum lengkap: tanpa ${codes.length} UPT (${unitNames(config, codes)})${cellText}. Alasannya tercantum pada dasar rekap di awal laporan.`,
    },
  ];
}

/** A table, or "Tidak ada data." when it would have no rows (an empty table lays out badly). */
export function tableOrEmpty(header: readonly string[], rows: readonly (readonly string[])[]): ReportBlock {
  if (rows.length === 0) return { kind: 'paragraph', text: NO_DATA };
  return { kind: 'table', header, rows };
}

/** "40 mengikuti ujian dan 35 lulus", or that no exam was held in the period. */
export function examText(sat: number, passed: number): string {
  return sat === 0
    ? 'belum ada ujian pada periode ini'
    : `${formatNumber(sat)} mengikuti ujian dan ${formatNumber(passed)} lulus`;
}

/** An ISO date-time of a unit event as "3 Februari 2026 09.00 WIB"; text that is not a date is shown as it is. */
export function eventTime(iso: string | null): string {
  if (iso === null || iso.trim() === '') return DASH;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDateTimeId(date);
}

export type Formatter = (n: number) => string;
const plain: Formatter = (n) => formatNumber(n, n % 1 === 0 ? 0 : 1);

/** A value as a unit's annex shows it: rejected → "belum valid (sel D12)", empty → "–", text exactly as typed. */
export function annexValue(report: UnitReport, key: ValueKey, format: Formatter = plain): string {
  if (report.invalidKeys.includes(key)) {
    const cell = report.cells[key];
    return cell ? `belum valid (sel ${cell})` : 'belum valid';
  }
  const value: FieldValue | undefined = report.values[key];
  if (value === null || value === undefined || value === '') return DASH;
  return typeof value === 'number' ? format(value) : value;
}
