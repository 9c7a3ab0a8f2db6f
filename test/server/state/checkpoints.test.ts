// Checkpoint fingerprints: what a resumed run compares before it reuses earlier work.
import { installEmulator, removeEmulator } from '../../../emulator';
import { fingerprintOf } from '../../../src/server/state/checkpoints';

afterEach(removeEmulator);

describe('checkpoint fingerprints', () => {
  it('tells apart contents that differ only in non-ASCII text (unit names with emoji or accents)', () => {
    installEmulator();
    expect(fingerprintOf(['Lapas Bengkalis 🌾', 12])).not.toBe(fingerprintOf(['Lapas Bengkalis 🌻', 12]));
    expect(fingerprintOf({ catatan: 'Rutan Siak – dicek' })).not.toBe(fingerprintOf({ catatan: 'Rutan Siak — dicek' }));
  });

  it('is stable for the same content', () => {
    installEmulator();
    expect(fingerprintOf(['Lapas Bengkalis 🌾'])).toBe(fingerprintOf(['Lapas Bengkalis 🌾']));
  });
});
