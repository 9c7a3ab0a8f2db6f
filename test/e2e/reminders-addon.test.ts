// Deadline reminders built as an editor add-on (one time trigger allowed): the hourly run sends them from 07.00, once.
import { CONFIG_LABELS } from '../../src/core/config/config';
import { CONFIG_SHEET } from '../../src/core/config/sheet-names';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

type ServerIndex = typeof import('../../src/server/index');

const installed: string[] = [];

afterEach(() => {
  for (const name of installed.splice(0)) delete (globalThis as Record<string, unknown>)[name];
  delete process.env.REKAP_TARGET;
  jest.useRealTimers();
});

function setSetting(s: SampleSheet, label: string, value: string | number): void {
  const sheet = s.emulator.spreadsheet.sheetByNameUnrecorded(CONFIG_SHEET);
  const row = valuesOf(s.emulator, CONFIG_SHEET).findIndex((r) => r[0] === label) + 1;
  if (!sheet || row === 0) throw new Error(`No setting ${label}`);
  sheet.getRange(row, 2).setValue(value);
}

/**
 * The server code built as an add-on (REKAP_TARGET=addon is read when the menu module loads), running in this
 * process on the emulator's services, as Apps Script runs it.
 */
function addonServer(s: SampleSheet): ServerIndex {
  for (const [name, value] of Object.entries(s.emulator.globals)) {
    if (name === 'console') continue;
    (globalThis as Record<string, unknown>)[name] = value;
    installed.push(name);
  }
  process.env.REKAP_TARGET = 'addon';
  let server: ServerIndex | null = null;
  jest.isolateModules(() => {
    server = require('../../src/server/index') as ServerIndex;
  });
  if (!server) throw new Error('server not loaded');
  return server;
}

/** The script's clock and the emulator's at the same moment. */
function at(s: SampleSheet, iso: string): void {
  const moment = new Date(iso);
  jest.useFakeTimers({ now: moment, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval'] });
  s.emulator.runtime.setClock(moment);
}

describe('deadline reminders in the editor add-on', () => {
  it('holds one time trigger, and its hourly run sends the day’s reminders from 07.00 WIB, once a day', () => {
    const s = sampleSheet({ addOn: true, midPeriod: true });
    s.bundle.run('setupUnitTabs');
    setSetting(s, CONFIG_LABELS.deadline, 5);
    setSetting(s, CONFIG_LABELS.reminders, 'Ya');
    setSetting(s, CONFIG_LABELS.reminderDays, 3);
    const server = addonServer(s);
    at(s, '2026-02-03T09:00:00+07:00');
    expect(server.setAutomation(true).on).toBe(true);
    const triggers = s.emulator.triggers.all();
    expect(triggers.map((t) => t.getHandlerFunction())).toEqual(['runScheduledConsolidation']);
    const event = { triggerUid: triggers[0]?.getUniqueId() } as unknown as GoogleAppsScript.Events.TimeDriven;

    at(s, '2026-03-02T06:05:00+07:00');
    server.runScheduledConsolidation(event);
    expect(s.emulator.mail.outbox).toEqual([]);

    at(s, '2026-03-02T07:05:00+07:00');
    server.runScheduledConsolidation(event);
    expect(s.emulator.mail.outbox).toHaveLength(3);
    expect(s.emulator.mail.outbox.every((m) => m.from === ADMIN)).toBe(true);

    at(s, '2026-03-02T08:05:00+07:00');
    server.runScheduledConsolidation(event);
    expect(s.emulator.mail.outbox).toHaveLength(3);

    at(s, '2026-03-03T07:05:00+07:00');
    server.runScheduledConsolidation(event);
    expect(s.emulator.mail.outbox).toHaveLength(6);
  });
});
