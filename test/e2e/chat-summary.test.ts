// End to end on the built bundle: "Salin ringkasan" from the menu (dialog) and the sidebar, against the golden text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { MID_PERIOD_DRAFTS } from '../../fixtures/sample/workbook';
import { CONFIG_SHEET } from '../../src/core/config/sheet-names';
import type { ActionResult } from '../../src/shared/rpc';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

const GOLDEN = readFileSync(
  join(__dirname, '..', 'core', 'report', 'golden', 'ringkasan-chat-2026-02.txt'),
  'utf8',
).trimEnd();
const REPORT_URL = 'https://docs.google.com/document/d/1AbC-rekap-2026-02/edit';
/** The golden text's moment: 2 March 2026, 09.15 WIB. */
const GOLDEN_TIME = new Date('2026-03-02T09:15:00+07:00');

/** The sample set up, the last report's link stored as "Buat laporan" stores it, the clock at the golden moment. */
function setUp(opts: { midPeriod?: boolean } = {}): SampleSheet {
  const s = sampleSheet(opts);
  s.bundle.run('setupUnitTabs');
  s.emulator.properties.document?.setProperty(
    'report:last',
    JSON.stringify({ docUrl: REPORT_URL, pdfUrl: null, at: '2026-03-01T03:00:00.000Z' }),
  );
  s.emulator.runtime.setClock(GOLDEN_TIME);
  return s;
}

function lastDialog(s: SampleSheet): { title: string; content: string } {
  const dialog = s.emulator.sheets.ui.dialogs.at(-1);
  if (!dialog) throw new Error('no dialog shown');
  return { title: dialog.title, content: (dialog.html as { getContent(): string }).getContent() };
}

/** The text the dialog's script puts into the textarea (a JSON string literal in the page). */
function textareaText(content: string): string {
  const literal = /box\.value = ("(?:[^"\\]|\\.)*");/.exec(content)?.[1];
  if (!literal) throw new Error('no summary in the dialog');
  return JSON.parse(literal) as string;
}

describe('chat summary ("Salin ringkasan")', () => {
  it('shows the golden summary of the sample workbook in a read-only textarea with a copy button', () => {
    const s = setUp();
    s.bundle.run('showChatSummary');
    const dialog = lastDialog(s);
    expect(dialog.title).toBe('Ringkasan untuk grup chat');
    expect(textareaText(dialog.content)).toBe(GOLDEN);
    expect(dialog.content).toMatch(/<textarea id="ringkasan" readonly><\/textarea>/);
    expect(dialog.content).toContain('<button id="salin" type="button">Salin ringkasan</button>');
  });

  it('gives the sidebar exactly the same text, and refuses an operator in both places', () => {
    const s = setUp();
    const fromSidebar = s.bundle.callFromSidebar(ADMIN, 'getChatSummary') as ActionResult;
    expect(fromSidebar).toEqual({ ok: true, message: GOLDEN });

    const operator = SAMPLE_UNITS[0].operators[0];
    expect((s.bundle.callFromSidebar(operator, 'getChatSummary') as ActionResult).ok).toBe(false);
    s.bundle.runAs({ active: operator }, 'showChatSummary');
    expect(s.emulator.sheets.ui.dialogs).toHaveLength(0);
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(/^Tindakan ini khusus admin Kanwil/);
  });

  it('puts a unit name that looks like HTML or script into the textarea as text, never as markup', () => {
    const s = setUp({ midPeriod: true });
    const name = '</script><img src=x onerror=alert(1)> *Lapas*';
    const config = s.emulator.spreadsheet.sheetByNameUnrecorded(CONFIG_SHEET);
    const notSent = SAMPLE_UNITS.find((u) => u.code === MID_PERIOD_DRAFTS[0]);
    if (!notSent) throw new Error('no unsent unit');
    const row = valuesOf(s.emulator, CONFIG_SHEET).findIndex((r) => r[0] === notSent.code) + 1;
    config?.getRange(row, 2).setValue(name);
    s.bundle.run('showChatSummary');
    const { content } = lastDialog(s);
    expect(content).not.toContain('<img');
    expect(content.match(/<\/script>/g)).toHaveLength(1);
    expect(textareaText(content)).toContain(`Belum mengirim (2): ${name}`);
  });
});
