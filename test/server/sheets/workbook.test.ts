// Which tabs the workflow reads as unit tabs: not the add-on's sheets, their drafts, nor deactivated units' tabs.
import { isUnitCandidate } from '../../../src/server/sheets/workbook';

describe('unit tab candidates', () => {
  it('reads unit tabs and skips the add-on sheets, summary drafts and deactivated tabs', () => {
    expect(isUnitCandidate('LP-PKU')).toBe(true);
    expect(isUnitCandidate('Rutan Dumai (baru)')).toBe(true);
    for (const name of ['Pengaturan', 'Validasi', 'Status', 'Dasbor', 'Log', 'Arsip', 'Rekap Pangan']) {
      expect(isUnitCandidate(name)).toBe(false);
    }
    for (const name of ['Dasbor (baru)', 'Status (lama)', 'Rekap Pangan (baru)', 'LP-PKU (nonaktif)']) {
      expect(isUnitCandidate(name)).toBe(false);
    }
  });
});
