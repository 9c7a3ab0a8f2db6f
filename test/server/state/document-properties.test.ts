// A run's view of the document properties: one read answers the keys only runs holding the script lock write; what
// other runs write meanwhile (statuses, late edits, Log rows an operator's run keeps) is neither missed nor lost.

import { installEmulator, removeEmulator } from '../../../emulator';
import type { Emulator } from '../../../emulator/index';
import { closeCheckpoint } from '../../../src/server/state/checkpoints';
import { documentProperties, readProperty, withPropertyView } from '../../../src/server/state/document-properties';
import { statusKey } from '../../../src/server/state/keys';
import { keepPendingLog, pendingLog } from '../../../src/server/state/pending-log';
import { readStatus } from '../../../src/server/state/status-store';

afterEach(removeEmulator);

const entry = (detail: string) => ({
  start: new Date('2026-02-03T02:00:00Z'),
  end: new Date('2026-02-03T02:00:05Z'),
  action: 'Kirim laporan',
  by: 'operator@contoh.go.id',
  outcome: 'Berhasil' as const,
  tabsRead: 1,
  detail,
});

/** Property calls made by `work`. */
function propertyCalls(emulator: Emulator, work: () => void): string[] {
  const first = emulator.ledger.count;
  work();
  return emulator.ledger
    .all()
    .slice(first)
    .filter((c) => c.kind === 'properties')
    .map((c) => c.method);
}

describe("a run's view of the document properties", () => {
  it('answers every read of a lock-only key from one getProperties', () => {
    const emulator = installEmulator();
    closeCheckpoint.save({ period: '2026-02', next: '2026-03', cleared: 3, total: 18 });
    const calls = propertyCalls(emulator, () =>
      withPropertyView(() => {
        expect(closeCheckpoint.read()).toEqual({ period: '2026-02', next: '2026-03', cleared: 3, total: 18 });
        expect(readProperty('report:folderId')).toBeNull();
        expect(closeCheckpoint.read()?.cleared).toBe(3);
      }),
    );
    expect(calls).toEqual(['getProperties']);
  });

  it('sees its own writes and deletes, and skips deleting what is not there', () => {
    const emulator = installEmulator();
    withPropertyView(() => {
      closeCheckpoint.save({ period: '2026-02', next: '2026-03', cleared: 5, total: 18 });
      expect(closeCheckpoint.read()?.cleared).toBe(5);
      closeCheckpoint.clear();
      expect(closeCheckpoint.read()).toBeNull();
      expect(propertyCalls(emulator, () => closeCheckpoint.clear())).toEqual([]);
    });
    expect(closeCheckpoint.read()).toBeNull();
  });

  it('reads a status afresh: a send under the document lock meanwhile is seen', () => {
    installEmulator();
    const status = (value: string) => JSON.stringify({ period: '2026-02', status: value });
    documentProperties().setProperty(statusKey('LP-PKU'), status('Dikembalikan'));
    withPropertyView(() => {
      documentProperties().setProperty(statusKey('LP-PKU'), status('Dikirim'));
      expect(readStatus('LP-PKU', '2026-02')?.status).toBe('Dikirim');
    });
  });

  it("keeps a Log row an operator's run kept while the run wrote the earlier ones", () => {
    installEmulator();
    keepPendingLog(entry('pertama'));
    withPropertyView(() => {
      const pending = pendingLog();
      expect(pending.rows.map((r) => r.detail)).toEqual(['pertama']);
      keepPendingLog(entry('sementara itu'));
      pending.forget();
    });
    expect(pendingLog().rows.map((r) => r.detail)).toEqual(['sementara itu']);
  });
});
