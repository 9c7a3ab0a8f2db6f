// One cell read as a typed value: what a mistyped number, date or choice turns into, and the hint given.

import type { FieldDef } from '../../../src/core/schema/schema';
import { intendedNumber, parseValue } from '../../../src/core/validation/parse-value';

const LAND: FieldDef = { key: 'luas_m2', label: 'Luas lahan (m²)', type: 'area', min: 0, max: 1e8, help: 'Luas.' };
const DAY: FieldDef = { key: 'tanggal_sdp', label: 'Tanggal data SDP', type: 'date', help: 'Tanggal.' };

test.each([
  ['1.234,5', 1234.5],
  ['102.772', 102772],
  ['1,5', 1.5],
  ['1,234.5', 1234.5],
  ['Rp 1.250.000', 1250000],
  ['2500 m²', 2500],
  [' 42 ', 42],
  ['sekitar seratus', null],
])('intendedNumber(%p) = %p', (text, n) => {
  expect(intendedNumber(text.trim())).toBe(n);
});

test.each([
  ['3 Februari 2026', 'mungkin maksudnya 2026-02-03'],
  ['03/02/2026', 'mungkin maksudnya 2026-02-03'],
  ['2026-02-03', 'mungkin maksudnya 2026-02-03'],
])('a date typed as text %p is rejected with the date it names', (text, hint) => {
  const r = parseValue(DAY, text);
  expect(r.value).toBeNull();
  expect(r.problems[0].code).toBe('DATE_AS_TEXT');
  expect(r.problems[0].worded.hint).toContain(hint);
});

test.each(['#NAME?', '#NUM!', '#ERROR!', '#N/A'])('formula error %s in any field is rejected', (error) => {
  expect(parseValue(LAND, error).problems.map((p) => p.code)).toEqual(['FORMULA_ERROR']);
  expect(parseValue(DAY, error).problems.map((p) => p.code)).toEqual(['FORMULA_ERROR']);
});

test('blank and whitespace cells are empty, zero is a value', () => {
  expect(parseValue(LAND, '   ')).toEqual({ value: null, filled: false, problems: [] });
  expect(parseValue(LAND, 0)).toEqual({ value: 0, filled: true, problems: [] });
});

test('an absurd area is out of range with the bounds in id-ID', () => {
  const r = parseValue(LAND, 5e9);
  expect(r.problems[0].code).toBe('OUT_OF_RANGE');
  expect(r.problems[0].worded.message).toBe(
    'Luas lahan (m²): 5.000.000.000 di luar batas wajar (0 sampai 100.000.000).',
  );
});
