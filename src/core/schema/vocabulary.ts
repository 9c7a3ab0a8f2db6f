// The closed lists of the domain, each written once: unit types and classes, submission statuses, food-security
// clusters, education packages, media channels, healthy-kitchen states, Zona Integritas stages, targets and thresholds.
// The schema, validation, consolidation, summary sheets and report all take them from here.

export const UNIT_TYPES = ['Lapas', 'Rutan', 'LPKA', 'Bapas', 'Rupbasan'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
/** Units that hold people in custody: the only ones with occupancy, education and services (hunian, pendidikan, layanan). */
export const CUSTODIAL_TYPES = ['Lapas', 'Rutan', 'LPKA'] as const satisfies readonly UnitType[];

export const UNIT_CLASSES = ['I', 'II', 'IIA', 'IIB', 'III'] as const;

export const SUBMISSION_STATUSES = ['Belum diisi', 'Draf', 'Dikirim', 'Dikembalikan'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const KLASTER_PANGAN = ['pertanian', 'perikanan', 'peternakan', 'perkebunan', 'hortikultura'] as const;
export type Klaster = (typeof KLASTER_PANGAN)[number];
export const KLASTER_LABELS: Readonly<Record<Klaster, string>> = {
  pertanian: 'Pertanian',
  perikanan: 'Perikanan',
  peternakan: 'Peternakan',
  perkebunan: 'Perkebunan',
  hortikultura: 'Hortikultura',
};
/** Units of measure of a cluster's output (hasil). */
export const SATUAN_HASIL = ['kg', 'ekor', 'butir', 'liter', 'ikat', 'buah'] as const;

export const PAKET_PENDIDIKAN = ['paket_a', 'paket_b', 'paket_c'] as const;
export type Paket = (typeof PAKET_PENDIDIKAN)[number];
export const PAKET_LABELS: Readonly<Record<Paket, string>> = {
  paket_a: 'Paket A',
  paket_b: 'Paket B',
  paket_c: 'Paket C',
};

export const KANAL_PUBLIKASI = ['media_online', 'website', 'media_sosial', 'tv_radio', 'cetak'] as const;
export type Kanal = (typeof KANAL_PUBLIKASI)[number];
export const KANAL_LABELS: Readonly<Record<Kanal, string>> = {
  media_online: 'Media online',
  website: 'Website',
  media_sosial: 'Media sosial',
  tv_radio: 'TV/Radio',
  cetak: 'Media cetak',
};

export const STATUS_DAPUR_SEHAT = ['Belum', 'Proses', 'Beroperasi'] as const;
export type StatusDapurSehat = (typeof STATUS_DAPUR_SEHAT)[number];

export const TAHAP_ZI = ['Pencanangan', 'Pembangunan', 'Penilaian', 'Penetapan'] as const;
export type TahapZi = (typeof TAHAP_ZI)[number];
export const TARGET_ZI = ['WBK', 'WBBM'] as const;
export type TargetZi = (typeof TARGET_ZI)[number];
/** The Zona Integritas evaluation score a unit needs for its target (docs/glossary.md#zona-integritas). */
export const NILAI_MINIMAL_ZI: Readonly<Record<TargetZi, number>> = { WBK: 75, WBBM: 85 };

/** "WBK ≥ 75, WBBM ≥ 85": the thresholds as the template and the summary sheets state them. */
export function nilaiMinimalText(): string {
  return TARGET_ZI.map((target) => `${target} ≥ ${NILAI_MINIMAL_ZI[target]}`).join(', ');
}

/** True when `value` is one of `list`: narrows text read from a tab to the list's type. */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}
