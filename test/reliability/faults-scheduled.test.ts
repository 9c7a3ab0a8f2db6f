// A fault at every service call of a scheduled consolidation: the trigger never ends in a raw error, the summary stays
// whole, and the failure reaches the Log (or, when the Sheet cannot be opened, the admins' mailbox).

import { removeBuiltDistCopy } from '../browser/built-dist';
import { ADMIN, ALL_ERRORS, freshSheet, leftovers, logRows, summaries } from './faults-fixture';

afterAll(removeBuiltDistCopy);

const HOUR_MS = 60 * 60 * 1000;
const HANDLER = 'runScheduledConsolidation';

describe('a fault at every service call of a scheduled consolidation', () => {
  it('ends every trigger run cleanly, keeps the summary whole on failure, and tells the admins', () => {
    const { emulator, bundle } = freshSheet();
    bundle.run('consolidateNow');
    bundle.callFromSidebar(ADMIN, 'setAutomation', true);
    // Only the consolidation trigger runs here (another one, for reminders, may be due as well).
    const uid = emulator.triggers
      .all()
      .find((t) => t.getHandlerFunction() === HANDLER)
      ?.getUniqueId();
    const fire = () => {
      try {
        return String(bundle.run(HANDLER, { triggerUid: uid }));
      } catch (e) {
        return `raw error: ${String(e)}`;
      }
    };
    emulator.ledger.reset();
    expect(fire()).toMatch(/^Rekap periode Februari 2026 selesai/);
    const calls = emulator.ledger.all().map((c) => `${c.service}.${c.method}`);
    // Service calls: a call the script answers itself (kind 'utility') reaches no service, so no fault hits it.
    const roundTrips = emulator.ledger
      .all()
      .filter((c) => c.kind !== 'utility')
      .map((c) => c.n);
    for (const k of roundTrips) {
      const error = ALL_ERRORS[k % ALL_ERRORS.length] as string;
      try {
        const previous = summaries(emulator);
        const untidy = leftovers(emulator);
        const logBefore = logRows(emulator).length;
        const mailBefore = emulator.mail.outbox.length;
        emulator.runtime.advance(HOUR_MS);
        emulator.ledger.reset();
        emulator.ledger.inject({ at: k, error });
        const said = fire();
        expect(said).toMatch(/^(Rekap periode Februari 2026 selesai|Gagal: Terjadi kesalahan: )/);
        emulator.ledger.clearFaults();
        const last = logRows(emulator).slice(logBefore).at(-1);
        if (said.startsWith('Gagal')) {
          expect(summaries(emulator)).toEqual(previous);
          expect(leftovers(emulator)).toEqual(untidy);
          // Recorded where an admin looks: the Log, or an e-mail when not even the Log could be written.
          const logged = last?.[4] === 'Gagal';
          const mailed = emulator.mail.outbox.length > mailBefore;
          expect({ logged, mailed }).not.toEqual({ logged: false, mailed: false });
        }
      } catch (e) {
        throw new Error(`Fault "${error}" at call ${k} (${calls[k - 1]}):\n${(e as Error).message}`);
      }
    }
  });
});
