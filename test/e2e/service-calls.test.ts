// Performance is round trips: a consolidation reads each unit tab once (plus a constant), with no per-cell calls.
import { SAMPLE_UNITS } from '../../src/core/sample/units';
import type { CallKind } from '../emulator/runtime';
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
  it('grow by exactly one read and two metadata calls per unit tab, never per cell', () => {
    const six = consolidationCalls(6);
    const twelve = consolidationCalls(12);
    expect(twelve.read - six.read).toBe(6);
    // Per tab exactly: its name (from getSheets), its data range, its values; summaries grow by rows, not by calls.
    expect(twelve.total - six.total).toBe(6 * 3);
    expect(twelve.write).toBe(six.write);
  });
});
