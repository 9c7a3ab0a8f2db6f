// End to end on the built bundle: "Perubahan terakhir" on the Status sheet is when a unit's figures last changed,
// whatever the number of consolidations in between (the first sighting is the baseline, not a change).

import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { STATUS_SHEET } from '../../src/core/config/sheet-names';
import { locateTab, posA1 } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import { sampleSheet, valuesOf } from './sample-sheet';

const unitA = SAMPLE_UNITS[0];
const unitB = SAMPLE_UNITS[1];
const HOUR_MS = 60 * 60 * 1000;

describe('the last change of each unit across consolidations', () => {
  const s = sampleSheet();
  s.bundle.run('setupUnitTabs');
  const lastChange = (code: string): unknown => {
    const rows = valuesOf(s.emulator, STATUS_SHEET);
    const header = rows.find((r) => r.includes('Perubahan terakhir')) ?? [];
    return (rows.find((r) => r[1] === code) ?? [])[header.indexOf('Perubahan terakhir')];
  };

  s.bundle.run('consolidateNow');
  const first = { a: lastChange(unitA.code), b: lastChange(unitB.code) };
  s.emulator.runtime.advance(HOUR_MS);
  s.bundle.run('consolidateNow');
  const unchanged = { a: lastChange(unitA.code), b: lastChange(unitB.code) };
  s.emulator.runtime.advance(HOUR_MS);
  const pos = locateTab(valuesOf(s.emulator, unitA.sheetName), SCHEMA).fields.get('pangan_wbp.wbp_terlibat');
  if (!pos) throw new Error('no WBP cell');
  s.emulator.spreadsheet
    .sheetByNameUnrecorded(unitA.sheetName)
    ?.userEdit(unitA.operators[0] as string, posA1(pos), '15');
  s.bundle.run('consolidateNow');
  const edited = { a: lastChange(unitA.code), b: lastChange(unitB.code) };
  s.emulator.runtime.advance(HOUR_MS);
  s.bundle.run('consolidateNow');
  const later = { a: lastChange(unitA.code), b: lastChange(unitB.code) };

  it('is empty while the figures are as a consolidation first saw them, however often it runs', () => {
    expect([first.a, first.b, unchanged.a, unchanged.b]).toEqual(['', '', '', '']);
  });

  it('shows when the figures changed, for the unit whose figures changed and only for it', () => {
    expect(edited.a).toMatch(/^\d+ \w+ 2026 \d{2}\.\d{2} WIB$/);
    expect(edited.b).toBe('');
  });

  it('keeps that time through the next consolidation that finds nothing new', () => {
    expect(later).toEqual(edited);
  });
});
