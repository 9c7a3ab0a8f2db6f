// Performance is round trips: a consolidation reads every unit tab in one Sheets API batch, with no per-tab calls.

import type { CallKind } from '../../emulator';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { sampleSheet } from './sample-sheet';

function consolidationCalls(unitCount: number): Record<CallKind, number> & { total: number } {
  const s = sampleSheet({ units: SAMPLE_UNITS.slice(0, unitCount) });
  s.bundle.run('setupUnitTabs');
  s.bundle.run('consolidateNow');
  s.emulator.ledger.reset();
  s.bundle.run('consolidateNow');
  expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(/^Rekap periode Februari 2026 selesai: /);
  return { ...s.emulator.ledger.byKind(), total: s.emulator.ledger.count };
}

describe('service calls of a consolidation', () => {
  it('stay the same whatever the number of unit tabs: one batch reads them all, summaries grow by rows', () => {
    const six = consolidationCalls(6);
    const twelve = consolidationCalls(12);
    expect(twelve).toEqual(six);
  });
});
