// End to end through google.script.run on the built bundle: two operators, an admin and a stranger.
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { MID_PERIOD_DRAFTS } from '../../fixtures/sample/workbook';
import type { ActionResult, PanelState, TabCheck } from '../../src/shared/rpc';
import { ADMIN, type SampleSheet, sampleSheet } from './sample-sheet';

const unitA = SAMPLE_UNITS[0];
const unitB = SAMPLE_UNITS[1];
const operatorA = unitA.operators[0];
const operatorB = unitB.operators[0];
const STRANGER = 'tamu@contoh.go.id';

function sidebar(s: SampleSheet, who: string) {
  return {
    state: () => s.bundle.callFromSidebar(who, 'getPanelState') as PanelState,
    check: (code: string) => s.bundle.callFromSidebar(who, 'checkUnitTab', code) as TabCheck,
    send: (code: string) => s.bundle.callFromSidebar(who, 'sendUnitTab', code) as TabCheck,
    giveBack: (code: string, note: string) =>
      s.bundle.callFromSidebar(who, 'returnUnitTab', code, note) as ActionResult,
    consolidate: () => s.bundle.callFromSidebar(who, 'runConsolidation') as ActionResult,
  };
}

function setUp(): SampleSheet {
  const s = sampleSheet({ midPeriod: true });
  s.bundle.run('setupUnitTabs');
  return s;
}

describe('submission through the sidebar API', () => {
  it('shows an operator only their own unit, and refuses another unit’s tab', () => {
    const s = setUp();
    const a = sidebar(s, operatorA);
    const state = a.state();
    expect(state.role).toBe('operator');
    expect(state.periodLabel).toBe('Februari 2026');
    expect(state.units.map((u) => u.code)).toEqual([unitA.code]);
    expect(state.automation).toBeNull();
    expect(() => a.check(unitB.code)).toThrow(
      `Akun ${operatorA} tidak berhak membuka atau mengirim data UPT "${unitB.code}".`,
    );
    expect(() => a.send(unitB.code)).toThrow(/tidak berhak/);
  });

  it('lets each operator send their own valid tab, recording time and sender; the admin sees both as Dikirim', () => {
    const s = setUp();
    for (const [who, unit] of [
      [operatorA, unitA],
      [operatorB, unitB],
    ] as const) {
      const check = sidebar(s, who).check(unit.code);
      expect(check.issues.filter((i) => i.severity === 'error')).toEqual([]);
      const sent = sidebar(s, who).send(unit.code);
      expect(sent.unit.status).toBe('Dikirim');
      expect(sent.unit.sentBy).toBe(who);
      expect(sent.unit.sentAt).toMatch(/^2026-02-06T02:\d\d:\d\d\.\d{3}Z$/);
      expect(sent.canSend).toBe(false);
    }
    const board = sidebar(s, ADMIN).state();
    expect(board.role).toBe('admin');
    expect(board.units).toHaveLength(SAMPLE_UNITS.length);
    const byCode = new Map(board.units.map((u) => [u.code, u]));
    expect(byCode.get(unitA.code)?.sentBy).toBe(operatorA);
    expect(byCode.get(unitB.code)?.sentBy).toBe(operatorB);
  });

  it('lets the admin return a sent tab with a note the operator then sees; the tab shows it too', () => {
    const s = setUp();
    sidebar(s, operatorA).send(unitA.code);
    expect(sidebar(s, operatorB).giveBack(unitA.code, 'Periksa lagi.')).toEqual({
      ok: false,
      message: `Tindakan ini khusus admin Kanwil. Akun ${operatorB} tidak terdaftar sebagai admin di sheet "Pengaturan".`,
    });
    const result = sidebar(s, ADMIN).giveBack(unitA.code, 'Realisasi melebihi pagu, mohon diperiksa.');
    expect(result).toEqual({ ok: true, message: `Tab ${unitA.name} dikembalikan ke operator dengan catatan.` });
    const mine = sidebar(s, operatorA).state().units[0];
    expect(mine?.status).toBe('Dikembalikan');
    expect(mine?.returnNote).toBe('Realisasi melebihi pagu, mohon diperiksa.');
    const tab = s.emulator.spreadsheet.sheetByNameUnrecorded(unitA.sheetName)?.getDataRange().getValues() ?? [];
    expect(tab.flat()).toContain('Realisasi melebihi pagu, mohon diperiksa.');
    expect(tab.flat()).toContain('Dikembalikan');
    const log = s.emulator.spreadsheet.sheetByNameUnrecorded('Log')?.getDataRange().getValues() ?? [];
    expect(log.at(-1)?.slice(2, 5)).toEqual(['Kembalikan tab', ADMIN, 'Berhasil']);
    // The operator may not write the admins' Log: their send waited and went in with the admin's next run.
    expect(log.at(-2)?.slice(2, 5)).toEqual(['Kirim laporan', operatorA, 'Berhasil']);
  });

  it('refuses a stranger everything but an empty panel, with a clear message', () => {
    const s = setUp();
    const stranger = sidebar(s, STRANGER);
    expect(stranger.state()).toMatchObject({ role: 'none', units: [], automation: null });
    expect(() => stranger.check(unitA.code)).toThrow(
      `Akun ${STRANGER} tidak terdaftar sebagai operator UPT maupun admin di sheet "Pengaturan".`,
    );
    expect(stranger.consolidate()).toEqual({
      ok: false,
      message: `Tindakan ini khusus admin Kanwil. Akun ${STRANGER} tidak terdaftar sebagai admin di sheet "Pengaturan".`,
    });
    expect(s.emulator.spreadsheet.sheetByNameUnrecorded('Rekap Pangan')).toBeNull();
  });

  it('refuses admin actions when Apps Script hides the caller’s e-mail (consumer account, other domain)', () => {
    const s = setUp();
    const outsider = sidebar(s, 'kepala.kanwil@gmail.com');
    const result = outsider.consolidate();
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Alamat e-mail Anda tidak terbaca oleh Google Apps Script/);
    expect(s.emulator.spreadsheet.sheetByNameUnrecorded('Rekap Pangan')).toBeNull();
  });

  it('never sends a tab with errors', () => {
    const s = setUp();
    const draft = SAMPLE_UNITS.find((u) => MID_PERIOD_DRAFTS.includes(u.code));
    if (!draft) throw new Error('The sample has a unit in Draf');
    const sheet = s.emulator.spreadsheet.sheetByNameUnrecorded(draft.sheetName);
    const grid = sheet?.getDataRange().getValues() ?? [];
    const row = grid.findIndex((r) => r[0] === 'Pagu');
    expect(row).toBeGreaterThan(0);
    sheet?.getRange(row + 1, 2).setValue('seratus juta');
    const result = sidebar(s, draft.operators[0]).send(draft.code);
    expect(result.canSend).toBe(false);
    expect(result.unit.status).toBe('Draf');
    expect(result.unit.sentBy).toBeNull();
    expect(result.issues.some((i) => i.severity === 'error' && i.cell === `B${row + 1}`)).toBe(true);
  });

  it('keeps a status the tab already shows when an operator checks it, and allows sending again after a change', () => {
    const s = setUp();
    const a = sidebar(s, operatorA);
    expect(a.check(unitA.code).unit.status).toBe('Dikirim');
    expect(a.state().units[0]?.status).toBe('Dikirim');
    const sent = a.send(unitA.code);
    expect(sent.canSend).toBe(false);
    const sheet = s.emulator.spreadsheet.sheetByNameUnrecorded(unitA.sheetName);
    const row = (sheet?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === 'Pagu') + 1;
    sheet?.getRange(row, 2).setValue(15_000_000_000);
    s.emulator.runtime.advance(60_000);
    const changed = a.check(unitA.code);
    expect(changed.unit).toMatchObject({ status: 'Dikirim', changedAfterSending: true });
    expect(changed.unit.lastChange).not.toBeNull();
    expect(changed.canSend).toBe(true);
  });
});
