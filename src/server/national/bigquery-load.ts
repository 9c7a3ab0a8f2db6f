// The optional BigQuery load of "Rekap nasional": each readable Kanwil's period into its own month-partitioned table
// ("terbitan_<kanwil>"), by a load job from the period's CSV that replaces the month's partition (WRITE_TRUNCATE on
// the partition decorator), so loading the same Kanwil and period again leaves its rows there once. Each Kanwil is
// loaded right after it is read, so a run stopped near the time limit has loaded what it read.
// https://developers.google.com/apps-script/advanced/bigquery
// https://cloud.google.com/bigquery/docs/reference/rest/v2/jobs/insert
// https://cloud.google.com/bigquery/docs/managing-partitioned-table-data
import {
  BIGQUERY_FIELDS,
  kanwilTableId,
  type LoadOutcome,
  partitionOf,
  publicationCsv,
} from '../../core/national/bigquery-rows';
import type { KanwilRead } from '../../core/national/consolidate-national';
import type { BigQueryTarget } from '../../core/national/national-config';
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

/** Loads one run's Kanwil into the dataset, one at a time; a load that fails is said, never failing the run. */
export class BigQueryLoader {
  private readonly api = bigQueryApi();
  private existing: Set<string> | null = null;
  private datasetProblem: string | null = null;
  private readonly schema = { fields: BIGQUERY_FIELDS.map((f) => ({ ...f })) };

  constructor(
    private readonly target: BigQueryTarget,
    private readonly period: string,
  ) {}

  /** Loads a read Kanwil's period; null when it was not readable (nothing to load). */
  load({ source, publication }: KanwilRead): LoadOutcome | null {
    if (!publication.ok) return null;
    const tables = this.tables();
    if (!tables) return { ok: false, why: this.datasetProblem ?? '', dataset: true };
    const { projectId, datasetId } = this.target;
    const tableId = kanwilTableId(source.name);
    try {
      if (!tables.has(tableId)) {
        this.api.Tables?.insert(
          {
            tableReference: { projectId, datasetId, tableId },
            schema: this.schema,
            timePartitioning: { type: 'MONTH', field: 'periode' },
            description: `Terbitan Rekap UPT ${source.name}`,
          },
          projectId,
          datasetId,
        );
        tables.add(tableId);
      }
      const csv = publicationCsv(this.period, source.name, publication.units);
      const job = this.api.Jobs?.insert(
        {
          configuration: {
            load: {
              destinationTable: { projectId, datasetId, tableId: `${tableId}$${partitionOf(this.period)}` },
              sourceFormat: 'CSV',
              skipLeadingRows: 1,
              allowQuotedNewlines: true,
              writeDisposition: 'WRITE_TRUNCATE',
              createDisposition: 'CREATE_NEVER',
              schema: this.schema,
            },
          },
        },
        projectId,
        Utilities.newBlob(csv, 'application/octet-stream'),
      );
      const done = job ? finished(this.api, projectId, job) : null;
      if (!done) return { ok: false, why: `${source.name} (pemuatan belum selesai; periksa di konsol BigQuery)` };
      if (done.status?.errorResult) return { ok: false, why: `${source.name} (${done.status.errorResult.message})` };
      return { ok: true };
    } catch (error) {
      return { ok: false, why: `${source.name} (${errorText(error)})` };
    }
  }

  /** The dataset's tables, listed once per run; null when the dataset cannot be opened. */
  private tables(): Set<string> | null {
    if (this.existing || this.datasetProblem !== null) return this.existing;
    try {
      this.existing = tableIds(this.api, this.target.projectId, this.target.datasetId);
    } catch (error) {
      this.datasetProblem = errorText(error);
    }
    return this.existing;
  }
}
