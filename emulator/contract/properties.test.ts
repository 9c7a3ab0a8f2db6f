// Contract: PropertiesService (G properties, G services/quotas): three stores of strings, copies, limits.
import { createEmulator } from '../index';

interface Props {
  getProperty(k: string): string | null;
  setProperty(k: string, v: unknown): Props;
  setProperties(o: Record<string, unknown>, deleteAllOthers?: boolean): Props;
  getProperties(): Record<string, string>;
  getKeys(): string[];
  deleteProperty(k: string): Props;
  deleteAllProperties(): Props;
}
function props(opts: Parameters<typeof createEmulator>[0] = {}) {
  const emulator = createEmulator(opts);
  const app = emulator.globals.PropertiesService as {
    getScriptProperties(): Props;
    getUserProperties(): Props;
    getDocumentProperties(): Props | null;
  };
  return { emulator, app };
}

describe('PropertiesService', () => {
  it('stores values as strings; a missing key reads null', () => {
    const { app } = props();
    const s = app.getScriptProperties();
    s.setProperty('periode', 202602);
    s.setProperty('aktif', true);
    expect(s.getProperty('periode')).toBe('202602');
    expect(s.getProperty('aktif')).toBe('true');
    expect(s.getProperty('tidak-ada')).toBeNull();
  });

  it('getProperties returns a copy', () => {
    const { app } = props();
    const s = app.getScriptProperties().setProperties({ a: 1, b: 2 });
    const copy = s.getProperties();
    copy.a = 'changed';
    expect(s.getProperty('a')).toBe('1');
    s.setProperties({ c: 3 }, true);
    expect(s.getKeys()).toEqual(['c']);
    s.deleteProperty('c');
    expect(s.getKeys()).toEqual([]);
  });

  it('keeps script, user (per user) and document stores separate', () => {
    const { app, emulator } = props();
    app.getScriptProperties().setProperty('k', 'script');
    app.getUserProperties().setProperty('k', 'admin');
    app.getDocumentProperties()?.setProperty('k', 'doc');
    emulator.runtime.effectiveUserEmail = 'op@kanwil.example';
    expect(app.getUserProperties().getProperty('k')).toBeNull();
    expect(app.getScriptProperties().getProperty('k')).toBe('script');
    expect(app.getDocumentProperties()?.getProperty('k')).toBe('doc');
  });

  it('getDocumentProperties is null outside a bound script', () => {
    expect(props({ bound: false }).app.getDocumentProperties()).toBeNull();
  });

  // G services/quotas: 9 KB per value, 500 KB per store; a refused write changes nothing.
  it('refuses a value over 9 KB and a store over 500 KB, keeping what was there', () => {
    const { app } = props();
    const s = app.getScriptProperties();
    expect(() => s.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    expect(s.getProperty('big')).toBeNull();
    for (let i = 0; i < 55; i++) s.setProperty(`k${i}`, 'y'.repeat(9 * 1024));
    expect(() => s.setProperty('k56', 'y'.repeat(9 * 1024))).toThrow('property storage quota');
    expect(s.getProperty('k56')).toBeNull();
  });
});

// G services/quotas: 50,000 property reads+writes a day for consumer accounts, 500,000 for Workspace. [F] wording.
describe('PropertiesService daily quota', () => {
  it('refuses reads and writes past the daily quota', () => {
    const { app, emulator } = props();
    const s = app.getScriptProperties();
    emulator.properties.quota.callsToday = 50_000;
    expect(() => s.getProperty('k')).toThrow('Service invoked too many times for one day: properties.');
    const ws = props({ workspace: true });
    ws.emulator.properties.quota.callsToday = 50_000;
    expect(() => ws.app.getScriptProperties().getProperty('k')).not.toThrow();
  });
});
