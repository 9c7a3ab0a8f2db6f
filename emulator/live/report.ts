// Reports a run: one line per contract in the execution log and in the sheet "Kontrak" of the bound spreadsheet,
// then the counts, the pending-live contracts and anything the run could not clean up.

import type { Result, Row, RunContext, RunOutcome } from './runner';
import type { Leftover } from './scratch';

export const REPORT_SHEET = 'Kontrak';

const HEADER = ['Kontrak', 'Hasil', 'Teramati', 'Diharapkan', 'Sesuai', 'Dasar', 'Konteks', 'Sumber'];
const BASIS_TEXT = { documented: 'terdokumentasi', 'open question': 'pertanyaan terbuka (uji langsung memutuskan)' };
const CONTEXT_TEXT: Record<RunContext, string> = { editor: 'editor', trigger: 'pemicu waktu' };
/** Sheets keeps at most 50,000 characters in a cell; an observation is cut well before that. */
const MAX_CELL_TEXT = 2000;

const cut = (text: string) => (text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT)}…` : text);

export function counts(rows: readonly Row[]): Record<Result, number> {
  const by: Record<Result, number> = { PASS: 0, FAIL: 0, 'PENDING-LIVE': 0 };
  for (const row of rows) by[row.result]++;
  return by;
}

function summaryText(context: RunContext, rows: readonly Row[], leftovers: readonly Leftover[]): string {
  const c = counts(rows);
  return (
    `Ringkasan (${CONTEXT_TEXT[context]}): ${rows.length} kontrak · PASS ${c.PASS} · FAIL ${c.FAIL} · ` +
    `PENDING-LIVE ${c['PENDING-LIVE']} · sisa yang harus dihapus manual ${leftovers.length}`
  );
}

function cells(row: Row): string[] {
  return [
    row.name,
    row.result,
    cut(row.observed),
    cut(row.expected),
    row.matched ? 'ya' : 'tidak',
    BASIS_TEXT[row.basis],
    CONTEXT_TEXT[row.context],
    row.source,
  ];
}

/** Prints the run to the execution log (View > Executions, or the editor's log). */
export function logReport(context: RunContext, { rows, leftovers }: RunOutcome): void {
  for (const row of rows) {
    console.log(`${row.result} | ${row.name} | teramati ${cut(row.observed)} | diharapkan ${cut(row.expected)}`);
  }
  console.log(summaryText(context, rows, leftovers));
  const pending = rows.filter((r) => r.result === 'PENDING-LIVE');
  if (pending.length > 0) {
    console.log(
      `PENDING-LIVE (belum dimodelkan emulator): ${pending.map((r) => `${r.name} [${r.matched ? 'sesuai' : 'tidak sesuai'}]`).join('; ')}`,
    );
  }
  for (const left of leftovers) console.log(`Sisa: ${left.what}: ${left.error}`);
}

/**
 * Writes the run to the sheet "Kontrak": a fresh sheet for an editor run; a trigger run adds its lines below.
 * Every cell is plain text (@), so an observation such as "=1" or "102.772" stays what was observed.
 */
export function writeReport(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  context: RunContext,
  { rows, leftovers }: RunOutcome,
): void {
  let sheet = spreadsheet.getSheetByName(REPORT_SHEET);
  if (!sheet) sheet = spreadsheet.insertSheet(REPORT_SHEET);
  if (context === 'editor') sheet.clear();
  const lines = [
    ...(context === 'editor' ? [HEADER] : []),
    ...rows.map(cells),
    [summaryText(context, rows, leftovers), ...HEADER.slice(1).map(() => '')],
    ...leftovers.map((left) => [`Sisa: ${left.what}`, left.error, ...HEADER.slice(2).map(() => '')]),
  ];
  const range = sheet.getRange(sheet.getLastRow() + 1, 1, lines.length, HEADER.length);
  range.setNumberFormat('@').setValues(lines);
  if (context === 'editor') sheet.getRange(1, 1, 1, HEADER.length).setFontWeight('bold');
}
