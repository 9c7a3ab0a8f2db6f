// The optional BigQuery load of "Rekap nasional": each readable Kanwil's period into its own month-partitioned table
// ("terbitan_<kanwil>"), by a load job from the period's CSV that replaces the month's partition (WRITE_TRUNCATE on
// the partition decorator), so loading the same Kanwil and period again leaves its rows there once.
// https://developers.google.com/apps-script/advanced/bigquery
// https://cloud.google.com/bigquery/docs/reference/rest/v2/jobs/insert
// https://cloud.google.com/bigquery/docs/managing-partitioned-table-data
import { BIGQUERY_FIELDS, kanwilTableId, partitionOf, publicationCsv } from '../../core/national/bigquery-rows';
import type { KanwilRead } from '../../core/national/consolidate-national';
import type { BigQueryTarget } from '../../core/national/national-config';
import { formatNumber, formatPeriod } from '../../core/text/format';
import { UserError } from '../runtime/user-error';

/** Polls of a job before the run stops waiting for it (1 s, 2 s, 4 s, …: about a minute in all). */
export const JOB_POLLS = 6;

function bigQueryApi(): GoogleAppsScript.BigQuery {
  if (typeof BigQuery === 'undefined' || !BigQuery)
    throw new UserError(
      'Layanan lanjutan "BigQuery API" tidak aktif di proyek ini: pasang versi Rekap Nasional dari add-on ini.',
    );
  return BigQuery;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/** The job once DONE (polled with backoff), or null when it is still running after JOB_POLLS polls. */
function finished(api: GoogleAppsScript.BigQuery, projectId: string, job: GoogleAppsScript.BigQuery.Schema.Job) {
  const jobId = job.jobReference?.jobId ?? '';
  for (let poll = 0; poll < JOB_POLLS; poll++) {
    const now = api.Jobs?.get(projectId, jobId, { location: job.jobReference?.location });
    if (now?.status?.state === 'DONE') return now;
    Utilities.sleep(1000 * 2 ** poll);
  }
  return null;
}

/**
 * The dataset's table ids, every page followed: Tables.list answers one page at a time, with nextPageToken while more
 * follow (https://cloud.google.com/bigquery/docs/reference/rest/v2/tables/list); a table missed would be created
 * again and refused as existing.
 */
function tableIds(api: GoogleAppsScript.BigQuery, projectId: string, datasetId: string): Set<string> {
  const ids = new Set<string>();
  let pageToken: string | undefined;
  do {
    const page = api.Tables?.list(projectId, datasetId, { maxResults: 1000, ...(pageToken ? { pageToken } : {}) });
    for (const t of page?.tables ?? []) ids.add(t.tableReference?.tableId ?? '');
    pageToken = page?.nextPageToken || undefined;
  } while (pageToken);
  return ids;
}

/**
 * Loads every readable Kanwil's period; returns a sentence for the run's message. A Kanwil whose load fails is named
 * with the reason; it never fails the national run (the summary sheets are written already).
 */
export function loadToBigQuery(target: BigQueryTarget, period: string, reads: readonly KanwilRead[]): string {
  const api = bigQueryApi();
  const { projectId, datasetId } = target;
  const failed: string[] = [];
  let loaded = 0;
  let existing: Set<string>;
  try {
    existing = tableIds(api, projectId, datasetId);
  } catch (error) {
    return ` BigQuery: dataset ${projectId}.${datasetId} tidak dapat dibuka (${errorText(error)}); tidak ada yang dimuat.`;
  }
  const schema = { fields: BIGQUERY_FIELDS.map((f) => ({ ...f })) };
  for (const { source, publication } of reads) {
    if (!publication.ok) continue;
    const tableId = kanwilTableId(source.name);
    try {
      if (!existing.has(tableId)) {
        api.Tables?.insert(
          {
            tableReference: { projectId, datasetId, tableId },
            schema,
            timePartitioning: { type: 'MONTH', field: 'periode' },
            description: `Terbitan Rekap UPT ${source.name}`,
          },
          projectId,
          datasetId,
        );
        existing.add(tableId);
      }
      const csv = publicationCsv(period, source.name, publication.units);
      const job = api.Jobs?.insert(
        {
          configuration: {
            load: {
              destinationTable: { projectId, datasetId, tableId: `${tableId}$${partitionOf(period)}` },
              sourceFormat: 'CSV',
              skipLeadingRows: 1,
              allowQuotedNewlines: true,
              writeDisposition: 'WRITE_TRUNCATE',
              createDisposition: 'CREATE_NEVER',
              schema,
            },
          },
        },
        projectId,
        Utilities.newBlob(csv, 'application/octet-stream'),
      );
      const done = job ? finished(api, projectId, job) : null;
      if (!done) failed.push(`${source.name} (pemuatan belum selesai; periksa di konsol BigQuery)`);
      else if (done.status?.errorResult) failed.push(`${source.name} (${done.status.errorResult.message})`);
      else loaded++;
    } catch (error) {
      failed.push(`${source.name} (${errorText(error)})`);
    }
  }
  const where = `${projectId}.${datasetId}, partisi ${formatPeriod(period)}`;
  const ok = ` BigQuery: ${formatNumber(loaded)} Kanwil dimuat ke ${where}.`;
  return failed.length ? `${ok} Gagal dimuat: ${failed.join('; ')}.` : ok;
}
