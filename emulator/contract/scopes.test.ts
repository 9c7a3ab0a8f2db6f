// Contract: every call must fit the manifest's oauthScopes, as method-scopes.json (Google's reference) says; a manifest
// with explicit scopes disables Apps Script's own inference (https://developers.google.com/apps-script/concepts/scopes).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundle } from '../harness';
import { createEmulator } from '../index';
import type { AppsScriptManifest } from '../manifest';
import { ScopeEnforcer } from '../scopes/enforce';

const A = 'https://www.googleapis.com/auth/';
const DRIVE_V3 = { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' };

// biome-ignore lint/suspicious/noExplicitAny: the services are untyped here
type AnyService = Record<string, (...a: unknown[]) => any>;

function granted(scopes: string[], advanced: (typeof DRIVE_V3)[] = []) {
  const emulator = createEmulator({
    manifest: { oauthScopes: scopes.map((s) => A + s), dependencies: { enabledAdvancedServices: advanced } },
  });
  return { emulator, service: (name: string) => emulator.globals[name] as AnyService };
}

/** A bundle with one function `f` running `body`, shipped with `manifest` as dist/appsscript.json. */
function bundleWith(body: string, manifest: AppsScriptManifest) {
  const dir = mkdtempSync(join(tmpdir(), 'scopes-'));
  writeFileSync(join(dir, 'Code.js'), `function f() { ${body} }\n`);
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
  const emulator = createEmulator();
  return { emulator, bundle: loadBundle(emulator, { distDir: dir }) };
}

describe('scope enforcement', () => {
  // R drive/drive-app#createFolder(String): "Authorization … https://www.googleapis.com/auth/drive".
  it('refuses DriveApp under drive.file alone, naming the method and the scope it needs', () => {
    const { service } = granted(['drive.file', 'spreadsheets']);
    expect(() => service('DriveApp').createFolder('Laporan')).toThrow(
      new Error(
        `Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: ${A}drive`,
      ),
    );
  });

  // R drive/drive-app#getFileById(String) accepts drive.readonly or drive: both are named, as Apps Script names them.
  it('names every accepted scope when a method accepts several', () => {
    const { service } = granted(['spreadsheets']);
    expect(() => service('DriveApp').getFileById('x')).toThrow(
      `Required permissions: (${A}drive.readonly || ${A}drive)`,
    );
  });

  it('applies the scope hierarchy in one direction only: spreadsheets covers currentonly, not the reverse', () => {
    const broad = granted(['spreadsheets']);
    const ss = broad.service('SpreadsheetApp').getActiveSpreadsheet();
    expect(broad.service('SpreadsheetApp').openById(ss.getId()).getId()).toBe(ss.getId());

    // R spreadsheet/spreadsheet-app#openById(String) accepts spreadsheets only.
    const narrow = granted(['spreadsheets.currentonly']);
    expect(narrow.service('SpreadsheetApp').getActiveSpreadsheet().getId()).toBe(narrow.emulator.spreadsheet.id);
    expect(() => narrow.service('SpreadsheetApp').openById(narrow.emulator.spreadsheet.id)).toThrow(
      `Specified permissions are not sufficient to call SpreadsheetApp.openById. Required permissions: ${A}spreadsheets`,
    );
  });

  it('lets drive cover the per-file drive.file, and never drive.file cover drive', () => {
    const full = granted(['drive'], [DRIVE_V3]);
    const files = (full.emulator.globals.Drive as { Files: AnyService }).Files;
    expect(files.create({ name: 'Laporan', mimeType: 'application/vnd.google-apps.folder' }).name).toBe('Laporan');
    expect(full.service('DriveApp').getRootFolder().getName()).toBe('My Drive');

    const perFile = granted(['drive.file']);
    expect(() => perFile.service('DriveApp').getRootFolder()).toThrow(/^Specified permissions are not sufficient/);
  });

  // The advanced service sends the request and the API answers 403: GoogleJsonResponseException
  // ("API call to gmail.users.labels.list failed with error: Request had insufficient authentication scopes.",
  // https://github.com/googleworkspace/apps-script-samples/issues/159).
  it('lets the API refuse an advanced-service call whose scopes are missing', () => {
    const { emulator } = granted(['spreadsheets'], [DRIVE_V3]);
    const files = (emulator.globals.Drive as { Files: AnyService }).Files;
    let error: unknown;
    try {
      files.get('abc');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('GoogleJsonResponseException');
    expect((error as Error).message).toBe(
      'API call to drive.files.get failed with error: Request had insufficient authentication scopes.',
    );
    expect((error as { details: { code: number } }).details.code).toBe(403);
  });

  it('refuses nothing when the manifest lists no oauthScopes (Apps Script then infers them from the code)', () => {
    const emulator = createEmulator({ manifest: {} });
    const driveApp = emulator.globals.DriveApp as AnyService;
    expect(driveApp.createFolder('Bebas').getName()).toBe('Bebas');
    expect(emulator.globals.Drive).toBeUndefined();
  });

  it('lets methods whose reference names no scope run under any grant (Utilities, LockService)', () => {
    const { service } = granted([]);
    expect(service('Utilities').newBlob('x').getDataAsString()).toBe('x');
    expect(service('LockService').getScriptLock()).toBeDefined();
    expect(() => service('Session').getActiveUser()).toThrow(`Required permissions: ${A}userinfo.email`);
  });

  it('lets console, which is JavaScript and not an Apps Script service, log under any grant', () => {
    // https://developers.google.com/apps-script/guides/logging: console writes to Cloud Logging, no scope named.
    const { emulator, service } = granted([]);
    service('console').info('x');
    expect(emulator.ledger.all().map((c) => `${c.service}.${c.method}`)).toEqual(['console.info']);
  });

  it('is on by default with the repository manifest: drive.file, and no DriveApp', () => {
    const emulator = createEmulator();
    expect(() => (emulator.globals.DriveApp as AnyService).getRootFolder()).toThrow(/DriveApp\.getRootFolder/);
    expect((emulator.globals.MailApp as AnyService).getRemainingDailyQuota()).toBeGreaterThan(0);
  });

  it('fails loudly, as an emulator error, for a method the scope table does not know', () => {
    const { emulator } = granted(['drive']);
    expect(() => emulator.ledger.record('DriveApp', 'teleport', 'drive')).toThrow(
      /^Emulator: DriveApp\.teleport .* is not in emulator\/scopes\/method-scopes\.json/,
    );
  });
});

describe('the bundle runs under its own manifest (dist/appsscript.json)', () => {
  it('refuses a call whose scope dist/appsscript.json does not grant', () => {
    const { bundle } = bundleWith("MailApp.sendEmail('a@contoh.go.id', 'S', 'B');", {
      oauthScopes: [`${A}spreadsheets`],
    });
    expect(() => bundle.run('f')).toThrow(
      `Specified permissions are not sufficient to call MailApp.sendEmail. Required permissions: ${A}script.send_mail`,
    );
  });

  // https://developers.google.com/apps-script/guides/services/advanced: a service must be enabled to be used.
  it('leaves an advanced service it does not enable undefined: "Drive is not defined"', () => {
    const { bundle } = bundleWith('return Drive.Files.list({});', { oauthScopes: [`${A}drive.file`] });
    let error: unknown;
    try {
      bundle.run('f');
    } catch (e) {
      error = e;
    }
    expect(Object.prototype.toString.call(error)).toBe('[object Error]');
    expect((error as Error).name).toBe('ReferenceError');
    expect((error as Error).message).toBe('Drive is not defined');
  });

  it('gives an enabled advanced service under its userSymbol', () => {
    const { bundle } = bundleWith("return DriveV3.Files.create({ name: 'x.txt' }, Utilities.newBlob('x')).name;", {
      oauthScopes: [`${A}drive.file`],
      dependencies: { enabledAdvancedServices: [{ ...DRIVE_V3, userSymbol: 'DriveV3' }] },
    });
    expect(bundle.run('f')).toBe('x.txt');
  });

  it('will not load a bundle without a manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scopes-'));
    writeFileSync(join(dir, 'Code.js'), 'function f() {}\n');
    expect(() => loadBundle(createEmulator(), { distDir: dir })).toThrow(/appsscript\.json is missing/);
  });

  it('lists the methods called during executions, not the calls a test makes to inspect', () => {
    const { emulator, bundle } = bundleWith(
      "Drive.Files.create({ name: 'a.txt', parents: [] }, Utilities.newBlob('a'));",
      { oauthScopes: [`${A}drive.file`], dependencies: { enabledAdvancedServices: [DRIVE_V3] } },
    );
    emulator.spreadsheet.getSheets();
    bundle.run('f');
    const scopes = emulator.runtime.scopes;
    if (!(scopes instanceof ScopeEnforcer)) throw new Error('no scope enforcer');
    expect([...scopes.calledMethods().keys()].sort()).toEqual(['Drive.Files.create', 'Utilities.newBlob']);
    expect(scopes.calledMethods().get('Drive.Files.create')).toContain(`${A}drive.file`);
  });
});
