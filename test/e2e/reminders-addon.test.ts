// Deadline reminders in the built editor add-on, which may hold one time trigger per user and document: the hourly
// consolidation run sends the day's reminders from 07.00 WIB, once a day.
import { CONFIG_LABELS } from '../../src/core/config/config';
import { CONFIG_SHEET } from '../../src/core/config/sheet-names';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

function setSetting(s: SampleSheet, label: string, value: string | number): void {
  const sheet = s.emulator.spreadsheet.sheetByNameUnrecorded(CONFIG_SHEET);
  const row = valuesOf(s.emulator, CONFIG_SHEET).findIndex((r) => r[0] === label) + 1;
  if (!sheet || row === 0) throw new Error(`No setting ${label}`);
  sheet.getRange(row, 2).setValue(value);
}

/** Moves the clock to `iso` and fires the triggers then due: none may fail. */
function at(s: SampleSheet, iso: string): void {
  s.emulator.runtime.setClock(new Date(iso));
  expect(s.bundle.fireTimeTriggers().filter((f) => f.outcome !== 'ok')).toEqual([]);
}

describe('deadline reminders in the editor add-on', () => {
  it('holds one time trigger, and its hourly run sends the day’s reminders from 07.00 WIB, once a day', () => {
    const s = sampleSheet({ midPeriod: true });
    s.bundle.run('setupUnitTabs');
    setSetting(s, CONFIG_LABELS.deadline, 5);
    setSetting(s, CONFIG_LABELS.reminders, 'Ya');
    setSetting(s, CONFIG_LABELS.reminderDays, 3);
    s.bundle.callFromSidebar(ADMIN, 'setAutomation', true);
    expect(s.emulator.triggers.all().map((t) => t.getHandlerFunction())).toEqual(['runScheduledConsolidation']);

    at(s, '2026-03-02T06:05:00+07:00');
    expect(s.emulator.mail.outbox).toEqual([]);

    at(s, '2026-03-02T07:05:00+07:00');
    expect(s.emulator.mail.outbox).toHaveLength(3);
    expect(s.emulator.mail.outbox.every((m) => m.from === ADMIN)).toBe(true);

    at(s, '2026-03-02T08:05:00+07:00');
    expect(s.emulator.mail.outbox).toHaveLength(3);

    at(s, '2026-03-03T07:05:00+07:00');
    expect(s.emulator.mail.outbox).toHaveLength(6);
  });
});
