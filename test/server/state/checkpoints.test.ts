// Checkpoint fingerprints: what a resumed run compares before it reuses earlier work.
import { installEmulator, removeEmulator } from '../../../emulator';
import type { SummarySheet } from '../../../src/core/summary/summary-sheets';
import { summariesFingerprint } from '../../../src/server/sheets/replace-summaries';
import { fingerprintOf } from '../../../src/server/state/checkpoints';

afterEach(removeEmulator);

describe('checkpoint fingerprints', () => {
  it('tells apart contents that differ only in non-ASCII text (unit names with emoji or accents)', () => {
    installEmulator();
    expect(fingerprintOf(['Lapas Bengkalis 🌾', 12])).not.toBe(fingerprintOf(['Lapas Bengkalis 🌻', 12]));
    expect(fingerprintOf({ catatan: 'Rutan Siak – dicek' })).not.toBe(fingerprintOf({ catatan: 'Rutan Siak — dicek' }));
  });

  it('is stable for the same content, and ignores the "Diperbarui:" time of a summary', () => {
    installEmulator();
    const summary = (updated: string): SummarySheet => ({
      name: 'Rekap Pangan',
      grid: [
        ['Rekap Pangan 🌾', ''],
        [updated, ''],
        ['Beras', 120],
      ],
      headerRows: [0],
      numberFormats: [],
    });
    expect(fingerprintOf(['Lapas Bengkalis 🌾'])).toBe(fingerprintOf(['Lapas Bengkalis 🌾']));
    expect(summariesFingerprint([summary('Diperbarui: 3 Februari 2026 09.00')])).toBe(
      summariesFingerprint([summary('Diperbarui: 4 Februari 2026 10.30')]),
    );
  });
});
