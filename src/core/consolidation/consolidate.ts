// Regional consolidation: turns the validated unit reports into the region's totals, per-unit rows and submission status.

import { SCHEMA } from '../schema/schema';
import type { Config, SubmissionStatus, UnitConfig, UnitReport, UnitType } from '../schema/types';
import { SUBMISSION_STATUSES } from '../schema/types';
import { ZI_MINIMUM } from '../validation/cross-field-rules';

export const FOOD_CLUSTERS = ['pertanian', 'perikanan', 'peternakan', 'perkebunan', 'hortikultura'] as const;
export type FoodCluster = (typeof FOOD_CLUSTERS)[number];
export const EDUCATION_PACKAGES = ['paket_a', 'paket_b', 'paket_c'] as const;
export type EducationPackage = (typeof EDUCATION_PACKAGES)[number];
export const PUBLICATION_CHANNELS = ['media_online', 'website', 'media_sosial', 'tv_radio', 'cetak'] as const;
export type PublicationChannel = (typeof PUBLICATION_CHANNELS)[number];
export const KITCHEN_STATUSES = ['Belum', 'Proses', 'Beroperasi'] as const;
export type KitchenStatus = (typeof KITCHEN_STATUSES)[number];
export const ZI_STAGES = ['Pencanangan', 'Pembangunan', 'Penilaian', 'Penetapan'] as const;
export type ZiStage = (typeof ZI_STAGES)[number];
export const ZI_TARGETS = ['WBK', 'WBBM'] as const;
export type ZiTarget = (typeof ZI_TARGETS)[number];
/** Minimum ZI score per target (WBK ≥ 75, WBBM ≥ 85), as the validator applies it. */
export const ZI_MIN_SCORE: Readonly<Record<ZiTarget, number>> = {
  WBK: ZI_MINIMUM.WBK ?? 75,
  WBBM: ZI_MINIMUM.WBBM ?? 85,
};

/** The unit types a schema block applies to (pendidikan and layanan are for custodial units only). */
function blockTypes(blockKey: string): readonly UnitType[] {
  return SCHEMA.blocks.find((block) => block.key === blockKey)?.appliesTo ?? [];
}

/** What a total is missing: units whose tab is missing or whose cells for it were rejected, and how many cells. */
export interface Exclusion {
  /** Unit codes, in configuration order. */
  readonly units: readonly string[];
  /** Number of rejected cells left out of the total. */
  readonly cells: number;
}

/** A regional total with what it leaves out; complete when `excluded.units` is empty. */
export interface Total {
  readonly value: number;
  readonly excluded: Exclusion;
}

export interface OutputAmount {
  /** Unit of measure (kg, ekor, butir, liter, ikat, buah); '' when none was given. */
  readonly unitOfMeasure: string;
  readonly value: number;
}

export interface ClusterTotal {
  readonly cluster: FoodCluster;
  readonly landM2: Total;
  readonly wbp: Total;
  /** Output summed per unit of measure, in the order of first appearance by unit of measure name. */
  readonly output: readonly OutputAmount[];
  readonly outputExcluded: Exclusion;
  readonly salesRp: Total;
  readonly pnbpRp: Total;
  /** Units reporting any activity in this cluster. */
  readonly unitCount: number;
  /** Distinct commodity names typed for this cluster, sorted. */
  readonly commodities: readonly string[];
}

export interface UnitFoodCluster {
  readonly landM2: number;
  readonly wbp: number;
  readonly salesRp: number;
  readonly pnbpRp: number;
}

export interface UnitFoodRow {
  readonly code: string;
  readonly name: string;
  readonly clusters: Readonly<Record<FoodCluster, UnitFoodCluster>>;
  readonly landM2: number;
  /** Sum of the cluster rows' WBP (may count one person twice). */
  readonly clusterWbp: number;
  /** The unit's own head count of WBP involved (pangan_wbp.wbp_terlibat). */
  readonly headCount: number;
  readonly salesRp: number;
  readonly pnbpRp: number;
  readonly active: boolean;
  readonly found: boolean;
  readonly excludedCells: number;
}

export interface FoodConsolidation {
  readonly clusters: readonly ClusterTotal[];
  readonly landM2: Total;
  /** Sum of all cluster rows' WBP; NOT the head count (one person may work in several clusters). */
  readonly clusterWbp: Total;
  /** Regional WBP head count: the sum of each unit's wbp_terlibat. */
  readonly headCount: Total;
  readonly salesRp: Total;
  readonly pnbpRp: Total;
  /** Units reporting any food-security activity. */
  readonly unitsWithFood: number;
  readonly units: readonly UnitFoodRow[];
}

export interface EducationFigures {
  readonly peserta: number;
  readonly ikutUjian: number;
  readonly lulus: number;
}

export interface PackageTotal {
  readonly paket: EducationPackage;
  readonly peserta: Total;
  readonly ikutUjian: Total;
  readonly lulus: Total;
}

export interface UnitEducationRow {
  readonly code: string;
  readonly name: string;
  readonly packages: Readonly<Record<EducationPackage, EducationFigures>>;
  readonly total: EducationFigures;
  readonly excludedCells: number;
}

export interface EducationConsolidation {
  readonly packages: readonly PackageTotal[];
  readonly total: { readonly peserta: Total; readonly ikutUjian: Total; readonly lulus: Total };
  /** Custodial units only (the block does not apply to Bapas and Rupbasan). */
  readonly units: readonly UnitEducationRow[];
}

export interface UnitServiceRow {
  readonly code: string;
  readonly name: string;
  readonly kitchen: KitchenStatus | null;
  readonly kitchenNote: string;
  readonly bansosActivities: number;
  readonly bansosRecipients: number;
  readonly bansosValueRp: number;
  readonly healthActivities: number;
  readonly healthParticipants: number;
  readonly excludedCells: number;
}

export interface ServiceConsolidation {
  /** Units per healthy-kitchen status; units that gave none are in `kitchenNotReported`. */
  readonly kitchen: Readonly<Record<KitchenStatus, number>>;
  readonly kitchenNotReported: number;
  readonly kitchenExcluded: Exclusion;
  readonly bansosActivities: Total;
  readonly bansosRecipients: Total;
  readonly bansosValueRp: Total;
  readonly healthActivities: Total;
  readonly healthParticipants: Total;
  readonly units: readonly UnitServiceRow[];
}

export interface UnitPublicationRow {
  readonly code: string;
  readonly name: string;
  readonly channels: Readonly<Record<PublicationChannel, number>>;
  readonly total: number;
  readonly links: number;
  readonly excludedCells: number;
}

export interface UnitIntegrityRow {
  readonly code: string;
  readonly name: string;
  readonly stage: ZiStage | null;
  readonly target: ZiTarget | null;
  readonly score: number | null;
  /** Whether the score reaches the target's minimum; null when score or target is unknown. */
  readonly meetsTarget: boolean | null;
}

export interface UnitBudgetRow {
  readonly code: string;
  readonly name: string;
  readonly paguRp: number | null;
  readonly realisasiRp: number | null;
  /** realisasi / pagu as a fraction (0.085 = 8,5 %); null unless both are valid. */
  readonly absorption: number | null;
}

export interface ManagementConsolidation {
  readonly publications: {
    readonly channels: readonly { readonly channel: PublicationChannel; readonly count: Total }[];
    readonly total: Total;
    readonly units: readonly UnitPublicationRow[];
  };
  readonly integrity: {
    readonly stages: Readonly<Record<ZiStage, number>>;
    readonly targets: Readonly<Record<ZiTarget, number>>;
    readonly meetingTarget: number;
    readonly excluded: Exclusion;
    readonly units: readonly UnitIntegrityRow[];
  };
  readonly budget: {
    readonly paguRp: Total;
    readonly realisasiRp: Total;
    /** Region-wide absorption over the units whose pagu and realisasi are both valid; null when none. */
    readonly absorption: number | null;
    readonly units: readonly UnitBudgetRow[];
  };
}

export interface UnitStatusRow {
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
  readonly sheetName: string;
  readonly status: SubmissionStatus;
  readonly sentAt: string | null;
  readonly sentBy: string | null;
  readonly returnNote: string | null;
  readonly errors: number;
  readonly warnings: number;
  readonly found: boolean;
}

export interface StatusConsolidation {
  readonly units: readonly UnitStatusRow[];
  readonly counts: Readonly<Record<SubmissionStatus, number>>;
  /** Units whose tab was not found. */
  readonly missing: readonly string[];
  /** Units whose tab has at least one error. */
  readonly withErrors: readonly string[];
  /** Units found with no error. */
  readonly valid: number;
  /** Units sent (Dikirim) with no error. */
  readonly sentAndValid: number;
}

export interface Consolidation {
  readonly period: string;
  readonly office: string;
  readonly unitCount: number;
  readonly food: FoodConsolidation;
  readonly education: EducationConsolidation;
  readonly services: ServiceConsolidation;
  readonly management: ManagementConsolidation;
  readonly status: StatusConsolidation;
  /** Every cell left out of any total, region-wide. */
  readonly excludedCells: number;
}

/** One unit's report as the consolidation sees it: a missing report is a unit whose tab was not found. */
interface UnitView {
  readonly unit: UnitConfig;
  readonly report: UnitReport | null;
  readonly found: boolean;
  readonly invalid: ReadonlySet<string>;
}

function numberAt(view: UnitView, key: string): number {
  const value = view.report?.values[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function textAt(view: UnitView, key: string): string {
  const value = view.report?.values[key];
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

function validNumber(view: UnitView, key: string): number | null {
  const value = view.report?.values[key];
  return typeof value === 'number' && Number.isFinite(value) && !view.invalid.has(key) ? value : null;
}

function invalidCount(view: UnitView, keys: readonly string[]): number {
  let count = 0;
  for (const key of keys) if (view.invalid.has(key)) count++;
  return count;
}

/** Sums `amountOf` over the units a block applies to, recording which units and cells were left out. */
function total(
  views: readonly UnitView[],
  applies: (view: UnitView) => boolean,
  keysOf: (view: UnitView) => readonly string[],
  amountOf: (view: UnitView) => number,
): Total {
  let value = 0;
  for (const view of views) if (applies(view)) value += amountOf(view);
  return { value, excluded: exclusion(views, applies, keysOf) };
}

function exclusion(
  views: readonly UnitView[],
  applies: (view: UnitView) => boolean,
  keysOf: (view: UnitView) => readonly string[],
): Exclusion {
  const units: string[] = [];
  let cells = 0;
  for (const view of views) {
    if (!applies(view)) continue;
    if (!view.found) {
      units.push(view.unit.code);
      continue;
    }
    const bad = invalidCount(view, keysOf(view));
    if (bad > 0) {
      units.push(view.unit.code);
      cells += bad;
    }
  }
  return { units, cells };
}

const everyUnit = (): boolean => true;
const appliesTo =
  (blockKey: string) =>
  (view: UnitView): boolean =>
    blockTypes(blockKey).includes(view.unit.type);
const takesEducation = appliesTo('pendidikan');
const takesServices = appliesTo('layanan');
const keys =
  (...list: string[]) =>
  (): readonly string[] =>
    list;

function clusterKeys(cluster: FoodCluster): string[] {
  return ['luas_m2', 'wbp', 'hasil', 'satuan', 'penjualan_rp', 'pnbp_rp', 'komoditas'].map(
    (column) => `pangan.${cluster}.${column}`,
  );
}

function isKitchenStatus(value: string): value is KitchenStatus {
  return (KITCHEN_STATUSES as readonly string[]).includes(value);
}
function isZiStage(value: string): value is ZiStage {
  return (ZI_STAGES as readonly string[]).includes(value);
}
function isZiTarget(value: string): value is ZiTarget {
  return (ZI_TARGETS as readonly string[]).includes(value);
}

function foodRow(view: UnitView): UnitFoodRow {
  const clusters = {} as Record<FoodCluster, UnitFoodCluster>;
  let landM2 = 0;
  let clusterWbp = 0;
  let salesRp = 0;
  let pnbpRp = 0;
  let output = 0;
  for (const cluster of FOOD_CLUSTERS) {
    const row = {
      landM2: numberAt(view, `pangan.${cluster}.luas_m2`),
      wbp: numberAt(view, `pangan.${cluster}.wbp`),
      salesRp: numberAt(view, `pangan.${cluster}.penjualan_rp`),
      pnbpRp: numberAt(view, `pangan.${cluster}.pnbp_rp`),
    };
    clusters[cluster] = row;
    landM2 += row.landM2;
    clusterWbp += row.wbp;
    salesRp += row.salesRp;
    pnbpRp += row.pnbpRp;
    output += numberAt(view, `pangan.${cluster}.hasil`);
  }
  const headCount = numberAt(view, 'pangan_wbp.wbp_terlibat');
  const allKeys = [...FOOD_CLUSTERS.flatMap(clusterKeys), 'pangan_wbp.wbp_terlibat'];
  return {
    code: view.unit.code,
    name: view.unit.name,
    clusters,
    landM2,
    clusterWbp,
    headCount,
    salesRp,
    pnbpRp,
    active: landM2 > 0 || clusterWbp > 0 || headCount > 0 || output > 0 || salesRp > 0,
    found: view.found,
    excludedCells: invalidCount(view, allKeys),
  };
}

function clusterActive(view: UnitView, cluster: FoodCluster): boolean {
  return ['luas_m2', 'wbp', 'hasil', 'penjualan_rp'].some(
    (column) => numberAt(view, `pangan.${cluster}.${column}`) > 0,
  );
}

function clusterTotal(views: readonly UnitView[], cluster: FoodCluster): ClusterTotal {
  const column = (name: string) => `pangan.${cluster}.${name}`;
  const sum = (name: string): Total =>
    total(views, everyUnit, keys(column(name)), (view) => numberAt(view, column(name)));
  const outputByUnit = new Map<string, number>();
  const commodities = new Set<string>();
  for (const view of views) {
    const amount = numberAt(view, column('hasil'));
    // An output whose unit of measure was rejected cannot be added to any unit of measure: it is left out.
    if (amount !== 0 && !view.invalid.has(column('satuan'))) {
      const unitOfMeasure = textAt(view, column('satuan'));
      outputByUnit.set(unitOfMeasure, (outputByUnit.get(unitOfMeasure) ?? 0) + amount);
    }
    const commodity = textAt(view, column('komoditas'));
    if (commodity !== '') commodities.add(commodity);
  }
  return {
    cluster,
    landM2: sum('luas_m2'),
    wbp: sum('wbp'),
    output: [...outputByUnit.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([unitOfMeasure, value]) => ({ unitOfMeasure, value })),
    outputExcluded: exclusion(views, everyUnit, keys(column('hasil'), column('satuan'))),
    salesRp: sum('penjualan_rp'),
    pnbpRp: sum('pnbp_rp'),
    unitCount: views.filter((view) => clusterActive(view, cluster)).length,
    commodities: [...commodities].sort((a, b) => a.localeCompare(b)),
  };
}

function consolidateFood(views: readonly UnitView[]): FoodConsolidation {
  const units = views.map(foodRow);
  const rowOf = new Map(views.map((view, i) => [view, units[i] as UnitFoodRow]));
  const column = (name: string) => (): readonly string[] => FOOD_CLUSTERS.map((c) => `pangan.${c}.${name}`);
  const sumOf = (pick: (row: UnitFoodRow) => number) => (view: UnitView) => pick(rowOf.get(view) as UnitFoodRow);
  return {
    clusters: FOOD_CLUSTERS.map((cluster) => clusterTotal(views, cluster)),
    landM2: total(
      views,
      everyUnit,
      column('luas_m2'),
      sumOf((row) => row.landM2),
    ),
    clusterWbp: total(
      views,
      everyUnit,
      column('wbp'),
      sumOf((row) => row.clusterWbp),
    ),
    headCount: total(views, everyUnit, keys('pangan_wbp.wbp_terlibat'), (view) =>
      numberAt(view, 'pangan_wbp.wbp_terlibat'),
    ),
    salesRp: total(
      views,
      everyUnit,
      column('penjualan_rp'),
      sumOf((row) => row.salesRp),
    ),
    pnbpRp: total(
      views,
      everyUnit,
      column('pnbp_rp'),
      sumOf((row) => row.pnbpRp),
    ),
    unitsWithFood: units.filter((row) => row.active).length,
    units,
  };
}

function educationFigures(view: UnitView, paket: EducationPackage): EducationFigures {
  return {
    peserta: numberAt(view, `pendidikan.${paket}.peserta`),
    ikutUjian: numberAt(view, `pendidikan.${paket}.ikut_ujian`),
    lulus: numberAt(view, `pendidikan.${paket}.lulus`),
  };
}

const EDUCATION_COLUMNS = { peserta: 'peserta', ikutUjian: 'ikut_ujian', lulus: 'lulus' } as const;

function consolidateEducation(views: readonly UnitView[]): EducationConsolidation {
  const sum = (column: string, pakets: readonly EducationPackage[]): Total =>
    total(
      views,
      takesEducation,
      () => pakets.map((p) => `pendidikan.${p}.${column}`),
      (view) => pakets.reduce((acc, p) => acc + numberAt(view, `pendidikan.${p}.${column}`), 0),
    );
  const units = views.filter(takesEducation).map((view): UnitEducationRow => {
    const packages = {} as Record<EducationPackage, EducationFigures>;
    for (const paket of EDUCATION_PACKAGES) packages[paket] = educationFigures(view, paket);
    const all = Object.values(packages);
    return {
      code: view.unit.code,
      name: view.unit.name,
      packages,
      total: {
        peserta: all.reduce((acc, f) => acc + f.peserta, 0),
        ikutUjian: all.reduce((acc, f) => acc + f.ikutUjian, 0),
        lulus: all.reduce((acc, f) => acc + f.lulus, 0),
      },
      excludedCells: invalidCount(
        view,
        EDUCATION_PACKAGES.flatMap((p) => Object.values(EDUCATION_COLUMNS).map((c) => `pendidikan.${p}.${c}`)),
      ),
    };
  });
  return {
    packages: EDUCATION_PACKAGES.map((paket) => ({
      paket,
      peserta: sum(EDUCATION_COLUMNS.peserta, [paket]),
      ikutUjian: sum(EDUCATION_COLUMNS.ikutUjian, [paket]),
      lulus: sum(EDUCATION_COLUMNS.lulus, [paket]),
    })),
    total: {
      peserta: sum(EDUCATION_COLUMNS.peserta, EDUCATION_PACKAGES),
      ikutUjian: sum(EDUCATION_COLUMNS.ikutUjian, EDUCATION_PACKAGES),
      lulus: sum(EDUCATION_COLUMNS.lulus, EDUCATION_PACKAGES),
    },
    units,
  };
}

const SERVICE_NUMBER_KEYS = [
  'layanan.bansos_kegiatan',
  'layanan.bansos_penerima',
  'layanan.bansos_nilai_rp',
  'layanan.kesehatan_kegiatan',
  'layanan.kesehatan_peserta',
];

function consolidateServices(views: readonly UnitView[]): ServiceConsolidation {
  const serviceViews = views.filter(takesServices);
  const kitchen = { Belum: 0, Proses: 0, Beroperasi: 0 };
  let kitchenNotReported = 0;
  const units = serviceViews.map((view): UnitServiceRow => {
    const status = textAt(view, 'layanan.dapur_sehat');
    const known = isKitchenStatus(status) && !view.invalid.has('layanan.dapur_sehat') ? status : null;
    if (known) kitchen[known]++;
    else kitchenNotReported++;
    return {
      code: view.unit.code,
      name: view.unit.name,
      kitchen: known,
      kitchenNote: textAt(view, 'layanan.dapur_sehat_catatan'),
      bansosActivities: numberAt(view, 'layanan.bansos_kegiatan'),
      bansosRecipients: numberAt(view, 'layanan.bansos_penerima'),
      bansosValueRp: numberAt(view, 'layanan.bansos_nilai_rp'),
      healthActivities: numberAt(view, 'layanan.kesehatan_kegiatan'),
      healthParticipants: numberAt(view, 'layanan.kesehatan_peserta'),
      excludedCells: invalidCount(view, ['layanan.dapur_sehat', ...SERVICE_NUMBER_KEYS]),
    };
  });
  const sum = (key: string) => total(views, takesServices, keys(key), (view) => numberAt(view, key));
  return {
    kitchen,
    kitchenNotReported,
    kitchenExcluded: exclusion(views, takesServices, keys('layanan.dapur_sehat')),
    bansosActivities: sum('layanan.bansos_kegiatan'),
    bansosRecipients: sum('layanan.bansos_penerima'),
    bansosValueRp: sum('layanan.bansos_nilai_rp'),
    healthActivities: sum('layanan.kesehatan_kegiatan'),
    healthParticipants: sum('layanan.kesehatan_peserta'),
    units,
  };
}

function countLinks(text: string): number {
  return text === '' ? 0 : text.split(/\s+/).filter((part) => part !== '').length;
}

function consolidateManagement(views: readonly UnitView[]): ManagementConsolidation {
  const channelKey = (channel: PublicationChannel) => `publikasi.${channel}.jumlah`;
  const publicationUnits = views.map((view): UnitPublicationRow => {
    const channels = {} as Record<PublicationChannel, number>;
    let links = 0;
    for (const channel of PUBLICATION_CHANNELS) {
      channels[channel] = numberAt(view, channelKey(channel));
      links += countLinks(textAt(view, `publikasi.${channel}.tautan`));
    }
    return {
      code: view.unit.code,
      name: view.unit.name,
      channels,
      total: Object.values(channels).reduce((acc, n) => acc + n, 0),
      links,
      excludedCells: invalidCount(view, PUBLICATION_CHANNELS.map(channelKey)),
    };
  });

  const stages = { Pencanangan: 0, Pembangunan: 0, Penilaian: 0, Penetapan: 0 };
  const targets = { WBK: 0, WBBM: 0 };
  const integrityUnits = views.map((view): UnitIntegrityRow => {
    const stageText = view.invalid.has('zona_integritas.tahap') ? '' : textAt(view, 'zona_integritas.tahap');
    const targetText = view.invalid.has('zona_integritas.target') ? '' : textAt(view, 'zona_integritas.target');
    const stage = isZiStage(stageText) ? stageText : null;
    const target = isZiTarget(targetText) ? targetText : null;
    const score = validNumber(view, 'zona_integritas.nilai');
    if (stage) stages[stage]++;
    if (target) targets[target]++;
    return {
      code: view.unit.code,
      name: view.unit.name,
      stage,
      target,
      score,
      meetsTarget: target !== null && score !== null ? score >= ZI_MIN_SCORE[target] : null,
    };
  });

  const budgetUnits = views.map((view): UnitBudgetRow => {
    const paguRp = validNumber(view, 'anggaran.pagu_rp');
    const realisasiRp = validNumber(view, 'anggaran.realisasi_rp');
    return {
      code: view.unit.code,
      name: view.unit.name,
      paguRp,
      realisasiRp,
      absorption: paguRp !== null && paguRp > 0 && realisasiRp !== null ? realisasiRp / paguRp : null,
    };
  });
  // Only complete pairs enter the regional absorption, so a rejected realisasi does not understate it.
  const paired = budgetUnits.filter((row) => row.absorption !== null);
  const pairedPagu = paired.reduce((acc, row) => acc + (row.paguRp ?? 0), 0);
  const pairedRealisasi = paired.reduce((acc, row) => acc + (row.realisasiRp ?? 0), 0);

  return {
    publications: {
      channels: PUBLICATION_CHANNELS.map((channel) => ({
        channel,
        count: total(views, everyUnit, keys(channelKey(channel)), (view) => numberAt(view, channelKey(channel))),
      })),
      total: total(
        views,
        everyUnit,
        () => PUBLICATION_CHANNELS.map(channelKey),
        (view) => PUBLICATION_CHANNELS.reduce((acc, channel) => acc + numberAt(view, channelKey(channel)), 0),
      ),
      units: publicationUnits,
    },
    integrity: {
      stages,
      targets,
      meetingTarget: integrityUnits.filter((row) => row.meetsTarget === true).length,
      excluded: exclusion(
        views,
        everyUnit,
        keys('zona_integritas.tahap', 'zona_integritas.target', 'zona_integritas.nilai'),
      ),
      units: integrityUnits,
    },
    budget: {
      paguRp: total(views, everyUnit, keys('anggaran.pagu_rp'), (view) => numberAt(view, 'anggaran.pagu_rp')),
      realisasiRp: total(views, everyUnit, keys('anggaran.realisasi_rp'), (view) =>
        numberAt(view, 'anggaran.realisasi_rp'),
      ),
      absorption: pairedPagu > 0 ? pairedRealisasi / pairedPagu : null,
      units: budgetUnits,
    },
  };
}

function consolidateStatus(views: readonly UnitView[]): StatusConsolidation {
  const counts = Object.fromEntries(SUBMISSION_STATUSES.map((s) => [s, 0])) as Record<SubmissionStatus, number>;
  const units = views.map((view): UnitStatusRow => {
    const report = view.report;
    const status: SubmissionStatus = report?.found ? report.meta.status : 'Belum diisi';
    counts[status]++;
    return {
      code: view.unit.code,
      name: view.unit.name,
      type: view.unit.type,
      sheetName: view.unit.sheetName,
      status,
      sentAt: report?.meta.sentAt ?? null,
      sentBy: report?.meta.sentBy ?? null,
      returnNote: report?.meta.returnNote ?? null,
      errors: report?.errorCount ?? 0,
      warnings: report?.warningCount ?? 0,
      found: view.found,
    };
  });
  return {
    units,
    counts,
    missing: units.filter((row) => !row.found).map((row) => row.code),
    withErrors: units.filter((row) => row.found && row.errors > 0).map((row) => row.code),
    valid: units.filter((row) => row.found && row.errors === 0).length,
    sentAndValid: units.filter((row) => row.found && row.errors === 0 && row.status === 'Dikirim').length,
  };
}

/**
 * Consolidates the region: every unit of the configuration, in configuration order, whatever the order of `reports`.
 * A unit without a report counts as a missing tab; a report for a unit not in the configuration is ignored.
 */
export function consolidateRegion(config: Config, reports: readonly UnitReport[]): Consolidation {
  const byCode = new Map(reports.map((report) => [report.unit.code, report]));
  const views: UnitView[] = config.units.map((unit) => {
    const report = byCode.get(unit.code) ?? null;
    return {
      unit,
      report,
      found: report?.found ?? false,
      invalid: new Set(report?.invalidKeys ?? []),
    };
  });
  return {
    period: config.period,
    office: config.office,
    unitCount: views.length,
    food: consolidateFood(views),
    education: consolidateEducation(views),
    services: consolidateServices(views),
    management: consolidateManagement(views),
    status: consolidateStatus(views),
    excludedCells: views.reduce((acc, view) => acc + (view.found ? view.invalid.size : 0), 0),
  };
}
