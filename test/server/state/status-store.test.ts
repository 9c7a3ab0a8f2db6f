// The submission status store: Document Properties as JSON strings, change tracking by fingerprint.

import { installEmulator, removeEmulator } from '../../../emulator';
import {
  clearStatuses,
  EMPTY_STATUS,
  effectiveStatus,
  fingerprint,
  noticeChange,
  readStatus,
  readStatuses,
  writeStatus,
  writeStatuses,
} from '../../../src/server/state/status-store';

afterEach(removeEmulator);

describe('status store', () => {
  it('keeps each unit’s status as a JSON string under "status:<code>" in the document’s properties', () => {
    const emulator = installEmulator();
    writeStatus('LP-PKU', { ...EMPTY_STATUS, status: 'Dikirim', sentBy: 'op@contoh.go.id' });
    const raw = emulator.properties.app as { getDocumentProperties(): { getProperty(k: string): string | null } };
    expect(JSON.parse(raw.getDocumentProperties().getProperty('status:LP-PKU') ?? '{}')).toMatchObject({
      status: 'Dikirim',
      sentBy: 'op@contoh.go.id',
    });
    expect(readStatus('LP-PKU')?.status).toBe('Dikirim');
    expect(readStatus('RUTAN-DUMAI')).toBeNull();
  });

  it('reads and writes all units at once, and forgets them for a new period', () => {
    installEmulator();
    writeStatuses(
      new Map([
        ['A', { ...EMPTY_STATUS, status: 'Dikirim' as const }],
        ['B', { ...EMPTY_STATUS, status: 'Dikembalikan' as const, returnNote: 'Cek pagu' }],
      ]),
    );
    expect([...readStatuses()].map(([code, s]) => [code, s.status])).toEqual([
      ['A', 'Dikirim'],
      ['B', 'Dikembalikan'],
    ]);
    clearStatuses(['A', 'B']);
    expect(readStatuses().size).toBe(0);
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
