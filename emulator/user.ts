// The Base.User object Session and SpreadsheetApp hand out (R base/user).

export interface EmuUser {
  getEmail(): string;
  getUserLoginId(): string;
  getNickname(): string;
  toString(): string;
}

/**
 * A User; `String(user)` is the e-mail address, as live Apps Script gives it (not in the reference; observed by
 * @mcpher/gas-fakes' live tests, https://github.com/brucemcpherson/gas-fakes/blob/main/test/testsession.js).
 */
export function baseUser(email: string): EmuUser {
  return {
    getEmail: () => email,
    getUserLoginId: () => email,
    getNickname: () => email.split('@')[0] ?? '',
    toString: () => email,
  };
}
