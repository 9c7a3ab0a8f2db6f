// The Base.User object Session and SpreadsheetApp hand out (R base/user).

/** Where a User keeps its address for the emulator's own use, so reading it records no call of the script's. */
export const USER_EMAIL = Symbol('user email');

export interface EmuUser {
  getEmail(): string;
  getUserLoginId(): string;
  getNickname(): string;
  toString(): string;
  readonly [USER_EMAIL]?: string;
}

/**
 * A User; `String(user)` is the e-mail address, as live Apps Script gives it (not in the reference; observed by
 * @mcpher/gas-fakes' live tests, https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsession.js).
 * `record` counts the script's calls of its getters (kind 'utility': answered from the object in hand).
 */
export function baseUser(email: string, record: (method: string) => void = () => {}): EmuUser {
  const answer = (method: string, value: string) => () => {
    record(method);
    return value;
  };
  return {
    [USER_EMAIL]: email,
    getEmail: answer('getEmail', email),
    getUserLoginId: answer('getUserLoginId', email),
    getNickname: answer('getNickname', email.split('@')[0] ?? ''),
    toString: () => email,
  };
}

/** The address of an editor the script names, by string or User, without counting a call. */
export function emailOf(who: string | EmuUser): string {
  return typeof who === 'string' ? who : (who[USER_EMAIL] ?? who.getEmail());
}
