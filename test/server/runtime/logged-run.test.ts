// A logged run: under the lock, one Log row whatever the outcome, a readable message, and bookkeeping that never
// turns a done run into a failure nor hides the first error.

import { installEmulator, removeEmulator } from '../../../emulator';
import { APPS_SCRIPT_ERRORS, type Emulator } from '../../../emulator/index';
import { SAMPLE_CONFIG } from '../../../fixtures/sample/workbook';
import { LOG_SHEET } from '../../../src/core/config/sheet-names';
import type { CallContext } from '../../../src/server/runtime/call-context';
import { BUSY_MESSAGE } from '../../../src/server/runtime/lock';
import { adminRun, loggedRun, type RunSpec } from '../../../src/server/runtime/logged-run';
import { roleOf } from '../../../src/server/runtime/roles';
import { UserError } from '../../../src/server/runtime/user-error';
import { DATE_TIME_FORMAT } from '../../../src/server/sheets/log';
import { readSheetIndex, sheetsApi } from '../../../src/server/sheets/sheet-index';

afterEach(removeEmulator);

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const ADMIN = SAMPLE_CONFIG.admins[0] as string;
const QUOTA = `${APPS_SCRIPT_ERRORS.serviceInvokedTooManyTimes}spreadsheets.`;

function setUp(): { emulator: Emulator; ss: Spreadsheet; spec: RunSpec<string> } {
  const emulator = installEmulator();
  const ss = emulator.spreadsheet as unknown as Spreadsheet;
  return { emulator, ss, spec: { ss, by: ADMIN, action: 'Rekap sekarang' } };
}

/** The Log's rows below its header: [start, end, action, by, outcome, tabs read, seconds, detail]. */
function logRows(emulator: Emulator): unknown[][] {
  const sheet = emulator.spreadsheet.sheetByNameUnrecorded(LOG_SHEET);
  return sheet ? sheet.getDataRange().getValues().slice(1) : [];
}

/** Every write to the Log sheet fails with `error` (the other sheets are written as usual). */
function breakTheLog(emulator: Emulator, error = QUOTA): void {
  emulator.ledger.inject({ when: (c) => c.method === 'Spreadsheet.insertSheet', error, repeat: true });
}

describe('a logged run', () => {
  it('runs the work and writes one Log row with who, what, the tabs read and the detail', () => {
    const { emulator, spec } = setUp();
    const result = loggedRun(spec, (run) => {
      run.tabsRead = 18;
      return { value: 'selesai', detail: 'Rekap periode Februari 2026 selesai.' };
    });
    expect(result).toEqual({ kind: 'done', value: 'selesai' });
    const rows = logRows(emulator);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.slice(2, 6)).toEqual(['Rekap sekarang', ADMIN, 'Berhasil', 18]);
    expect(rows[0]?.[7]).toBe('Rekap periode Februari 2026 selesai.');
  });

  it('records a run that stopped before the time limit as "Dilanjutkan", and one with nothing to record not at all', () => {
    const { emulator, spec } = setUp();
    loggedRun(spec, () => ({ value: '', detail: 'Dihentikan sementara.', outcome: 'Dilanjutkan' }));
    expect(loggedRun(spec, () => ({ value: 'tidak ada', detail: null }))).toEqual({ kind: 'done', value: 'tidak ada' });
    expect(logRows(emulator).map((r) => r[4])).toEqual(['Dilanjutkan']);
  });

  it('logs a failure with its readable message and the tabs read before it, and answers with the same message', () => {
    const { emulator, spec } = setUp();
    const result = loggedRun(spec, (run) => {
      run.tabsRead = 3;
      throw new Error(APPS_SCRIPT_ERRORS.maxExecutionTime);
    });
    expect(result.kind).toBe('failed');
    const message = result.kind === 'failed' ? result.message : '';
    expect(message).toMatch(/^Terjadi kesalahan: proses melebihi batas waktu 6 menit dari Google \(/);
    expect(logRows(emulator)[0]?.slice(4, 6)).toEqual(['Gagal', 3]);
    expect(logRows(emulator)[0]?.[7]).toBe(message);
  });

  it('runs nothing and writes nothing while another execution holds the lock', () => {
    const { emulator, spec } = setUp();
    emulator.locks.holdScriptLock('scheduled-run');
    let ran = false;
    const result = loggedRun(spec, () => {
      ran = true;
      return { value: '', detail: 'x' };
    });
    expect(result).toEqual({ kind: 'busy', message: BUSY_MESSAGE });
    expect(ran).toBe(false);
    expect(logRows(emulator)).toEqual([]);
  });

  it('keeps what `remember` records after the Log row, success or failure', () => {
    const { spec } = setUp();
    const kept: unknown[] = [];
    const remember: RunSpec<string>['remember'] = (outcome, _end, value) => kept.push([outcome, value]);
    loggedRun({ ...spec, remember }, () => ({ value: 'laporan', detail: 'ok' }));
    loggedRun({ ...spec, remember }, () => {
      throw new UserError('Nama penandatangan belum diisi.');
    });
    expect(kept).toEqual([
      ['Berhasil', 'laporan'],
      ['Gagal', null],
    ]);
  });

  it('reports a done run as done when the Log or a record cannot be written', () => {
    const { emulator, spec } = setUp();
    breakTheLog(emulator);
    const remember = () => {
      throw new Error(QUOTA);
    };
    expect(loggedRun({ ...spec, remember }, () => ({ value: 'selesai', detail: 'ok' }))).toEqual({
      kind: 'done',
      value: 'selesai',
    });
  });

  it('answers with the first error when the Log fails too', () => {
    const { emulator, spec } = setUp();
    breakTheLog(emulator, APPS_SCRIPT_ERRORS.tooManySimultaneous);
    const result = loggedRun(spec, () => {
      throw new UserError('Periode aktif berubah selama konfirmasi; jalankan Tutup periode sekali lagi.');
    });
    expect(result).toEqual({
      kind: 'failed',
      message: 'Periode aktif berubah selama konfirmasi; jalankan Tutup periode sekali lagi.',
    });
  });

  it('gives each step its own Log row as it goes', () => {
    const { emulator, spec } = setUp();
    loggedRun(spec, (run) => {
      run.log('Berhasil', 'Pengingat terkirim ke LP Pekanbaru.');
      run.log('Gagal', 'Rutan Dumai: tidak ada e-mail operator.');
      return { value: '', detail: null };
    });
    expect(logRows(emulator).map((r) => [r[4], r[7]])).toEqual([
      ['Berhasil', 'Pengingat terkirim ke LP Pekanbaru.'],
      ['Gagal', 'Rutan Dumai: tidak ada e-mail operator.'],
    ]);
  });
});

describe('the Log row of a run that knows the sheets', () => {
  /** A Log made by a first run, then the sheet index a caller reads before its run. */
  function withLog(): { emulator: Emulator; spec: RunSpec<string> } {
    const { emulator, ss, spec } = setUp();
    loggedRun(spec, () => ({ value: '', detail: 'Pertama.' }));
    return { emulator, spec: { ...spec, sheets: readSheetIndex(ss) } };
  }

  it('appends the row in one Sheets API call: dates shown as dates, text kept as typed', () => {
    const { emulator, spec } = withLog();
    const first = emulator.ledger.count;
    loggedRun(spec, () => ({ value: '', detail: '=1+1 bukan rumus' }));
    const calls = emulator.ledger
      .all()
      .slice(first)
      .map((c) => c.method);
    expect(calls.filter((m) => m === 'Spreadsheets.batchUpdate')).toHaveLength(1);
    expect(calls).not.toContain('Sheet.appendRow');
    const rows = logRows(emulator);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[0]).toBeInstanceOf(Date);
    expect(rows[1]?.[7]).toBe('=1+1 bukan rumus');
    const log = emulator.spreadsheet.sheetByNameUnrecorded(LOG_SHEET);
    expect(log?.getRange(3, 1, 1, 2).getNumberFormats()).toEqual([[DATE_TIME_FORMAT, DATE_TIME_FORMAT]]);
  });

  it('still writes the row when the Log was deleted after the sheets were read (a new Log, by appendRow)', () => {
    const { emulator, spec } = withLog();
    const log = emulator.spreadsheet.sheetByNameUnrecorded(LOG_SHEET);
    if (log) emulator.spreadsheet.deleteSheet(log);
    loggedRun(spec, () => ({ value: '', detail: 'Sesudah Log dihapus.' }));
    expect(logRows(emulator).map((r) => r[7])).toEqual(['Sesudah Log dihapus.']);
  });
});

describe('a Log row sent with the work', () => {
  function withLog(): { emulator: Emulator; ss: Spreadsheet; spec: RunSpec<string> } {
    const { emulator, ss, spec } = setUp();
    loggedRun(spec, () => ({ value: '', detail: 'Pertama.' }));
    return { emulator, ss, spec: { ...spec, sheets: readSheetIndex(ss) } };
  }
  const send = (ss: Spreadsheet, requests: GoogleAppsScript.Sheets.Schema.Request[]) =>
    sheetsApi().Spreadsheets.batchUpdate({ requests }, ss.getId());

  it("is the run's only row, applied in the same batch as the work", () => {
    const { emulator, ss, spec } = withLog();
    const first = emulator.ledger.count;
    loggedRun(spec, (run) => {
      send(ss, [...run.successRow('Rekap selesai.')]);
      return { value: '', detail: 'Rekap selesai.' };
    });
    const calls = emulator.ledger
      .all()
      .slice(first)
      .map((c) => c.method);
    expect(calls.filter((m) => m === 'Spreadsheets.batchUpdate')).toHaveLength(1);
    expect(logRows(emulator).map((r) => [r[4], r[7]])).toEqual([
      ['Berhasil', 'Pertama.'],
      ['Berhasil', 'Rekap selesai.'],
    ]);
  });

  it('is not applied when the batch fails: the run records only its failure', () => {
    const { emulator, ss, spec } = withLog();
    loggedRun(spec, (run) => {
      send(ss, [...run.successRow('Rekap selesai.'), { deleteSheet: { sheetId: 424242 } }]);
      return { value: '', detail: 'Rekap selesai.' };
    });
    expect(logRows(emulator).map((r) => r[4])).toEqual(['Berhasil', 'Gagal']);
  });
});

describe('rows an earlier run could not write', () => {
  /** A Log, then an operator's run whose row waits for an admin's run (the operator may not write the Log). */
  function waitingRow(): { emulator: Emulator; ss: Spreadsheet; spec: RunSpec<string> } {
    const { emulator, ss, spec } = setUp();
    loggedRun(spec, () => ({ value: '', detail: 'Pertama.' }));
    loggedRun({ ...spec, by: 'operator@upt.example', action: 'Kirim laporan', unlocked: true, logLater: true }, () => ({
      value: '',
      detail: 'LP-PKU dikirim.',
    }));
    expect(logRows(emulator)).toHaveLength(1);
    return { emulator, ss, spec: { ...spec, sheets: readSheetIndex(ss) } };
  }
  const batches = (emulator: Emulator, from: number) =>
    emulator.ledger
      .all()
      .slice(from)
      .filter((c) => c.method === 'Spreadsheets.batchUpdate').length;
  const pending = (emulator: Emulator) => emulator.properties.document?.peek('log:pending') ?? null;

  it("go before the next admin run's row, in the same append, and are then forgotten", () => {
    const { emulator, spec } = waitingRow();
    const first = emulator.ledger.count;
    loggedRun(spec, () => ({ value: '', detail: 'Tab dikembalikan.' }));
    expect(batches(emulator, first)).toBe(1);
    expect(logRows(emulator).map((r) => [r[2], r[7]])).toEqual([
      ['Rekap sekarang', 'Pertama.'],
      ['Kirim laporan', 'LP-PKU dikirim.'],
      ['Rekap sekarang', 'Tab dikembalikan.'],
    ]);
    expect(pending(emulator)).toBeNull();
  });

  it("travel in the work's own batch with its row, and stay waiting when that batch fails", () => {
    const { emulator, ss, spec } = waitingRow();
    const send = (requests: GoogleAppsScript.Sheets.Schema.Request[]) =>
      sheetsApi().Spreadsheets.batchUpdate({ requests }, ss.getId());
    loggedRun(spec, (run) => {
      send([...run.successRow('Rekap selesai.'), { deleteSheet: { sheetId: 424242 } }]);
      return { value: '', detail: 'Rekap selesai.' };
    });
    // The failed batch applied nothing; the failure's append carried the waiting row.
    expect(logRows(emulator).map((r) => [r[2], r[4]])).toEqual([
      ['Rekap sekarang', 'Berhasil'],
      ['Kirim laporan', 'Berhasil'],
      ['Rekap sekarang', 'Gagal'],
    ]);
    expect(pending(emulator)).toBeNull();
    const { emulator: e2, spec: spec2, ss: ss2 } = waitingRow();
    const first = e2.ledger.count;
    loggedRun(spec2, (run) => {
      sheetsApi().Spreadsheets.batchUpdate({ requests: run.successRow('Rekap selesai.') }, ss2.getId());
      return { value: '', detail: 'Rekap selesai.' };
    });
    expect(batches(e2, first)).toBe(1);
    expect(logRows(e2).map((r) => r[7])).toEqual(['Pertama.', 'LP-PKU dikirim.', 'Rekap selesai.']);
    expect(pending(e2)).toBeNull();
  });

  it('stay waiting when the Log refuses them, and are written by the next run that can', () => {
    const { emulator, spec } = waitingRow();
    emulator.ledger.inject({ when: (c) => c.method === 'Spreadsheets.batchUpdate', error: QUOTA, repeat: true });
    emulator.ledger.inject({ when: (c) => c.method === 'Sheet.appendRow', error: QUOTA, repeat: true });
    loggedRun(spec, () => ({ value: '', detail: 'Kedua.' }));
    emulator.ledger.clearFaults();
    loggedRun(spec, () => ({ value: '', detail: 'Ketiga.' }));
    expect(logRows(emulator).map((r) => r[7])).toEqual(['Pertama.', 'LP-PKU dikirim.', 'Kedua.', 'Ketiga.']);
  });
});

describe('a Log left without its header by a run that stopped after adding it', () => {
  it('gets its header before the next row, so that row is not taken for the header', () => {
    const { emulator, spec } = setUp();
    emulator.spreadsheet.insertSheet(LOG_SHEET);
    loggedRun(spec, () => ({ value: '', detail: 'Sesudah Log kosong.' }));
    const log = emulator.spreadsheet.sheetByNameUnrecorded(LOG_SHEET);
    expect(log?.getDataRange().getValues()[0]?.[0]).toBe('Mulai');
    expect(logRows(emulator).map((r) => r[7])).toEqual(['Sesudah Log kosong.']);
  });
});

describe("an admin's run", () => {
  const contextOf = (ss: Spreadsheet, email: string): CallContext => ({
    ss,
    sheets: readSheetIndex(ss),
    config: SAMPLE_CONFIG,
    caller: roleOf(SAMPLE_CONFIG, email),
  });

  it('runs as the admin, and refuses anyone else before anything is locked or logged', () => {
    const { emulator, ss } = setUp();
    const operator = SAMPLE_CONFIG.units[0]?.operators[0] ?? '';
    const work = () => ({ value: 'ok', detail: 'Validasi selesai.' });
    expect(() => adminRun(contextOf(ss, operator), { action: 'Validasi semua UPT' }, work)).toThrow(
      /^Tindakan ini khusus admin Kanwil\./,
    );
    expect(logRows(emulator)).toEqual([]);
    expect(adminRun(contextOf(ss, ADMIN), { action: 'Validasi semua UPT' }, work)).toEqual({
      kind: 'done',
      value: 'ok',
    });
    expect(logRows(emulator)[0]?.slice(2, 5)).toEqual(['Validasi semua UPT', ADMIN, 'Berhasil']);
  });
});
