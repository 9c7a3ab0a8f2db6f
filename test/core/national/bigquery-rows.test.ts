// The BigQuery form of a published period: one table per Kanwil, its month's partition, and the CSV a load reads.
import { kanwilTableId, partitionOf, publicationCsv } from '../../../src/core/national/bigquery-rows';
import { parseNationalConfig } from '../../../src/core/national/national-config';
import { readPublication } from '../../../src/core/national/read-published';

const GRID = [
  ['periode', 'kanwil', 'kode_upt', 'nama_upt', 'jenis_upt', 'kunci', 'nilai', 'status_upt', 'versi_template'],
  [
    '2026-02',
    'Kanwil Riau',
    'LPPKU',
    'Lapas "Kelas IIA", Pekanbaru',
    'Lapas',
    'pangan.pertanian.luas_m2',
    2500,
    'Dikirim',
    1,
  ],
  [
    '2026-02',
    'Kanwil Riau',
    'LPPKU',
    'Lapas "Kelas IIA", Pekanbaru',
    'Lapas',
    'pangan.pertanian.komoditas',
    'Padi\nJagung',
    'Dikirim',
    1,
  ],
  ['2026-02', 'Kanwil Riau', 'BAPAS', 'Bapas Pekanbaru', 'Bapas', '', '', 'Belum diisi', 1],
];

describe('the BigQuery rows of a period', () => {
  it('quote commas, quotes and line breaks; put numbers and text in their own column; date the month', () => {
    const read = readPublication(GRID, '2026-02');
    if (!read.ok) throw new Error(read.reason.kind);
    expect(publicationCsv('2026-02', 'Kanwil Riau', read.units).split('\n')).toEqual([
      'periode,kanwil,kode_upt,nama_upt,jenis_upt,kunci,nilai_angka,nilai_teks,status_upt,versi_template',
      '2026-02-01,Kanwil Riau,LPPKU,"Lapas ""Kelas IIA"", Pekanbaru",Lapas,pangan.pertanian.luas_m2,2500,,Dikirim,1',
      '2026-02-01,Kanwil Riau,LPPKU,"Lapas ""Kelas IIA"", Pekanbaru",Lapas,pangan.pertanian.komoditas,,"Padi',
      'Jagung",Dikirim,1',
      '2026-02-01,Kanwil Riau,BAPAS,Bapas Pekanbaru,Bapas,,,,Belum diisi,1',
      '',
    ]);
  });

  it('names each Kanwil’s table as BigQuery allows, and its month’s partition', () => {
    expect(kanwilTableId('Kanwil Ditjenpas D.I. Yogyakarta')).toBe('terbitan_kanwil_ditjenpas_d_i_yogyakarta');
    expect(kanwilTableId('Kanwil Ditjenpas Nusa Tenggara Barat (NTB)')).toBe(
      'terbitan_kanwil_ditjenpas_nusa_tenggara_barat_ntb',
    );
    expect(partitionOf('2026-02')).toBe('202602');
  });
});

describe('the BigQuery settings of Pengaturan Nasional', () => {
  const base = [
    ['Periode', '2026-02'],
    ['ID atau tautan workbook Kanwil', 'Nama Kanwil', 'Kontak'],
    ['1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', 'Kanwil Riau', ''],
  ];
  it('are optional, and taken together', () => {
    const none = parseNationalConfig(base);
    expect(none.ok && none.config.bigQuery).toBeNull();
    const both = parseNationalConfig([
      ['Proyek BigQuery', 'rekap-nasional'],
      ['Dataset BigQuery', 'ditjenpas'],
      ...base,
    ]);
    expect(both.ok && both.config.bigQuery).toEqual({ projectId: 'rekap-nasional', datasetId: 'ditjenpas' });
    const half = parseNationalConfig([['Proyek BigQuery', 'rekap-nasional'], ...base]);
    expect(half).toEqual({
      ok: false,
      problem: expect.stringMatching(/^Isi "Proyek BigQuery" dan "Dataset BigQuery"/),
    });
    expect(parseNationalConfig([['Proyek BigQuery', 'p'], ['Dataset BigQuery', 'data-set'], ...base]).ok).toBe(false);
  });
});
