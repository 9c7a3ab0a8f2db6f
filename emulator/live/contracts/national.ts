// Contracts of the national deployment (manifest appsscript.national.json, with the BigQuery scope and service): a
// Kanwil workbook the runner cannot open, and a BigQuery CSV load job whose rows fail validation. Both need something
// a scratch spreadsheet cannot make, named in script properties before the run (emulator/live/README.md).
import { type Contract, type Scratch, thrown } from '../contract';

const ERRORS = 'https://developers.google.com/sheets/api/guides/troubleshoot-api-errors';
const JOBS = 'https://cloud.google.com/bigquery/docs/reference/rest/v2/jobs/insert';
const LOAD = 'https://cloud.google.com/bigquery/docs/reference/rest/v2/Job#JobConfigurationLoad';
const BQ_ERRORS = 'https://cloud.google.com/bigquery/docs/error-messages';

/** Script property: the id of a spreadsheet owned by another account and not shared with the runner. */
export const NO_ACCESS_PROPERTY = 'kontrak.spreadsheetTanpaAkses';
/** Script property: "project:dataset", a dataset the runner may create and delete tables in. */
export const BIGQUERY_PROPERTY = 'kontrak.datasetBigQuery';

const setting = (key: string): string => {
  const value = PropertiesService.getScriptProperties().getProperty(key);
  if (!value) throw new Error(`Script property "${key}" is not set (emulator/live/README.md).`);
  return value;
};

/** The advanced service as the national manifest enables it. */
const bigQuery = () => BigQuery as GoogleAppsScript.BigQuery;

/** A scratch table in the configured dataset, removed at the end; its load job's CSV columns. */
function scratchTable(s: Scratch): { projectId: string; datasetId: string; tableId: string } {
  const [projectId = '', datasetId = ''] = setting(BIGQUERY_PROPERTY).split(':');
  const tableId = s.name().replace(/\W/g, '_').toLowerCase();
  bigQuery().Tables?.insert(
    {
      tableReference: { projectId, datasetId, tableId },
      schema: {
        fields: [
          { name: 'periode', type: 'DATE', mode: 'REQUIRED' },
          { name: 'kode_upt', type: 'STRING', mode: 'REQUIRED' },
          { name: 'nilai_angka', type: 'FLOAT' },
          { name: 'versi_template', type: 'INTEGER', mode: 'REQUIRED' },
        ],
      },
      timePartitioning: { type: 'MONTH', field: 'periode' },
    },
    projectId,
    datasetId,
  );
  s.defer(() => bigQuery().Tables?.remove(projectId, datasetId, tableId), `tabel BigQuery ${tableId}`);
  return { projectId, datasetId, tableId };
}

/** The job once DONE, polled for up to about a minute (a live job runs after jobs.insert answers). */
function done(projectId: string, jobId: string, location?: string) {
  for (let poll = 0; poll < 6; poll++) {
    const job = bigQuery().Jobs?.get(projectId, jobId, { location });
    if (job?.status?.state === 'DONE') return job;
    Utilities.sleep(1000 * 2 ** poll);
  }
  throw new Error(`job ${jobId} not DONE after about a minute`);
}

export const NATIONAL_CONTRACTS: Contract[] = [
  {
    name: `another spreadsheet by id (${ERRORS}) › a file not shared with the user: 403 "The caller does not have permission"`,
    source: ERRORS,
    basis: 'documented',
    expected: 'API call to sheets.spreadsheets.values.batchGet failed with error: The caller does not have permission',
    observe: () => {
      const id = setting(NO_ACCESS_PROPERTY);
      // The run's own lines so far were written through SpreadsheetApp: applied before the API is called.
      SpreadsheetApp.flush();
      const api = Sheets as GoogleAppsScript.Sheets;
      return thrown(() => api.Spreadsheets.Values.batchGet(id, { ranges: ['Sheet1'] }));
    },
  },
  {
    // The reference documents that a job whose rows fail ends DONE with status.errorResult and status.errors and
    // writes nothing; it gives no wording for each row's error, so the messages are the emulator's belief
    // ("open question") and the live run decides them.
    name: `BigQuery.Jobs.insert, a CSV load job (${JOBS}, ${LOAD}) › a bad row fails the whole job, DONE with errorResult and errors[]; nothing is written (${BQ_ERRORS})`,
    source: BQ_ERRORS,
    basis: 'open question',
    expected: {
      state: 'DONE',
      errorResult:
        /^Error while reading data, error message: CSV table encountered too many errors, giving up\. Rows: 3; errors: 3\./,
      errors: [
        /Could not parse 'abc' as DOUBLE for field nilai_angka \(position 2\)/,
        /CSV table references column position 3, but line contains only 3 columns/,
        /Required column value for column index: 3 is missing/,
      ],
      rows: '0',
    },
    observe: (s) => {
      const table = scratchTable(s);
      const csv =
        'periode,kode_upt,nilai_angka,versi_template\n2026-02-01,LPPKU,abc,1\n2026-02-01,RUTAN,1\n2026-02-01,LPKA,2,\n';
      const job = bigQuery().Jobs?.insert(
        {
          configuration: {
            load: {
              destinationTable: { ...table, tableId: `${table.tableId}$202602` },
              sourceFormat: 'CSV',
              skipLeadingRows: 1,
              writeDisposition: 'WRITE_TRUNCATE',
              createDisposition: 'CREATE_NEVER',
            },
          },
        },
        table.projectId,
        Utilities.newBlob(csv, 'application/octet-stream'),
      );
      const finished = done(table.projectId, job?.jobReference?.jobId ?? '', job?.jobReference?.location);
      return {
        state: finished.status?.state,
        errorResult: finished.status?.errorResult?.message,
        errors: (finished.status?.errors ?? []).slice(1).map((e) => e.message),
        rows: bigQuery().Tabledata?.list(table.projectId, table.datasetId, table.tableId).totalRows,
      };
    },
  },
];
