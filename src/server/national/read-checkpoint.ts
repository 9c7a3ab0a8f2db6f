// The checkpoint of a "Rekap nasional" stopped near the time limit: the Kanwil read so far in a hidden sheet
// (core/national/read-checkpoint.ts), what they were read for (period, list digest, how many) in a document
// property. The next run for the same period and list continues after them; the run that completes removes both.
import type { KanwilSource } from '../../core/national/national-config';
import {
  type CheckpointRow,
  checkpointRows,
  type KeptKanwil,
  NATIONAL_READS_SHEET,
  readsFromCheckpoint,
} from '../../core/national/read-checkpoint';
import { withRetry } from '../runtime/retry';
import { wroteThroughSpreadsheetApp } from '../runtime/write-cache';
import { fingerprintOf, nationalCheckpoint } from '../state/checkpoints';
import { createdSheetIds, rememberCreated } from '../state/created-sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class ReadsCheckpoint {
  private readonly list: string;
  /** Rows of the hidden sheet holding the resumed reads (what a later run's rows follow). */
  private keptRows = 0;
  private resumed = 0;

  constructor(
    private readonly ss: Spreadsheet,
    private readonly period: string,
    private readonly sources: readonly KanwilSource[],
  ) {
    this.list = fingerprintOf(sources.map((s) => [s.spreadsheetId, s.name]));
  }

  /** The Kanwil an earlier run of this period and list kept; none when there is no such checkpoint. */
  resume(): KeptKanwil[] {
    const saved = nationalCheckpoint.read();
    const sheet = this.ss.getSheetByName(NATIONAL_READS_SHEET);
    if (!saved || !sheet || saved.period !== this.period || saved.list !== this.list) return [];
    const grid = withRetry(() => sheet.getDataRange().getValues());
    const kept = readsFromCheckpoint(grid, this.sources, this.period, saved.read);
    if (!kept) return [];
    this.resumed = kept.length;
    this.keptRows = grid.filter((r) => typeof r[0] === 'number' && r[0] >= 1 && r[0] <= saved.read).length;
    return kept;
  }

  /** Keeps `kept` (the resumed ones first, as resume returned them): the new rows, then the count. */
  keep(kept: readonly KeptKanwil[]): void {
    const rows: CheckpointRow[] = kept.slice(this.resumed).flatMap((k, i) => checkpointRows(this.resumed + i + 1, k));
    const sheet = this.sheet();
    wroteThroughSpreadsheetApp();
    const first = this.keptRows + 1;
    const needed = this.keptRows + rows.length - sheet.getMaxRows();
    if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
    if (rows.length > 0) sheet.getRange(first, 1, rows.length, 2).setValues(rows);
    // Rows an interrupted earlier save left below are not the checkpoint's.
    const below = sheet.getMaxRows() - (first + rows.length - 1);
    if (below > 0) sheet.getRange(first + rows.length, 1, below, 2).clearContent();
    nationalCheckpoint.save({ period: this.period, list: this.list, read: kept.length });
  }

  /** Removes the checkpoint: the property, and the hidden sheet when the add-on made it. */
  forget(): void {
    nationalCheckpoint.clear();
    const sheet = this.ss.getSheetByName(NATIONAL_READS_SHEET);
    if (!sheet) return;
    wroteThroughSpreadsheetApp();
    if (createdSheetIds().has(sheet.getSheetId())) this.ss.deleteSheet(sheet);
    else sheet.clearContents();
  }

  private sheet(): Sheet {
    const existing = this.ss.getSheetByName(NATIONAL_READS_SHEET);
    if (existing) return existing;
    wroteThroughSpreadsheetApp();
    const sheet = this.ss.insertSheet(NATIONAL_READS_SHEET);
    rememberCreated([sheet.getSheetId()]);
    // Working data of the run, not for reading: hidden, as the add-on's other state.
    sheet.hideSheet();
    return sheet;
  }
}
