// Whole-workbook validation: one report per configured unit, and tabs that belong to no configured unit.
import { configTemplate, parseConfig } from '../../../src/core/config/config';
import { buildUnitTab } from '../../../src/core/schema/tab-layout';
import type { Config } from '../../../src/core/schema/types';
import { validateWorkbook } from '../../../src/core/validation/validate-workbook';
import { BAPAS, filledTab, LAPAS, PERIOD, VALID_LAPAS } from '../helpers';

const RUTAN = {
  ...LAPAS,
  code: 'RTNDUM',
  name: 'Rutan Kelas IIB Dumai',
  type: 'Rutan' as const,
  unitClass: 'IIB',
  sheetName: 'Rutan Dumai',
};
const config = parseConfig(
  configTemplate({ period: PERIOD, admins: ['admin@kanwil.go.id'], units: [LAPAS, BAPAS, RUTAN] }),
).config as Config;

test('one report per unit, in configuration order, tabs matched case-insensitively', () => {
  const tabs = [
    { name: 'rutan dumai', grid: buildUnitTab(RUTAN, PERIOD).grid },
    { name: 'Pengaturan', grid: configTemplate() },
    { name: 'LPPKU', grid: filledTab(LAPAS, VALID_LAPAS) },
    { name: 'Rekap Pangan', grid: [['REKAP'], ['Templat v1']] },
  ];
  const { reports, issues } = validateWorkbook(config, tabs);
  expect(reports.map((r) => [r.unit.code, r.found, r.meta.status])).toEqual([
    ['LPPKU', true, 'Draf'],
    ['BAPASPKU', false, 'Belum diisi'],
    ['RTNDUM', true, 'Belum diisi'],
  ]);
  expect(reports[1].issues.map((i) => [i.sheet, i.cell, i.code, i.severity])).toEqual([
    ['BAPASPKU', '', 'TAB_MISSING', 'error'],
  ]);
  expect(reports[1].issues[0].message).toBe('Tab "BAPASPKU" untuk Bapas Kelas II Pekanbaru tidak ditemukan.');
  expect(reports[2].sheetName).toBe('rutan dumai');
  expect(issues).toEqual([]);
});

test('a renamed unit tab and a copied unit tab are reported; other sheets are ignored', () => {
  const tabs = [
    { name: 'LPPKU', grid: filledTab(LAPAS, VALID_LAPAS) },
    { name: 'Salinan LPPKU', grid: filledTab(LAPAS, VALID_LAPAS) },
    { name: 'Bapas PKU', grid: buildUnitTab(BAPAS, PERIOD).grid },
    { name: 'Catatan rapat', grid: [['Rapat 3 Februari 2026']] },
  ];
  const { reports, issues } = validateWorkbook(config, tabs);
  expect(issues.map((i) => [i.sheet, i.code])).toEqual([
    ['Salinan LPPKU', 'TAB_DUPLICATE'],
    ['Bapas PKU', 'TAB_UNKNOWN'],
  ]);
  expect(issues[1].message).toContain('BAPASPKU');
  expect(reports[1].found).toBe(false);
  expect(reports[1].issues[0].code).toBe('TAB_MISSING');
  expect(reports[1].issues[0].hint).toBe(
    'Tab "Bapas PKU" berisi kode UPT ini; mungkin tab diganti nama. Kembalikan namanya menjadi "BAPASPKU".',
  );
});

test('the previous period feeds the month-over-month warnings per unit', () => {
  const { reports } = validateWorkbook(config, [{ name: 'LPPKU', grid: filledTab(LAPAS, VALID_LAPAS) }], {
    previous: { LPPKU: { 'pangan.pertanian.luas_m2': 500 } },
  });
  expect(reports[0].issues.map((i) => `${i.cell} ${i.code}`)).toEqual(['C23 MOM_JUMP']);
});
