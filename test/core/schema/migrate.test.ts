// Migration of an existing tab to a new template: every typed value survives, nothing is silently dropped.
import fc from 'fast-check';
import { locateTab } from '../../../src/core/schema/locate-tab';
import type { BlockDef, Schema } from '../../../src/core/schema/schema';
import { SCHEMA } from '../../../src/core/schema/schema';
import { buildUnitTab } from '../../../src/core/schema/tab-layout';
import type { CellValue } from '../../../src/core/schema/types';
import { fromA1 } from '../../../src/core/text/a1';
import { cellText } from '../../../src/core/text/cell-text';
import { readUnitTab } from '../../../src/core/validation/validate-unit';
import { BAPAS, cellsOf, filledTab, LAPAS, PERIOD, VALID_LAPAS } from '../helpers';

/** Version 2: a new column and a new row in the food block, a new budget field, blocks in reverse order. */
function schemaV2(): Schema {
  const [identitas, ...rest] = SCHEMA.blocks;
  const changed = rest.map((b): BlockDef => {
    if (b.key === 'pangan')
      return {
        ...b,
        fields: [...b.fields, { key: 'pakan_kg', label: 'Pakan (kg)', type: 'decimal', min: 0, help: 'Pakan.' }],
        rows: [...(b.rows ?? []), { key: 'lainnya', label: 'Lainnya' }],
      };
    if (b.key === 'anggaran')
      return {
        ...b,
        fields: [...b.fields, { key: 'blokir_rp', label: 'Blokir', type: 'money', min: 0, help: 'Blokir.' }],
      };
    return b;
  });
  return { version: 2, blocks: [identitas, ...changed.reverse()] };
}

const V1_INPUT_KEYS = Object.keys(cellsOf(LAPAS)).filter(
  (k) =>
    !['kode', 'nama', 'jenis', 'kelas', 'periode', 'status', 'dikirim_pada', 'dikirim_oleh', 'catatan_kanwil'].some(
      (f) => k === `identitas.${f}`,
    ),
);

const typedValue = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
  fc.date({ noInvalidDate: true }),
);

/** Text Sheets would read as something else is written with a leading apostrophe (not kept in the value). */
const asStored = (v: CellValue): CellValue => (typeof v === 'string' ? cellText(v) : v);

test('every value typed into a v1 tab lands in its cell of a v2 tab with moved blocks', () => {
  const v2 = schemaV2();
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom(...V1_INPUT_KEYS), typedValue, { minKeys: 1 }), (typed) => {
      const old = filledTab(LAPAS, typed);
      const layout = buildUnitTab(LAPAS, PERIOD, old, v2);
      const loc = locateTab(layout.grid, v2);
      for (const [key, value] of Object.entries(typed)) {
        const pos = loc.fields.get(key);
        expect(pos).toBeDefined();
        if (pos) expect(layout.grid[pos.r][pos.c]).toEqual(asStored(value));
      }
      expect(layout.unplaced).toEqual([]);
      // Within the same period the add-on's status travels too.
      const carriedInputs = layout.carried.map((c) => c.key).filter((k) => k !== 'identitas.status');
      expect(carriedInputs.sort()).toEqual(Object.keys(typed).sort());
    }),
    { numRuns: 150 },
  );
});

test('the migrated tab reads back with the same values', () => {
  const v2 = schemaV2();
  const layout = buildUnitTab(LAPAS, PERIOD, filledTab(LAPAS, VALID_LAPAS), v2);
  const r = readUnitTab('LPPKU', layout.grid, LAPAS, { period: PERIOD, schema: v2 });
  expect(r.issues).toEqual([]);
  for (const [key, value] of Object.entries(VALID_LAPAS)) {
    if (value instanceof Date) continue;
    expect(r.values[key]).toEqual(value);
  }
  expect(r.cells['anggaran.pagu_rp']).not.toBe(cellsOf(LAPAS)['anggaran.pagu_rp']);
});

test('values with no place in the new layout are kept aside with their old cell', () => {
  const old = filledTab(LAPAS, VALID_LAPAS);
  old[23][7] = 'catatan di luar tabel';
  old.push(['Catatan tambahan', 'kolam baru 200 m²', '', '', '', '', '', '']);
  const notes = old.length;
  const layout = buildUnitTab({ ...LAPAS, type: 'Bapas' }, PERIOD, old);
  const from = layout.unplaced.map((u) => u.from);
  // Hunian (B17:B19) and pendidikan (B36:D36) do not apply to a Bapas; the operator's notes have no field.
  expect(from).toEqual(expect.arrayContaining(['B17', 'B18', 'B19', 'B36', 'C36', 'D36', `A${notes}`, `B${notes}`]));
  expect(layout.unplaced.find((u) => u.from === 'B17')?.value).toBe(641);
  expect(layout.unplaced.find((u) => u.from === `B${notes}`)?.value).toBe('kolam baru 200 m²');
  expect(layout.carried.some((c) => c.key === 'pangan.pertanian.luas_m2')).toBe(true);
});

test('the same period keeps the add-on status; a new period gets a fresh status and its own period', () => {
  const old = filledTab(LAPAS, {
    ...VALID_LAPAS,
    'identitas.status': 'Dikirim',
    'identitas.dikirim_oleh': 'op@x.go.id',
  });
  const cells = cellsOf(LAPAS);
  const cell = (grid: CellValue[][], key: string): CellValue => {
    const p = fromA1(cells[key]);
    return p ? grid[p.row - 1][p.col - 1] : undefined;
  };
  const same = buildUnitTab(LAPAS, PERIOD, old);
  expect(cell(same.grid, 'identitas.status')).toBe('Dikirim');
  expect(cell(same.grid, 'identitas.dikirim_oleh')).toBe('op@x.go.id');
  const next = buildUnitTab(LAPAS, '2026-03', old);
  expect(cell(next.grid, 'identitas.periode')).toBe('2026-03');
  expect(cell(next.grid, 'identitas.status')).toBe('Belum diisi');
  expect(cell(next.grid, 'identitas.dikirim_oleh')).toBe('');
  expect(cell(next.grid, 'hunian.kapasitas')).toBe(641);
});

test('a Bapas tab migrates onto itself unchanged', () => {
  const first = buildUnitTab(BAPAS, PERIOD);
  const again = buildUnitTab(BAPAS, PERIOD, first.grid);
  expect(again.grid).toEqual(first.grid);
  expect(again.unplaced).toEqual([]);
});

test('text typed beside the title is kept; a mistyped column header is restored and its figures stay in place', () => {
  const old = filledTab(LAPAS, VALID_LAPAS);
  old[21][7] = 'PNBP disetor (Rp)';
  old[0][3] = 'dicek Pak Budi';
  const layout = buildUnitTab(LAPAS, PERIOD, old);
  expect(layout.unplaced).toEqual([{ from: 'D1', value: 'dicek Pak Budi' }]);
  expect(layout.repaired).toEqual([{ cell: 'H22', label: 'PNBP (Rp)', found: 'PNBP disetor (Rp)' }]);
  expect(layout.grid[22][7]).toBe(1_250_000);
});

describe('damaged headers', () => {
  const key = 'pangan.pertanian.luas_m2';
  const cellOf = (grid: CellValue[][], k: string) => {
    const pos = locateTab(grid, SCHEMA).fields.get(k);
    if (!pos) throw new Error(`no ${k}`);
    return pos;
  };

  test('a cleared column header is restored and every figure below it is carried to the new tab', () => {
    const old = filledTab(LAPAS, VALID_LAPAS);
    const pos = cellOf(old, key);
    const header = pos.r - 1;
    old[header][pos.c] = '';
    const layout = buildUnitTab(LAPAS, PERIOD, old);
    expect(layout.unplaced).toEqual([]);
    expect(layout.repaired.map((r) => r.label)).toEqual(['Luas lahan (m²)']);
    expect(readUnitTab(LAPAS.sheetName, layout.grid, LAPAS, { period: PERIOD }).values).toEqual(
      readUnitTab(LAPAS.sheetName, filledTab(LAPAS, VALID_LAPAS), LAPAS, { period: PERIOD }).values,
    );
  });

  test('a cleared row label and a cleared form label are restored when their values fit', () => {
    const old = filledTab(LAPAS, VALID_LAPAS);
    const row = cellOf(old, key);
    old[row.r][0] = '';
    const pagu = cellOf(old, 'anggaran.pagu_rp');
    old[pagu.r][0] = 'Pagu anggarn';
    const layout = buildUnitTab(LAPAS, PERIOD, old);
    expect(layout.unplaced).toEqual([]);
    expect(layout.repaired.map((r) => [r.found, r.label])).toEqual([
      ['', 'Pertanian'],
      ['Pagu anggarn', 'Pagu'],
    ]);
  });

  test('a column whose values do not fit the missing field is not relabelled: its values are kept aside', () => {
    const old = filledTab(LAPAS, VALID_LAPAS);
    const pos = cellOf(old, key);
    old[pos.r - 1][pos.c] = '';
    old[pos.r][pos.c] = 'lahan sewa';
    const layout = buildUnitTab(LAPAS, PERIOD, old);
    expect(layout.repaired).toEqual([]);
    expect(layout.unplaced.map((u) => u.value)).toContain('lahan sewa');
  });

  test('a second row with the same label is never merged into the first: it is kept aside', () => {
    const old = filledTab(LAPAS, VALID_LAPAS);
    const pos = cellOf(old, key);
    const extra = [...old[pos.r]];
    old.splice(pos.r + 1, 0, extra);
    const layout = buildUnitTab(LAPAS, PERIOD, old);
    expect(layout.repaired).toEqual([]);
    expect(layout.unplaced.length).toBeGreaterThan(0);
    expect(layout.unplaced.every((u) => u.from.endsWith(String(pos.r + 2)))).toBe(true);
  });
});

test('a unit code other than the configured one survives set-up, so validation still flags the copy', () => {
  const old = filledTab(LAPAS, VALID_LAPAS);
  const pos = locateTab(old, SCHEMA).fields.get('identitas.kode');
  if (!pos) throw new Error('no code cell');
  old[pos.r][pos.c] = 'LP-XYZ';
  const layout = buildUnitTab(LAPAS, PERIOD, old);
  const report = readUnitTab(LAPAS.sheetName, layout.grid, LAPAS, { period: PERIOD });
  expect(report.issues.map((i) => i.code)).toContain('UNIT_CODE_MISMATCH');
});
