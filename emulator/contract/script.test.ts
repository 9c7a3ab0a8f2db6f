// Contract: ScriptApp triggers (R script/clock-trigger-builder, G triggers/installable, G services/quotas).
import { createEmulator } from '../index';

// biome-ignore lint/suspicious/noExplicitAny: the ScriptApp surface is untyped here
type AnyFn = (...a: unknown[]) => any;
function script(opts: Parameters<typeof createEmulator>[0] = {}) {
  const emulator = createEmulator(opts);
  const app = emulator.globals.ScriptApp as Record<string, AnyFn> & { AuthMode: Record<string, string> };
  return { emulator, app };
}

describe('ScriptApp', () => {
  it('exposes AuthMode, TriggerSource and EventType enums', () => {
    const { app } = script();
    expect(Object.keys(app.AuthMode)).toEqual(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
    expect(String(app.AuthMode.FULL)).toBe('FULL');
  });

  // R script/clock-trigger-builder#everyMinutes(Integer): 1, 5, 10, 15 or 30 only. Wording uncertain.
  it('everyMinutes accepts only 1, 5, 10, 15, 30; everyHours only 1, 2, 4, 6, 8, 12', () => {
    const { app } = script();
    for (const n of [1, 5, 10, 15, 30]) expect(() => app.newTrigger('f').timeBased().everyMinutes(n)).not.toThrow();
    expect(() => app.newTrigger('f').timeBased().everyMinutes(7)).toThrow('everyMinutes');
    expect(() => app.newTrigger('f').timeBased().everyHours(3)).toThrow('everyHours');
  });

  it('atHour and nearMinute need everyDays or everyWeeks', () => {
    const { app } = script();
    expect(() => app.newTrigger('f').timeBased().everyHours(1).atHour(7).create()).toThrow('everyDays');
    const t = app.newTrigger('f').timeBased().everyDays(1).atHour(7).nearMinute(0).create();
    expect(t.getEventType()).toBe('CLOCK');
    expect(t.getTriggerSource()).toBe('CLOCK');
    expect(t.getHandlerFunction()).toBe('f');
  });

  it('a daily trigger at 07:00 fires at 07:00 Asia/Jakarta (00:00 UTC)', () => {
    const { app, emulator } = script({ now: new Date('2026-02-03T02:00:00Z') });
    app.newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
    emulator.runtime.setClock(new Date('2026-02-03T23:59:00Z'));
    expect(emulator.triggers.dueTimeTriggers()).toEqual([]);
    emulator.runtime.setClock(new Date('2026-02-04T00:00:00Z'));
    expect(emulator.triggers.dueTimeTriggers().map((d) => d.handler)).toEqual(['daily']);
  });

  // G services/quotas: 20 triggers per user per script. [F] wording.
  it('refuses the 21st trigger of one user, while another user still has room', () => {
    const { app, emulator } = script();
    for (let i = 0; i < 20; i++) app.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => app.newTrigger('g').timeBased().everyHours(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    emulator.runtime.effectiveUserEmail = 'other@kanwil.example';
    expect(app.getProjectTriggers()).toHaveLength(0);
    expect(() => app.newTrigger('g').timeBased().everyHours(1).create()).not.toThrow();
  });

  // G triggers/installable: getProjectTriggers lists the current user's triggers only; deleteTrigger removes one.
  it("getProjectTriggers lists the current user's triggers; deleteTrigger removes one", () => {
    const { app, emulator } = script();
    const t = app.newTrigger('f').timeBased().everyHours(1).create();
    app.newTrigger('onEditHandler').forSpreadsheet(emulator.spreadsheet).onEdit().create();
    expect(app.getProjectTriggers()).toHaveLength(2);
    expect(app.getUserTriggers(emulator.spreadsheet).map((x: { getEventType(): string }) => x.getEventType())).toEqual([
      'ON_EDIT',
    ]);
    app.deleteTrigger(t);
    expect(app.getProjectTriggers().map((x: { getHandlerFunction(): string }) => x.getHandlerFunction())).toEqual([
      'onEditHandler',
    ]);
  });

  // G triggers/installable: add-ons may run time-driven triggers at most once an hour. Error wording uncertain.
  it('as an add-on, refuses time triggers more frequent than hourly and a second time trigger', () => {
    const { app } = script({ addOn: true });
    expect(() => app.newTrigger('f').timeBased().everyMinutes(30).create()).toThrow('once per hour');
    app.newTrigger('f').timeBased().everyHours(1).create();
    expect(() => app.newTrigger('g').timeBased().everyHours(2).create()).toThrow('too many time-based triggers');
  });

  it('counts calls as kind script', () => {
    const { app, emulator } = script();
    emulator.ledger.reset();
    app.getProjectTriggers();
    expect(emulator.ledger.byKind().script).toBe(1);
  });
});
