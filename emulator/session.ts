// The emulated Session: active and effective user (from the runtime), script time zone, user locale.
import { randomBytes } from 'node:crypto';
import type { Runtime } from './runtime';
import { baseUser } from './user';

export class SessionEmu {
  private readonly temporaryKeys = new Map<string, string>();
  readonly app: Record<string, unknown>;

  constructor(runtime: Runtime) {
    const rec = (method: string) => runtime.ledger.record('Session', method, 'utility');
    const user = (method: string) => runtime.ledger.record('User', method, 'utility');
    this.app = {
      // '' in simple triggers and across domains/consumer accounts (R base/session#getActiveUser()).
      getActiveUser: () => {
        rec('getActiveUser');
        return baseUser(runtime.activeUserEmail, user);
      },
      getEffectiveUser: () => {
        rec('getEffectiveUser');
        return baseUser(runtime.effectiveUserEmail, user);
      },
      getScriptTimeZone: () => {
        rec('getScriptTimeZone');
        return runtime.scriptTimeZone;
      },
      getActiveUserLocale: () => {
        rec('getActiveUserLocale');
        return runtime.userLocale;
      },
      // Stable per user within the emulator; R base/session#getTemporaryActiveUserKey() rotates it every 30 days.
      getTemporaryActiveUserKey: () => {
        rec('getTemporaryActiveUserKey');
        const who = runtime.activeUserEmail || runtime.effectiveUserEmail;
        let key = this.temporaryKeys.get(who);
        if (!key) {
          key = randomBytes(24).toString('base64');
          this.temporaryKeys.set(who, key);
        }
        return key;
      },
    };
  }
}
