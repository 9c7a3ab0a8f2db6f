// End to end on the built bundle: free text an operator or admin typed ("08123", "50%", "2026-02-01", "TRUE") is the
// same text wherever the add-on copies it: Rekap Pembinaan, Arsip, the Status sheet and the tab's return note, Log.

import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { ARCHIVE_SHEET, LOG_SHEET, STATUS_SHEET } from '../../src/core/config/sheet-names';
import { locateTab } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import type { Grid } from '../../src/core/schema/types';
import { PROGRAMME_SHEET } from '../../src/core/summary/summary-sheets';
import type { ActionResult } from '../../src/shared/rpc';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

const TEXTS = ['08123', '50%', '2026-02-01', 'TRUE'];
// The first unit is returned below (then off the default basis): the notes are typed on the next four.
const custodial = SAMPLE_UNITS.filter((u) => u.type !== 'Bapas').slice(1, TEXTS.length + 1);

function typeText(s: SampleSheet, sheetName: string, key: string, text: string): void {
  const pos = locateTab(valuesOf(s.emulator, sheetName) as Grid, SCHEMA).fields.get(key);
  const tab = s.emulator.spreadsheet.sheetByNameUnrecorded(sheetName);
  if (!pos || !tab) throw new Error(`no ${key} on ${sheetName}`);
  // As an operator types it: the template formats text fields as plain text.
  tab.userEdit(ADMIN, tab.getRange(pos.r + 1, pos.c + 1).getA1Notation(), text);
}

/** Every cell of a sheet equal to `text` as a string (a number, date or boolean in its place does not count). */
const cellsWith = (s: SampleSheet, sheet: string, text: string) =>
  valuesOf(s.emulator, sheet)
    .flat()
    .filter((v) => v === text);

describe('text stays text on every copy', () => {
  const s = sampleSheet();
  s.bundle.run('setupUnitTabs');
  custodial.forEach((u, i) => {
    typeText(s, u.sheetName, 'layanan.dapur_sehat_catatan', TEXTS[i] ?? '');
  });
  const unit = SAMPLE_UNITS[0];
  const tab = s.emulator.spreadsheet.sheetByNameUnrecorded(unit.sheetName);
  const rows = tab?.getMaxRows() ?? 0;
  tab?.insertRowsAfter(rows, TEXTS.length);
  TEXTS.forEach((text, i) => {
    tab?.userEdit(ADMIN, `B${rows + i + 1}`, `'${text}`);
  });
  s.bundle.run('setupUnitTabs');
  s.bundle.run('consolidateNow');
  const note = TEXTS[1] ?? '';
  const returned = s.bundle.callFromSidebar(ADMIN, 'returnUnitTab', unit.code, note) as ActionResult;
  s.bundle.run('consolidateNow');

  it('copies each unit’s text note to Rekap Pembinaan as text', () => {
    for (const text of TEXTS) expect(cellsWith(s, PROGRAMME_SHEET, text)).toEqual([text]);
  });

  it('keeps each value set-up moved to Arsip as the text it was', () => {
    for (const text of TEXTS) expect(cellsWith(s, ARCHIVE_SHEET, text)).toEqual([text]);
  });

  it('writes the Kanwil’s return note as text on the Status sheet and on the unit’s tab', () => {
    expect(returned.ok).toBe(true);
    expect(cellsWith(s, STATUS_SHEET, note)).toEqual([note]);
    expect(cellsWith(s, unit.sheetName, note)).toEqual([note]);
  });

  it('logs the return note as typed', () => {
    expect(cellsWith(s, LOG_SHEET, `${unit.code}: ${note}`)).toEqual([`${unit.code}: ${note}`]);
  });
});
