// "Status": every unit with its status, errors, when it was sent and by whom, and what the Kanwil should do.
import { SAMPLE_CONFIG } from '../../../fixtures/sample/workbook';
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import type { UnitReport } from '../../../src/core/schema/types';
import type { SubmissionStatus } from '../../../src/core/schema/vocabulary';
import { summarySheets } from '../../../src/core/summary/summary-sheets';
import { report, sampleReports } from '../consolidation/consolidate-reports';
import { NOW, sampleSheets, sheet } from './sheets';

const sheets = sampleSheets();

/** The sample mid-period: LP-BKS returned with a note, LP-SLP a draft, LP-TBH untouched. */
function midPeriod(): UnitReport[] {
  return sampleReports().map((r) => {
    const meta = (status: SubmissionStatus, returnNote: string | null = null) => ({
      ...r,
      meta: { ...r.meta, status, sentAt: null, sentBy: null, returnNote },
    });
    if (r.unit.code === 'LP-BKS') return meta('Dikembalikan', 'Realisasi anggaran melebihi pagu: mohon periksa.');
    if (r.unit.code === 'LP-SLP') return meta('Draf');
    if (r.unit.code === 'LP-TBH') return { ...report(r.unit, {}, { status: 'Belum diisi' }) };
    return r;
  });
}

test('the status sheet lists every unit with its status, whether the figures count it, and the returned note', () => {
  const status = sheet(summarySheets(consolidateRegion(SAMPLE_CONFIG, midPeriod()), NOW), 'Status');
  const bks = status.grid.find((r) => r[1] === 'LP-BKS');
  expect(bks?.[4]).toBe('Dikembalikan');
  expect(String(bks?.[10])).toContain('Realisasi anggaran melebihi pagu');
  expect(bks?.[12]).toBe('Tidak (dikembalikan, belum dikirim ulang)');
  expect(status.grid.filter((r) => typeof r[0] === 'number')).toHaveLength(18);
  expect(status.grid.find((r) => r[1] === 'LP-PKU')?.[8]).toBe('3 Februari 2026 09.00 WIB');
  expect(status.grid.find((r) => r[1] === 'LP-PKU')?.[12]).toBe('Ya');
  expect(status.grid.find((r) => r[1] === 'LP-SLP')?.slice(4, 9)).toEqual(['Draf', 0, 0, '', '']);
  expect(status.grid[2]?.[0]).toMatch(/^Belum lengkap: dihitung 15 dari 18 UPT/);
});

test('on the sample, every unit sent, the status sheet says the figures are complete', () => {
  const status = sheet(sheets, 'Status');
  expect(status.grid[2]?.[0]).toMatch(/^Lengkap: dihitung 18 dari 18 UPT/);
});

test('the status sheet shows the last change of a tab when the server knows it', () => {
  const c = consolidateRegion(SAMPLE_CONFIG, sampleReports());
  const status = sheet(summarySheets(c, NOW, { lastChanges: { 'RUTAN-RGT': '2026-02-05T08:15:00+07:00' } }), 'Status');
  expect(status.grid.find((r) => r[1] === 'RUTAN-RGT')?.[7]).toBe('5 Februari 2026 08.15 WIB');
});

test('the remark tells the Kanwil what each unit needs', () => {
  const reports = midPeriod().map((r) =>
    r.unit.code === 'LP-TBH'
      ? report(r.unit, {}, { found: false })
      : r.unit.code === 'LP-BGS'
        ? { ...r, errorCount: 1 }
        : r,
  );
  const status = sheet(
    summarySheets(consolidateRegion(SAMPLE_CONFIG, reports), NOW, { changedAfterSending: ['LP-PKU'] }),
    'Status',
  );
  const remark = (code: string) => status.grid.find((r) => r[1] === code)?.[11];
  expect(remark('LP-PKU')).toBe('Diubah setelah dikirim');
  expect(remark('RUTAN-PKU')).toBe('Valid');
  expect(remark('LP-BKS')).toBe('Menunggu perbaikan dan kirim ulang');
  expect(remark('LP-SLP')).toBe('Draf, belum dikirim');
  expect(remark('LP-BGS')).toBe('Perlu diperbaiki');
  expect(remark('LP-TBH')).toBe('Tab "LP-TBH" tidak ditemukan');
});
