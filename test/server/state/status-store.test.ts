// The submission status store: Document Properties as JSON strings, change tracking by fingerprint.

import { installEmulator, removeEmulator } from '../../../emulator';
import {
  EMPTY_STATUS,
  effectiveStatus,
  fingerprint,
  noticeChange,
  readStatus,
  readStatuses,
  STATUS_BUSY_MESSAGE,
  stampLegacyStatuses,
  updateStatus,
  updateStatuses,
} from '../../../src/server/state/status-store';

afterEach(removeEmulator);

describe('status store', () => {
  it('keeps each unit’s status as a JSON string under "status:<code>", stamped with its period', () => {
    const emulator = installEmulator();
    updateStatus('LP-PKU', '2026-02', () => ({ ...EMPTY_STATUS, status: 'Dikirim', sentBy: 'op@contoh.go.id' }));
    const raw = emulator.properties.app as { getDocumentProperties(): { getProperty(k: string): string | null } };
    expect(JSON.parse(raw.getDocumentProperties().getProperty('status:LP-PKU') ?? '{}')).toMatchObject({
      period: '2026-02',
      status: 'Dikirim',
      sentBy: 'op@contoh.go.id',
    });
    expect(readStatus('LP-PKU', '2026-02')?.status).toBe('Dikirim');
    expect(readStatus('RUTAN-DUMAI', '2026-02')).toBeNull();
  });

  it('reads a status of another period as none: a new period starts at Belum diisi even if tidying failed', () => {
    installEmulator();
    updateStatuses('2026-02', ['A', 'B'], (code) =>
      code === 'A'
        ? { ...EMPTY_STATUS, status: 'Dikirim' as const }
        : { ...EMPTY_STATUS, status: 'Dikembalikan' as const, returnNote: 'Cek pagu' },
    );
    expect([...readStatuses('2026-02')].map(([code, s]) => [code, s.status])).toEqual([
      ['A', 'Dikirim'],
      ['B', 'Dikembalikan'],
    ]);
    expect(readStatuses('2026-03').size).toBe(0);
    expect(readStatus('A', '2026-03')).toBeNull();
  });

  it('stamps a record of an older version (no period) with the closing period, so it does not outlive it', () => {
    installEmulator();
    PropertiesService.getDocumentProperties().setProperty('status:A', JSON.stringify({ status: 'Dikirim' }));
    expect(readStatus('A', '2026-03')?.status).toBe('Dikirim');
    stampLegacyStatuses('2026-02');
    expect(readStatus('A', '2026-03')).toBeNull();
    expect(readStatus('A', '2026-02')?.period).toBe('2026-02');
  });

  it('merges a change into the record as it is now, and waits for another writer (busy, nothing lost)', () => {
    const emulator = installEmulator();
    updateStatus('A', '2026-02', () => ({ ...EMPTY_STATUS, status: 'Dikirim', sentBy: 'op@contoh.go.id' }));
    // A consolidation that read the status before the send only adds its fingerprint to what is stored now.
    updateStatus('A', '2026-02', (current) => ({ ...(current ?? EMPTY_STATUS), fingerprint: 'f1' }));
    expect(readStatus('A', '2026-02')).toMatchObject({
      status: 'Dikirim',
      sentBy: 'op@contoh.go.id',
      fingerprint: 'f1',
    });
    emulator.locks.holdDocumentLock('another-execution');
    expect(() => updateStatus('A', '2026-02', () => ({ ...EMPTY_STATUS }))).toThrow(STATUS_BUSY_MESSAGE);
    expect(readStatus('A', '2026-02')?.status).toBe('Dikirim');
  });

  it('derives Belum diisi / Draf when nobody has sent or returned the tab', () => {
    expect(effectiveStatus(EMPTY_STATUS, false)).toBe('Belum diisi');
    expect(effectiveStatus(EMPTY_STATUS, true)).toBe('Draf');
    expect(effectiveStatus({ ...EMPTY_STATUS, status: 'Dikembalikan' }, true)).toBe('Dikembalikan');
  });

  it('notices a change of the figures, not a reordering, and not the first sighting', () => {
    const a = fingerprint({ x: 1, y: 'dua' });
    expect(fingerprint({ y: 'dua', x: 1 })).toBe(a);
    expect(fingerprint({ x: 2, y: 'dua' })).not.toBe(a);
    const now = new Date('2026-02-03T02:00:00Z');
    const first = noticeChange(EMPTY_STATUS, a, now);
    expect(first).toEqual({ ...EMPTY_STATUS, fingerprint: a, lastChange: null });
    expect(noticeChange(first ?? EMPTY_STATUS, a, now)).toBeNull();
    expect(noticeChange(first ?? EMPTY_STATUS, fingerprint({ x: 2 }), now)?.lastChange).toBe(now.toISOString());
  });
});
