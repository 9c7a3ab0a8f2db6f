// The schema is the single source of truth: the agreed keys, unambiguous labels, and one edit adds an indicator.
import { normalizeLabel, normalizeTitle } from '../../../src/core/schema/locate-tab';
import type { Schema } from '../../../src/core/schema/schema';
import { allFields, isNumericType, SCHEMA, SCHEMA_VERSION } from '../../../src/core/schema/schema';
import { buildUnitTab } from '../../../src/core/schema/tab-layout';
import { readUnitTab } from '../../../src/core/validation/validate-unit';
import { LAPAS, PERIOD } from '../helpers';

test('the blocks and keys agreed with consolidation', () => {
  expect(SCHEMA.version).toBe(SCHEMA_VERSION);
  expect(SCHEMA.blocks.map((b) => [b.key, b.kind, b.appliesTo.join('/')])).toEqual([
    ['identitas', 'form', 'Lapas/Rutan/LPKA/Bapas/Rupbasan'],
    ['hunian', 'form', 'Lapas/Rutan/LPKA'],
    ['klien', 'form', 'Bapas'],
    ['pangan', 'table', 'Lapas/Rutan/LPKA/Bapas/Rupbasan'],
    ['pangan_wbp', 'form', 'Lapas/Rutan/LPKA/Bapas/Rupbasan'],
    ['pendidikan', 'table', 'Lapas/Rutan/LPKA'],
    ['layanan', 'form', 'Lapas/Rutan/LPKA'],
    ['publikasi', 'table', 'Lapas/Rutan/LPKA/Bapas/Rupbasan'],
    ['zona_integritas', 'form', 'Lapas/Rutan/LPKA/Bapas/Rupbasan'],
    ['anggaran', 'form', 'Lapas/Rutan/LPKA/Bapas/Rupbasan'],
  ]);
  const keys = allFields().map((f) => f.key);
  expect(keys).toEqual(
    expect.arrayContaining([
      'identitas.periode',
      'identitas.catatan_kanwil',
      'hunian.tanggal_sdp',
      'klien.klien_aktif',
      'pangan.hortikultura.pnbp_rp',
      'pangan_wbp.wbp_terlibat',
      'pendidikan.paket_b.ikut_ujian',
      'layanan.kesehatan_peserta',
      'publikasi.tv_radio.tautan',
      'zona_integritas.nilai',
      'anggaran.realisasi_rp',
    ]),
  );
  expect(new Set(keys).size).toBe(keys.length);
});

test('titles and labels are unambiguous once normalised, so a tab can be read by its headers', () => {
  const titles = SCHEMA.blocks.map((b) => normalizeTitle(b.title));
  expect(new Set(titles).size).toBe(titles.length);
  for (const b of SCHEMA.blocks) {
    const labels = [
      ...b.fields.map((f) => normalizeLabel(f.label)),
      ...(b.rows ?? []).map((r) => normalizeLabel(r.label)),
    ];
    expect(new Set(labels).size).toBe(labels.length);
    expect(b.help).not.toBe('');
  }
});

test('every number has bounds and every choice its list', () => {
  for (const { key, field } of allFields()) {
    if (isNumericType(field.type))
      expect([key, field.min !== undefined, field.max !== undefined]).toEqual([key, true, true]);
    if (field.type === 'choice') expect(field.choices?.length).toBeGreaterThan(1);
    expect(field.help.length).toBeGreaterThan(5);
  }
});

test('adding an indicator is one edit: it is laid out, validated and read', () => {
  const extended: Schema = {
    version: 2,
    blocks: SCHEMA.blocks.map((b) =>
      b.key === 'layanan'
        ? {
            ...b,
            fields: [
              ...b.fields,
              {
                key: 'remisi_penerima',
                label: 'Penerima remisi',
                type: 'integer',
                unit: 'orang',
                min: 0,
                max: 100_000,
                help: 'Jumlah penerima remisi.',
              },
            ],
          }
        : b,
    ),
  };
  const layout = buildUnitTab(LAPAS, PERIOD, undefined, extended);
  const row = layout.grid.findIndex((r) => r[0] === 'Penerima remisi');
  expect(row).toBeGreaterThan(0);
  const cell = `B${row + 1}`;
  expect(layout.inputRanges.some((r) => r.startsWith('B') && r.includes(':'))).toBe(true);
  expect(layout.validations.find((v) => v.range === cell)?.rule).toEqual({
    kind: 'number',
    min: 0,
    max: 100_000,
    integer: true,
  });
  const grid = layout.grid.map((r) => [...r]) as unknown[][];
  grid[row][1] = -4;
  const report = readUnitTab('LPPKU', grid, LAPAS, { period: PERIOD, schema: extended });
  expect(report.issues.map((i) => `${i.cell} ${i.code}`)).toContain(`${cell} NEGATIVE`);
  expect(report.issues.find((i) => i.code === 'NEGATIVE')?.message).toContain('Penerima remisi');
});
