// End to end on the built bundle: closing the period archives exactly what was typed, then opens the next period.

import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { ARCHIVE_SHEET, CONFIG_SHEET } from '../../src/core/config/sheet-names';
import { ARCHIVE_HEADER } from '../../src/core/lifecycle/archive';
import { locateTab } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import type { Grid } from '../../src/core/schema/types';
import { isoDateIn } from '../../src/core/text/format';
import type { PanelState } from '../../src/shared/rpc';
import { ADMIN, type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

function setUp(): SampleSheet {
  const s = sampleSheet();
  s.bundle.run('setupUnitTabs');
  return s;
}

/** Every non-blank operator-typed value of a tab, by value key (identity written by the add-on excluded). */
function typedValues(grid: Grid): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, pos] of locateTab(grid, SCHEMA).fields) {
    const v = grid[pos.r]?.[pos.c];
    if (v === '' || v === null || v === undefined) continue;
    if (key.startsWith('identitas.') && key !== 'identitas.operator') continue;
    out.set(key, v instanceof Date ? isoDateIn(v) : v);
  }
  return out;
}

describe('closing the period', () => {
  it('adds a missing Arsip in its first batch: header, text key columns, admins only; no SpreadsheetApp write', () => {
    const s = setUp();
    const gone = s.emulator.spreadsheet.sheetByNameUnrecorded(ARCHIVE_SHEET);
    if (gone) s.emulator.spreadsheet.deleteSheet(gone);
    s.emulator.ledger.reset();
    s.emulator.sheets.ui.queueResponse('YES');
    s.bundle.run('closePeriod');
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(/^Periode Februari 2026 ditutup: /);
    const methods = s.emulator.ledger.all().map((c) => c.method);
    expect(methods.filter((m) => /insertSheet|SpreadsheetApp\.flush|setValues|setNumberFormat/.test(m))).toEqual([]);
    const archive = s.emulator.spreadsheet.sheetByNameUnrecorded(ARCHIVE_SHEET);
    if (!archive) throw new Error('no Arsip');
    const rows = valuesOf(s.emulator, ARCHIVE_SHEET);
    expect(rows[0]).toEqual([...ARCHIVE_HEADER]);
    expect(rows.filter((r) => r[0] === '2026-02').length).toBeGreaterThan(SAMPLE_UNITS.length * 5);
    expect(archive.getRange('A2').getNumberFormat()).toBe('@');
    const protections = archive.getProtections('SHEET' as never) as unknown as GoogleAppsScript.Spreadsheet.Protection[];
    expect(protections.map((p) => p.getEditors().map((u) => u.getEmail()))).toEqual([[ADMIN]]);
  });

  it('archives every typed value exactly, then opens March 2026 on empty tabs', () => {
    const s = setUp();
    const typed = new Map(SAMPLE_UNITS.map((u) => [u.code, typedValues(valuesOf(s.emulator, u.sheetName))]));
    expect([...typed.values()].every((m) => m.size > 5)).toBe(true);

    s.emulator.sheets.ui.queueResponse('YES');
    s.bundle.run('closePeriod');
    const ui = s.emulator.sheets.ui;
    expect(ui.alerts.at(-2)?.buttons).toBe('YES_NO');
    expect(ui.alerts.at(-1)?.prompt).toMatch(
      /^Periode Februari 2026 ditutup: .* nilai disimpan di sheet "Arsip"\. Tab UPT kini dibuka untuk periode Maret 2026\. Terbitan diperbarui: periode Februari 2026 \([\d.]+ baris\) di sheet "Terbitan", siap dibaca Rekap Nasional\.$/,
    );

    const archive = valuesOf(s.emulator, ARCHIVE_SHEET);
    expect(archive[0]).toEqual([...ARCHIVE_HEADER]);
    const col = (name: string) => ARCHIVE_HEADER.indexOf(name);
    const archived = new Map<string, Map<string, unknown>>();
    for (const row of archive.slice(1)) {
      expect(row[col('Periode')]).toBe('2026-02');
      const unit = archived.get(String(row[col('Kode UPT')])) ?? new Map<string, unknown>();
      const value = row[col('Nilai')];
      // A date typed on the tab comes back as the same day (Sheets reads the archived "2026-02-02" as a date).
      unit.set(String(row[col('Indikator')]), value instanceof Date ? isoDateIn(value) : value);
      archived.set(String(row[col('Kode UPT')]), unit);
    }
    for (const unit of SAMPLE_UNITS) {
      const mine = archived.get(unit.code);
      const expected = typed.get(unit.code);
      expect(mine && Object.fromEntries([...mine].filter(([k]) => expected?.has(k)))).toEqual(
        Object.fromEntries(expected ?? []),
      );
    }

    for (const unit of SAMPLE_UNITS) {
      const grid = valuesOf(s.emulator, unit.sheetName);
      expect(typedValues(grid).size).toBe(0);
      const period = locateTab(grid, SCHEMA).fields.get('identitas.periode');
      expect(period && grid[period.r]?.[period.c]).toBe('2026-03');
    }
    expect(valuesOf(s.emulator, CONFIG_SHEET).find((r) => r[0] === 'Periode aktif')?.[1]).toBe('2026-03');
    const board = s.bundle.callFromSidebar(ADMIN, 'getPanelState') as PanelState;
    expect(board.periodLabel).toBe('Maret 2026');
    expect(new Set(board.units.map((u) => u.status))).toEqual(new Set(['Belum diisi']));
  });

  it('changes nothing when the admin answers No', () => {
    const s = setUp();
    const before = SAMPLE_UNITS.map((u) => valuesOf(s.emulator, u.sheetName));
    s.emulator.sheets.ui.queueResponse('NO');
    s.bundle.run('closePeriod');
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toBe('Tutup periode dibatalkan; tidak ada yang diubah.');
    expect(SAMPLE_UNITS.map((u) => valuesOf(s.emulator, u.sheetName))).toEqual(before);
    expect(valuesOf(s.emulator, ARCHIVE_SHEET)).toEqual([[...ARCHIVE_HEADER]]);
  });

  it('names the units that have not sent when asking, and archives a rejected value as typed', () => {
    const s = setUp();
    const unit = SAMPLE_UNITS[2];
    const sheet = s.emulator.spreadsheet.sheetByNameUnrecorded(unit.sheetName);
    const grid = sheet?.getDataRange().getValues() ?? [];
    const row = grid.findIndex((r) => r[0] === 'Pagu');
    sheet?.getRange(row + 1, 2).setValue('seratus juta');
    // Every other unit sends; the one with a rejected value is returned by the Kanwil, and one tab is gone.
    const gone = SAMPLE_UNITS[5];
    for (const u of SAMPLE_UNITS.filter((x) => x !== unit && x !== gone)) {
      const sent = s.bundle.callFromSidebar(u.operators[0] as string, 'sendUnitTab', u.code) as {
        unit: { status: string };
      };
      expect(sent.unit.status).toBe('Dikirim');
    }
    const returned = s.bundle.callFromSidebar(ADMIN, 'returnUnitTab', unit.code, 'Pagu harus angka.') as {
      ok: boolean;
    };
    expect(returned.ok).toBe(true);
    // One sent tab is edited afterwards by its operator (the onEdit trigger flags it).
    const edited = SAMPLE_UNITS[0];
    const at = locateTab(valuesOf(s.emulator, edited.sheetName), SCHEMA).fields.get('identitas.operator');
    const editedTab = s.emulator.spreadsheet.sheetByNameUnrecorded(edited.sheetName);
    if (!at || !editedTab) throw new Error('no operator cell');
    const a1 = `${String.fromCharCode(65 + at.c)}${at.r + 1}`;
    const event = editedTab.userEdit(edited.operators[0] as string, a1, 'Operator Pengganti');
    s.bundle.simpleOnEdit(event as unknown as Record<string, unknown>, edited.operators[0] as string);
    const goneSheet = s.emulator.spreadsheet.sheetByNameUnrecorded(gone.sheetName);
    if (goneSheet) s.emulator.spreadsheet.deleteSheet(goneSheet);
    s.emulator.sheets.ui.queueResponse('YES');
    s.bundle.run('closePeriod');
    const question = s.emulator.sheets.ui.alerts.at(-2)?.prompt ?? '';
    expect(question).toBe(
      `2 UPT belum mengirim angka periode Februari 2026: ${unit.name}, ${gone.name} (tab tidak ada).\n\n` +
        `1 UPT mengubah angka setelah mengirim dan belum mengirim ulang (yang diarsipkan adalah angka di tab saat ini): ` +
        `${edited.name}.\n\n` +
        'Tutup periode Februari 2026? Semua angka disimpan di sheet "Arsip", lalu tab UPT dikosongkan untuk periode berikutnya.',
    );
    const archived = valuesOf(s.emulator, ARCHIVE_SHEET).find((r) => r[1] === unit.code && r[3] === 'anggaran.pagu_rp');
    expect(archived?.[5]).toBe('seratus juta');
    expect(archived?.[6]).toBe('Tidak valid');
  });
});
