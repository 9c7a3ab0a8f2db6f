// Pins the manifest: time zone, runtime, logging and the exact least-privilege OAuth scopes (README explains each).
import manifest from '../../appsscript.json';

describe('appsscript.json', () => {
  it('runs on V8 in Asia/Jakarta with exception logging', () => {
    expect(manifest.timeZone).toBe('Asia/Jakarta');
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  });

  it('asks for exactly the scopes the README justifies, and never full Drive', () => {
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/documents',
        'https://www.googleapis.com/auth/drive.file',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.scriptapp',
        'https://www.googleapis.com/auth/script.send_mail',
        'https://www.googleapis.com/auth/spreadsheets',
        'https://www.googleapis.com/auth/userinfo.email',
      ].sort(),
    );
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
  });
});
