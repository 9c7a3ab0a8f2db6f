// The sample workbook (DATA CONTOH): configuration grid and one filled tab per Riau unit, for February 2026.

import { configTemplate } from '../config';
import type { EducationPackage, FoodCluster, PublicationChannel } from '../consolidate';
import { locateTab } from '../locate-tab';
import { SCHEMA } from '../schema';
import type { LayoutCell } from '../tab-layout';
import { buildUnitTab } from '../tab-layout';
import type { Config, Signatory, UnitConfig } from '../types';
import type { SampleFigures } from './figures';
import { SAMPLE_FIGURES } from './figures';
import { SAMPLE_UNITS } from './units';

export const SAMPLE_PERIOD = '2026-02';
export const SAMPLE_OFFICE = 'Kanwil Ditjenpas Riau';
export const SAMPLE_ADMINS: readonly string[] = ['admin.kanwil@contoh.go.id'];
/** Expected regional figures of the February 2026 meeting (domain.md). */
export const SAMPLE_HEAD_COUNT = 107;
export const SAMPLE_LAND_M2 = 102_772;

/** The sample's signatory (fictitious person): the report ends with this signature block. */
export const SAMPLE_SIGNATORY: Signatory = {
  place: 'Pekanbaru',
  title: 'Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Riau',
  name: 'Budi Santoso',
  nip: '19700101 199003 1 001',
};

/** The configuration the sample's "Pengaturan" grid describes. */
export const SAMPLE_CONFIG: Config = {
  period: SAMPLE_PERIOD,
  office: SAMPLE_OFFICE,
  units: SAMPLE_UNITS,
  admins: SAMPLE_ADMINS,
  reportFolderId: '',
  reportRecipients: [],
  automationHours: 0,
  deadlineDay: 5,
  remindersOn: false,
  reminderDaysBefore: 1,
  signatory: SAMPLE_SIGNATORY,
};

export interface SampleTab {
  readonly name: string;
  readonly grid: LayoutCell[][];
}

export interface SampleWorkbook {
  readonly config: (string | number)[][];
  readonly tabs: SampleTab[];
}

/** The demo figures of one unit; throws when the sample tables are out of step (a programming error). */
export function sampleFigures(code: string): SampleFigures {
  const figures = SAMPLE_FIGURES.find((f) => f.code === code);
  if (!figures) throw new Error(`No sample figures for unit ${code}`);
  return figures;
}

/** Everything the unit's operator (and the add-on, for status) typed, by value key. */
export function sampleValues(unit: UnitConfig): Record<string, LayoutCell> {
  const f = sampleFigures(unit.code);
  const values: Record<string, LayoutCell> = {
    'identitas.operator': f.operator,
    'identitas.status': f.status,
    'pangan_wbp.wbp_terlibat': f.headCount,
    'zona_integritas.tahap': f.integrity[0],
    'zona_integritas.target': f.integrity[1],
    'zona_integritas.nilai': f.integrity[2],
    'anggaran.pagu_rp': f.budget[0],
    'anggaran.realisasi_rp': f.budget[1],
  };
  if (f.sentAt) {
    values['identitas.dikirim_pada'] = f.sentAt;
    values['identitas.dikirim_oleh'] = unit.operators[0] ?? '';
  }
  if (f.returnNote) values['identitas.catatan_kanwil'] = f.returnNote;
  if (f.occupancy) {
    values['hunian.kapasitas'] = f.occupancy.capacity;
    values['hunian.penghuni'] = f.occupancy.inmates;
    values['hunian.tanggal_sdp'] = new Date('2026-02-02T00:00:00+07:00');
  }
  if (f.clients) {
    values['klien.klien_baru'] = f.clients.newClients;
    values['klien.klien_aktif'] = f.clients.activeClients;
  }
  for (const [cluster, row] of Object.entries(f.food) as [FoodCluster, SampleFigures['food'][FoodCluster]][]) {
    if (!row) continue;
    const key = (column: string) => `pangan.${cluster}.${column}`;
    values[key('komoditas')] = row.commodity;
    values[key('luas_m2')] = row.landM2;
    values[key('wbp')] = row.wbp;
    values[key('hasil')] = row.output;
    values[key('satuan')] = row.unitOfMeasure;
    values[key('penjualan_rp')] = row.salesRp;
    values[key('pnbp_rp')] = row.pnbpRp;
  }
  for (const [paket, [peserta, ikutUjian, lulus, mitra]] of Object.entries(f.education ?? {}) as [
    EducationPackage,
    readonly [number, number, number, string],
  ][]) {
    values[`pendidikan.${paket}.peserta`] = peserta;
    values[`pendidikan.${paket}.ikut_ujian`] = ikutUjian;
    values[`pendidikan.${paket}.lulus`] = lulus;
    values[`pendidikan.${paket}.mitra`] = mitra;
  }
  if (f.services) {
    values['layanan.dapur_sehat'] = f.services.kitchen;
    values['layanan.dapur_sehat_catatan'] = f.services.kitchenNote;
    values['layanan.bansos_kegiatan'] = f.services.bansos[0];
    values['layanan.bansos_penerima'] = f.services.bansos[1];
    values['layanan.bansos_nilai_rp'] = f.services.bansos[2];
    values['layanan.kesehatan_kegiatan'] = f.services.health[0];
    values['layanan.kesehatan_peserta'] = f.services.health[1];
  }
  const site = unit.code.toLowerCase().replace(/[^a-z0-9]/g, '');
  for (const [channel, count] of Object.entries(f.publications) as [PublicationChannel, number][]) {
    values[`publikasi.${channel}.jumlah`] = count;
    const links = Array.from({ length: Math.min(count, 2) }, (_, i) => `https://${site}.contoh.go.id/berita/${i + 1}`);
    values[`publikasi.${channel}.tautan`] = f.typedLinks?.[channel] ?? links.join('\n');
  }
  return values;
}

/** Builds the unit's tab from the template and types its sample values into the cells the template gives them. */
export function sampleTab(unit: UnitConfig, period = SAMPLE_PERIOD): SampleTab {
  const grid = buildUnitTab(unit, period).grid.map((row) => [...row]);
  const fields = locateTab(grid, SCHEMA).fields;
  for (const [key, value] of Object.entries(sampleValues(unit))) {
    const pos = fields.get(key);
    if (!pos) throw new Error(`Sample value ${key} has no cell on the ${unit.type} template`);
    (grid[pos.r] as LayoutCell[])[pos.c] = value;
  }
  return { name: unit.sheetName, grid };
}

/** The whole sample workbook: the "Pengaturan" grid and the 18 filled unit tabs. */
export function sampleWorkbook(): SampleWorkbook {
  return {
    config: configTemplate({
      period: SAMPLE_PERIOD,
      office: SAMPLE_OFFICE,
      units: SAMPLE_UNITS,
      admins: SAMPLE_ADMINS,
      signatory: SAMPLE_SIGNATORY,
    }),
    tabs: SAMPLE_UNITS.map((unit) => sampleTab(unit)),
  };
}
