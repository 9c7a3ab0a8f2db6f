// Typed value keys: the builders spell exactly the schema's keys, and a key the template lacks does not compile.
import { fieldKey, isAddonKey, keysOfBlock, STATUS_CELL_KEYS, type ValueKey } from '../../../src/core/schema/field-key';
import { allFields, SCHEMA } from '../../../src/core/schema/schema';
import { buildUnitTab } from '../../../src/core/schema/tab-layout';
import { readUnitTab } from '../../../src/core/validation/validate-unit';
import { LAPAS, PERIOD } from '../helpers';

test('the builders give the keys the tab is read with', () => {
  const cells = readUnitTab(LAPAS.sheetName, buildUnitTab(LAPAS, PERIOD).grid, LAPAS, { period: PERIOD }).cells;
  expect(cells[fieldKey.pangan('perikanan', 'luas_m2')]).toBeDefined();
  expect(cells[fieldKey.anggaran('pagu_rp')]).toBeDefined();
  expect(fieldKey.pangan('perikanan', 'luas_m2')).toBe('pangan.perikanan.luas_m2');
  expect(fieldKey.pangan_wbp('wbp_terlibat')).toBe('pangan_wbp.wbp_terlibat');
});

test('every block has its builder, and a block lists exactly its own keys', () => {
  expect(Object.keys(fieldKey)).toEqual(SCHEMA.blocks.map((b) => b.key));
  const all = SCHEMA.blocks.flatMap((b) => keysOfBlock(b.key as keyof typeof fieldKey));
  expect(all).toEqual(allFields().map((f) => f.key));
});

test('a misspelt block, row or field is a type error, not a silently empty figure', () => {
  // Each line below must fail to compile; the type check of the test suite fails if one ever compiles.
  // @ts-expect-error: the column is luas_m2
  fieldKey.pangan('perikanan', 'luas');
  // @ts-expect-error: no such klaster
  fieldKey.pangan('kehutanan', 'luas_m2');
  // @ts-expect-error: pendidikan is a table: it takes a paket
  fieldKey.pendidikan('peserta');
  // @ts-expect-error: the field is pagu_rp
  const pagu: ValueKey = 'anggaran.pagu';
  expect(pagu).toBe('anggaran.pagu');
});

test('the add-on writes the identity and status cells; of the identity block a person types only the operator', () => {
  expect(Object.values(STATUS_CELL_KEYS).every(isAddonKey)).toBe(true);
  expect(isAddonKey(fieldKey.identitas('periode'))).toBe(true);
  expect(isAddonKey(fieldKey.identitas('operator'))).toBe(false);
  expect(isAddonKey(fieldKey.anggaran('pagu_rp'))).toBe(false);
});
