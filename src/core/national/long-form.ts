// The long form a Kanwil workbook publishes per closed period ("Terbitan"): one row per accepted value of each unit,
// read by the national workbook and loaded into BigQuery (docs/bigquery.md). Never typed by hand: the close and
// "Terbitkan" write it from the Arsip sheet.
import { previousFromArchive } from '../lifecycle/archive';
import { SCHEMA_VERSION } from '../schema/schema';
import type { Config, FieldValue, Grid } from '../schema/types';
import { SUBMISSION_STATUSES, type SubmissionStatus, type UnitType } from '../schema/vocabulary';
import { cellText } from '../text/cell-text';

/** Column names as the data team reads them (also the BigQuery column names). */
export const PUBLISHED_HEADER = [
  'periode',
  'kanwil',
  'kode_upt',
  'nama_upt',
  'jenis_upt',
  'kunci',
  'nilai',
  'status_upt',
  'versi_template',
] as const;

export interface PublishedRow {
  readonly period: string;
  readonly kanwil: string;
  readonly unitCode: string;
  readonly unitName: string;
  readonly unitType: UnitType;
  /** Value key ("pangan.perikanan.luas_m2"); '' on the one row of a unit that reported nothing. */
  readonly key: string;
  readonly value: FieldValue;
  readonly unitStatus: SubmissionStatus;
  readonly templateVersion: number;
}

const STATUS_KEY = 'identitas.status';

function statusOf(values: Readonly<Record<string, FieldValue>> | undefined): SubmissionStatus {
  const typed = String(values?.[STATUS_KEY] ?? '');
  return (SUBMISSION_STATUSES as readonly string[]).includes(typed) ? (typed as SubmissionStatus) : 'Belum diisi';
}

/**
 * The long form of `period` from the Arsip grid: every configured unit, in configuration order, with each accepted
 * value it archived (rejected values stay in Arsip only); a unit that archived nothing gets one row without a key, so
 * every listed unit and its status are in the publication.
 */
export function publishedRows(config: Config, archive: Grid, period: string): PublishedRow[] {
  const archived = previousFromArchive(archive, period);
  return config.units.flatMap((unit) => {
    const values = archived[unit.code];
    const common = {
      period,
      kanwil: config.office,
      unitCode: unit.code,
      unitName: unit.name,
      unitType: unit.type,
      unitStatus: statusOf(values),
      templateVersion: SCHEMA_VERSION,
    };
    const entries = Object.entries(values ?? {}).filter(([key]) => key !== STATUS_KEY);
    if (entries.length === 0) return [{ ...common, key: '', value: null }];
    return entries.map(([key, value]) => ({ ...common, key, value }));
  });
}

/** A row as written on the sheet: text formula-safe, an empty value blank. */
export function publishedCells(row: PublishedRow): (string | number)[] {
  const text = (s: string) => cellText(s);
  const value = row.value === null ? '' : typeof row.value === 'number' ? row.value : text(row.value);
  return [
    row.period,
    text(row.kanwil),
    text(row.unitCode),
    text(row.unitName),
    row.unitType,
    row.key,
    value,
    row.unitStatus,
    row.templateVersion,
  ];
}

/**
 * The sheet after publishing `rows` of one period: the header, the rows of other periods kept as they are (oldest
 * first), then this period's rows (a period published again replaces its rows, never doubles them).
 */
export function mergePublished(existing: Grid, period: string, rows: readonly PublishedRow[]): (string | number)[][] {
  const kept = existing
    .slice(1)
    .filter((r) => String(r[0] ?? '').trim() !== period && String(r[0] ?? '').trim() !== '')
    .map((r) => PUBLISHED_HEADER.map((_, i) => (r[i] ?? '') as string | number));
  return [[...PUBLISHED_HEADER], ...kept, ...rows.map(publishedCells)];
}

/** The closed periods the Arsip grid holds (its "Periode" column), oldest first. */
export function archivedPeriods(archive: Grid): string[] {
  const periods = new Set<string>();
  for (const row of archive.slice(1)) {
    const p = String(row[0] ?? '').trim();
    if (/^\d{4}-\d{2}$/.test(p)) periods.add(p);
  }
  return [...periods].sort();
}
