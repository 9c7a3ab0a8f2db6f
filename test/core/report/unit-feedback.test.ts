// One unit's feedback (pure): its status and whether the region counts it, its own figures (empty is not zero), its
// issues with tab!cell, the Kanwil's note, and nothing of another unit.

import { midPeriodInput, sampleInput, tabOf, typeInto } from '../../../fixtures/sample/report-input';
import { SAMPLE_UNITS } from '../../../fixtures/sample/units';
import { MID_PERIOD_DRAFTS } from '../../../fixtures/sample/workbook';
import type { ReportSection } from '../../../src/core/report/report-model';
import { feedbackMailBody, unitFeedback } from '../../../src/core/report/unit-feedback';
import type { UnitConfig } from '../../../src/core/schema/types';

const unitOf = (code: string): UnitConfig => {
  const unit = SAMPLE_UNITS.find((u) => u.code === code);
  if (!unit) throw new Error(`No sample unit ${code}`);
  return unit;
};

const text = (sections: readonly ReportSection[]) =>
  sections
    .flatMap((s) => [
      s.heading,
      ...s.blocks.flatMap((b) => (b.kind === 'table' ? [...b.header, ...b.rows.flat()] : 'text' in b ? [b.text] : [])),
    ])
    .join('\n');

test('a draft unit: left out of the regional figures, said so in its own words', () => {
  const code = MID_PERIOD_DRAFTS[0] as string;
  const feedback = unitFeedback(midPeriodInput(), unitOf(code));
  expect(feedback.title).toBe(`Umpan Balik Laporan UPT — ${unitOf(code).name} — Februari 2026`);
  expect(feedback.sections.map((s) => s.heading)).toEqual([
    'Status laporan',
    'Angka yang dilaporkan',
    'Temuan validasi',
    'Catatan Kanwil',
  ]);
  expect(text(feedback.sections)).toContain('Tidak: draf, belum dikirim. Angka UPT ini belum masuk rekapitulasi');
});

test('a rejected value shows its cell and an issue its tab!cell; an emptied cell is "–", never 0', () => {
  const unit = SAMPLE_UNITS[0] as UnitConfig;
  const input = sampleInput((tabs) => {
    const tab = tabOf(tabs, unit.sheetName);
    typeInto(tab, 'pangan.pertanian.luas_m2', 'enam ribu');
    return tabs;
  });
  const issue = input.reports.find((r) => r.unit.code === unit.code)?.issues.find((i) => i.severity === 'error');
  if (!issue) throw new Error('no error');
  const all = text(unitFeedback(input, unit).sections);
  expect(all).toContain(`${unit.sheetName}!${issue.cell}`);
  expect(all).toContain(`belum valid (sel ${issue.cell})`);
  expect(all).toContain('Sel kosong ditulis "–" (tidak dilaporkan), tidak dianggap nol.');
  for (const other of SAMPLE_UNITS.filter((u) => u.code !== unit.code)) expect(all).not.toContain(other.name);
});

test('no issue and no note are said plainly; the mail says whether there is something to fix', () => {
  const unit = SAMPLE_UNITS[1] as UnitConfig;
  const all = text(unitFeedback(sampleInput(), unit).sections);
  expect(all).toContain('Tidak ada kesalahan atau peringatan pada tab UPT ini.');
  expect(all).toContain('Tidak ada catatan dari Kanwil untuk periode ini.');
  expect(feedbackMailBody(unit.name, '2026-02', 'Kanwil Ditjenpas Riau', 0)).toContain(
    'Tidak ada kesalahan yang perlu diperbaiki.',
  );
  expect(feedbackMailBody(unit.name, '2026-02', 'Kanwil Ditjenpas Riau', 2)).toContain('Ada 2 kesalahan');
});
