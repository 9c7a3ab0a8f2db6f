// The report template as data: every block, field, row and rule a unit reports per period (single source of truth).
import { listText } from '../text/format';
import type { UnitType } from './vocabulary';
import {
  CUSTODIAL_TYPES,
  KANAL_LABELS,
  KANAL_PUBLIKASI,
  KLASTER_LABELS,
  KLASTER_PANGAN,
  NILAI_MINIMAL_ZI,
  PAKET_LABELS,
  PAKET_PENDIDIKAN,
  SATUAN_HASIL,
  STATUS_DAPUR_SEHAT,
  SUBMISSION_STATUSES,
  TAHAP_ZI,
  TARGET_ZI,
  UNIT_CLASSES,
  UNIT_TYPES,
} from './vocabulary';

export type FieldType = 'integer' | 'decimal' | 'money' | 'area' | 'percent' | 'text' | 'choice' | 'date' | 'url';

export interface FieldDef {
  readonly key: string;
  /** Label shown on the tab (form row label in column A, or table column header). */
  readonly label: string;
  readonly type: FieldType;
  /** Unit shown beside a form value, e.g. "m²", "orang", "Rp". */
  readonly unit?: string;
  readonly required?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly choices?: readonly string[];
  /** Help text in Bahasa Indonesia (cell note and column D). */
  readonly help: string;
  /** Written by the add-on (identity, status, sent at/by, Kanwil note): never an operator input. */
  readonly readonly?: boolean;
  /** How the consolidation combines the field over units; numbers default to 'sum'. */
  readonly aggregate?: 'sum' | 'none';
  /** Labels this field had in older templates, so an old tab is still read and migrated. */
  readonly aliases?: readonly string[];
}

export interface RowDef {
  readonly key: string;
  readonly label: string;
  readonly aliases?: readonly string[];
}

export interface BlockDef {
  readonly key: string;
  /** Block header text in column A, e.g. "C. Ketahanan Pangan"; found without its letter prefix. */
  readonly title: string;
  readonly appliesTo: readonly UnitType[];
  readonly kind: 'form' | 'table';
  /** Form: one row per field. Table: one column per field. */
  readonly fields: readonly FieldDef[];
  /** Table only: the fixed rows, label in column A. */
  readonly rows?: readonly RowDef[];
  /** Table only: the header of column A above the row labels, e.g. "Klaster". */
  readonly rowHeader?: string;
  readonly help: string;
  readonly aliases?: readonly string[];
}

export interface Schema {
  readonly version: number;
  readonly blocks: readonly BlockDef[];
}

export const SCHEMA_VERSION = 1;

/** Plausibility ceilings: anything above is a typing mistake, not a figure. */
const MAX_PEOPLE = 100_000;
const MAX_AREA_M2 = 100_000_000;
const MAX_RUPIAH = 1_000_000_000_000;
const MAX_COUNT = 100_000;

/** A table's fixed rows from a vocabulary list and its labels; the row keys keep their literal type. */
function rowsOf<K extends string>(
  keys: readonly K[],
  labels: Readonly<Record<K, string>>,
): readonly { readonly key: K; readonly label: string }[] {
  return keys.map((key) => ({ key, label: labels[key] }));
}

/** The schema with its keys as literal types, from which the typed value keys are derived (field-key.ts). */
const TEMPLATE = {
  version: SCHEMA_VERSION,
  blocks: [
    {
      key: 'identitas',
      title: 'A. Identitas',
      appliesTo: UNIT_TYPES,
      kind: 'form',
      help: 'Identitas UPT dan periode laporan. Diisi oleh add-on kecuali nama operator.',
      fields: [
        { key: 'kode', label: 'Kode UPT', type: 'text', readonly: true, help: 'Kode singkat UPT dari Pengaturan.' },
        { key: 'nama', label: 'Nama UPT', type: 'text', readonly: true, help: 'Nama lengkap UPT.' },
        {
          key: 'jenis',
          label: 'Jenis UPT',
          type: 'choice',
          choices: UNIT_TYPES,
          readonly: true,
          help: `${listText(UNIT_TYPES, 'atau')}.`,
        },
        {
          key: 'kelas',
          label: 'Kelas',
          type: 'choice',
          choices: UNIT_CLASSES,
          readonly: true,
          help: `Kelas UPT: ${listText(UNIT_CLASSES, 'atau')}.`,
        },
        {
          key: 'periode',
          label: 'Periode',
          type: 'text',
          readonly: true,
          help: 'Periode laporan, format TTTT-BB (contoh 2026-02).',
        },
        {
          key: 'operator',
          label: 'Nama operator',
          type: 'text',
          required: true,
          help: 'Nama petugas yang mengisi laporan ini.',
        },
        {
          key: 'status',
          label: 'Status',
          type: 'choice',
          choices: SUBMISSION_STATUSES,
          readonly: true,
          help: 'Diisi otomatis oleh add-on saat laporan dikirim atau dikembalikan.',
        },
        { key: 'dikirim_pada', label: 'Dikirim pada', type: 'text', readonly: true, help: 'Diisi otomatis.' },
        { key: 'dikirim_oleh', label: 'Dikirim oleh', type: 'text', readonly: true, help: 'Diisi otomatis.' },
        {
          key: 'catatan_kanwil',
          label: 'Catatan Kanwil',
          type: 'text',
          readonly: true,
          help: 'Catatan dari Kanwil bila laporan dikembalikan untuk diperbaiki.',
        },
      ],
    },
    {
      key: 'hunian',
      title: 'B. Hunian',
      appliesTo: CUSTODIAL_TYPES,
      kind: 'form',
      help: 'Kapasitas dan jumlah penghuni sesuai data SDP.',
      fields: [
        {
          key: 'kapasitas',
          label: 'Kapasitas',
          type: 'integer',
          unit: 'orang',
          required: true,
          min: 1,
          max: MAX_PEOPLE,
          aggregate: 'sum',
          help: 'Daya tampung resmi (orang), lebih dari 0.',
        },
        {
          key: 'penghuni',
          label: 'Jumlah penghuni',
          type: 'integer',
          unit: 'orang',
          required: true,
          min: 0,
          max: MAX_PEOPLE,
          aggregate: 'sum',
          help: 'Jumlah WBP (tahanan, narapidana, anak) pada tanggal data SDP.',
        },
        {
          key: 'tanggal_sdp',
          label: 'Tanggal data SDP',
          type: 'date',
          help: 'Tanggal data hunian diambil dari SDP.',
        },
      ],
    },
    {
      key: 'klien',
      title: 'B. Klien Pemasyarakatan',
      appliesTo: ['Bapas'],
      kind: 'form',
      help: 'Klien pemasyarakatan yang dibimbing Bapas.',
      fields: [
        {
          key: 'klien_baru',
          label: 'Klien baru',
          type: 'integer',
          unit: 'orang',
          min: 0,
          max: MAX_PEOPLE,
          aggregate: 'sum',
          help: 'Klien baru pada periode ini.',
        },
        {
          key: 'klien_aktif',
          label: 'Klien aktif',
          type: 'integer',
          unit: 'orang',
          min: 0,
          max: MAX_PEOPLE,
          aggregate: 'sum',
          help: 'Seluruh klien yang sedang dibimbing.',
        },
      ],
    },
    {
      key: 'pangan',
      title: 'C. Ketahanan Pangan',
      appliesTo: UNIT_TYPES,
      kind: 'table',
      help: 'Satu baris per klaster. Luas dalam m² (102.772 = seratus dua ribu tujuh ratus tujuh puluh dua m²).',
      rows: rowsOf(KLASTER_PANGAN, KLASTER_LABELS),
      rowHeader: 'Klaster',
      fields: [
        { key: 'komoditas', label: 'Komoditas', type: 'text', help: 'Jenis komoditas, contoh: padi, lele, ayam.' },
        {
          key: 'luas_m2',
          label: 'Luas lahan (m²)',
          type: 'area',
          unit: 'm²',
          min: 0,
          max: MAX_AREA_M2,
          aggregate: 'sum',
          help: 'Luas lahan dalam meter persegi, bilangan bulat.',
        },
        {
          key: 'wbp',
          label: 'WBP terlibat (orang)',
          type: 'integer',
          unit: 'orang',
          min: 0,
          max: MAX_PEOPLE,
          aggregate: 'sum',
          help: 'Jumlah WBP yang bekerja di klaster ini.',
        },
        {
          key: 'hasil',
          label: 'Hasil',
          type: 'decimal',
          min: 0,
          max: MAX_COUNT * 100,
          aggregate: 'none',
          help: 'Jumlah hasil panen/produksi pada periode ini, dalam satuan di kolom berikut.',
        },
        {
          key: 'satuan',
          label: 'Satuan',
          type: 'choice',
          choices: SATUAN_HASIL,
          help: `Satuan hasil: ${listText(SATUAN_HASIL, 'atau')}.`,
        },
        {
          key: 'penjualan_rp',
          label: 'Penjualan (Rp)',
          type: 'money',
          unit: 'Rp',
          min: 0,
          max: MAX_RUPIAH,
          aggregate: 'sum',
          help: 'Nilai penjualan hasil dalam rupiah.',
        },
        {
          key: 'pnbp_rp',
          label: 'PNBP (Rp)',
          type: 'money',
          unit: 'Rp',
          min: 0,
          max: MAX_RUPIAH,
          aggregate: 'sum',
          help: 'PNBP yang disetor dari penjualan, tidak lebih dari nilai penjualan.',
        },
      ],
    },
    {
      key: 'pangan_wbp',
      title: 'D. WBP Terlibat Ketahanan Pangan',
      appliesTo: UNIT_TYPES,
      kind: 'form',
      help: 'Jumlah orang tanpa dobel: WBP yang bekerja di dua klaster dihitung satu kali.',
      fields: [
        {
          key: 'wbp_terlibat',
          label: 'Jumlah WBP terlibat (tanpa dobel)',
          type: 'integer',
          unit: 'orang',
          min: 0,
          max: MAX_PEOPLE,
          aggregate: 'sum',
          help: 'Paling sedikit jumlah WBP klaster terbesar, paling banyak jumlah seluruh klaster.',
        },
      ],
    },
    {
      key: 'pendidikan',
      title: 'E. Pendidikan Kesetaraan',
      appliesTo: CUSTODIAL_TYPES,
      kind: 'table',
      help: 'Paket A, B dan C: lulus ≤ ikut ujian ≤ peserta.',
      rowHeader: 'Program',
      rows: rowsOf(PAKET_PENDIDIKAN, PAKET_LABELS),
      fields: [
        {
          key: 'peserta',
          label: 'Peserta',
          type: 'integer',
          unit: 'orang',
          min: 0,
          max: MAX_PEOPLE,
          aggregate: 'sum',
          help: 'Jumlah WBP peserta program.',
        },
        {
          key: 'ikut_ujian',
          label: 'Ikut ujian',
          type: 'integer',
          unit: 'orang',
          min: 0,
          max: MAX_PEOPLE,
          aggregate: 'sum',
          help: 'Peserta yang mengikuti ujian, tidak lebih dari jumlah peserta.',
        },
        {
          key: 'lulus',
          label: 'Lulus',
          type: 'integer',
          unit: 'orang',
          min: 0,
          max: MAX_PEOPLE,
          aggregate: 'sum',
          help: 'Peserta yang lulus, tidak lebih dari yang ikut ujian.',
        },
        { key: 'mitra', label: 'Mitra', type: 'text', help: 'Mitra penyelenggara: PKBM, SKB atau Dinas Pendidikan.' },
      ],
    },
    {
      key: 'layanan',
      title: 'F. Layanan',
      appliesTo: CUSTODIAL_TYPES,
      kind: 'form',
      help: 'Dapur sehat, bantuan sosial dan pemeriksaan kesehatan gratis.',
      fields: [
        {
          key: 'dapur_sehat',
          label: 'Dapur sehat',
          type: 'choice',
          choices: STATUS_DAPUR_SEHAT,
          help: `Status dapur sehat: ${listText(STATUS_DAPUR_SEHAT, 'atau')}.`,
        },
        { key: 'dapur_sehat_catatan', label: 'Catatan dapur sehat', type: 'text', help: 'Keterangan singkat.' },
        {
          key: 'bansos_kegiatan',
          label: 'Bantuan sosial: kegiatan',
          type: 'integer',
          unit: 'kegiatan',
          min: 0,
          max: MAX_COUNT,
          aggregate: 'sum',
          help: 'Jumlah kegiatan bantuan sosial.',
        },
        {
          key: 'bansos_penerima',
          label: 'Bantuan sosial: penerima',
          type: 'integer',
          unit: 'orang',
          min: 0,
          max: MAX_PEOPLE,
          aggregate: 'sum',
          help: 'Jumlah penerima bantuan sosial.',
        },
        {
          key: 'bansos_nilai_rp',
          label: 'Bantuan sosial: nilai',
          type: 'money',
          unit: 'Rp',
          min: 0,
          max: MAX_RUPIAH,
          aggregate: 'sum',
          help: 'Nilai bantuan sosial dalam rupiah.',
        },
        {
          key: 'kesehatan_kegiatan',
          label: 'Pemeriksaan kesehatan gratis: kegiatan',
          type: 'integer',
          unit: 'kegiatan',
          min: 0,
          max: MAX_COUNT,
          aggregate: 'sum',
          help: 'Jumlah kegiatan pemeriksaan kesehatan gratis.',
        },
        {
          key: 'kesehatan_peserta',
          label: 'Pemeriksaan kesehatan gratis: peserta',
          type: 'integer',
          unit: 'orang',
          min: 0,
          max: MAX_PEOPLE,
          aggregate: 'sum',
          help: 'Jumlah orang yang diperiksa.',
        },
      ],
    },
    {
      key: 'publikasi',
      title: 'G. Publikasi Media',
      appliesTo: UNIT_TYPES,
      kind: 'table',
      help: 'Jumlah publikasi per kanal; tautan boleh lebih dari satu, dipisah spasi atau baris baru.',
      rowHeader: 'Kanal',
      rows: rowsOf(KANAL_PUBLIKASI, KANAL_LABELS),
      fields: [
        {
          key: 'jumlah',
          label: 'Jumlah',
          type: 'integer',
          unit: 'publikasi',
          min: 0,
          max: MAX_COUNT,
          aggregate: 'sum',
          help: 'Jumlah publikasi pada periode ini.',
        },
        { key: 'tautan', label: 'Tautan', type: 'url', help: 'Tautan berita (https://...), boleh lebih dari satu.' },
      ],
    },
    {
      key: 'zona_integritas',
      title: 'H. Zona Integritas',
      appliesTo: UNIT_TYPES,
      kind: 'form',
      help: `Pembangunan Zona Integritas: WBK perlu nilai ≥ ${NILAI_MINIMAL_ZI.WBK}, WBBM ≥ ${NILAI_MINIMAL_ZI.WBBM}.`,
      fields: [
        {
          key: 'tahap',
          label: 'Tahap',
          type: 'choice',
          choices: TAHAP_ZI,
          help: `${listText(TAHAP_ZI, 'atau')}.`,
        },
        {
          key: 'target',
          label: 'Target',
          type: 'choice',
          choices: TARGET_ZI,
          help: `${listText(TARGET_ZI, 'atau')}.`,
        },
        {
          key: 'nilai',
          label: 'Nilai',
          type: 'decimal',
          min: 0,
          max: 100,
          aggregate: 'none',
          help: 'Nilai evaluasi 0–100.',
        },
      ],
    },
    {
      key: 'anggaran',
      title: 'I. Anggaran',
      appliesTo: UNIT_TYPES,
      kind: 'form',
      help: 'Pagu dan realisasi anggaran; persentase penyerapan dihitung otomatis.',
      fields: [
        {
          key: 'pagu_rp',
          label: 'Pagu',
          type: 'money',
          unit: 'Rp',
          required: true,
          min: 1,
          max: MAX_RUPIAH,
          aggregate: 'sum',
          help: 'Pagu anggaran tahun berjalan (Rp), lebih dari 0.',
        },
        {
          key: 'realisasi_rp',
          label: 'Realisasi',
          type: 'money',
          unit: 'Rp',
          required: true,
          min: 0,
          max: MAX_RUPIAH,
          aggregate: 'sum',
          help: 'Realisasi sampai periode ini (Rp), tidak lebih dari pagu.',
        },
      ],
    },
  ],
} as const satisfies Schema;

export const SCHEMA: Schema = TEMPLATE;
/** The template's blocks with their keys as literal types. */
export type TemplateBlock = (typeof TEMPLATE)['blocks'][number];

/** Types whose values are numbers. */
export function isNumericType(type: FieldType): boolean {
  return type === 'integer' || type === 'decimal' || type === 'money' || type === 'area' || type === 'percent';
}

/** Types that hold whole numbers only (people, Rupiah, m²). */
export function isWholeType(type: FieldType): boolean {
  return type === 'integer' || type === 'money' || type === 'area';
}

/** The blocks laid out on a tab of this unit type. */
export function blocksFor(type: UnitType, schema: Schema = SCHEMA): readonly BlockDef[] {
  return schema.blocks.filter((b) => b.appliesTo.includes(type));
}

/** Value key of a form field ("block.field") or a table cell ("block.row.column"). */
export function valueKey(block: string, fieldOrRow: string, column?: string): string {
  return column === undefined ? `${block}.${fieldOrRow}` : `${block}.${fieldOrRow}.${column}`;
}

/** Every tab read walks the field list several times: derive it once per schema. */
const FIELDS_CACHE = new WeakMap<Schema, readonly KeyedField[]>();

export interface KeyedField {
  readonly key: string;
  readonly block: BlockDef;
  readonly field: FieldDef;
  readonly row?: RowDef;
}

/** Every value key of the schema with its block, field and (for tables) row, in layout order. */
export function allFields(schema: Schema = SCHEMA): readonly KeyedField[] {
  const cached = FIELDS_CACHE.get(schema);
  if (cached) return cached;
  const out: KeyedField[] = [];
  for (const block of schema.blocks) {
    if (block.kind === 'form') {
      for (const field of block.fields) out.push({ key: valueKey(block.key, field.key), block, field });
    } else {
      for (const row of block.rows ?? []) {
        for (const field of block.fields) out.push({ key: valueKey(block.key, row.key, field.key), block, field, row });
      }
    }
  }
  FIELDS_CACHE.set(schema, out);
  return out;
}
