// Replacing the summary sheets in place: one batch writes what SpreadsheetApp wrote call by call, keeps sheet ids,
// and a failed batch leaves the previous summary whole.

import { type Emulator, type EmuSheet, installEmulator, removeEmulator } from '../../../emulator';
import { REPORT_TIME, sampleInput } from '../../../fixtures/sample/report-input';
import { type SummarySheet, summarySheets } from '../../../src/core/summary/summary-sheets';
import { MAX_BATCH_BYTES } from '../../../src/server/sheets/batch-update';
import { readSheetIndex } from '../../../src/server/sheets/sheet-index';
import { writeSummaries } from '../../../src/server/sheets/write-sheet';
import { rememberCreated } from '../../../src/server/state/created-sheets';
import { writeSummaryBySpreadsheetApp } from './spreadsheetapp-summary';

afterEach(removeEmulator);

const ADMIN = 'admin@kanwil.example';
const OTHER_ADMIN = 'kasubbag@kanwil.example';
const OPERATOR = 'operator.lppku@contoh.go.id';
const ADMINS = [ADMIN, OTHER_ADMIN];
const SAMPLE_SUMMARIES = summarySheets(sampleInput().consolidation, REPORT_TIME);

/** Everything a reader or editor of the sheet sees, cell by cell. */
function look(sheet: EmuSheet) {
  const all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  return {
    size: [sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getFrozenRows()],
    values: all.getValues(),
    shown: all.getDisplayValues(),
    formulas: all.getFormulas(),
    weights: all.getFontWeights(),
    backgrounds: all.getBackgrounds(),
    widths: Array.from({ length: sheet.getMaxColumns() }, (_, i) => sheet.getColumnWidth(i + 1)),
    merges: all.getMergedRanges().map((r) => r.getA1Notation()),
    charts: sheet.getCharts().map((c) => ({
      type: c.chartType,
      title: c.getOptions().get('title'),
      anchor: [c.getContainerInfo().getAnchorRow(), c.getContainerInfo().getAnchorColumn()],
      data: c.spec(),
    })),
    protections: sheet.getProtections('SHEET' as never).map((p) => p.getDescription()),
    ranges: sheet.getProtections('RANGE' as never).length,
    editors: [ADMIN, OTHER_ADMIN, OPERATOR].map((who) => sheet.canUserEdit(who, 'B4')),
  };
}

function spreadsheet(emulator: Emulator) {
  return emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
}

/** The summaries as the add-on wrote them before: a fresh sheet each, SpreadsheetApp call by call. */
function writtenBefore(summaries: readonly SummarySheet[]) {
  const emulator = installEmulator();
  for (const summary of summaries) {
    const sheet = spreadsheet(emulator).insertSheet(summary.name);
    writeSummaryBySpreadsheetApp(sheet, summary, ADMINS);
  }
  const looks = summaries.map((s) => look(emulator.spreadsheet.sheetByNameUnrecorded(s.name) as EmuSheet));
  removeEmulator();
  return looks;
}

/** Writes the summaries as a run does: from the sheet index read first. */
function write(emulator: Emulator, summaries: readonly SummarySheet[]): number {
  return writeSummaries(readSheetIndex(spreadsheet(emulator)), summaries, ADMINS);
}

function lookAll(emulator: Emulator, summaries: readonly SummarySheet[]) {
  return summaries.map((s) => look(emulator.spreadsheet.sheetByNameUnrecorded(s.name) as EmuSheet));
}

/** A summary of `rows` rows of text, for the size tests. */
function bulky(name: string, rows: number, text: string): SummarySheet {
  return {
    name,
    grid: [[name, ''], ...Array.from({ length: rows }, (_, r) => [`${text} ${r}`, r])],
    headerRows: [0],
    numberFormats: [{ range: `B2:B${rows + 1}`, format: '#,##0' }],
  };
}

describe('replacing the summary sheets with Sheets API batches', () => {
  it('writes each summary exactly as SpreadsheetApp wrote it, cell by cell, charts and protection included', () => {
    const before = writtenBefore(SAMPLE_SUMMARIES);
    const emulator = installEmulator();
    write(emulator, SAMPLE_SUMMARIES);
    expect(lookAll(emulator, SAMPLE_SUMMARIES)).toEqual(before);
    expect(before.flatMap((l) => l.charts)).not.toEqual([]);
  });

  it('takes one batchUpdate for all five summaries, given the sheet index the run read: no call per sheet or cell', () => {
    const emulator = installEmulator();
    const index = readSheetIndex(spreadsheet(emulator));
    emulator.ledger.reset();
    writeSummaries(index, SAMPLE_SUMMARIES, ADMINS);
    const calls = emulator.ledger.all().map((c) => `${c.service}.${c.method}`);
    expect(calls.filter((c) => c.startsWith('Sheets.') || c.startsWith('SpreadsheetApp.'))).toEqual([
      'Sheets.Spreadsheets.batchUpdate',
    ]);
    // The ids of the sheets it adds are recorded in one read and one write of a document property.
    expect(calls.filter((c) => c.startsWith('DocumentProperties.'))).toEqual([
      'DocumentProperties.getProperty',
      'DocumentProperties.setProperty',
    ]);
  });

  it('replaces a summary in place: same sheet id, nothing of the old one left, no chart or protection doubled', () => {
    const smaller = SAMPLE_SUMMARIES.map((s) => ({
      ...s,
      grid: s.grid.slice(0, 6),
      headerRows: s.headerRows.filter((r) => r < 6),
      numberFormats: [],
    }));
    const before = writtenBefore(SAMPLE_SUMMARIES);
    const emulator = installEmulator();
    write(emulator, smaller);
    const ids = SAMPLE_SUMMARIES.map((s) => emulator.spreadsheet.sheetByNameUnrecorded(s.name)?.sheetId);
    spreadsheet(emulator).insertSheet('LP-PKU').activate();
    const order = emulator.spreadsheet.sheets.map((s) => s.name);
    write(emulator, SAMPLE_SUMMARIES);
    expect(SAMPLE_SUMMARIES.map((s) => emulator.spreadsheet.sheetByNameUnrecorded(s.name)?.sheetId)).toEqual(ids);
    expect(lookAll(emulator, SAMPLE_SUMMARIES)).toEqual(before);
    // The tabs keep their order and the person keeps the sheet they were on.
    expect(emulator.spreadsheet.sheets.map((s) => s.name)).toEqual(order);
    expect(spreadsheet(emulator).getActiveSheet().getName()).toBe('LP-PKU');
  });

  it('removes the drafts and old copies it created earlier, never a sheet of the Kanwil under such a name', () => {
    const emulator = installEmulator();
    const draft = spreadsheet(emulator).insertSheet('Dasbor (baru)');
    draft.hideSheet();
    rememberCreated([draft.getSheetId()]);
    const own = spreadsheet(emulator).insertSheet('Rekap Pangan (lama)');
    own.getRange('B10').setValue(6000);
    write(emulator, SAMPLE_SUMMARIES);
    expect(emulator.spreadsheet.sheets.map((s) => s.name).filter((n) => / \((baru|lama)\)$/.test(n))).toEqual([
      'Rekap Pangan (lama)',
    ]);
    expect(own.getRange('B10').getValue()).toBe(6000);
  });

  it('leaves the previous summary whole, with its sheet id, when the batch fails', () => {
    const emulator = installEmulator();
    write(emulator, SAMPLE_SUMMARIES);
    const previous = lookAll(emulator, SAMPLE_SUMMARIES);
    const ids = emulator.spreadsheet.sheets.map((s) => [s.name, s.sheetId]);
    const changed = SAMPLE_SUMMARIES.map((s) => ({
      ...s,
      grid: s.grid.map((r) => r.map((c) => (typeof c === 'number' ? c + 1 : c))),
    }));
    emulator.ledger.inject({
      when: (c) => c.method === 'Spreadsheets.batchUpdate',
      error: 'Service invoked too many times for one day: spreadsheets.',
    });
    expect(() => write(emulator, changed)).toThrow(/too many times/);
    expect(lookAll(emulator, SAMPLE_SUMMARIES)).toEqual(previous);
    // A cell of one summary the running admin may not edit fails the whole batch: no summary changes.
    emulator.spreadsheet.sheetByNameUnrecorded('Rekap Pangan')?.getRange('A1').protect().removeEditors([OTHER_ADMIN]);
    const guarded = lookAll(emulator, SAMPLE_SUMMARIES);
    emulator.runtime.effectiveUserEmail = OTHER_ADMIN;
    expect(() => write(emulator, changed)).toThrow(/protected cell/);
    emulator.runtime.effectiveUserEmail = ADMIN;
    expect(lookAll(emulator, SAMPLE_SUMMARIES)).toEqual(guarded);
    expect(emulator.spreadsheet.sheets.map((s) => [s.name, s.sheetId])).toEqual(ids);
  });

  it('splits between sheets only when the batch would pass 2 MB, each sheet whole in one batch', () => {
    const text = 'x'.repeat(200);
    const big = ['Besar 1', 'Besar 2', 'Besar 3'].map((n) => bulky(n, 2600, text));
    const emulator = installEmulator();
    emulator.ledger.reset();
    const batches = write(emulator, big);
    const sent = emulator.ledger.all().filter((c) => c.method === 'Spreadsheets.batchUpdate');
    expect(batches).toBe(sent.length);
    // About 0.8 MB a sheet: two fit in a batch, the third goes in a second one.
    expect(sent.map((c) => c.bytes > MAX_BATCH_BYTES / 2 && c.bytes <= MAX_BATCH_BYTES)).toEqual([true, false]);
    expect(sent.reduce((n, c) => n + c.bytes, 0)).toBeGreaterThan(MAX_BATCH_BYTES);
    for (const s of big)
      expect(emulator.spreadsheet.sheetByNameUnrecorded(s.name)?.getRange('A2601').getValue()).toBe(`${text} 2599`);
    // Small summaries all travel together.
    expect(write(emulator, SAMPLE_SUMMARIES)).toBe(1);
  });
});
