// The BigQuery form of a published period (docs/bigquery.md): the table schema, one table per Kanwil partitioned by
// month, and the CSV of one Kanwil's period that a load job writes into its month's partition.
import { SCHEMA_VERSION } from '../schema/schema';
import { formatNumber, formatPeriod } from '../text/format';
import type { PublishedUnit } from './read-published';

/** A column as the BigQuery API describes it (https://cloud.google.com/bigquery/docs/reference/rest/v2/tables#TableFieldSchema). */
export interface BigQueryField {
  readonly name: string;
  readonly type: 'STRING' | 'INTEGER' | 'FLOAT' | 'DATE';
  readonly mode: 'REQUIRED' | 'NULLABLE';
  readonly description: string;
}

export const BIGQUERY_FIELDS: readonly BigQueryField[] = [
  { name: 'periode', type: 'DATE', mode: 'REQUIRED', description: 'Hari pertama bulan periode (partisi bulanan)' },
  { name: 'kanwil', type: 'STRING', mode: 'REQUIRED', description: 'Kanwil, seperti di Pengaturan Nasional' },
  { name: 'kode_upt', type: 'STRING', mode: 'REQUIRED', description: 'Kode UPT' },
  { name: 'nama_upt', type: 'STRING', mode: 'NULLABLE', description: 'Nama UPT' },
  { name: 'jenis_upt', type: 'STRING', mode: 'NULLABLE', description: 'Lapas, Rutan, LPKA, Bapas, Rupbasan' },
  { name: 'kunci', type: 'STRING', mode: 'NULLABLE', description: 'Kunci indikator, mis. pangan.perikanan.luas_m2' },
  { name: 'nilai_angka', type: 'FLOAT', mode: 'NULLABLE', description: 'Nilai bila angka' },
  { name: 'nilai_teks', type: 'STRING', mode: 'NULLABLE', description: 'Nilai bila teks' },
  { name: 'status_upt', type: 'STRING', mode: 'REQUIRED', description: 'Status pengiriman UPT saat periode ditutup' },
  { name: 'versi_template', type: 'INTEGER', mode: 'REQUIRED', description: 'Versi templat Rekap UPT' },
];

/** Every Kanwil's table is named after it, so that `terbitan_*` (a wildcard table) reads them all. */
export const TABLE_PREFIX = 'terbitan_';

/** "Kanwil Ditjenpas Riau" → "terbitan_kanwil_ditjenpas_riau" (letters, digits and underscores, as BigQuery allows). */
export function kanwilTableId(kanwil: string): string {
  const slug = kanwil
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `${TABLE_PREFIX}${slug || 'kanwil'}`.slice(0, 1024);
}

/**
 * What loading one readable Kanwil's period gave: loaded, or why not in Bahasa (`dataset`: the dataset itself could
 * not be opened, so nothing was tried).
 */
export type LoadOutcome = { readonly ok: true } | { readonly ok: false; readonly why: string; readonly dataset?: true };

/** The run's sentence about its loads (`outcomes`: one per listed Kanwil, null for those not readable). */
export function loadMessage(
  target: { readonly projectId: string; readonly datasetId: string },
  period: string,
  outcomes: readonly (LoadOutcome | null)[],
): string {
  const tried = outcomes.filter((o): o is LoadOutcome => o !== null);
  const failed = tried.filter((o): o is Extract<LoadOutcome, { ok: false }> => !o.ok);
  const dataset = failed.find((o) => o.dataset);
  if (dataset && failed.length === tried.length)
    return ` BigQuery: dataset ${target.projectId}.${target.datasetId} tidak dapat dibuka (${dataset.why}); tidak ada yang dimuat.`;
  const where = `${target.projectId}.${target.datasetId}, partisi ${formatPeriod(period)}`;
  const ok = ` BigQuery: ${formatNumber(tried.length - failed.length)} Kanwil dimuat ke ${where}.`;
  return failed.length ? `${ok} Gagal dimuat: ${failed.map((o) => o.why).join('; ')}.` : ok;
}

/** "2026-02" → "202602": the monthly partition's decorator ("table$202602"). */
export function partitionOf(period: string): string {
  return period.replace('-', '');
}

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180, as BigQuery reads CSV). */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV of one Kanwil's period, header first, in BIGQUERY_FIELDS order. */
export function publicationCsv(period: string, kanwil: string, units: readonly PublishedUnit[]): string {
  const lines = [BIGQUERY_FIELDS.map((f) => f.name).join(',')];
  const date = `${period}-01`;
  for (const { unit, report } of units) {
    const entries = Object.entries(report.values);
    const rows: [string, string | number | null][] = entries.length ? entries : [['', null]];
    for (const [key, value] of rows) {
      const fields = [
        date,
        kanwil,
        unit.code,
        unit.name,
        unit.type,
        key,
        typeof value === 'number' ? value : null,
        typeof value === 'string' ? value : null,
        report.meta.status,
        SCHEMA_VERSION,
      ];
      lines.push(fields.map(csvField).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
