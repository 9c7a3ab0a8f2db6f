// Contract tests: the BigQuery advanced service as a CSV load into a month-partitioned table uses it.
import { BigQueryService, DEFAULT_TABLES_PAGE, type TableFieldSchema } from '../bigquery';
import { EmuBlob } from '../blob';
import { Runtime } from '../runtime';

const JOBS = 'https://cloud.google.com/bigquery/docs/reference/rest/v2/jobs/insert';
const LOAD = 'https://cloud.google.com/bigquery/docs/reference/rest/v2/Job#JobConfigurationLoad';
const PARTITIONS = 'https://cloud.google.com/bigquery/docs/managing-partitioned-table-data';
const ERRORS = 'https://cloud.google.com/bigquery/docs/error-messages';
const TABLES = 'https://cloud.google.com/bigquery/docs/reference/rest/v2/tables';
const TABLES_LIST = 'https://cloud.google.com/bigquery/docs/reference/rest/v2/tables/list';

const P = 'rekap-nasional';
const D = 'ditjenpas';
const FIELDS: TableFieldSchema[] = [
  { name: 'periode', type: 'DATE', mode: 'REQUIRED' },
  { name: 'kode_upt', type: 'STRING', mode: 'REQUIRED' },
  { name: 'nilai_angka', type: 'FLOAT' },
  { name: 'versi_template', type: 'INTEGER', mode: 'REQUIRED' },
];

function setup() {
  const runtime = new Runtime();
  const bq = new BigQueryService(runtime);
  bq.createDataset(P, D);
  bq.app.Tables.insert(
    {
      tableReference: { projectId: P, datasetId: D, tableId: 'terbitan_riau' },
      schema: { fields: FIELDS },
      timePartitioning: { type: 'MONTH', field: 'periode' },
    },
    P,
    D,
  );
  const load = (csv: string, tableId = 'terbitan_riau$202602', extra = {}) => {
    const job = bq.app.Jobs.insert(
      {
        configuration: {
          load: {
            destinationTable: { projectId: P, datasetId: D, tableId },
            sourceFormat: 'CSV',
            skipLeadingRows: 1,
            writeDisposition: 'WRITE_TRUNCATE',
            createDisposition: 'CREATE_NEVER',
            ...extra,
          },
        },
      },
      P,
      new EmuBlob(Buffer.from(csv), 'application/octet-stream'),
    );
    return { inserted: job, done: bq.app.Jobs.get(P, job.jobReference.jobId) };
  };
  return { runtime, bq, load };
}

const HEADER = 'periode,kode_upt,nilai_angka,versi_template\n';
const FEBRUARY = `${HEADER}2026-02-01,LPPKU,102772,1\n"2026-02-01","RUTAN, PKU",1.5,1\n`;

describe(`BigQuery.Tables (${TABLES})`, () => {
  test('a month-partitioned table is created once; getting a missing one is a 404', () => {
    const { bq } = setup();
    expect(bq.app.Tables.get(P, D, 'terbitan_riau').timePartitioning).toEqual({ type: 'MONTH', field: 'periode' });
    expect(() => bq.app.Tables.get(P, D, 'terbitan_aceh')).toThrow(
      'API call to bigquery.tables.get failed with error: Not found: Table rekap-nasional:ditjenpas.terbitan_aceh',
    );
    expect(() =>
      bq.app.Tables.insert({ tableReference: { projectId: P, datasetId: D, tableId: 'terbitan_riau' } }, P, D),
    ).toThrow(/Already Exists: Table rekap-nasional:ditjenpas\.terbitan_riau/);
    expect(bq.app.Tables.list(P, D).totalItems).toBe(1);
  });

  test('a removed table is gone with its rows; removing it again is a 404', () => {
    const { bq, load } = setup();
    load(FEBRUARY);
    bq.app.Tables.remove(P, D, 'terbitan_riau');
    expect(bq.app.Tables.list(P, D).totalItems).toBe(0);
    expect(() => bq.app.Tables.remove(P, D, 'terbitan_riau')).toThrow(
      'API call to bigquery.tables.delete failed with error: Not found: Table rekap-nasional:ditjenpas.terbitan_riau',
    );
  });
});

describe(`BigQuery.Tables.list pages (${TABLES_LIST})`, () => {
  test('at most maxResults tables a page, nextPageToken while more follow, totalItems the whole dataset', () => {
    const { bq } = setup();
    for (let i = 0; i < 4; i++)
      bq.app.Tables.insert({ tableReference: { projectId: P, datasetId: D, tableId: `t${i}` } }, P, D);
    const first = bq.app.Tables.list(P, D, { maxResults: 2 });
    expect(first.kind).toBe('bigquery#tableList');
    expect(first.totalItems).toBe(5);
    expect(first.tables?.map((t) => t.tableReference.tableId)).toEqual(['terbitan_riau', 't0']);
    const second = bq.app.Tables.list(P, D, { maxResults: 2, pageToken: first.nextPageToken });
    const third = bq.app.Tables.list(P, D, { maxResults: 2, pageToken: second.nextPageToken });
    expect([...(second.tables ?? []), ...(third.tables ?? [])].map((t) => t.tableReference.tableId)).toEqual([
      't1',
      't2',
      't3',
    ]);
    // The last page carries no token.
    expect(third.nextPageToken).toBeUndefined();
  });

  test('the reference states no default or largest page size: the emulator pages at DEFAULT_TABLES_PAGE either way', () => {
    const { bq } = setup();
    for (let i = 0; i < DEFAULT_TABLES_PAGE + 5; i++)
      bq.app.Tables.insert({ tableReference: { projectId: P, datasetId: D, tableId: `t${i}` } }, P, D);
    expect(bq.app.Tables.list(P, D).tables).toHaveLength(DEFAULT_TABLES_PAGE);
    const asked = bq.app.Tables.list(P, D, { maxResults: 1000 });
    expect(asked.tables).toHaveLength(DEFAULT_TABLES_PAGE);
    expect(asked.nextPageToken).toEqual(expect.any(String));
  });

  test('an empty dataset lists no tables and no token', () => {
    const runtime = new Runtime();
    const bq = new BigQueryService(runtime);
    bq.createDataset(P, 'kosong');
    expect(bq.app.Tables.list(P, 'kosong')).toEqual({ kind: 'bigquery#tableList', totalItems: 0 });
  });
});

describe(`BigQuery.Jobs.insert, a CSV load job (${JOBS}, ${LOAD})`, () => {
  test('the job comes back RUNNING, then DONE with its rows; quoted commas are one field', () => {
    const { load, bq } = setup();
    const { inserted, done } = load(FEBRUARY);
    expect(inserted.status).toEqual({ state: 'RUNNING' });
    expect(done.status).toEqual({ state: 'DONE' });
    expect(done.statistics?.load?.outputRows).toBe('2');
    expect(bq.app.Tabledata.list(P, D, 'terbitan_riau').rows?.map((r) => r.f.map((c) => c.v))).toEqual([
      ['2026-02-01', 'LPPKU', '102772', '1'],
      ['2026-02-01', 'RUTAN, PKU', '1.5', '1'],
    ]);
  });

  test(`WRITE_TRUNCATE on a partition decorator replaces that month only (${PARTITIONS})`, () => {
    const { load, bq } = setup();
    load(FEBRUARY);
    load(`${HEADER}2026-03-01,LPPKU,5,1\n`, 'terbitan_riau$202603');
    load(FEBRUARY);
    expect(bq.rowsOf(P, D, 'terbitan_riau').map((r) => `${r[0]} ${r[1]}`)).toEqual([
      '2026-03-01 LPPKU',
      '2026-02-01 LPPKU',
      '2026-02-01 RUTAN, PKU',
    ]);
  });

  test(`a bad row fails the whole job, DONE with errorResult and errors[]; nothing is written (${ERRORS})`, () => {
    const { load, bq } = setup();
    const { done } = load(`${HEADER}2026-02-01,LPPKU,abc,1\n2026-02-01,RUTAN,1\n2026-02-01,LPKA,2,\n`);
    expect(done.status.state).toBe('DONE');
    expect(done.status.errorResult?.message).toMatch(
      /^Error while reading data, error message: CSV table encountered too many errors, giving up\. Rows: 3; errors: 3\./,
    );
    expect(done.status.errors?.slice(1).map((e) => e.message)).toEqual([
      expect.stringMatching(/Could not parse 'abc' as DOUBLE for field nilai_angka \(position 2\)/),
      expect.stringMatching(/CSV table references column position 3, but line contains only 3 columns/),
      expect.stringMatching(/Required column value for column index: 3 is missing/),
    ]);
    expect(bq.rowsOf(P, D, 'terbitan_riau')).toEqual([]);
  });

  test('rows of another month than the decorator names are refused', () => {
    const { load } = setup();
    const { done } = load(`${HEADER}2026-03-01,LPPKU,1,1\n`);
    expect(done.status.errors?.map((e) => e.message)).toContainEqual(
      'Some rows belong to different partitions rather than destination partition 202602',
    );
  });

  test('a missing table is created from the job’s schema, or refused without one', () => {
    const { load, bq } = setup();
    const refused = load(FEBRUARY, 'terbitan_aceh', { createDisposition: 'CREATE_IF_NEEDED' });
    expect(refused.done.status.errorResult?.message).toBe('No schema specified on job or table.');
    const created = load(FEBRUARY, 'terbitan_aceh', {
      createDisposition: 'CREATE_IF_NEEDED',
      schema: { fields: FIELDS },
    });
    expect(created.done.status.errorResult).toBeUndefined();
    expect(bq.rowsOf(P, D, 'terbitan_aceh')).toHaveLength(2);
  });

  test('each request is one call the ledger records as a BigQuery round trip', () => {
    const { load, runtime } = setup();
    runtime.ledger.reset();
    load(FEBRUARY);
    expect(runtime.ledger.all().map((c) => [c.service, c.method, c.kind])).toEqual([
      ['BigQuery', 'Jobs.insert', 'bigquery'],
      ['BigQuery', 'Jobs.get', 'bigquery'],
    ]);
  });
});
