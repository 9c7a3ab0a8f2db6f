// End to end on the built bundle: the Validasi sheet with links, and marks that leave operators' formatting alone.

import type { EmuSheet } from '../../emulator';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { VALIDATION_SHEET } from '../../src/core/config/sheet-names';
import { type SampleSheet, sampleSheet, valuesOf } from './sample-sheet';

const unit = SAMPLE_UNITS[0];
const ERROR_MARK = '#f4cccc';

type Rule = ReturnType<EmuSheet['getConditionalFormatRules']>[number];

function setUp(): { s: SampleSheet; tab: EmuSheet; pagu: string } {
  const s = sampleSheet();
  s.bundle.run('setupUnitTabs');
  const tab = s.emulator.spreadsheet.sheetByNameUnrecorded(unit.sheetName);
  if (!tab) throw new Error('no tab');
  const row =
    tab
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'Pagu') + 1;
  return { s, tab, pagu: `B${row}` };
}

const marks = (tab: EmuSheet) =>
  tab.getConditionalFormatRules().map((r: Rule) => ({
    background: r.getBooleanCondition().getBackground(),
    ranges: r.getRanges().map((x) => x.getA1Notation()),
  }));

describe('validate all', () => {
  it('lists an error with a link to its cell and marks it, keeping the operator’s own formatting; a fix clears the mark', () => {
    const { s, tab, pagu } = setUp();
    tab.getRange(pagu).setValue('1.234,5 juta');
    tab.getRange('A1').setBackground('#00ff00');
    const own = (
      s.emulator.globals.SpreadsheetApp as {
        newConditionalFormatRule(): {
          whenNumberGreaterThan(n: number): { setBold(b: boolean): { setRanges(r: unknown[]): { build(): Rule } } };
        };
      }
    )
      .newConditionalFormatRule()
      .whenNumberGreaterThan(1000)
      .setBold(true)
      .setRanges([tab.getRange('B5')])
      .build();
    tab.setConditionalFormatRules([own]);

    s.bundle.run('validateAll');
    expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(/^Validasi selesai: [1-9]\d* kesalahan/);
    const sheet = s.emulator.spreadsheet.sheetByNameUnrecorded(VALIDATION_SHEET);
    const values = sheet?.getDataRange().getValues() ?? [];
    const formulas = sheet?.getDataRange().getFormulas() ?? [];
    expect(String(values[0]?.[0])).toMatch(
      /^Hasil validasi periode Februari 2026 — Diperbarui: 6 Februari 2026 \d\d\.\d\d WIB/,
    );
    const row = values.findIndex(
      (r) =>
        r[1] === unit.sheetName && r[3] === 'Kesalahan' && formulas[values.indexOf(r)]?.[2]?.includes(`range=${pagu}`),
    );
    expect(row).toBeGreaterThan(1);
    expect(formulas[row]?.[2]).toBe(`=HYPERLINK("#gid=${tab.getSheetId()}&range=${pagu}","${unit.sheetName}!${pagu}")`);
    expect(values[row]?.[0]).toBe(unit.code);

    const after = marks(tab);
    expect(after[0]).toEqual({ background: null, ranges: ['B5'] });
    expect(after.find((m) => m.background === ERROR_MARK)?.ranges).toContain(pagu);
    expect(tab.getRange('A1').getBackground()).toBe('#00ff00');

    tab.getRange(pagu).setValue(150_000_000);
    s.bundle.run('validateAll');
    const fixed = marks(tab);
    expect(fixed[0]).toEqual({ background: null, ranges: ['B5'] });
    expect(fixed.flatMap((m) => m.ranges)).not.toContain(pagu);
    expect(
      valuesOf(s.emulator, VALIDATION_SHEET).some((r) => r[1] === unit.sheetName && String(r[2]).includes(pagu)),
    ).toBe(false);
  });

  it('hints what to type instead of repeating the value of a right number stored as text', () => {
    const { s, tab, pagu } = setUp();
    tab.getRange(pagu).setValue("'1.234,5");
    s.bundle.run('validateAll');
    const hintOf = (code: string) =>
      valuesOf(s.emulator, VALIDATION_SHEET)
        .find((r) => r.includes(code))
        ?.at(-1);
    expect(hintOf('TEXT_IN_NUMBER')).toBe(
      "Angkanya benar tetapi tersimpan sebagai teks: hapus tanda petik (') di depannya atau ubah format sel menjadi angka, lalu ketik 1234,5.",
    );
  });

  it('writes text from the configuration and unit tabs so that it never becomes a formula', () => {
    const { s, tab } = setUp();
    const evil = '=IMPORTXML("http://contoh.invalid","//a")';
    const config = s.emulator.spreadsheet.sheetByNameUnrecorded('Pengaturan');
    const row = (config?.getDataRange().getValues() ?? []).findIndex((r) => r[0] === unit.code) + 1;
    config?.getRange(row, 2).setValue(`'${evil}`);
    const operatorRow =
      tab
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === 'Nama operator') + 1;
    tab.getRange(operatorRow, 2).setValue("'+62 811 000");
    s.bundle.run('setupUnitTabs');
    s.bundle.run('validateAll');
    s.bundle.run('consolidateNow');
    const status = s.emulator.spreadsheet.sheetByNameUnrecorded('Status')?.getDataRange().getValues() ?? [];
    expect(status.flat()).toContain(evil);
    for (const sh of s.emulator.spreadsheet.sheets) {
      const formulas = sh
        .getDataRange()
        .getFormulas()
        .flat()
        .filter((f) => f !== '');
      for (const f of formulas) expect(f).toMatch(/^=HYPERLINK\("#gid=\d+&range=[A-Z]+\d+","[^"]*"\)$/);
    }
  });
});
