// End to end on the built bundle: every output says which units its figures count (the basis in "Pengaturan") and
// names every unit left out; "Lengkap" only when every registered unit is in.

import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { CONFIG_SHEET, DASHBOARD_SHEET } from '../../src/core/config/sheet-names';
import { locateTab } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import type { Grid } from '../../src/core/schema/types';
import { FOOD_SHEET, MANAGEMENT_SHEET, PROGRAMME_SHEET } from '../../src/core/summary/summary-sheets';
import { gridA1 } from '../../src/core/text/a1';
import type { ActionResult, PanelState } from '../../src/shared/rpc';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

const SUMMARIES = [DASHBOARD_SHEET, FOOD_SHEET, PROGRAMME_SHEET, MANAGEMENT_SHEET];
const draft = SAMPLE_UNITS[2];

/** The line under each summary sheet's title (row 3), where the basis is stated. */
function basisLines(s: SampleSheet): string[] {
  return SUMMARIES.map((name) => String(valuesOf(s.emulator, name)[2]?.[0]));
}

function setBasis(s: SampleSheet, label: string): void {
  const config = s.emulator.spreadsheet.sheetByNameUnrecorded(CONFIG_SHEET);
  const row = (config?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === 'Dasar rekap') + 1;
  expect(row).toBeGreaterThan(0);
  config?.getRange(row, 2).setValue(label);
}

function reportText(s: SampleSheet): string {
  s.bundle.run('generateReport');
  return s.emulator.docs.all().at(-1)?.body.getText() ?? '';
}

describe('the consolidation basis on every output', () => {
  it('says "Lengkap" only when every registered unit is sent and valid (the sample, every unit sent)', () => {
    const s = sampleSheet();
    s.bundle.run('setupUnitTabs');
    s.bundle.run('consolidateNow');
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(
      /107 WBP pada lahan 102\.772 m²\. Lengkap: dihitung 18 dari 18 UPT \(dasar rekap: hanya tab yang sudah dikirim\)\./,
    );
    for (const line of basisLines(s)) expect(line).toMatch(/^Lengkap: dihitung 18 dari 18 UPT/);
    const panel = s.bundle.callFromSidebar(ADMIN, 'getPanelState') as PanelState;
    expect(panel.basis).toMatch(/^Lengkap: dihitung 18 dari 18 UPT/);
  });

  it('leaves a draft unit out on the default basis and names it, per sheet and per figure, in the report and the chat', () => {
    const s = sampleSheet({ drafts: [draft.code] });
    s.bundle.run('setupUnitTabs');
    s.bundle.run('consolidateNow');
    const statement = `Belum lengkap: dihitung 17 dari 18 UPT (dasar rekap: hanya tab yang sudah dikirim). Tidak dihitung: ${draft.code} (draf, belum dikirim).`;
    expect(basisLines(s)).toEqual(SUMMARIES.map(() => statement));
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toContain(statement);
    // The land total's own note names the unit it lacks.
    const food = valuesOf(s.emulator, FOOD_SHEET);
    const totalRow = food.find((r) => r[0] === 'Total wilayah' || String(r[0]).startsWith('Jumlah')) ?? [];
    expect(totalRow.join(' ')).toContain(`tanpa 1 UPT (${draft.code})`);
    expect(reportText(s)).toContain(`Belum lengkap: dihitung 17 dari 18 UPT`);
    expect(reportText(s)).toContain(`Tidak dihitung: ${draft.name} (draf, belum dikirim).`);
    const chat = s.bundle.callFromSidebar(ADMIN, 'getChatSummary') as ActionResult;
    expect(chat.message).toContain('Belum lengkap: dihitung 17 dari 18 UPT');
    expect(chat.message).toContain(`• Belum mengirim (1): ${draft.name}`);
    expect(chat.message).toContain('• Tidak dihitung (1): 1 UPT yang belum mengirim atau dikembalikan di atas');
    expect((s.bundle.callFromSidebar(ADMIN, 'getPanelState') as PanelState).basis).toContain(
      `Tidak dihitung: ${draft.code} (draf, belum dikirim).`,
    );
  });

  it('counts the draft on the alternative basis and marks every figure provisional', () => {
    const s = sampleSheet({ drafts: [draft.code] });
    setBasis(s, 'Semua tab terisi (sementara)');
    s.bundle.run('setupUnitTabs');
    s.bundle.run('consolidateNow');
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(/107 WBP pada lahan 102\.772 m²\. Angka SEMENTARA/);
    for (const line of basisLines(s))
      expect(line).toBe(
        `Angka SEMENTARA: dihitung 18 dari 18 UPT (dasar rekap: semua tab yang sudah diisi, termasuk yang belum dikirim). Dihitung walau belum dikirim: ${draft.code}.`,
      );
    expect(reportText(s)).toContain('Angka SEMENTARA: dihitung 18 dari 18 UPT');
  });

  it('names every rejected cell beside each figure it leaves out, and the report notes each food figure apart', () => {
    const s = sampleSheet();
    s.bundle.run('setupUnitTabs');
    setBasis(s, 'Semua tab terisi (sementara)');
    const unit = SAMPLE_UNITS[0];
    const tab = s.emulator.spreadsheet.sheetByNameUnrecorded(unit.sheetName);
    const pos = locateTab(valuesOf(s.emulator, unit.sheetName) as Grid, SCHEMA).fields.get('pangan.pertanian.luas_m2');
    if (!tab || !pos) throw new Error('no land cell');
    tab.getRange(pos.r + 1, pos.c + 1).setValue('enam ribu');
    const cell = `${unit.sheetName}!${gridA1(pos.r, pos.c)}`;
    s.bundle.run('consolidateNow');
    const food = valuesOf(s.emulator, FOOD_SHEET).flat().map(String);
    expect(food).toContainEqual(expect.stringContaining(`1 sel ditolak validasi tidak dihitung (${cell})`));
    const text = reportText(s);
    expect(text).toContain(
      `Catatan: luas lahan belum lengkap: tanpa 1 UPT (${unit.name}); 1 sel ditolak validasi (${cell}).`,
    );
    expect(text).not.toContain('Catatan: PNBP belum lengkap');
  });

  it('refuses a basis "Pengaturan" does not know, saying what to type', () => {
    const s = sampleSheet();
    setBasis(s, 'kadang-kadang');
    s.bundle.run('consolidateNow');
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(
      /Dasar rekap "kadang-kadang" tidak dikenal\. Ketik "Hanya tab terkirim" atau "Semua tab terisi \(sementara\)"\./,
    );
  });
});
