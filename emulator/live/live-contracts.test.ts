// The contract bundle on the emulator: dist-contract/Code.js, the very file a person pushes to live Apps Script
// (README.md, "Check the emulator against real Google"), run through the harness as Apps Script would run it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Bundle, createEmulator, type Emulator, loadBundle } from '../index';
import { EDITOR_CONTRACTS, NATIONAL_CONTRACTS, TRIGGER_CONTRACTS } from './contracts';
import { BIGQUERY_PROPERTY, NO_ACCESS_PROPERTY } from './contracts/national';

const root = join(__dirname, '../..');
const distDir = join(root, 'dist-contract');
const { localContractTests } = require('./local-names.cjs') as {
  localContractTests(root: string): { name: string; file: string }[];
};

/** The sheet "Kontrak" as rows of text, header first. */
function reportRows(emulator: Emulator): string[][] {
  const sheet = emulator.spreadsheet.getSheetByName('Kontrak');
  if (!sheet) throw new Error('no sheet "Kontrak"');
  return sheet.getDataRange().getValues() as string[][];
}

const contractRows = (rows: string[][]) => rows.filter((r) => ['PASS', 'FAIL', 'PENDING-LIVE'].includes(r[1]));
/** What is in Drive and not in the trash, read from the emulator's state (a script call would be scope-checked). */
const driveContents = (emulator: Emulator) => ({
  files: emulator.drive
    .allFiles()
    .filter((f) => !f.trashed)
    .map((f) => f.content.getName()),
  folders: emulator.drive.foldersIn(emulator.drive.root).filter((f) => !f.trashed).length,
});

describe('the contract bundle (dist-contract/) on the emulator', () => {
  let emulator: Emulator;
  let bundle: Bundle;
  let before: { sheets: string[]; drive: ReturnType<typeof driveContents>; locale: string; timeZone: string };

  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts/build-contract.mjs')], { cwd: root, stdio: 'pipe' });
    emulator = createEmulator();
    // The contracts observe Google, which lets a script release its lock over cached writes.
    emulator.runtime.strictWriteCache = false;
    const ss = emulator.spreadsheet;
    ss.setSpreadsheetLocale('en_US');
    before = {
      sheets: ss.getSheets().map((s) => s.getName()),
      drive: driveContents(emulator),
      locale: ss.getSpreadsheetLocale(),
      timeZone: ss.getSpreadsheetTimeZone(),
    };
    bundle = loadBundle(emulator, { distDir });
    bundle.run('runContracts');
  }, 180_000);

  it("ships runContracts and runTriggerContracts with the product's own manifest", () => {
    expect(bundle.functions).toEqual(expect.arrayContaining(['runContracts', 'runTriggerContracts']));
    expect(JSON.parse(readFileSync(join(distDir, 'appsscript.json'), 'utf8'))).toEqual(
      JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')),
    );
  });

  it('writes one line per contract to the sheet "Kontrak", under the same name as the emulator\'s test', () => {
    const rows = reportRows(emulator);
    expect(rows[0]).toEqual(['Kontrak', 'Hasil', 'Teramati', 'Diharapkan', 'Sesuai', 'Dasar', 'Konteks', 'Sumber']);
    expect(contractRows(rows).map((r) => r[0])).toEqual(EDITOR_CONTRACTS.map((c) => c.name));
    expect(new Set(EDITOR_CONTRACTS.map((c) => c.name)).size).toBe(EDITOR_CONTRACTS.length);
    for (const c of [...EDITOR_CONTRACTS, ...TRIGGER_CONTRACTS]) expect(c.source).toMatch(/^https:\/\//);
  });

  it('passes every contract the emulator models', () => {
    const failed = contractRows(reportRows(emulator))
      .filter((r) => r[1] === 'FAIL')
      .map(([name, , observed, expected]) => ({ name, observed, expected }));
    expect(failed).toEqual([]);
  });

  it('marks PENDING-LIVE exactly the contracts without an emulator test of their name, counts and lists them', () => {
    const local = new Set(localContractTests(root).map((t) => t.name));
    const rows = contractRows(reportRows(emulator));
    const pending = rows.filter((r) => r[1] === 'PENDING-LIVE').map((r) => r[0]);
    expect(pending).toEqual(EDITOR_CONTRACTS.map((c) => c.name).filter((name) => !local.has(name)));
    const log = emulator.logs.messages();
    expect(log).toContain(
      `Ringkasan (editor): ${rows.length} kontrak · PASS ${rows.length - pending.length} · FAIL 0 · ` +
        `PENDING-LIVE ${pending.length} · sisa yang harus dihapus manual 0`,
    );
    const listed = log.find((line) => line.startsWith('PENDING-LIVE (belum dimodelkan emulator): '));
    for (const name of pending) expect(listed).toContain(name);
  });

  it("removes what the contracts made and puts back the spreadsheet's locale and time zone", () => {
    const ss = emulator.spreadsheet;
    expect(ss.getSheets().map((s) => s.getName())).toEqual([...before.sheets, 'Kontrak']);
    expect(driveContents(emulator)).toEqual(before.drive);
    expect([ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual([before.locale, before.timeZone]);
    expect(ss.getProtections('SHEET' as never)).toEqual([]);
    expect(ss.getProtections('RANGE' as never)).toEqual([]);
  });

  it('runs the trigger contracts from a time-driven trigger, adds their lines and removes the trigger', () => {
    const linesBefore = reportRows(emulator).length;
    bundle.run('runTriggerContracts'); // from the editor: refused, and the trigger stays
    expect(reportRows(emulator)).toHaveLength(linesBefore);
    emulator.runtime.advance(60_000);
    expect(bundle.fireTimeTriggers()).toEqual([{ handler: 'runTriggerContracts', outcome: 'ok' }]);
    const added = contractRows(reportRows(emulator).slice(linesBefore));
    expect(added.map((r) => [r[0], r[6]])).toEqual(TRIGGER_CONTRACTS.map((c) => [c.name, 'pemicu waktu']));
    expect(added.filter((r) => r[1] === 'FAIL')).toEqual([]);
    expect((emulator.globals.ScriptApp as { getProjectTriggers(): unknown[] }).getProjectTriggers()).toEqual([]);
    expect(bundle.fireTimeTriggers()).toEqual([]);
  });
});

describe('the national contract bundle (dist-contract-national/) on the emulator', () => {
  const nationalDir = join(root, 'dist-contract-national');

  it('is the same Code.js under the national manifest, and passes the national contracts too', () => {
    if (!existsSync(join(nationalDir, 'Code.js')))
      execFileSync(process.execPath, [join(root, 'scripts/build-contract.mjs')], { cwd: root, stdio: 'pipe' });
    expect(readFileSync(join(nationalDir, 'Code.js'), 'utf8')).toBe(readFileSync(join(distDir, 'Code.js'), 'utf8'));
    expect(JSON.parse(readFileSync(join(nationalDir, 'appsscript.json'), 'utf8'))).toEqual(
      JSON.parse(readFileSync(join(root, 'dist-national/appsscript.json'), 'utf8')),
    );
    const emulator = createEmulator();
    emulator.runtime.strictWriteCache = false;
    emulator.spreadsheet.setSpreadsheetLocale('en_US');
    // What the person sets up before a live run: a Kanwil workbook of another account, not shared, and a dataset.
    const other = emulator.sheets.create('Rekap UPT Kanwil lain', { owner: 'admin@kanwil-lain.example' });
    emulator.registerSpreadsheet(other);
    emulator.bigQuery.createDataset('kontrak-proyek', 'kontrak');
    emulator.properties.script.setProperty(NO_ACCESS_PROPERTY, other.id);
    emulator.properties.script.setProperty(BIGQUERY_PROPERTY, 'kontrak-proyek:kontrak');
    loadBundle(emulator, { distDir: nationalDir }).run('runContracts');
    const rows = contractRows(reportRows(emulator));
    const national = rows.filter((r) => NATIONAL_CONTRACTS.some((c) => c.name === r[0]));
    expect(national.map((r) => [r[0], r[1]])).toEqual(NATIONAL_CONTRACTS.map((c) => [c.name, 'PASS']));
    expect(rows.filter((r) => r[1] === 'FAIL')).toEqual([]);
    expect(emulator.bigQuery.app.Tables.list('kontrak-proyek', 'kontrak').totalItems).toBe(0);
  }, 180_000);
});
