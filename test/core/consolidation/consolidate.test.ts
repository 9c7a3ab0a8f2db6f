// Regional consolidation as a whole: every configured unit in configuration order, missing tabs, rejected cells,
// independence from the order of the reports, and regional totals equal to the sum of the per-unit rows.
import fc from 'fast-check';
import { consolidateRegion } from '../../../src/core/consolidation/consolidate';
import { fieldKey, type ValueKey } from '../../../src/core/schema/field-key';
import type { Config, FieldValue, UnitReport } from '../../../src/core/schema/types';
import { KLASTER_PANGAN, UNIT_TYPES, type UnitType } from '../../../src/core/schema/vocabulary';
import { regionConfig, report, unit } from './consolidate-reports';

describe('consolidateRegion', () => {
  const lapas = unit('LP-A');
  const bapas = unit('BAPAS-C', 'Bapas');

  test('a missing tab is left out of every total that applies to its unit type, and shown as missing', () => {
    const c = consolidateRegion(regionConfig([lapas, bapas]), [
      report(lapas, { 'pangan.pertanian.luas_m2': 10, 'pendidikan.paket_a.peserta': 4 }),
      report(bapas, {}, { found: false, status: 'Belum diisi' }),
    ]);
    expect(c.pangan.luasLahan.excluded.units).toEqual(['BAPAS-C']);
    // Education does not apply to a Bapas: its missing tab does not make the education total partial.
    expect(c.pendidikan.total.peserta).toEqual({ value: 4, excluded: { units: [], cells: 0, cellRefs: [] } });
    expect(c.status.missing).toEqual(['BAPAS-C']);
  });

  test('a configured unit without any report counts as a missing tab; a report of an unknown unit is ignored', () => {
    const stranger = unit('LP-X');
    const c = consolidateRegion(regionConfig([lapas]), [report(stranger, { 'pangan.pertanian.luas_m2': 999 })]);
    expect(c.unitCount).toBe(1);
    expect(c.pangan.luasLahan).toEqual({ value: 0, excluded: { units: ['LP-A'], cells: 0, cellRefs: [] } });
    expect(c.status.counts['Belum diisi']).toBe(1);
  });

  test('every rejected cell of a found unit is counted region-wide, in whichever block it is', () => {
    const c = consolidateRegion(regionConfig([lapas, bapas]), [
      report(lapas, {}, { invalid: { 'pangan.perikanan.luas_m2': null, 'anggaran.realisasi_rp': null } }),
      report(bapas, {}, { invalid: { 'publikasi.website.jumlah': null } }),
    ]);
    expect(c.excludedCells).toBe(3);
  });
});

describe('consolidateRegion properties', () => {
  const numericKeys: ValueKey[] = [
    ...KLASTER_PANGAN.flatMap((k) => [
      fieldKey.pangan(k, 'luas_m2'),
      fieldKey.pangan(k, 'wbp'),
      fieldKey.pangan(k, 'penjualan_rp'),
    ]),
    fieldKey.pangan_wbp('wbp_terlibat'),
    fieldKey.pendidikan('paket_b', 'peserta'),
    fieldKey.layanan('bansos_penerima'),
    fieldKey.publikasi('cetak', 'jumlah'),
    fieldKey.anggaran('pagu_rp'),
    fieldKey.anggaran('realisasi_rp'),
  ];
  interface UnitSpec {
    readonly type: UnitType;
    readonly found: boolean;
    readonly values: Record<string, number>;
    readonly invalid: ValueKey[];
  }
  const unitArb: fc.Arbitrary<UnitSpec> = fc.record({
    type: fc.constantFrom(...UNIT_TYPES),
    found: fc.boolean(),
    values: fc.dictionary(fc.constantFrom(...numericKeys), fc.integer({ min: 0, max: 1_000_000 })),
    invalid: fc.subarray(numericKeys),
  });
  const regionArb = fc.array(unitArb, { minLength: 1, maxLength: 12 });

  function build(specs: readonly UnitSpec[]): { cfg: Config; reports: UnitReport[] } {
    const units = specs.map((s, i) => unit(`U${i}`, s.type));
    const reports = specs.map((s, i) => {
      const values: Record<string, FieldValue> = {};
      for (const [k, v] of Object.entries(s.values)) if (!s.invalid.some((key) => key === k)) values[k] = v;
      const invalid = Object.fromEntries(s.invalid.map((k) => [k, null]));
      return report(units[i] as (typeof units)[number], values, { found: s.found, invalid });
    });
    return { cfg: regionConfig(units), reports };
  }

  test('the result does not depend on the order of the reports', () => {
    fc.assert(
      fc.property(regionArb, fc.infiniteStream(fc.nat()), (specs, seeds) => {
        const { cfg, reports } = build(specs);
        const shuffled = [...reports];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (seeds.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as UnitReport, shuffled[i] as UnitReport];
        }
        expect(consolidateRegion(cfg, shuffled)).toEqual(consolidateRegion(cfg, reports));
      }),
    );
  });

  test('every regional total equals the sum of the per-unit rows', () => {
    fc.assert(
      fc.property(regionArb, (specs) => {
        const { cfg, reports } = build(specs);
        const c = consolidateRegion(cfg, reports);
        const sum = <R>(rows: readonly R[], pick: (r: R) => number) => rows.reduce((a, r) => a + pick(r), 0);
        const pangan = c.pangan.units;
        expect(c.pangan.luasLahan.value).toBe(sum(pangan, (r) => r.luasLahan));
        expect(c.pangan.wbpTerlibat.value).toBe(sum(pangan, (r) => r.wbpTerlibat));
        expect(c.pangan.wbpKlaster.value).toBe(sum(pangan, (r) => r.wbpKlaster));
        expect(c.pangan.penjualanRp.value).toBe(sum(pangan, (r) => r.penjualanRp));
        for (const k of c.pangan.perKlaster) {
          expect(k.luasLahan.value).toBe(sum(pangan, (r) => r.perKlaster[k.klaster].luasLahan));
          expect(k.wbp.value).toBe(sum(pangan, (r) => r.perKlaster[k.klaster].wbp));
        }
        expect(c.pendidikan.total.peserta.value).toBe(sum(c.pendidikan.units, (r) => r.total.peserta));
        expect(c.bansos.penerima.value).toBe(sum(c.bansos.units, (r) => r.penerima));
        expect(c.publikasi.total.value).toBe(sum(c.publikasi.units, (r) => r.total));
        expect(c.anggaran.paguRp.value).toBe(sum(c.anggaran.units, (r) => r.paguRp ?? 0));
      }),
    );
  });

  test('a total lists exactly the units that are missing or have a rejected cell in it', () => {
    const head = fieldKey.pangan_wbp('wbp_terlibat');
    fc.assert(
      fc.property(regionArb, (specs) => {
        const { cfg, reports } = build(specs);
        const c = consolidateRegion(cfg, reports);
        const expected = specs
          .map((s, i) => ({ s, code: `U${i}` }))
          .filter(({ s }) => !s.found || s.invalid.includes(head))
          .map(({ code }) => code);
        expect(c.pangan.wbpTerlibat.excluded.units).toEqual(expected);
        const cells = specs.filter((s) => s.found && s.invalid.includes(head)).length;
        expect(c.pangan.wbpTerlibat.excluded.cells).toBe(cells);
      }),
    );
  });
});
