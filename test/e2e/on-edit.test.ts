// End to end on the built bundle: a person's edit of a sent tab flags it as changed after sending; script writes do not.

import type { EmuSheet } from '../../emulator';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { STATUS_SHEET } from '../../src/core/config/sheet-names';
import { locateTab, posA1 } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import type { PanelState, TabCheck, UnitStatusView } from '../../src/shared/rpc';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

const unitA = SAMPLE_UNITS[0];
const unitB = SAMPLE_UNITS[1];
const operatorA = unitA.operators[0];
const MINUTE_MS = 60_000;

function tab(s: SampleSheet, name: string): EmuSheet {
  const sheet = s.emulator.spreadsheet.sheetByNameUnrecorded(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
}

/** The A1 address of a field on a unit's tab, found the way the add-on finds it. */
function cellOf(s: SampleSheet, sheetName: string, key: string): string {
  const pos = locateTab(valuesOf(s.emulator, sheetName), SCHEMA).fields.get(key);
  if (!pos) throw new Error(`No cell for ${key}`);
  return posA1(pos);
}

function boardEntry(s: SampleSheet, code: string): UnitStatusView {
  const state = s.bundle.callFromSidebar(ADMIN, 'getPanelState') as PanelState;
  const unit = state.units.find((u) => u.code === code);
  if (!unit) throw new Error(`No unit ${code} on the board`);
  return unit;
}

/** The sample set up, unit A sent by its operator, and the clock ten minutes on. */
function sentA(): SampleSheet {
  const s = sampleSheet();
  s.bundle.run('setupUnitTabs');
  const sent = s.bundle.callFromSidebar(operatorA, 'sendUnitTab', unitA.code) as TabCheck;
  expect(sent.unit.status).toBe('Dikirim');
  s.emulator.runtime.advance(10 * MINUTE_MS);
  return s;
}

/** A person types into a cell, then Apps Script runs the onEdit simple trigger as that person. */
function personEdits(s: SampleSheet, who: string, sheetName: string, a1: string, text: string): void {
  const event = tab(s, sheetName).userEdit(who, a1, text);
  s.bundle.simpleOnEdit(event as unknown as Record<string, unknown>, who);
}

/** The modelled time span of `work` (service calls advance the clock by their latency), as ISO strings. */
function during(s: SampleSheet, work: () => void): { from: string; to: string } {
  const from = s.emulator.runtime.now().toISOString();
  work();
  return { from, to: s.emulator.runtime.now().toISOString() };
}

function expectWithin(at: string | null, span: { from: string; to: string }): void {
  expect(at !== null && at >= span.from && at <= span.to).toBe(true);
}

describe('edits after sending (onEdit simple trigger)', () => {
  it('flags the operator’s edit of a sent tab on the board, the operator’s panel and the menu’s status dialog', () => {
    const s = sentA();
    const cell = cellOf(s, unitA.sheetName, 'pangan_wbp.wbp_terlibat');
    const edit = during(s, () => personEdits(s, operatorA, unitA.sheetName, cell, '15'));

    const board = boardEntry(s, unitA.code);
    expect(board.status).toBe('Dikirim');
    expect(board.changedAfterSending).toBe(true);
    expectWithin(board.lastChange, edit);
    expect(boardEntry(s, unitB.code).changedAfterSending).toBe(false);

    const mine = s.bundle.callFromSidebar(operatorA, 'checkUnitTab', unitA.code) as TabCheck;
    expect(mine.unit.changedAfterSending).toBe(true);
    // The operator may send the corrected figures again, which clears the flag.
    expect(mine.canSend).toBe(true);
    const again = s.bundle.callFromSidebar(operatorA, 'sendUnitTab', unitA.code) as TabCheck;
    expect(again.unit.changedAfterSending).toBe(false);

    personEdits(s, operatorA, unitA.sheetName, cellOf(s, unitA.sheetName, 'pangan_wbp.wbp_terlibat'), '16');
    s.bundle.run('showSubmissionStatus');
    const dialog = s.emulator.sheets.ui.dialogs.at(-1);
    if (!dialog) throw new Error('no dialog shown');
    expect((dialog.html as { getContent(): string }).getContent()).toContain(
      `<td>${unitA.name}</td><td>Dikirim (diubah setelah dikirim)</td>`,
    );
  });

  it('shows the edited sent tab on the Status sheet after the next consolidation', () => {
    const s = sentA();
    personEdits(s, operatorA, unitA.sheetName, cellOf(s, unitA.sheetName, 'pangan_wbp.wbp_terlibat'), '15');
    s.bundle.run('consolidateNow');
    const rows = valuesOf(s.emulator, STATUS_SHEET);
    const header = rows.find((r) => r.includes('Keterangan')) ?? [];
    const row = rows.find((r) => r[1] === unitA.code) ?? [];
    expect(row[header.indexOf('Status')]).toBe('Dikirim');
    expect(row[header.indexOf('Keterangan')]).toBe('Diubah setelah dikirim');
    expect(String(row[header.indexOf('Perubahan terakhir')])).not.toBe('');
    const other = rows.find((r) => r[1] === unitB.code) ?? [];
    expect(other[header.indexOf('Keterangan')]).not.toBe('Diubah setelah dikirim');
  });

  it('is cheap: no tab is read, a few property calls, nothing that needs authorization', () => {
    const s = sentA();
    const event = tab(s, unitA.sheetName).userEdit(
      operatorA,
      cellOf(s, unitA.sheetName, 'pangan_wbp.wbp_terlibat'),
      '15',
    );
    s.emulator.ledger.reset();
    s.bundle.simpleOnEdit(event as unknown as Record<string, unknown>, operatorA);
    const kinds = s.emulator.ledger.byKind();
    expect(kinds.read).toBe(0);
    expect(kinds.write).toBe(0);
    expect(kinds.properties).toBeLessThanOrEqual(4);
    expect(s.emulator.logs.entries.filter((e) => e.level !== 'log')).toEqual([]);
    expect(boardEntry(s, unitA.code).changedAfterSending).toBe(true);
  });

  it('flags an admin’s edit of the figures too, but not an edit of the status cells or of the add-on’s sheets', () => {
    const s = sentA();
    personEdits(s, ADMIN, unitA.sheetName, cellOf(s, unitA.sheetName, 'identitas.status'), 'Draf');
    personEdits(s, ADMIN, 'Pengaturan', 'B4', '2026-02');
    expect(boardEntry(s, unitA.code).changedAfterSending).toBe(false);

    const cell = cellOf(s, unitA.sheetName, 'pangan_wbp.wbp_terlibat');
    const edit = during(s, () => personEdits(s, ADMIN, unitA.sheetName, cell, '20'));
    const board = boardEntry(s, unitA.code);
    expect(board.changedAfterSending).toBe(true);
    expectWithin(board.lastChange, edit);
  });

  it('leaves a tab that was not sent alone: it stays Draf, not flagged', () => {
    const s = sampleSheet();
    s.bundle.run('setupUnitTabs');
    const before = boardEntry(s, unitB.code);
    personEdits(s, unitB.operators[0], unitB.sheetName, cellOf(s, unitB.sheetName, 'pangan_wbp.wbp_terlibat'), '3');
    const after = boardEntry(s, unitB.code);
    expect(after.changedAfterSending).toBe(false);
    expect(after.status).toBe(before.status);
  });

  it('ignores the add-on’s own writes: re-applying the template and consolidating after sending flag nothing', () => {
    const s = sentA();
    s.bundle.run('setupUnitTabs');
    s.bundle.run('consolidateNow');
    const board = boardEntry(s, unitA.code);
    expect(board.status).toBe('Dikirim');
    expect(board.changedAfterSending).toBe(false);
    const rows = valuesOf(s.emulator, STATUS_SHEET);
    const header = rows.find((r) => r.includes('Keterangan')) ?? [];
    const row = rows.find((r) => r[1] === unitA.code) ?? [];
    expect(row[header.indexOf('Status')]).toBe('Dikirim');
    expect(row[header.indexOf('Keterangan')]).toBe('Valid');
  });
});
