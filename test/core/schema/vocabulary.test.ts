// The vocabulary is the one place a list or threshold is written: each user-facing use follows it.
import { sampleInput, tabOf, typeInto } from '../../../fixtures/sample/report-input';
import { buildReportModel } from '../../../src/core/report/build-report-model';
import { fieldKey } from '../../../src/core/schema/field-key';
import { buildUnitTab } from '../../../src/core/schema/tab-layout';
import { NILAI_MINIMAL_ZI, STATUS_DAPUR_SEHAT, TAHAP_ZI } from '../../../src/core/schema/vocabulary';
import { summarySheets } from '../../../src/core/summary/summary-sheets';
import { LAPAS, PERIOD } from '../helpers';

test('the tab offers exactly the vocabulary as choices and names them in its help', () => {
  const layout = buildUnitTab(LAPAS, PERIOD);
  const listOf = (values: readonly string[]) =>
    layout.validations.find((v) => v.rule.kind === 'list' && v.rule.values.join() === values.join());
  expect(listOf(STATUS_DAPUR_SEHAT)?.help).toBe('Status dapur sehat: Belum, Proses atau Beroperasi.');
  expect(listOf(TAHAP_ZI)?.help).toBe('Pencanangan, Pembangunan, Penilaian atau Penetapan.');
});

test('one ZI threshold decides the warning, the summary sheet and the report alike', () => {
  const below = NILAI_MINIMAL_ZI.WBK - 0.5;
  const input = sampleInput((tabs) => {
    const tab = tabOf(tabs, 'LP-PKU');
    typeInto(tab, fieldKey.zona_integritas('target'), 'WBK');
    typeInto(tab, fieldKey.zona_integritas('nilai'), below);
    return tabs;
  });
  const issue = input.issues.concat(input.reports.flatMap((r) => r.issues));
  expect(issue.some((i) => i.sheet === 'LP-PKU' && i.code === 'ZI_SCORE_BELOW_TARGET')).toBe(true);

  const manajemen = summarySheets(input.consolidation, new Date('2026-02-06T02:30:00Z')).find(
    (s) => s.name === 'Rekap Manajemen',
  );
  const ziRow = manajemen?.grid.find((r) => r[0] === 'LP-PKU' && r[3] === 'WBK');
  expect(ziRow?.slice(4, 6)).toEqual([below, 'Belum']);
  expect(manajemen?.grid.some((r) => r[0] === 'Nilai memenuhi target (WBK ≥ 75, WBBM ≥ 85)')).toBe(true);

  const zi = buildReportModel(input).sections.find((s) => s.heading.startsWith('5.'));
  const rows = zi?.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
  const ziLine = rows?.find((r) => r[0] === 'Lapas Kelas IIA Pekanbaru' && r[2] === 'WBK');
  expect(ziLine?.[4]).toBe('Di bawah nilai minimal WBK (75)');
});
