// The advanced service `BigQuery` (BigQuery API v2) as far as a CSV load into a month-partitioned table goes:
// Tables.get/list/insert, Jobs.insert of a load job with the CSV as media, Jobs.get, Tabledata.list.
// https://developers.google.com/apps-script/advanced/bigquery
// https://cloud.google.com/bigquery/docs/reference/rest/v2/jobs/insert
// https://cloud.google.com/bigquery/docs/reference/rest/v2/Job#JobConfigurationLoad
// https://cloud.google.com/bigquery/docs/managing-partitioned-table-data (a partition decorator "table$202602" with
// WRITE_TRUNCATE replaces that partition only)
// Data errors do not fail jobs.insert: the job ends DONE with status.errorResult and status.errors
// (https://cloud.google.com/bigquery/docs/error-messages); its rows are then not written at all.
import type { EmuBlob } from './blob';
import { GoogleJsonResponseException } from './google-json-error';
import type { Runtime } from './runtime';

export type FieldType = 'STRING' | 'INTEGER' | 'INT64' | 'FLOAT' | 'FLOAT64' | 'DATE';

export interface TableFieldSchema {
  name: string;
  type: FieldType;
  mode?: 'NULLABLE' | 'REQUIRED';
  description?: string;
}

export interface TableResource {
  tableReference: { projectId: string; datasetId: string; tableId: string };
  schema?: { fields: TableFieldSchema[] };
  /** https://cloud.google.com/bigquery/docs/reference/rest/v2/tables#TimePartitioning */
  timePartitioning?: { type: 'DAY' | 'MONTH'; field?: string };
  description?: string;
}

export interface LoadConfiguration {
  destinationTable?: { projectId?: string; datasetId?: string; tableId?: string };
  sourceFormat?: string;
  skipLeadingRows?: number;
  allowQuotedNewlines?: boolean;
  writeDisposition?: 'WRITE_APPEND' | 'WRITE_TRUNCATE' | 'WRITE_EMPTY';
  createDisposition?: 'CREATE_IF_NEEDED' | 'CREATE_NEVER';
  schema?: { fields: TableFieldSchema[] };
  timePartitioning?: TableResource['timePartitioning'];
}

export interface ErrorProto {
  reason: string;
  message: string;
}

export interface JobResource {
  jobReference: { projectId: string; jobId: string; location: string };
  configuration: { load?: LoadConfiguration };
  status: { state: 'PENDING' | 'RUNNING' | 'DONE'; errorResult?: ErrorProto; errors?: ErrorProto[] };
  statistics?: { load?: { outputRows: string } };
}

type Cell = string | null;

interface StoredTable {
  resource: TableResource;
  rows: Cell[][];
}

const LOCATION = 'US';
/** Tables in one page of Tables.list when the caller asks for more or names no size (see Tables.list). */
export const DEFAULT_TABLES_PAGE = 50;

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and, when allowed, line breaks. */
function parseCsv(
  text: string,
  allowQuotedNewlines: boolean,
): { cells: string[]; line: number; quotedNewline: boolean }[] {
  const records: { cells: string[]; line: number; quotedNewline: boolean }[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let quotedNewline = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') {
          line++;
          quotedNewline = true;
        }
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(field);
      records.push({ cells, line: start, quotedNewline: quotedNewline && !allowQuotedNewlines });
      cells = [];
      field = '';
      quotedNewline = false;
      start = ++line;
    } else field += ch;
  }
  if (field !== '' || cells.length > 0) {
    cells.push(field);
    records.push({ cells, line: start, quotedNewline: quotedNewline && !allowQuotedNewlines });
  }
  return records;
}

const BQ_TYPE: Readonly<Record<FieldType, string>> = {
  STRING: 'STRING',
  INTEGER: 'INT64',
  INT64: 'INT64',
  FLOAT: 'DOUBLE',
  FLOAT64: 'DOUBLE',
  DATE: 'DATE',
};

function parses(type: FieldType, text: string): boolean {
  switch (type) {
    case 'INTEGER':
    case 'INT64':
      return /^[+-]?\d+$/.test(text);
    case 'FLOAT':
    case 'FLOAT64':
      return text.trim() !== '' && Number.isFinite(Number(text));
    case 'DATE':
      return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
    default:
      return true;
  }
}

/** The emulated BigQuery: datasets made by the test (the console), tables and jobs made by the script. */
export class BigQueryService {
  private readonly datasets = new Map<string, Map<string, StoredTable>>();
  private readonly jobs = new Map<string, JobResource>();
  private nextJob = 1;

  constructor(private readonly runtime: Runtime) {}

  /** Test-facing: a dataset, as made in the Cloud console. */
  createDataset(projectId: string, datasetId: string): void {
    if (!this.datasets.has(`${projectId}:${datasetId}`)) this.datasets.set(`${projectId}:${datasetId}`, new Map());
  }

  /** Test-facing: a table's rows, in load order, each cell as CSV text ('' read back as null). */
  rowsOf(projectId: string, datasetId: string, tableId: string): readonly (readonly Cell[])[] {
    return this.datasets.get(`${projectId}:${datasetId}`)?.get(tableId)?.rows ?? [];
  }

  private record(method: string): void {
    this.runtime.ledger.record('BigQuery', method, 'bigquery');
  }

  private dataset(method: string, projectId: string, datasetId: string): Map<string, StoredTable> {
    const dataset = this.datasets.get(`${projectId}:${datasetId}`);
    if (!dataset)
      throw new GoogleJsonResponseException(`bigquery.${method}`, 404, `Not found: Dataset ${projectId}:${datasetId}`);
    return dataset;
  }

  private table(method: string, projectId: string, datasetId: string, tableId: string): StoredTable {
    const table = this.dataset(method, projectId, datasetId).get(tableId);
    if (!table)
      throw new GoogleJsonResponseException(
        `bigquery.${method}`,
        404,
        `Not found: Table ${projectId}:${datasetId}.${tableId}`,
      );
    return table;
  }

  readonly app = {
    Tables: {
      get: (projectId: string, datasetId: string, tableId: string): TableResource => {
        this.record('Tables.get');
        return structuredClone(this.table('tables.get', projectId, datasetId, tableId).resource);
      },
      /**
       * One page of the dataset's tables: at most `maxResults`, and `nextPageToken` while more follow; `totalItems`
       * counts the whole dataset (https://cloud.google.com/bigquery/docs/reference/rest/v2/tables/list). The
       * reference states neither the page size without `maxResults` nor a largest one: the emulator takes
       * DEFAULT_TABLES_PAGE for both, so a caller that does not follow the tokens misses tables here as it could there.
       */
      list: (projectId: string, datasetId: string, options: { maxResults?: number; pageToken?: string } = {}) => {
        this.record('Tables.list');
        const all = [...this.dataset('tables.list', projectId, datasetId).values()];
        const from = options.pageToken ? Number(/^page-(\d+)$/.exec(options.pageToken)?.[1] ?? Number.NaN) : 0;
        if (!Number.isInteger(from) || from > all.length)
          // The reference gives no wording for a token it did not issue; this one is the emulator's.
          throw new GoogleJsonResponseException('bigquery.tables.list', 400, 'Invalid page token.');
        const size = Math.min(options.maxResults ?? DEFAULT_TABLES_PAGE, DEFAULT_TABLES_PAGE);
        const tables = all.slice(from, from + size).map((t) => ({
          kind: 'bigquery#table',
          id: `${projectId}:${datasetId}.${t.resource.tableReference.tableId}`,
          tableReference: { ...t.resource.tableReference },
          type: 'TABLE',
          ...(t.resource.timePartitioning ? { timePartitioning: { ...t.resource.timePartitioning } } : {}),
        }));
        const next = from + size < all.length ? { nextPageToken: `page-${from + size}` } : {};
        return { kind: 'bigquery#tableList', totalItems: all.length, ...(tables.length ? { tables } : {}), ...next };
      },
      insert: (resource: TableResource, projectId: string, datasetId: string): TableResource => {
        this.record('Tables.insert');
        const dataset = this.dataset('tables.insert', projectId, datasetId);
        const id = resource.tableReference?.tableId ?? '';
        if (dataset.has(id))
          throw new GoogleJsonResponseException(
            'bigquery.tables.insert',
            409,
            `Already Exists: Table ${projectId}:${datasetId}.${id}`,
          );
        const field = resource.timePartitioning?.field;
        if (
          field &&
          !resource.schema?.fields.some((f) => f.name === field && (f.type === 'DATE' || f.type === 'STRING'))
        )
          throw new GoogleJsonResponseException(
            'bigquery.tables.insert',
            400,
            `The field specified for partitioning cannot be found in the schema`,
          );
        dataset.set(id, { resource: structuredClone(resource), rows: [] });
        return structuredClone(resource);
      },
      /** Deletes the table and its rows; a missing one is a 404 (https://cloud.google.com/bigquery/docs/reference/rest/v2/tables/delete). */
      remove: (projectId: string, datasetId: string, tableId: string): void => {
        this.record('Tables.remove');
        this.table('tables.delete', projectId, datasetId, tableId);
        this.dataset('tables.delete', projectId, datasetId).delete(tableId);
      },
    },
    Tabledata: {
      list: (projectId: string, datasetId: string, tableId: string) => {
        this.record('Tabledata.list');
        const { rows } = this.table('tabledata.list', projectId, datasetId, tableId);
        return {
          totalRows: String(rows.length),
          ...(rows.length ? { rows: rows.map((r) => ({ f: r.map((v) => ({ v })) })) } : {}),
        };
      },
    },
    Jobs: {
      /** jobs.insert with the data as media upload: the job is returned RUNNING; Jobs.get reports it DONE. */
      insert: (
        job: { configuration?: { load?: LoadConfiguration } },
        projectId: string,
        media?: EmuBlob,
      ): JobResource => {
        this.record('Jobs.insert');
        const load = job.configuration?.load;
        if (!load)
          throw new GoogleJsonResponseException(
            'bigquery.jobs.insert',
            400,
            'Required parameter is missing: job.configuration',
          );
        const jobId = `job_${String(this.nextJob++).padStart(6, '0')}`;
        const done: JobResource = {
          jobReference: { projectId, jobId, location: LOCATION },
          configuration: { load: structuredClone(load) },
          status: { state: 'DONE' },
        };
        const failure = this.runLoad(load, projectId, media);
        if (failure) done.status = { state: 'DONE', errorResult: failure[0] as ErrorProto, errors: failure };
        else done.statistics = { load: { outputRows: String(this.lastLoaded) } };
        this.jobs.set(`${projectId}:${jobId}`, done);
        return { ...structuredClone(done), status: { state: 'RUNNING' } };
      },
      get: (projectId: string, jobId: string): JobResource => {
        this.record('Jobs.get');
        const job = this.jobs.get(`${projectId}:${jobId}`);
        if (!job)
          throw new GoogleJsonResponseException(
            'bigquery.jobs.get',
            404,
            `Not found: Job ${projectId}:${LOCATION}.${jobId}`,
          );
        return structuredClone(job);
      },
    },
  };

  private lastLoaded = 0;

  /** Runs a load: null when its rows are written, else the job's errors (nothing written). */
  private runLoad(load: LoadConfiguration, projectId: string, media?: EmuBlob): ErrorProto[] | null {
    const invalid = (message: string): ErrorProto[] => [{ reason: 'invalid', message }];
    const dest = load.destinationTable;
    if (!dest?.tableId || !dest.datasetId) return invalid('Required parameter is missing: destinationTable');
    if ((load.sourceFormat ?? 'CSV') !== 'CSV') throw new Error('Emulator: only CSV loads are emulated.');
    const dataset = this.datasets.get(`${dest.projectId ?? projectId}:${dest.datasetId}`);
    if (!dataset)
      return [{ reason: 'notFound', message: `Not found: Dataset ${dest.projectId ?? projectId}:${dest.datasetId}` }];
    const [tableId = '', decorator] = dest.tableId.split('$');
    let table = dataset.get(tableId);
    if (!table) {
      if (load.createDisposition === 'CREATE_NEVER')
        return [
          {
            reason: 'notFound',
            message: `Not found: Table ${dest.projectId ?? projectId}:${dest.datasetId}.${tableId}`,
          },
        ];
      if (!load.schema) return invalid('No schema specified on job or table.');
      table = {
        resource: {
          tableReference: { projectId: dest.projectId ?? projectId, datasetId: dest.datasetId, tableId },
          schema: structuredClone(load.schema),
          ...(load.timePartitioning ? { timePartitioning: { ...load.timePartitioning } } : {}),
        },
        rows: [],
      };
    }
    const fields = table.resource.schema?.fields ?? [];
    const partitioning = table.resource.timePartitioning;
    if (decorator !== undefined && !partitioning)
      return invalid(`Cannot write to partition ${decorator} of a table that is not partitioned: ${tableId}`);
    if (decorator !== undefined && partitioning?.type === 'MONTH' && !/^\d{6}$/.test(decorator))
      return invalid(`Invalid partition decorator ${decorator} for a MONTH partitioned table`);
    const records = parseCsv(media ? media.getDataAsString() : '', load.allowQuotedNewlines ?? false).slice(
      load.skipLeadingRows ?? 0,
    );
    const errors: ErrorProto[] = [];
    const rows: Cell[][] = [];
    for (const record of records) {
      if (record.quotedNewline) {
        errors.push({
          reason: 'invalid',
          message: `Error while reading data, error message: Error detected while parsing row starting at position: ${record.line}. Error: Missing close double quote (") character.`,
        });
        continue;
      }
      if (record.cells.length !== fields.length) {
        errors.push({
          reason: 'invalid',
          message: `Error while reading data, error message: CSV table references column position ${fields.length - 1}, but line contains only ${record.cells.length} columns.; line_number: ${record.line}`,
        });
        continue;
      }
      const bad = fields.findIndex((f, i) => {
        const text = record.cells[i] as string;
        return text === '' ? f.mode === 'REQUIRED' : !parses(f.type, text);
      });
      if (bad >= 0) {
        const f = fields[bad] as TableFieldSchema;
        const text = record.cells[bad] as string;
        errors.push({
          reason: 'invalid',
          message:
            text === ''
              ? `Error while reading data, error message: Required column value for column index: ${bad} is missing.; line_number: ${record.line}`
              : `Error while reading data, error message: Could not parse '${text}' as ${BQ_TYPE[f.type]} for field ${f.name} (position ${bad}); line_number: ${record.line}`,
        });
        continue;
      }
      rows.push(record.cells.map((c) => (c === '' ? null : c)));
    }
    const column = partitioning?.field ? fields.findIndex((f) => f.name === partitioning.field) : -1;
    if (errors.length === 0 && decorator !== undefined && column >= 0) {
      const outside = rows.some(
        (r) =>
          String(r[column] ?? '')
            .replace(/-/g, '')
            .slice(0, decorator.length) !== decorator,
      );
      if (outside)
        errors.push({
          reason: 'invalid',
          message: `Some rows belong to different partitions rather than destination partition ${decorator}`,
        });
    }
    if (errors.length > 0) {
      // maxBadRecords defaults to 0: one bad row fails the whole job, which writes nothing.
      return [
        {
          reason: 'invalid',
          message: `Error while reading data, error message: CSV table encountered too many errors, giving up. Rows: ${records.length}; errors: ${errors.length}. Please look into the errors[] collection for more details.`,
        },
        ...errors,
      ];
    }
    const inPartition = (r: Cell[]) =>
      decorator === undefined ||
      column < 0 ||
      String(r[column] ?? '')
        .replace(/-/g, '')
        .startsWith(decorator);
    const disposition = load.writeDisposition ?? 'WRITE_APPEND';
    if (disposition === 'WRITE_EMPTY' && table.rows.some(inPartition))
      return [
        {
          reason: 'duplicate',
          message: `Already Exists: Table ${table.resource.tableReference.projectId}:${table.resource.tableReference.datasetId}.${tableId}`,
        },
      ];
    if (disposition === 'WRITE_TRUNCATE') table.rows = table.rows.filter((r) => !inPartition(r));
    table.rows.push(...rows);
    dataset.set(tableId, table);
    this.lastLoaded = rows.length;
    return null;
  }
}
