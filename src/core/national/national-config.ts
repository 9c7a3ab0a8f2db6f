// The national workbook's "Pengaturan Nasional" sheet: the period to consolidate and the Kanwil workbooks to read
// (id or link, office name, contact), with a Bahasa problem for each line that cannot be used.
import { NATIONAL_CONFIG_SHEET } from '../config/sheet-names';
import type { Grid } from '../schema/types';
import { formatPeriod, isoDateIn, isPeriod } from '../text/format';

export const NATIONAL_PERIOD_LABEL = 'Periode';
/** Optional: where "Rekap nasional" also loads the readable Kanwil's period (docs/bigquery.md). */
export const BIGQUERY_PROJECT_LABEL = 'Proyek BigQuery';
export const BIGQUERY_DATASET_LABEL = 'Dataset BigQuery';
/** Optional, for the national report: the Directorate's unit that sends it to the Director General, and its address. */
export const REPORT_SENDER_LABEL = 'Unit penyusun laporan';
export const REPORT_ADDRESS_LABEL = 'Alamat kantor';
export const KANWIL_TABLE_HEADER = ['ID atau tautan workbook Kanwil', 'Nama Kanwil', 'Kontak'] as const;

export interface KanwilSource {
  /** The office as listed, e.g. "Kanwil Ditjenpas Riau". */
  readonly name: string;
  readonly contact: string;
  /** The spreadsheet id taken from the id or link typed; null when none could be read. */
  readonly spreadsheetId: string | null;
  /** What was typed. */
  readonly reference: string;
}

/** The BigQuery dataset the national run loads into (project id and dataset id, as in the Cloud console). */
export interface BigQueryTarget {
  readonly projectId: string;
  readonly datasetId: string;
}

/** Who the national report comes from: '' when not set (the report then has no addressee block). */
export interface NationalLetterhead {
  /** The unit of the Directorate General that compiles the report, e.g. "Sekretariat Direktorat Jenderal Pemasyarakatan". */
  readonly sender: string;
  /** Printed under the letterhead. */
  readonly address: string;
}

export interface NationalConfig {
  readonly period: string;
  readonly letterhead: NationalLetterhead;
  readonly kanwil: readonly KanwilSource[];
  /** Null: no BigQuery load (both settings empty). */
  readonly bigQuery: BigQueryTarget | null;
}

export type NationalConfigRead =
  | { readonly ok: true; readonly config: NationalConfig }
  | { readonly ok: false; readonly problem: string };

/** A spreadsheet id from an id or a docs.google.com link; null when the text is neither. */
export function spreadsheetIdOf(reference: string): string | null {
  const link = /\/spreadsheets\/d\/([A-Za-z0-9_-]{20,})/.exec(reference);
  if (link) return link[1] as string;
  return /^[A-Za-z0-9_-]{20,}$/.test(reference) ? reference : null;
}

const cell = (v: unknown) => (v instanceof Date ? isoDateIn(v).slice(0, 7) : String(v ?? '').trim());

/** Parses the sheet: the period row, then the Kanwil table under its header, up to the first empty line. */
export function parseNationalConfig(grid: Grid): NationalConfigRead {
  const setting = (label: string) => cell(grid.find((r) => cell(r[0]) === label)?.[1]);
  const period = setting(NATIONAL_PERIOD_LABEL);
  if (!isPeriod(period))
    return {
      ok: false,
      problem: `Isi "${NATIONAL_PERIOD_LABEL}" di sheet "${NATIONAL_CONFIG_SHEET}" dengan format TTTT-BB, misalnya 2026-02.`,
    };
  const headerAt = grid.findIndex((r) => cell(r[0]) === KANWIL_TABLE_HEADER[0]);
  if (headerAt < 0)
    return {
      ok: false,
      problem: `Tabel Kanwil tidak ditemukan: baris judul "${KANWIL_TABLE_HEADER[0]}" di sheet "${NATIONAL_CONFIG_SHEET}".`,
    };
  const kanwil: KanwilSource[] = [];
  for (const row of grid.slice(headerAt + 1)) {
    const reference = cell(row[0]);
    const name = cell(row[1]);
    if (!reference && !name) break;
    kanwil.push({
      name: name || reference,
      contact: cell(row[2]),
      reference,
      spreadsheetId: spreadsheetIdOf(reference),
    });
  }
  if (kanwil.length === 0)
    return { ok: false, problem: `Belum ada workbook Kanwil di sheet "${NATIONAL_CONFIG_SHEET}".` };
  const projectId = setting(BIGQUERY_PROJECT_LABEL);
  const datasetId = setting(BIGQUERY_DATASET_LABEL);
  if (Boolean(projectId) !== Boolean(datasetId) || !/^\w*$/.test(datasetId))
    return {
      ok: false,
      problem: `Isi "${BIGQUERY_PROJECT_LABEL}" dan "${BIGQUERY_DATASET_LABEL}" keduanya (dataset: huruf, angka dan garis bawah), atau kosongkan keduanya bila tidak memuat ke BigQuery.`,
    };
  const letterhead = { sender: setting(REPORT_SENDER_LABEL), address: setting(REPORT_ADDRESS_LABEL) };
  return {
    ok: true,
    config: { period, letterhead, kanwil, bigQuery: projectId ? { projectId, datasetId } : null },
  };
}

/** The sheet a new national workbook starts with. */
export function nationalConfigTemplate(period: string): string[][] {
  return [
    ['Rekap Nasional', `Periode ${formatPeriod(period)}`, ''],
    [NATIONAL_PERIOD_LABEL, period, ''],
    [BIGQUERY_PROJECT_LABEL, '', 'Opsional: ID proyek Google Cloud untuk memuat riwayat ke BigQuery'],
    [BIGQUERY_DATASET_LABEL, '', 'Opsional: dataset di proyek itu (dibuat lebih dahulu di konsol)'],
    [REPORT_SENDER_LABEL, '', 'Opsional: unit Ditjenpas yang menyampaikan laporan nasional kepada Direktur Jenderal'],
    [REPORT_ADDRESS_LABEL, '', 'Opsional: alamat di bawah kop laporan nasional'],
    ['', '', ''],
    [...KANWIL_TABLE_HEADER],
  ];
}
