// Regional consolidation: totals, head count, completeness of every total, per-unit rows and submission status.
import fc from 'fast-check';
import {
  consolidateRegion,
  EDUCATION_PACKAGES,
  FOOD_CLUSTERS,
  KITCHEN_STATUSES,
  PUBLICATION_CHANNELS,
  ZI_STAGES,
  ZI_TARGETS,
} from '../../../src/core/consolidation/consolidate';
import { SCHEMA } from '../../../src/core/schema/schema';
import type { Config, FieldValue, UnitReport, UnitType } from '../../../src/core/schema/types';
import { report, unit } from './consolidate-reports';

function config(units: Config['units']): Config {
  return {
    period: '2026-02',
    office: 'Kanwil Ditjenpas Riau',
    units,
    admins: [],
    reportFolderId: '',
    reportRecipients: [],
    automationHours: 0,
    deadlineDay: null,
    remindersOn: false,
    reminderDaysBefore: 1,
    signatory: null,
  };
}

describe('consolidateRegion', () => {
  const lapas = unit('LP-A');
  const rutan = unit('RUTAN-B', 'Rutan');
  const bapas = unit('BAPAS-C', 'Bapas');

  test('the regional WBP head count is the sum of unit head counts, not of cluster rows', () => {
    const c = consolidateRegion(config([lapas, rutan]), [
      report(lapas, {
        'pangan.pertanian.wbp': 3,
        'pangan.perikanan.wbp': 4,
        'pangan.pertanian.luas_m2': 1000,
        'pangan_wbp.wbp_terlibat': 5,
      }),
      report(rutan, { 'pangan.hortikultura.wbp': 2, 'pangan.hortikultura.luas_m2': 250, 'pangan_wbp.wbp_terlibat': 2 }),
    ]);
    expect(c.food.headCount.value).toBe(7);
    expect(c.food.clusterWbp.value).toBe(9);
    expect(c.food.landM2.value).toBe(1250);
    expect(c.food.unitsWithFood).toBe(2);
    expect(c.food.headCount.excluded).toEqual({ units: [], cells: 0 });
  });

  test('a value with an error contributes nothing and the total names the unit and counts the cell', () => {
    const c = consolidateRegion(config([lapas, rutan]), [
      report(lapas, { 'pangan.pertanian.luas_m2': 1000 }),
      report(rutan, { 'pangan.pertanian.luas_m2': 500 }, { invalid: { 'pangan.perikanan.luas_m2': null } }),
    ]);
    expect(c.food.landM2.value).toBe(1500);
    expect(c.food.landM2.excluded).toEqual({ units: ['RUTAN-B'], cells: 1 });
    const perikanan = c.food.clusters.find((k) => k.cluster === 'perikanan');
    expect(perikanan?.landM2.excluded).toEqual({ units: ['RUTAN-B'], cells: 1 });
    const pertanian = c.food.clusters.find((k) => k.cluster === 'pertanian');
    expect(pertanian?.landM2).toEqual({ value: 1500, excluded: { units: [], cells: 0 } });
    expect(c.food.units.find((r) => r.code === 'RUTAN-B')?.excludedCells).toBe(1);
    expect(c.excludedCells).toBe(1);
  });

  test('a missing tab is left out of every total that applies to its unit type, and shown as missing', () => {
    const c = consolidateRegion(config([lapas, bapas]), [
      report(lapas, { 'pangan.pertanian.luas_m2': 10, 'pendidikan.paket_a.peserta': 4 }),
      report(bapas, {}, { found: false, status: 'Belum diisi' }),
    ]);
    expect(c.food.landM2.excluded.units).toEqual(['BAPAS-C']);
    // Education does not apply to a Bapas: its missing tab does not make the education total partial.
    expect(c.education.total.peserta).toEqual({ value: 4, excluded: { units: [], cells: 0 } });
    expect(c.status.missing).toEqual(['BAPAS-C']);
    expect(c.status.units.find((r) => r.code === 'BAPAS-C')?.found).toBe(false);
  });

  test('a configured unit without any report counts as a missing tab; a report of an unknown unit is ignored', () => {
    const stranger = unit('LP-X');
    const c = consolidateRegion(config([lapas]), [report(stranger, { 'pangan.pertanian.luas_m2': 999 })]);
    expect(c.unitCount).toBe(1);
    expect(c.food.landM2).toEqual({ value: 0, excluded: { units: ['LP-A'], cells: 0 } });
    expect(c.status.counts['Belum diisi']).toBe(1);
  });

  test('output is summed per unit of measure and an output whose unit was rejected is left out', () => {
    const c = consolidateRegion(config([lapas, rutan]), [
      report(lapas, { 'pangan.peternakan.hasil': 1200, 'pangan.peternakan.satuan': 'butir' }),
      report(rutan, { 'pangan.peternakan.hasil': 30 }, { invalid: { 'pangan.peternakan.satuan': null } }),
    ]);
    const peternakan = c.food.clusters.find((k) => k.cluster === 'peternakan');
    expect(peternakan?.output).toEqual([{ unitOfMeasure: 'butir', value: 1200 }]);
    expect(peternakan?.outputExcluded).toEqual({ units: ['RUTAN-B'], cells: 1 });
  });

  test('education, services and management are consolidated per unit and region-wide', () => {
    const c = consolidateRegion(config([lapas, rutan, bapas]), [
      report(lapas, {
        'pendidikan.paket_c.peserta': 20,
        'pendidikan.paket_c.ikut_ujian': 18,
        'pendidikan.paket_c.lulus': 15,
        'layanan.dapur_sehat': 'Beroperasi',
        'layanan.bansos_penerima': 100,
        'publikasi.media_sosial.jumlah': 6,
        'publikasi.media_sosial.tautan': 'https://a.contoh.go.id/1\nhttps://a.contoh.go.id/2',
        'zona_integritas.tahap': 'Penilaian',
        'zona_integritas.target': 'WBBM',
        'zona_integritas.nilai': 84.9,
        'anggaran.pagu_rp': 10_000_000_000,
        'anggaran.realisasi_rp': 1_000_000_000,
      }),
      report(rutan, {
        'pendidikan.paket_a.peserta': 5,
        'layanan.dapur_sehat': 'Proses',
        'layanan.bansos_penerima': 40,
        'publikasi.website.jumlah': 2,
        'zona_integritas.tahap': 'Pembangunan',
        'zona_integritas.target': 'WBK',
        'zona_integritas.nilai': 75,
        'anggaran.pagu_rp': 5_000_000_000,
        'anggaran.realisasi_rp': 1_000_000_000,
      }),
      report(
        bapas,
        { 'publikasi.media_online.jumlah': 1, 'anggaran.pagu_rp': 3_000_000_000 },
        { invalid: { 'anggaran.realisasi_rp': 4_000_000_000 } },
      ),
    ]);
    expect(c.education.packages.find((p) => p.paket === 'paket_c')?.lulus.value).toBe(15);
    expect(c.education.total.peserta.value).toBe(25);
    expect(c.education.units.map((r) => r.code)).toEqual(['LP-A', 'RUTAN-B']);
    expect(c.services.kitchen).toEqual({ Belum: 0, Proses: 1, Beroperasi: 1 });
    expect(c.services.bansosRecipients.value).toBe(140);
    expect(c.management.publications.total.value).toBe(9);
    expect(c.management.publications.units[0]?.links).toBe(2);
    expect(c.management.integrity.stages).toEqual({ Pencanangan: 0, Pembangunan: 1, Penilaian: 1, Penetapan: 0 });
    expect(c.management.integrity.units.map((r) => r.meetsTarget)).toEqual([false, true, null]);
    expect(c.management.integrity.meetingTarget).toBe(1);
    // The Bapas's rejected realisasi leaves its pagu out of the absorption, so the rate is not understated.
    expect(c.management.budget.absorption).toBeCloseTo(2 / 15, 10);
    expect(c.management.budget.paguRp.value).toBe(18_000_000_000);
    expect(c.management.budget.realisasiRp.excluded).toEqual({ units: ['BAPAS-C'], cells: 1 });
    expect(c.management.budget.units[2]).toMatchObject({ paguRp: 3_000_000_000, realisasiRp: null, absorption: null });
  });

  test('submission status: counts, sent and valid, units with errors', () => {
    const c = consolidateRegion(config([lapas, rutan, bapas]), [
      report(lapas, {}, { status: 'Dikirim' }),
      report(rutan, {}, { status: 'Dikembalikan', errors: 2, warnings: 1 }),
      report(bapas, {}, { status: 'Draf' }),
    ]);
    expect(c.status.counts).toEqual({ 'Belum diisi': 0, Draf: 1, Dikirim: 1, Dikembalikan: 1 });
    expect(c.status.withErrors).toEqual(['RUTAN-B']);
    expect(c.status.valid).toBe(2);
    expect(c.status.sentAndValid).toBe(1);
    expect(c.status.units[1]).toMatchObject({ errors: 2, warnings: 1, returnNote: 'Periksa anggaran' });
  });

  test('the key and choice lists follow the schema', () => {
    const rows = (key: string) => SCHEMA.blocks.find((b) => b.key === key)?.rows?.map((r) => r.key);
    expect(rows('pangan')).toEqual([...FOOD_CLUSTERS]);
    expect(rows('pendidikan')).toEqual([...EDUCATION_PACKAGES]);
    expect(rows('publikasi')).toEqual([...PUBLICATION_CHANNELS]);
    const choices = (block: string, field: string) =>
      SCHEMA.blocks.find((b) => b.key === block)?.fields.find((f) => f.key === field)?.choices;
    expect(choices('layanan', 'dapur_sehat')).toEqual([...KITCHEN_STATUSES]);
    expect(choices('zona_integritas', 'tahap')).toEqual([...ZI_STAGES]);
    expect(choices('zona_integritas', 'target')).toEqual([...ZI_TARGETS]);
  });
});

describe('consolidateRegion properties', () => {
  const types: UnitType[] = ['Lapas', 'Rutan', 'LPKA', 'Bapas', 'Rupbasan'];
  const numericKeys = [
    ...FOOD_CLUSTERS.flatMap((k) => [`pangan.${k}.luas_m2`, `pangan.${k}.wbp`, `pangan.${k}.penjualan_rp`]),
    'pangan_wbp.wbp_terlibat',
    'pendidikan.paket_b.peserta',
    'anggaran.pagu_rp',
    'anggaran.realisasi_rp',
  ];
  interface UnitSpec {
    readonly type: UnitType;
    readonly found: boolean;
    readonly values: Record<string, number>;
    readonly invalid: string[];
  }
  const unitArb: fc.Arbitrary<UnitSpec> = fc.record({
    type: fc.constantFrom(...types),
    found: fc.boolean(),
    values: fc.dictionary(fc.constantFrom(...numericKeys), fc.integer({ min: 0, max: 1_000_000 })),
    invalid: fc.subarray(numericKeys),
  });
  const regionArb = fc.array(unitArb, { minLength: 1, maxLength: 12 });

  function build(specs: readonly UnitSpec[]): { cfg: Config; reports: UnitReport[] } {
    const units = specs.map((s, i) => unit(`U${i}`, s.type));
    const reports = specs.map((s, i) => {
      const values: Record<string, FieldValue> = {};
      for (const [k, v] of Object.entries(s.values)) if (!s.invalid.includes(k)) values[k] = v;
      const invalid = Object.fromEntries(s.invalid.map((k) => [k, null]));
      return report(units[i] as (typeof units)[number], values, { found: s.found, invalid });
    });
    return { cfg: config(units), reports };
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
        const sum = (pick: (r: (typeof c.food.units)[number]) => number) =>
          c.food.units.reduce((a, r) => a + pick(r), 0);
        expect(c.food.landM2.value).toBe(sum((r) => r.landM2));
        expect(c.food.headCount.value).toBe(sum((r) => r.headCount));
        expect(c.food.clusterWbp.value).toBe(sum((r) => r.clusterWbp));
        expect(c.food.salesRp.value).toBe(sum((r) => r.salesRp));
        for (const k of c.food.clusters) {
          expect(k.landM2.value).toBe(sum((r) => r.clusters[k.cluster].landM2));
          expect(k.wbp.value).toBe(sum((r) => r.clusters[k.cluster].wbp));
        }
        expect(c.education.total.peserta.value).toBe(c.education.units.reduce((a, r) => a + r.total.peserta, 0));
        const budget = c.management.budget;
        expect(budget.paguRp.value).toBe(budget.units.reduce((a, r) => a + (r.paguRp ?? 0), 0));
      }),
    );
  });

  test('a total lists exactly the units that are missing or have a rejected cell in it', () => {
    fc.assert(
      fc.property(regionArb, (specs) => {
        const { cfg, reports } = build(specs);
        const c = consolidateRegion(cfg, reports);
        const expected = specs
          .map((s, i) => ({ s, code: `U${i}` }))
          .filter(({ s }) => !s.found || s.invalid.includes('pangan_wbp.wbp_terlibat'))
          .map(({ code }) => code);
        expect(c.food.headCount.excluded.units).toEqual(expected);
        const cells = specs.filter((s) => s.found && s.invalid.includes('pangan_wbp.wbp_terlibat')).length;
        expect(c.food.headCount.excluded.cells).toBe(cells);
      }),
    );
  });
});
