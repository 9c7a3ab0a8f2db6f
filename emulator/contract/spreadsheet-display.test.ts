// Contract tests: getDisplayValues formats by the cell's number format and the spreadsheet's locale and time zone.
import { Runtime } from '../runtime';
import { SpreadsheetService } from '../spreadsheet';

const SOURCE = 'https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues()';

function shown(value: unknown, format: string | null, locale = 'id_ID'): string {
  const service = new SpreadsheetService(new Runtime());
  const sheet = service.create('x', { locale, timeZone: 'Asia/Jakarta' }).getSheets()[0];
  const r = sheet.getRange('A1');
  if (format) r.setNumberFormat(format);
  r.setValue(value);
  return r.getDisplayValue();
}

describe(`getDisplayValues (${SOURCE})`, () => {
  test("all strings; blank is ''", () => {
    const service = new SpreadsheetService(new Runtime());
    const sheet = service.create('x').getSheets()[0];
    sheet.getRange('A1:B1').setValues([[5, true]]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['5', 'TRUE', '']]);
  });

  test.each([
    [102772, '#,##0', 'id_ID', '102.772'],
    [102772, '#,##0', 'en_US', '102,772'],
    [1234.5, '#,##0.00', 'id_ID', '1.234,50'],
    [0.125, '0.0%', 'id_ID', '12,5%'],
    [1250000, '"Rp "#,##0', 'id_ID', 'Rp 1.250.000'],
    [-1500, '#,##0', 'id_ID', '-1.500'],
    [-1500, '#,##0;(#,##0)', 'id_ID', '(1.500)'],
    [1.5, null, 'id_ID', '1,5'],
    [0.1 + 0.2, null, 'en_US', '0.3'],
  ])('%p with %p in %s shows %p', (value, format, locale, expected) => {
    expect(shown(value, format, locale)).toBe(expected);
  });

  test('dates show in the spreadsheet time zone: yyyy-mm-dd and dd MMMM yyyy with Indonesian month names', () => {
    const d = new Date('2026-02-02T20:00:00Z'); // 3 Feb 2026, 03:00 WIB
    expect(shown(d, 'yyyy-mm-dd')).toBe('2026-02-03');
    expect(shown(d, 'dd MMMM yyyy')).toBe('03 Februari 2026');
    expect(shown(d, 'd mmmm yyyy hh:mm')).toBe('3 Februari 2026 03:00');
  });

  test('plain text format (@) shows the text as stored', () => {
    expect(shown('0812', '@')).toBe('0812');
  });

  test('a date without a format uses a locale default (uncertain: assumed d/m/yyyy for id_ID, m/d/yyyy for en_US)', () => {
    const d = new Date('2026-02-03T00:00:00+07:00');
    expect(shown(d, null, 'id_ID')).toBe('3/2/2026');
    expect(shown(d, null, 'en_US')).toBe('2/3/2026');
  });
});
