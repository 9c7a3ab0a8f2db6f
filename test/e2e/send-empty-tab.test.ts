// End to end on the built bundle: empty is not zero — a tab whose required fields are empty cannot be sent, the
// panel says which fields to fill, and the unit stays unsent (so it is still reminded and left out of the figures).
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import type { ActionResult, TabCheck } from '../../src/shared/rpc';
import { ADMIN, sampleSheet, valuesOf } from './sample-sheet';

const unit = SAMPLE_UNITS[0];
const operator = unit.operators[0] as string;

describe('sending a tab whose required fields are empty', () => {
  it('refuses a never-touched tab, names the fields to fill, and leaves it "Belum diisi" everywhere', () => {
    const s = sampleSheet({ withTabs: false });
    s.bundle.run('setupUnitTabs');
    const check = s.bundle.callFromSidebar(operator, 'checkUnitTab', unit.code) as TabCheck;
    expect(check.unit.status).toBe('Belum diisi');
    expect(check.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(check.canSend).toBe(false);
    expect(check.sendRefusal).toMatch(
      /^Kolom wajib belum diisi: Nama operator; Kapasitas; Jumlah penghuni; Pagu; Realisasi\./,
    );
    expect(check.sendRefusal).toContain('ketik 0 bila memang tidak ada kegiatan');

    const sent = s.bundle.callFromSidebar(operator, 'sendUnitTab', unit.code) as TabCheck;
    expect(sent.unit.status).toBe('Belum diisi');
    expect(sent.canSend).toBe(false);

    expect((s.bundle.callFromSidebar(ADMIN, 'runConsolidation') as ActionResult).message).toContain(
      `Tidak dihitung: ${unit.code} (belum diisi)`,
    );
    const row = valuesOf(s.emulator, 'Status').find((r) => r[1] === unit.code) ?? [];
    expect(row[4]).toBe('Belum diisi');
    expect(row[11]).toBe('Belum diisi');
    expect(row[12]).toBe('Tidak (belum diisi)');
  });

  it('still sends a filled, valid tab', () => {
    const s = sampleSheet({ midPeriod: true });
    s.bundle.run('setupUnitTabs');
    const draft = SAMPLE_UNITS.find((u) => u.code === 'LP-SLP');
    if (!draft) throw new Error('no draft unit');
    const sent = s.bundle.callFromSidebar(draft.operators[0], 'sendUnitTab', draft.code) as TabCheck;
    expect(sent.sendRefusal).toBeNull();
    expect(sent.unit.status).toBe('Dikirim');
  });
});
