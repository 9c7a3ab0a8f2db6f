// Contract: Session (R base/session): users from the runtime, script time zone, locale, temporary key.
import { createEmulator } from '../index';

interface User {
  getEmail(): string;
}
function session() {
  const emulator = createEmulator({ owner: 'admin@kanwil.example' });
  const app = emulator.globals.Session as {
    getActiveUser(): User;
    getEffectiveUser(): User;
    getScriptTimeZone(): string;
    getActiveUserLocale(): string;
    getTemporaryActiveUserKey(): string;
  };
  return { emulator, app };
}

describe('Session', () => {
  it('reports the active and effective users the run was given', () => {
    const { app, emulator } = session();
    expect(app.getActiveUser().getEmail()).toBe('admin@kanwil.example');
    emulator.runtime.activeUserEmail = '';
    emulator.runtime.effectiveUserEmail = 'admin@kanwil.example';
    // R base/user#getEmail(): '' when the active user is hidden (simple triggers, other domains).
    expect(app.getActiveUser().getEmail()).toBe('');
    expect(app.getEffectiveUser().getEmail()).toBe('admin@kanwil.example');
  });

  // Not in R base/user; live Apps Script prints the address (gas-fakes' live test:
  // https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsession.js).
  it('a User reads as its e-mail address in text: String(Session.getActiveUser())', () => {
    const { app } = session();
    expect(String(app.getActiveUser())).toBe('admin@kanwil.example');
    expect(`${app.getEffectiveUser()}`).toBe('admin@kanwil.example');
  });

  it('gives the script time zone (Asia/Jakarta) and the user locale', () => {
    const { app } = session();
    expect(app.getScriptTimeZone()).toBe('Asia/Jakarta');
    expect(app.getActiveUserLocale()).toBe('id');
  });

  it('gives a stable temporary key per user, different between users', () => {
    const { app, emulator } = session();
    const k1 = app.getTemporaryActiveUserKey();
    expect(app.getTemporaryActiveUserKey()).toBe(k1);
    emulator.runtime.activeUserEmail = 'op@kanwil.example';
    expect(app.getTemporaryActiveUserKey()).not.toBe(k1);
  });
});
