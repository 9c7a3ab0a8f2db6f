// Pins the manifest: time zone, runtime, logging, the Sheets and Drive advanced services and the exact least-privilege OAuth scopes.
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

  it('enables exactly the Sheets API v4, Drive API v3 and Docs API v1 advanced services, which add no scope of their own', () => {
    // https://developers.google.com/apps-script/manifest/dependencies#enabledadvancedservice
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
      { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
    ]);
    // The Sheets API reads and writes spreadsheets under spreadsheets; the Drive API works per file under drive.file;
    // documents.batchUpdate accepts the documents scope (https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate).
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/drive.file');
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/documents');
  });
});
