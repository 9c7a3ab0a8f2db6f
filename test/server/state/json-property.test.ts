// What the add-on keeps in document properties is read back safely: a missing, damaged or older record reads as
// absent (the run starts over, the panel shows nothing), never as an error, and what is written reads back the same.

import { installEmulator, removeEmulator } from '../../../emulator';
import { lastRun, recordLastRun } from '../../../src/server/state/automation-state';
import { closeCheckpoint, setupCheckpoint } from '../../../src/server/state/checkpoints';
import { editAreaIn } from '../../../src/server/state/edit-areas';
import { parseJsonProperty } from '../../../src/server/state/json-property';
import {
  CLOSE_CHECKPOINT,
  editAreaKey,
  LAST_REPORT,
  LAST_RUN,
  REMINDERS_SENT,
  SETUP_CHECKPOINT,
  statusKey,
} from '../../../src/server/state/keys';
import { readSentReminders, saveSentReminders } from '../../../src/server/state/reminder-log';
import { lastReport, saveLastReport } from '../../../src/server/state/report-state';
import { EMPTY_STATUS, readStatus, readStatuses } from '../../../src/server/state/status-store';

afterEach(removeEmulator);

const DAMAGED = ['{"status":', 'null', '42', '"teks"', '[]'];

function store(key: string, raw: string): void {
  PropertiesService.getDocumentProperties().setProperty(key, raw);
}

describe('a JSON property', () => {
  it('reads as absent when missing, not JSON, or not of the expected shape', () => {
    const isCount = (v: unknown) => (typeof v === 'number' ? v : null);
    expect(parseJsonProperty(null, isCount)).toBeNull();
    expect(parseJsonProperty('', isCount)).toBeNull();
    expect(parseJsonProperty('{', isCount)).toBeNull();
    expect(parseJsonProperty('"7"', isCount)).toBeNull();
    expect(parseJsonProperty('7', isCount)).toBe(7);
  });

  it('reads every damaged record of the add-on as absent', () => {
    installEmulator();
    for (const raw of DAMAGED) {
      for (const key of [SETUP_CHECKPOINT, CLOSE_CHECKPOINT, LAST_REPORT, LAST_RUN]) {
        store(key, raw);
      }
      store(statusKey('LP-PKU'), raw);
      store(editAreaKey('LP-PKU'), raw);
      store(REMINDERS_SENT, raw);
      expect({
        checkpoints: [setupCheckpoint.read(), closeCheckpoint.read()],
        lastReport: lastReport(),
        lastRun: lastRun(),
        status: readStatus('LP-PKU', '2026-02'),
        statuses: readStatuses('2026-02').size,
        editArea: editAreaIn(PropertiesService.getDocumentProperties().getProperties(), 'LP-PKU'),
        reminders: readSentReminders(),
      }).toEqual({
        checkpoints: [null, null],
        lastReport: null,
        lastRun: null,
        status: null,
        statuses: 0,
        editArea: null,
        reminders: [],
      });
    }
  });

  it('reads back what was written', () => {
    installEmulator();
    const at = new Date('2026-02-03T02:00:00Z');
    saveLastReport('https://docs.google.com/document/d/1', null, at);
    recordLastRun(at, 'Dilanjutkan');
    closeCheckpoint.save({ period: '2026-02', next: '2026-03', cleared: 2, total: 3 });
    saveSentReminders(
      [
        { unitCode: 'LP-PKU', date: '2026-02-03' },
        { unitCode: 'RUTAN-DUMAI', date: '2026-02-02' },
      ],
      '2026-02-03',
    );
    expect(lastReport()).toEqual({
      docUrl: 'https://docs.google.com/document/d/1',
      pdfUrl: null,
      at: at.toISOString(),
    });
    expect(lastRun()).toEqual({ at: at.toISOString(), outcome: 'Dilanjutkan' });
    expect(closeCheckpoint.read()).toEqual({ period: '2026-02', next: '2026-03', cleared: 2, total: 3 });
    // Only today's reminders are kept.
    expect(readSentReminders()).toEqual([{ unitCode: 'LP-PKU', date: '2026-02-03' }]);
    closeCheckpoint.clear();
    expect(closeCheckpoint.read()).toBeNull();
  });

  it('gives a status stored by an older version the fields it lacks', () => {
    installEmulator();
    store(statusKey('LP-PKU'), JSON.stringify({ status: 'Dikirim', sentBy: 'op@contoh.go.id' }));
    expect(readStatus('LP-PKU', '2026-02')).toEqual({ ...EMPTY_STATUS, status: 'Dikirim', sentBy: 'op@contoh.go.id' });
  });
});
