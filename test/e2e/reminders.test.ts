// End to end on the built bound script: the daily deadline reminders on their own daily trigger — right units, right
// days, once a day, within quota. The add-on holds one time trigger and sends them from it: reminders-addon.test.ts.

import { EMAIL_RECIPIENT_QUOTA } from '../../emulator';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { CONFIG_LABELS } from '../../src/core/config/config';
import { CONFIG_SHEET, LOG_SHEET } from '../../src/core/config/sheet-names';
import type { UnitConfig } from '../../src/core/schema/types';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

const HANDLER = 'sendDeadlineReminders';
const ACTION = 'Pengingat batas pengiriman';
// The sample period is February 2026; with "Batas pengiriman" day 5 its deadline is 5 March 2026.

/** Units the sample leaves unsent: two not sent yet, one returned (docs/glossary.md#submission-status). */
const UNSENT = ['Lapas Kelas IIB Selatpanjang', 'Rutan Kelas IIB Rengat', 'Lapas Kelas IIA Bengkalis'].map((name) => {
  const unit = SAMPLE_UNITS.find((u) => u.name === name);
  if (!unit) throw new Error(`No sample unit ${name}`);
  return unit;
});

/** Types a setting into column B of "Pengaturan", next to its label. */
function setSetting(s: SampleSheet, label: string, value: string | number): void {
  const sheet = s.emulator.spreadsheet.sheetByNameUnrecorded(CONFIG_SHEET);
  const row = valuesOf(s.emulator, CONFIG_SHEET).findIndex((r) => r[0] === label) + 1;
  if (!sheet || row === 0) throw new Error(`No setting ${label}`);
  sheet.getRange(row, 2).setValue(value);
}

/**
 * The sample set up, deadline day 5, reminders on from three days before, automation switched on by the admin (who
 * states that only admins edit the Sheet, as the bound build asks).
 */
function setUp(opts: { reminders?: boolean } = {}): SampleSheet {
  const s = sampleSheet({ build: 'bound', midPeriod: true });
  s.bundle.run('setupUnitTabs');
  setSetting(s, CONFIG_LABELS.deadline, 5);
  setSetting(s, CONFIG_LABELS.reminders, opts.reminders === false ? 'Tidak' : 'Ya');
  setSetting(s, CONFIG_LABELS.reminderDays, 3);
  s.bundle.callFromSidebar(ADMIN, 'setAutomation', true, true);
  return s;
}

/** Moves the clock to `day` (YYYY-MM-DD) at 07.30 WIB and fires every trigger then due; they show nothing (no UI). */
function morningOf(s: SampleSheet, day: string): void {
  s.emulator.runtime.setClock(new Date(`${day}T07:30:00+07:00`));
  const uiCalls = () => s.emulator.ledger.all().filter((c) => c.kind === 'ui').length;
  const before = uiCalls();
  const fired = s.bundle.fireTimeTriggers();
  expect(fired.filter((f) => f.outcome !== 'ok')).toEqual([]);
  expect(uiCalls()).toBe(before);
}

const reminderTriggers = (s: SampleSheet) =>
  s.emulator.triggers.all().filter((t) => t.getHandlerFunction() === HANDLER);
const reminderLog = (s: SampleSheet) => valuesOf(s.emulator, LOG_SHEET).filter((r) => r[2] === ACTION);
const recipients = (s: SampleSheet) => s.emulator.mail.outbox.map((m) => m.to);
const operatorsOf = (units: readonly UnitConfig[]) => units.flatMap((u) => u.operators);

describe('deadline reminders', () => {
  it('e-mails the operators of unsent units from H-3 to the deadline day, once a day, and logs each one', () => {
    const s = setUp();
    morningOf(s, '2026-03-01');
    expect(s.emulator.mail.outbox).toEqual([]);

    morningOf(s, '2026-03-02');
    expect(recipients(s).sort()).toEqual(operatorsOf(UNSENT).sort());
    const mail = s.emulator.mail.outbox.find((m) => m.to === UNSENT[1].operators[0]);
    expect(mail?.subject).toBe(`Pengingat laporan Februari 2026: ${UNSENT[1].name} — batas 5 Maret 2026 (3 hari lagi)`);
    expect(mail?.body).toContain(`Buka Sheet: ${s.emulator.spreadsheet.getUrl()}`);
    expect(mail?.body).not.toContain('{{');
    expect(mail?.htmlBody).toBeUndefined();
    const log = reminderLog(s);
    expect(log.map((r) => r[4])).toEqual(['Berhasil', 'Berhasil', 'Berhasil']);
    for (const unit of UNSENT) expect(log.some((r) => String(r[7]).includes(unit.name))).toBe(true);

    // A second run the same day (the handler called again by its trigger) sends nothing new.
    const trigger = reminderTriggers(s)[0];
    s.emulator.runtime.advance(2 * 60 * 60 * 1000);
    s.bundle.run(HANDLER, { triggerUid: trigger?.getUniqueId() });
    expect(s.emulator.mail.outbox).toHaveLength(3);
    expect(reminderLog(s)).toHaveLength(3);

    morningOf(s, '2026-03-05');
    expect(s.emulator.mail.outbox).toHaveLength(6);
    expect(s.emulator.mail.outbox.at(-1)?.subject).toMatch(/batas 5 Maret 2026 \(hari ini\)$/);

    morningOf(s, '2026-03-06');
    expect(s.emulator.mail.outbox).toHaveLength(6);
  });

  it('no longer reminds a unit once its operator has sent the tab', () => {
    const s = setUp();
    const [returned] = UNSENT.filter((u) => u.name === 'Lapas Kelas IIA Bengkalis');
    if (!returned) throw new Error('no returned unit');
    s.bundle.callFromSidebar(returned.operators[0], 'sendUnitTab', returned.code);
    morningOf(s, '2026-03-04');
    expect(recipients(s)).not.toContain(returned.operators[0]);
    expect(recipients(s)).toHaveLength(2);
  });

  it('stops before exceeding the daily mail quota, with a Log entry; the rest go out the next day', () => {
    const s = setUp();
    // Other scripts of this account already used all but two recipients today.
    s.emulator.mail.recipientsToday = EMAIL_RECIPIENT_QUOTA.workspace - 2;
    morningOf(s, '2026-03-03');
    expect(s.emulator.mail.outbox).toHaveLength(2);
    const stop = reminderLog(s).find((r) => r[4] === 'Gagal');
    expect(String(stop?.[7])).toMatch(
      /^Pengingat dihentikan: sisa kuota e-mail hari ini 0 penerima, .+; 1 UPT belum diingatkan\.$/,
    );

    s.emulator.mail.recipientsToday = 0;
    morningOf(s, '2026-03-04');
    expect(s.emulator.mail.outbox).toHaveLength(5);
  });

  it('sends nothing when reminders are off in "Pengaturan", or once automation is switched off', () => {
    const off = setUp({ reminders: false });
    morningOf(off, '2026-03-04');
    expect(off.emulator.mail.outbox).toEqual([]);
    expect(reminderLog(off)).toEqual([]);

    const s = setUp();
    s.bundle.callFromSidebar(ADMIN, 'setAutomation', false);
    expect(reminderTriggers(s)).toEqual([]);
    morningOf(s, '2026-03-04');
    expect(s.emulator.mail.outbox).toEqual([]);
  });

  it('installs one daily 07.00 trigger with the automation, never two, and refuses a call not from it', () => {
    const s = setUp();
    s.bundle.callFromSidebar(ADMIN, 'setAutomation', true, true);
    s.bundle.run('toggleAutomation');
    expect(reminderTriggers(s)).toHaveLength(0);
    s.bundle.run('toggleAutomation');
    s.bundle.callFromSidebar(ADMIN, 'setAutomation', true, true);
    expect(reminderTriggers(s)).toHaveLength(1);
    expect(reminderTriggers(s)[0]?.schedule).toMatchObject({ atHour: 7, timeZone: 'Asia/Jakarta' });

    s.emulator.runtime.setClock(new Date('2026-03-04T07:30:00+07:00'));
    expect(s.bundle.run(HANDLER, { triggerUid: 'made-up' })).toMatch(/^Ditolak/);
    // An operator calling it from the browser with the admin's trigger id: not their trigger.
    const uid = reminderTriggers(s)[0]?.getUniqueId();
    expect(s.bundle.callFromSidebar(UNSENT[0].operators[0], HANDLER, { triggerUid: uid })).toMatch(/^Ditolak/);
    expect(s.emulator.mail.outbox).toEqual([]);
  });
});
