import { join } from 'node:path';
import { covers, type Emulator, readManifest, type ScopeEnforcer } from '../../emulator';
import { DEFAULT_TABLES_PAGE } from '../../emulator/bigquery';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { SAMPLE_LAND_M2, SAMPLE_OFFICE } from '../../fixtures/sample/workbook';
import {
  DIRJEN,
  kanwilWorkbook,
  NATIONAL_ADDRESS,
  NATIONAL_SENDER,
  nationalEmulator,
  nationalWorkbook,
  type Published,
} from '../../scripts/local/national-flow';
import { CONFIG_LABELS } from '../../src/core/config/config';
import { CONFIG_SHEET, LOG_SHEET, PUBLISHED_SHEET } from '../../src/core/config/sheet-names';
import { PUBLISHED_HEADER } from '../../src/core/national/long-form';
import { NATIONAL_KANWIL_SHEET, NATIONAL_PROGRAMME_SHEET } from '../../src/core/national/national-sheets';
import { sampleSheet, valuesOf } from './sample-sheet';

type Grid = unknown[][];

/** The sample Kanwil closes February 2026: its "Terbitan" as the close left it, and the close's message. */
function closedSample(): { published: Grid; message: string; s: ReturnType<typeof sampleSheet> } {
  const s = sampleSheet();
  s.emulator.sheets.ui.queueResponse('YES');
  s.bundle.run('closePeriod');
  return {
    published: valuesOf(s.emulator, PUBLISHED_SHEET),
    message: s.emulator.sheets.ui.alerts.at(-1)?.prompt ?? '',
    s,
  };
}

let february: ReturnType<typeof closedSample>;
/** What the sample's close published, as another Kanwil workbook would hold it. */
let published: Published;
beforeAll(() => {
  february = closedSample();
  published = february.published as Published;
});

describe('a Kanwil publishes its closed periods (dist/)', () => {
  it('the close publishes the period it closed, every unit with its status, in a sheet only admins can change', () => {
    expect(february.message).toMatch(
      /Terbitan diperbarui: periode Februari 2026 \([\d.]+ baris\) di sheet "Terbitan", siap dibaca Rekap Nasional\.$/,
    );
    const [header, ...rows] = february.published;
    expect(header).toEqual([...PUBLISHED_HEADER]);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['2026-02']));
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set([SAMPLE_OFFICE]));
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(SAMPLE_UNITS.map((u) => u.code)));
    const land = rows
      .filter((r) => /^pangan\.[a-z]+\.luas_m2$/.test(String(r[5])))
      .reduce((n, r) => n + Number(r[6]), 0);
    expect(land).toBe(SAMPLE_LAND_M2);
    const sheet = february.s.emulator.spreadsheet.sheetByNameUnrecorded(PUBLISHED_SHEET);
    expect(sheet?.canUserEdit(SAMPLE_UNITS[0]?.operators[0] ?? '', 'A2')).toBe(false);
  });

  it('"Terbitkan" publishes again without doubling a row', () => {
    const { s } = february;
    s.bundle.run('publish');
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(/^Terbitan diperbarui: periode Februari 2026 /);
    expect(valuesOf(s.emulator, PUBLISHED_SHEET)).toEqual(february.published);
  });
});

describe('a close publishes only the period it closed (dist/)', () => {
  /** Types `period` as the active period in "Pengaturan". */
  const setPeriod = (s: ReturnType<typeof sampleSheet>, period: string) => {
    const row = valuesOf(s.emulator, CONFIG_SHEET).findIndex((r) => r[0] === CONFIG_LABELS.period) + 1;
    s.emulator.spreadsheet.sheetByNameUnrecorded(CONFIG_SHEET)?.getRange(row, 2).setValue(period);
  };
  const close = (s: ReturnType<typeof sampleSheet>) => {
    const from = s.emulator.ledger.count;
    s.emulator.sheets.ui.queueResponse('YES');
    s.bundle.run('closePeriod');
    return { message: s.emulator.sheets.ui.alerts.at(-1)?.prompt ?? '', calls: s.emulator.ledger.all().slice(from) };
  };
  const rowsOf = (grid: Grid, period: string) => grid.filter((r) => r[0] === period);

  it("the next close adds its period below the last, leaves February's rows as they were and sends none of them", () => {
    const s = sampleSheet();
    close(s);
    const before = valuesOf(s.emulator, PUBLISHED_SHEET);
    const march = close(s);
    expect(march.message).toMatch(/Terbitan diperbarui: periode Maret 2026 \(\d+ baris\)/);
    const after = valuesOf(s.emulator, PUBLISHED_SHEET);
    // February first, untouched; then March, every unit in order (its tabs were left empty: "Belum diisi").
    expect(after.slice(0, before.length)).toEqual(before);
    const added = after.slice(before.length);
    expect(new Set(added.map((r) => r[0]))).toEqual(new Set(['2026-03']));
    expect([...new Set(added.map((r) => r[2]))]).toEqual(SAMPLE_UNITS.map((u) => u.code));
    expect(new Set(added.map((r) => r[7]))).toEqual(new Set(['Belum diisi']));
    expect(march.message).toContain(`(${added.length.toLocaleString('id-ID')} baris)`);
    // What the March close sent is less than February's rows alone: the published months are not written again.
    const sent = march.calls.reduce((n, c) => n + c.bytes, 0);
    expect(sent).toBeLessThan(JSON.stringify(rowsOf(before, '2026-02')).length);
  });

  it('"Terbitkan" after two closes publishes both months again, a batch at most for each: the sheet as it was', () => {
    const s = sampleSheet();
    close(s);
    close(s);
    const twoMonths = valuesOf(s.emulator, PUBLISHED_SHEET);
    const from = s.emulator.ledger.count;
    s.bundle.run('publish');
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(
      /^Terbitan diperbarui: periode Februari 2026 dan Maret 2026 /,
    );
    expect(valuesOf(s.emulator, PUBLISHED_SHEET)).toEqual(twoMonths);
    const batches = s.emulator.ledger
      .all()
      .slice(from)
      .filter((c) => c.method === 'Spreadsheets.batchUpdate');
    expect(batches.length).toBeLessThanOrEqual(2);
  });

  it('a period closed again is published again: each of its rows once', () => {
    const s = sampleSheet();
    close(s);
    const february = valuesOf(s.emulator, PUBLISHED_SHEET);
    // The admin puts February back as the active period and closes it again (its tabs are already open for March).
    setPeriod(s, '2026-02');
    expect(close(s).message).toMatch(/Terbitan diperbarui: periode Februari 2026 /);
    expect(valuesOf(s.emulator, PUBLISHED_SHEET)).toEqual(february);
  });
});

const entry = (name: string, id: string) => ({
  name,
  reference: `https://docs.google.com/spreadsheets/d/${id}/edit`,
  contact: 'admin@kanwil.go.id',
});

const batchGets = (e: Emulator) => e.ledger.all().filter((c) => c.method === 'Spreadsheets.Values.batchGet').length;
const MISSING_ID = '1TidakAdaFileIni00000000000000000000000000';

describe('Rekap nasional (dist-national/)', () => {
  let e: Emulator;
  let message: string;
  let kanwilSheet: Grid;

  beforeAll(() => {
    const older = published.map((r, i) => (i === 0 ? r : [...r.slice(0, 8), 0]));
    const onlyJanuary = published.map((r, i) => (i === 0 ? r : ['2026-01', ...r.slice(1)]));
    // One emulator holds every file: the Kanwil workbooks are made in it before the national workbook lists them.
    e = nationalEmulator();
    const listed = [
      entry('Kanwil Riau', kanwilWorkbook(e, 'Kanwil Riau', published, DIRJEN).id),
      entry('Kanwil Jambi', kanwilWorkbook(e, 'Kanwil Jambi', published, DIRJEN).id),
      entry('Kanwil Aceh', kanwilWorkbook(e, 'Kanwil Aceh', published, null).id),
      entry('Kanwil Bali', MISSING_ID),
      entry('Kanwil Papua', kanwilWorkbook(e, 'Kanwil Papua', older, DIRJEN).id),
      entry('Kanwil Sumbar', kanwilWorkbook(e, 'Kanwil Sumbar', onlyJanuary, DIRJEN).id),
      entry('Kanwil Maluku', kanwilWorkbook(e, 'Kanwil Maluku', null, DIRJEN).id),
    ];
    const bundle = nationalWorkbook(e, listed);
    e.ledger.reset();
    bundle.run('rekapNasional');
    message = e.sheets.ui.alerts.at(-1)?.prompt ?? '';
    kanwilSheet = valuesOf(e, NATIONAL_KANWIL_SHEET);
  });

  it('reads each listed workbook with ONE Sheets API call', () => {
    expect(batchGets(e)).toBe(7);
  });

  it('counts the readable Kanwil only, and the totals say which are left out', () => {
    expect(message).toMatch(
      /^Rekap nasional periode Februari 2026 selesai\. Total mencakup 2 dari 7 Kanwil; tidak dihitung: /,
    );
    const total = kanwilSheet.find((r) => r[0] === 'Nasional');
    expect(total?.[2]).toBe(2 * SAMPLE_UNITS.length);
    expect(total?.[5]).toBe(2 * SAMPLE_LAND_M2);
    expect(kanwilSheet.filter((r) => r[0] === 'Kanwil Riau' || r[0] === 'Kanwil Jambi').map((r) => r[5])).toEqual([
      SAMPLE_LAND_M2,
      SAMPLE_LAND_M2,
    ]);
    expect(String(kanwilSheet[2]?.[0])).toMatch(/^Total mencakup 2 dari 7 Kanwil; tidak dihitung: Kanwil Aceh/);
  });

  it('lists every unreadable Kanwil with its reason in Bahasa', () => {
    const reasonOf = (name: string) => String(kanwilSheet.filter((r) => r[0] === name).at(-1)?.[2]);
    expect(reasonOf('Kanwil Aceh')).toMatch(/^Tidak ada akses: file Kanwil belum dibagikan/);
    expect(reasonOf('Kanwil Bali')).toMatch(/^File tidak ditemukan/);
    expect(reasonOf('Kanwil Papua')).toMatch(/^Templat versi lama \(v0\); Rekap Nasional memerlukan v1/);
    expect(reasonOf('Kanwil Sumbar')).toBe(
      'Periode Februari 2026 belum diterbitkan (terbitan terakhir: Januari 2026).',
    );
    expect(reasonOf('Kanwil Maluku')).toMatch(/^Belum pernah menerbitkan: sheet "Terbitan" tidak ada/);
  });

  it('makes the national report with the report engine, naming every Kanwil left out and why', () => {
    expect(message).toMatch(
      / Laporan "Laporan Rekap Nasional - Februari 2026": https:\/\/docs\.google\.com\/document\/d\//,
    );
    const text = e.docs.all().at(-1)?.body.getText() ?? '';
    expect(text).toMatch(/\nLaporan Rekapitulasi Nasional Program UPT Pemasyarakatan — Periode Februari 2026\n/);
    // Five Kanwil left out: nothing in the document may call the national figures complete.
    expect(text).not.toMatch(/Lengkap/);
    expect(text).not.toMatch(/Rekap UPT\./);
    expect(text).toContain('2. Kepatuhan pelaporan per Kanwil');
    expect(text).toContain('3. Ketahanan pangan');
    expect(text).toMatch(/Kanwil Papua\s+admin@kanwil\.go\.id\s+Templat versi lama \(v0\)/);
    expect(text).toContain('pada lahan seluas 205.544 m²');
  });

  it('speaks as the Directorate General: its letterhead, a memo from its unit to the Director General, "nasional"', () => {
    const text = e.docs.all().at(-1)?.body.getText() ?? '';
    expect(text).toMatch(
      new RegExp(
        `^KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA\nDIREKTORAT JENDERAL PEMASYARAKATAN\n${NATIONAL_ADDRESS}\n` +
          `Yth.\t: Direktur Jenderal Pemasyarakatan\nDari\t: ${NATIONAL_SENDER}\nHal\t: Laporan Rekapitulasi Nasional `,
      ),
    );
    expect(text).not.toContain('Ditjenpas (nasional)');
    expect(text).toMatch(/penyerapan nasional \d/);
    expect(text).toMatch(/Penyerapan anggaran nasional \d/);
    expect(text).not.toMatch(/wilayah/i);
    // The subtitle names the Kanwil left out; their reasons are said once, in table 2.1.
    expect(text).toContain(
      'Total mencakup 2 dari 7 Kanwil; tidak dihitung: Kanwil Aceh, Kanwil Bali, Kanwil Papua, Kanwil Sumbar dan Kanwil Maluku (alasannya pada bagian 2.1).',
    );
    expect(text.split('Tidak ada akses: file Kanwil belum dibagikan')).toHaveLength(2);
  });

  it('writes the programme indicators nationally and per Kanwil', () => {
    const programme = valuesOf(e, NATIONAL_PROGRAMME_SHEET);
    const header = programme.find((r) => r[0] === 'Kunci');
    expect(header?.slice(2, 5)).toEqual(['Nasional', 'Kanwil Riau', 'Kanwil Jambi']);
    const land = programme.find((r) => r[0] === 'pangan.pertanian.luas_m2');
    expect(land?.[2]).toBe(Number(land?.[3]) * 2);
    expect(Number(land?.[3])).toBeGreaterThan(0);
  });
});

describe('Rekap nasional under passing failures and the read quota', () => {
  it('retries a passing API error a bounded number of times, then counts the Kanwil', () => {
    const e = nationalEmulator();
    const bundle = nationalWorkbook(e, [entry('Kanwil Riau', kanwilWorkbook(e, 'Kanwil Riau', published, DIRJEN).id)]);
    e.ledger.inject({
      when: (c) => c.method === 'Spreadsheets.Values.batchGet',
      error: 'API call to sheets.spreadsheets.values.batchGet failed with error: Internal error encountered.',
    });
    e.ledger.reset();
    bundle.run('rekapNasional');
    expect(e.sheets.ui.alerts.at(-1)?.prompt).toMatch(/Total mencakup 1 dari 1 Kanwil: semua Kanwil terbaca\. /);
    expect(batchGets(e)).toBe(2);
  });

  it('keeps to 60 reads a minute per user: 61 Kanwil are all read, the run waiting instead of being refused', () => {
    const e = nationalEmulator();
    const one = published.slice(0, 40);
    const listed = Array.from({ length: 61 }, (_, i) =>
      entry(`Kanwil ${i + 1}`, kanwilWorkbook(e, `Kanwil ${i + 1}`, one, DIRJEN).id),
    );
    const bundle = nationalWorkbook(e, listed);
    e.sheets.apiReadsPerMinute = 60;
    e.ledger.reset();
    bundle.run('rekapNasional');
    expect(e.sheets.ui.alerts.at(-1)?.prompt).toMatch(/Total mencakup 61 dari 61 Kanwil: semua Kanwil terbaca\. /);
    expect(batchGets(e)).toBe(61);
  });
});

describe('Rekap nasional runs as every admin run: locked, logged, all or nothing', () => {
  const logRows = (e: Emulator) => valuesOf(e, LOG_SHEET).slice(1);
  const national = (e: Emulator) =>
    e.spreadsheet.sheets
      .filter((sh) => sh.getName().includes('Nasional '))
      .map((sh) => [sh.getName(), valuesOf(e, sh.getName())]);

  function twoKanwil() {
    const e = nationalEmulator();
    const bundle = nationalWorkbook(e, [
      entry('Kanwil Riau', kanwilWorkbook(e, 'Kanwil Riau', published, DIRJEN).id),
      entry('Kanwil Jambi', kanwilWorkbook(e, 'Kanwil Jambi', published, DIRJEN).id),
    ]);
    return { e, bundle };
  }

  it('writes a Log row naming the run, who ran it and its message', () => {
    const { e, bundle } = twoKanwil();
    bundle.run('rekapNasional');
    const rows = logRows(e);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.slice(2, 5)).toEqual(['Rekap nasional', DIRJEN, 'Berhasil']);
    expect(String(rows[0]?.[7])).toMatch(
      /^Rekap nasional periode Februari 2026 selesai\. Total mencakup 2 dari 2 Kanwil/,
    );
  });

  it('a second "Rekap nasional" started meanwhile is told in Bahasa that one is running, and writes nothing', () => {
    const { e, bundle } = twoKanwil();
    let reads = 0;
    let sheetsDuringSecond: unknown = null;
    // While the first run reads its second Kanwil, the same button is pressed again (another execution).
    e.ledger.inject({
      when: (call) => {
        if (call.method === 'Spreadsheets.Values.batchGet' && ++reads === 2) {
          const before = e.spreadsheet.sheets.map((sh) => sh.getName());
          bundle.run('rekapNasional');
          sheetsDuringSecond = { before, after: e.spreadsheet.sheets.map((sh) => sh.getName()) };
        }
        return false;
      },
      error: 'never raised',
    });
    bundle.run('rekapNasional');
    const alerts = e.sheets.ui.alerts.map((a) => a.prompt);
    expect(alerts).toEqual([
      'Rekap sedang berjalan oleh proses lain. Tunggu sebentar, lalu coba lagi.',
      expect.stringMatching(/^Rekap nasional periode Februari 2026 selesai\. /),
    ]);
    const during = sheetsDuringSecond as { before: string[]; after: string[] };
    expect(during.after).toEqual(during.before);
    expect(reads).toBe(2);
    expect(logRows(e).map((r) => [r[2], r[4]])).toEqual([['Rekap nasional', 'Berhasil']]);
  });

  it('a run that fails while writing leaves the previous national sheets whole, and logs the failure', () => {
    const { e, bundle } = twoKanwil();
    bundle.run('rekapNasional');
    const before = national(e);
    expect(before.length).toBeGreaterThan(1);
    e.ledger.inject({
      when: (call) => call.method === 'Spreadsheets.batchUpdate',
      error: 'Service Spreadsheets timed out while accessing document with id x.',
      repeat: true,
    });
    bundle.run('rekapNasional');
    e.ledger.clearFaults();
    expect(e.sheets.ui.alerts.at(-1)?.prompt).toMatch(
      /^Rekap nasional gagal; ringkasan nasional sebelumnya tetap utuh\. /,
    );
    expect(national(e)).toEqual(before);
    expect(logRows(e).map((r) => r[4])).toEqual(['Berhasil', 'Gagal']);
  });
});

describe('the optional BigQuery load (dist-national/)', () => {
  const target = { projectId: 'rekap-nasional', datasetId: 'ditjenpas' };

  it('loads each readable Kanwil’s period into its month once, however often the run repeats', () => {
    const e = nationalEmulator();
    e.bigQuery.createDataset(target.projectId, target.datasetId);
    const listed = [
      entry('Kanwil Riau', kanwilWorkbook(e, 'Kanwil Riau', published, DIRJEN).id),
      entry('Kanwil Aceh', kanwilWorkbook(e, 'Kanwil Aceh', published, null).id),
    ];
    const bundle = nationalWorkbook(e, listed, target);
    const riau = () => e.bigQuery.rowsOf(target.projectId, target.datasetId, 'terbitan_kanwil_riau');
    bundle.run('rekapNasional');
    const once = riau().length;
    bundle.run('rekapNasional');
    expect(e.sheets.ui.alerts.at(-1)?.prompt).toMatch(
      /BigQuery: 1 Kanwil dimuat ke rekap-nasional\.ditjenpas, partisi Februari 2026\.$/,
    );
    expect(once).toBe(published.length - 1);
    expect(riau()).toHaveLength(once);
    expect(new Set(riau().map((r) => r[0]))).toEqual(new Set(['2026-02-01']));
    expect(e.bigQuery.rowsOf(target.projectId, target.datasetId, 'terbitan_kanwil_aceh')).toEqual([]);
    const land = riau()
      .filter((r) => /^pangan\.[a-z]+\.luas_m2$/.test(String(r[5])))
      .reduce((n, r) => n + Number(r[6]), 0);
    expect(land).toBe(SAMPLE_LAND_M2);
  });

  it('finds a Kanwil’s table on a later page of the dataset’s tables, and loads into it again', () => {
    const e = nationalEmulator();
    e.bigQuery.createDataset(target.projectId, target.datasetId);
    const bundle = nationalWorkbook(
      e,
      [entry('Kanwil Riau', kanwilWorkbook(e, 'Kanwil Riau', published, DIRJEN).id)],
      target,
    );
    // Tables of the data team's own, enough that the Kanwil's table is listed on the second page.
    for (let i = 0; i < DEFAULT_TABLES_PAGE + 10; i++)
      e.bigQuery.app.Tables.insert(
        { tableReference: { ...target, tableId: `analisis_${i}` } },
        target.projectId,
        target.datasetId,
      );
    bundle.run('rekapNasional');
    bundle.run('rekapNasional');
    expect(e.sheets.ui.alerts.at(-1)?.prompt).toMatch(
      /BigQuery: 1 Kanwil dimuat ke rekap-nasional\.ditjenpas, partisi Februari 2026\.$/,
    );
    expect(e.bigQuery.rowsOf(target.projectId, target.datasetId, 'terbitan_kanwil_riau')).toHaveLength(
      published.length - 1,
    );
  });

  it('a dataset that cannot be opened is said, and the summaries are written all the same', () => {
    const e = nationalEmulator();
    const bundle = nationalWorkbook(
      e,
      [entry('Kanwil Riau', kanwilWorkbook(e, 'Kanwil Riau', published, DIRJEN).id)],
      target,
    );
    bundle.run('rekapNasional');
    expect(e.sheets.ui.alerts.at(-1)?.prompt).toMatch(
      /Total mencakup 1 dari 1 Kanwil: semua Kanwil terbaca\. Laporan "Laporan Rekap Nasional - Februari 2026": \S+ BigQuery: dataset rekap-nasional\.ditjenpas tidak dapat dibuka \(.*Not found: Dataset rekap-nasional:ditjenpas\); tidak ada yang dimuat\.$/,
    );
    expect(valuesOf(e, NATIONAL_KANWIL_SHEET).find((r) => r[0] === 'Nasional')?.[5]).toBe(SAMPLE_LAND_M2);
  });
});

describe('the national deployment’s manifest (dist-national/appsscript.json)', () => {
  const manifest = (dir: string) => readManifest(join(__dirname, '../..', dir, 'appsscript.json'));

  it('adds only the BigQuery scope and service to the add-on’s, and the load needs that scope', () => {
    const addOn = manifest('dist');
    const national = manifest('dist-national');
    expect(national.oauthScopes).toEqual([...(addOn.oauthScopes ?? []), 'https://www.googleapis.com/auth/bigquery']);
    expect(national.dependencies?.enabledAdvancedServices?.map((s) => s.userSymbol)).toEqual([
      ...(addOn.dependencies?.enabledAdvancedServices ?? []).map((s) => s.userSymbol),
      'BigQuery',
    ]);
    const e = nationalEmulator();
    e.bigQuery.createDataset('p', 'd');
    const bundle = nationalWorkbook(e, [entry('Kanwil Riau', kanwilWorkbook(e, 'Kanwil Riau', published, DIRJEN).id)], {
      projectId: 'p',
      datasetId: 'd',
    });
    bundle.run('rekapNasional');
    const scopes = e.runtime.scopes as ScopeEnforcer;
    const called = [...scopes.calledMethods()];
    expect(called.filter(([, accepted]) => !covers(national.oauthScopes ?? [], accepted))).toEqual([]);
    const withoutBigQuery = (addOn.oauthScopes ?? []) as string[];
    expect(called.filter(([, accepted]) => !covers(withoutBigQuery, accepted)).map(([m]) => m)).toEqual(
      expect.arrayContaining(['BigQuery.Jobs.insert', 'BigQuery.Tables.insert']),
    );
  });
});
