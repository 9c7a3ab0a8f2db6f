// "Rekap nasional" over more Kanwil than one execution can read: it stops near the 6-minute limit keeping what it
// read, says how far it got, writes no national totals, and the next run continues from there to the same totals.
import type { Emulator } from '../../emulator';
import {
  DIRJEN,
  kanwilWorkbook,
  nationalEmulator,
  nationalWorkbook,
  samplePublication,
} from '../../scripts/local/national-flow';
import { LOG_SHEET } from '../../src/core/config/sheet-names';
import { NATIONAL_KANWIL_SHEET } from '../../src/core/national/national-sheets';
import { NATIONAL_READS_SHEET } from '../../src/core/national/read-checkpoint';
import { valuesOf } from '../e2e/sample-sheet';

const KANWIL = 30;
/** A slow Sheets API: each Kanwil's read takes 10 s of the execution's clock, so one run reads about 20. */
const SLOW_READ_MS = 10_000;

const batchGets = (e: Emulator) => e.ledger.all().filter((c) => c.method === 'Spreadsheets.Values.batchGet').length;
const link = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit`;

const TARGET = { projectId: 'rekap-nasional', datasetId: 'ditjenpas' };

function workbooks(bigQuery?: typeof TARGET) {
  const e = nationalEmulator();
  if (bigQuery) e.bigQuery.createDataset(bigQuery.projectId, bigQuery.datasetId);
  const published = samplePublication(2);
  const listed = Array.from({ length: KANWIL }, (_, i) => {
    const name = `Kanwil ${i + 1}`;
    // The third Kanwil has not shared its workbook: its reason is kept across runs too.
    const id = kanwilWorkbook(e, name, published, i === 2 ? null : DIRJEN).id;
    return { name, reference: link(id), contact: '' };
  });
  return { e, bundle: nationalWorkbook(e, listed, bigQuery) };
}

function slowReads(e: Emulator): void {
  e.ledger.inject({
    when: (call) => {
      if (call.method === 'Spreadsheets.Values.batchGet') e.runtime.advance(SLOW_READ_MS);
      return false;
    },
    error: 'never raised',
    repeat: true,
  });
}

/** The national Kanwil sheet without its "Diperbarui" line (the time differs between runs). */
const kanwilSheet = (e: Emulator) =>
  valuesOf(e, NATIONAL_KANWIL_SHEET).filter((r) => !String(r[0]).startsWith('Diperbarui'));
const alert = (e: Emulator) => e.sheets.ui.alerts.at(-1)?.prompt ?? '';

describe(`Rekap nasional of ${KANWIL} Kanwil when each read is slow`, () => {
  let reference: ReturnType<typeof workbooks>;
  let w: ReturnType<typeof workbooks>;
  let first: string;
  let readFirst: number;

  beforeAll(() => {
    reference = workbooks();
    reference.bundle.run('rekapNasional');
    w = workbooks();
    slowReads(w.e);
    w.e.ledger.reset();
    w.bundle.run('rekapNasional');
    first = alert(w.e);
    readFirst = batchGets(w.e);
  });

  it('stops before the time limit, says how far it got and that running again continues, and writes no totals', () => {
    expect(readFirst).toBeGreaterThan(3);
    expect(readFirst).toBeLessThan(KANWIL);
    expect(first).toBe(
      `Rekap nasional periode Februari 2026 dihentikan sementara karena mendekati batas waktu 6 menit Google: ${readFirst} dari ${KANWIL} Kanwil sudah dibaca dan disimpan. Ringkasan nasional belum diperbarui. Jalankan "Rekap nasional" lagi untuk melanjutkan dari Kanwil ke-${readFirst + 1}.`,
    );
    expect(w.e.spreadsheet.sheetByNameUnrecorded(NATIONAL_KANWIL_SHEET)).toBeNull();
    expect(valuesOf(w.e, LOG_SHEET).at(-1)?.slice(2, 5)).toEqual(['Rekap nasional', DIRJEN, 'Dilanjutkan']);
    expect(w.e.spreadsheet.sheetByNameUnrecorded(NATIONAL_READS_SHEET)?.isSheetHidden()).toBe(true);
  });

  it('the next run reads only the Kanwil left, and writes the same totals as one run over all of them', () => {
    w.e.ledger.clearFaults();
    w.e.ledger.reset();
    w.bundle.run('rekapNasional');
    expect(batchGets(w.e)).toBe(KANWIL - readFirst);
    expect(alert(w.e)).toMatch(
      new RegExp(
        `^Rekap nasional periode Februari 2026 selesai\\. Total mencakup ${KANWIL - 1} dari ${KANWIL} Kanwil; tidak dihitung: Kanwil 3 `,
      ),
    );
    expect(kanwilSheet(w.e)).toEqual(kanwilSheet(reference.e));
    expect(valuesOf(w.e, LOG_SHEET).at(-1)?.[4]).toBe('Berhasil');
  });

  it('removes its checkpoint once complete: a later run reads every Kanwil again', () => {
    expect(w.e.spreadsheet.sheetByNameUnrecorded(NATIONAL_READS_SHEET)).toBeNull();
    w.e.ledger.reset();
    w.bundle.run('rekapNasional');
    expect(batchGets(w.e)).toBe(KANWIL);
  });
});

describe('Rekap nasional over two runs, loading BigQuery', () => {
  it('loads each readable Kanwil once, as it is read, and the last run counts every load', () => {
    const w = workbooks(TARGET);
    slowReads(w.e);
    w.e.ledger.reset();
    w.bundle.run('rekapNasional');
    expect(alert(w.e)).toMatch(/ dihentikan sementara /);
    const firstLoads = w.e.ledger.all().filter((c) => c.method === 'Jobs.insert').length;
    expect(firstLoads).toBeGreaterThan(0);
    w.e.ledger.clearFaults();
    w.bundle.run('rekapNasional');
    expect(alert(w.e)).toMatch(
      new RegExp(`BigQuery: ${KANWIL - 1} Kanwil dimuat ke rekap-nasional\\.ditjenpas, partisi Februari 2026\\.$`),
    );
    expect(w.e.ledger.all().filter((c) => c.method === 'Jobs.insert')).toHaveLength(KANWIL - 1);
    const rows = (name: string) => w.e.bigQuery.rowsOf(TARGET.projectId, TARGET.datasetId, name).length;
    expect(rows('terbitan_kanwil_1')).toBe(rows('terbitan_kanwil_30'));
    expect(rows('terbitan_kanwil_1')).toBeGreaterThan(0);
  });
});
