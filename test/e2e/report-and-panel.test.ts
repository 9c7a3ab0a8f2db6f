// End to end on the built bundle: the report from the menu and the panel, jumping to a cell, the chat summary.

import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { LOG_SHEET } from '../../src/core/config/sheet-names';
import type { ActionResult, PanelState, ReportResult } from '../../src/shared/rpc';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

const unitA = SAMPLE_UNITS[0];
const unitB = SAMPLE_UNITS[1];

function setUp(): SampleSheet {
  const s = sampleSheet();
  s.bundle.run('setupUnitTabs');
  return s;
}

describe('report, panel navigation and chat summary', () => {
  it('generates the report from the panel, logs its link and shows it as the last report', () => {
    const s = setUp();
    const result = s.bundle.callFromSidebar(ADMIN, 'runReport') as ReportResult;
    expect(result.ok).toBe(true);
    expect(result.docUrl).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    const last = valuesOf(s.emulator, LOG_SHEET).at(-1) ?? [];
    expect(last.slice(2, 5)).toEqual(['Buat laporan', ADMIN, 'Berhasil']);
    expect(String(last[7])).toContain(result.docUrl ?? '-');
    const state = s.bundle.callFromSidebar(ADMIN, 'getPanelState') as PanelState;
    expect(state.lastReport?.docUrl).toBe(result.docUrl);
  });

  it('shows the link in a dialog when generated from the menu, and refuses an operator', () => {
    const s = setUp();
    s.bundle.run('generateReport');
    const dialog = s.emulator.sheets.ui.dialogs.at(-1);
    if (!dialog) throw new Error('no dialog shown');
    expect(dialog.title).toBe('Rekap UPT');
    expect((dialog.html as { getContent(): string }).getContent()).toMatch(
      /<a href="https:\/\/docs\.google\.com\/document\/d\/[^"]+" target="_blank">Buka laporan<\/a>/,
    );
    const refused = s.bundle.callFromSidebar(unitA.operators[0], 'runReport') as ReportResult;
    expect(refused).toEqual({
      ok: false,
      message: `Tindakan ini khusus admin Kanwil. Akun ${unitA.operators[0]} tidak terdaftar sebagai admin di sheet "Pengaturan".`,
      docUrl: null,
      pdfUrl: null,
    });
  });

  it('selects a cell of the operator’s own tab, and refuses another unit’s tab or a bad address', () => {
    const s = setUp();
    const op = unitA.operators[0];
    expect(s.bundle.callFromSidebar(op, 'goToCell', unitA.sheetName, 'B7')).toEqual({
      ok: true,
      message: `Sel ${unitA.sheetName}!B7 dipilih.`,
    });
    expect(s.emulator.spreadsheet.activeSheet?.name).toBe(unitA.sheetName);
    expect((s.bundle.callFromSidebar(op, 'goToCell', unitB.sheetName, 'B7') as ActionResult).ok).toBe(false);
    expect(s.bundle.callFromSidebar(op, 'goToCell', unitA.sheetName, 'B7;=1')).toEqual({
      ok: false,
      message: 'Alamat sel "B7;=1" tidak valid.',
    });
  });

  it('gives the admin a short chat summary with the regional figures in id-ID', () => {
    const s = setUp();
    const summary = s.bundle.callFromSidebar(ADMIN, 'getChatSummary') as ActionResult;
    expect(summary.ok).toBe(true);
    expect(summary.message).toMatch(/^Rekap UPT Kanwil Ditjenpas Riau — Februari 2026\n/);
    expect(summary.message).toContain('Ketahanan pangan: 107 WBP · 102.772 m² lahan · 5 klaster');
    expect((s.bundle.callFromSidebar(unitA.operators[0], 'getChatSummary') as ActionResult).ok).toBe(false);
  });

  it('shows the submission status board with unit text escaped, and the help in Bahasa Indonesia', () => {
    const s = setUp();
    const config = s.emulator.spreadsheet.sheetByNameUnrecorded('Pengaturan');
    const row = (config?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === unitA.code) + 1;
    config?.getRange(row, 2).setValue('<img src=x onerror=alert(1)>');
    s.bundle.run('showSubmissionStatus');
    const board = s.emulator.sheets.ui.dialogs.at(-1);
    if (!board) throw new Error('no dialog shown');
    expect(board.title).toBe('Status pengiriman — Februari 2026');
    const html = (board.html as { getContent(): string }).getContent();
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).not.toContain('<img');
    expect(html.match(/<tr>/g)).toHaveLength(SAMPLE_UNITS.length + 1);
    s.bundle.runAs({ active: unitA.operators[0] }, 'showHelp');
    expect(s.emulator.sheets.ui.dialogs.at(-1)?.title).toBe('Bantuan Rekap UPT');
  });
});
