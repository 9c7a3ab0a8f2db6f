// Demo figures of the sample workbook (DATA CONTOH) for February 2026: 107 WBP on 102.772 m² across 18 units.
import type {
  EducationPackage,
  FoodCluster,
  KitchenStatus,
  PublicationChannel,
  ZiStage,
  ZiTarget,
} from '../consolidate';
import type { SubmissionStatus } from '../types';

export interface SampleFoodRow {
  readonly commodity: string;
  readonly landM2: number;
  readonly wbp: number;
  readonly output: number;
  readonly unitOfMeasure: string;
  readonly salesRp: number;
  readonly pnbpRp: number;
}

export interface SampleFigures {
  readonly code: string;
  readonly operator: string;
  readonly status: SubmissionStatus;
  /** ISO date-time (WIB) when the tab was sent; null unless sent. */
  readonly sentAt: string | null;
  readonly returnNote: string | null;
  readonly occupancy: { readonly capacity: number; readonly inmates: number } | null;
  readonly clients: { readonly newClients: number; readonly activeClients: number } | null;
  readonly food: Partial<Readonly<Record<FoodCluster, SampleFoodRow>>>;
  /** The unit's head count of WBP in food security (a person in two clusters counts once). */
  readonly headCount: number;
  readonly education: Partial<Readonly<Record<EducationPackage, readonly [number, number, number, string]>>> | null;
  readonly services: {
    readonly kitchen: KitchenStatus;
    readonly kitchenNote: string;
    readonly bansos: readonly [activities: number, recipients: number, valueRp: number];
    readonly health: readonly [activities: number, participants: number];
  } | null;
  readonly publications: Partial<Readonly<Record<PublicationChannel, number>>>;
  /** Links typed as they are, replacing the generated ones (a slip that deserves a warning). */
  readonly typedLinks?: Partial<Readonly<Record<PublicationChannel, string>>>;
  readonly integrity: readonly [ZiStage, ZiTarget, number];
  readonly budget: readonly [paguRp: number, realisasiRp: number];
}

/** Sale price per unit of output (Rp), plausible for Riau in 2026; 0 where the output is stock, not sold. */
const PRICE_RP: Readonly<Record<string, number>> = {
  padi: 5_000,
  jagung: 5_000,
  'ubi kayu': 3_000,
  lele: 20_000,
  nila: 25_000,
  patin: 20_000,
  'ayam petelur': 1_800,
  'bebek petelur': 2_500,
  'ayam kampung': 80_000,
  sapi: 0,
  kambing: 0,
  'kelapa sawit': 2_600,
  pinang: 15_000,
  kelapa: 3_000,
  'cabai merah': 40_000,
  'cabai rawit': 45_000,
  kangkung: 5_000,
  sawi: 5_000,
  bayam: 5_000,
  terong: 8_000,
  tomat: 10_000,
};

/** One cluster row; PNBP is the share of sales already deposited to the state treasury. */
function row(commodity: string, landM2: number, wbp: number, output: number, unitOfMeasure: string, pnbpShare = 1) {
  const salesRp = output * (PRICE_RP[commodity] ?? 0);
  return { commodity, landM2, wbp, output, unitOfMeasure, salesRp, pnbpRp: Math.round(salesRp * pnbpShare) };
}

const sent = (day: number, hour: number): string =>
  `2026-02-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+07:00`;
const links = { media_online: 2, website: 3, media_sosial: 6 } as const;

/** The warnings the sample shows on purpose (and no error): two ZI scores below target, one link without https. */
export const SAMPLE_WARNINGS: readonly { readonly unit: string; readonly key: string; readonly code: string }[] = [
  { unit: 'LP-BGS', key: 'publikasi.media_sosial.tautan', code: 'URL_INVALID' },
  { unit: 'LP-SLP', key: 'zona_integritas.nilai', code: 'ZI_SCORE_BELOW_TARGET' },
  { unit: 'RUTAN-RGT', key: 'zona_integritas.nilai', code: 'ZI_SCORE_BELOW_TARGET' },
];

export const SAMPLE_FIGURES: readonly SampleFigures[] = [
  {
    code: 'LP-PKU',
    operator: 'Andi Saputra (DATA CONTOH)',
    status: 'Dikirim',
    sentAt: sent(3, 9),
    returnNote: null,
    occupancy: { capacity: 1_000, inmates: 2_310 },
    clients: null,
    food: {
      pertanian: row('padi', 6_000, 5, 1_200, 'kg'),
      perikanan: row('lele', 1_500, 3, 850, 'kg'),
      peternakan: row('ayam petelur', 1_000, 2, 4_200, 'butir'),
      perkebunan: row('kelapa sawit', 5_000, 2, 2_400, 'kg'),
      hortikultura: row('cabai merah', 1_500, 3, 180, 'kg'),
    },
    headCount: 12,
    education: { paket_a: [12, 0, 0, 'PKBM'], paket_b: [18, 0, 0, 'PKBM'], paket_c: [30, 0, 0, 'PKBM'] },
    services: {
      kitchen: 'Beroperasi',
      kitchenNote: 'Dapur sehat bersertifikat (DATA CONTOH)',
      bansos: [2, 150, 15_000_000],
      health: [3, 420],
    },
    publications: { ...links, tv_radio: 1, cetak: 1 },
    integrity: ['Penilaian', 'WBBM', 86.4],
    budget: [14_250_000_000, 1_567_500_000],
  },
  {
    code: 'LPP-PKU',
    operator: 'Sri Wahyuni (DATA CONTOH)',
    status: 'Dikirim',
    sentAt: sent(3, 10),
    returnNote: null,
    occupancy: { capacity: 300, inmates: 512 },
    clients: null,
    food: {
      perikanan: row('nila', 400, 2, 120, 'kg'),
      peternakan: row('ayam kampung', 300, 2, 40, 'ekor'),
      hortikultura: row('sawi', 1_700, 4, 350, 'ikat'),
    },
    headCount: 6,
    education: { paket_a: [4, 0, 0, 'SKB'], paket_b: [9, 0, 0, 'SKB'], paket_c: [14, 0, 0, 'SKB'] },
    services: {
      kitchen: 'Beroperasi',
      kitchenNote: 'Menu bergizi harian (DATA CONTOH)',
      bansos: [1, 60, 6_000_000],
      health: [2, 250],
    },
    publications: { ...links, cetak: 1 },
    integrity: ['Penetapan', 'WBK', 82.1],
    budget: [6_800_000_000, 612_000_000],
  },
  {
    code: 'LPN-RUMBAI',
    operator: 'Rudi Hartono (DATA CONTOH)',
    status: 'Dikirim',
    sentAt: sent(2, 14),
    returnNote: null,
    occupancy: { capacity: 950, inmates: 1_880 },
    clients: null,
    food: {
      pertanian: row('jagung', 5_000, 4, 1_800, 'kg'),
      perikanan: row('patin', 1_200, 3, 600, 'kg'),
      perkebunan: row('pinang', 5_000, 2, 300, 'kg', 0.8),
      hortikultura: row('kangkung', 1_300, 3, 500, 'ikat'),
    },
    headCount: 9,
    education: { paket_b: [10, 0, 0, 'PKBM'], paket_c: [22, 0, 0, 'PKBM'] },
    services: {
      kitchen: 'Proses',
      kitchenNote: 'Renovasi dapur (DATA CONTOH)',
      bansos: [1, 80, 8_000_000],
      health: [2, 390],
    },
    publications: { ...links, tv_radio: 1 },
    integrity: ['Pembangunan', 'WBK', 78.5],
    budget: [11_400_000_000, 1_026_000_000],
  },
  {
    code: 'LP-BKN',
    operator: 'Dedi Kurniawan (DATA CONTOH)',
    status: 'Dikirim',
    sentAt: sent(4, 8),
    returnNote: null,
    occupancy: { capacity: 650, inmates: 1_742 },
    clients: null,
    food: {
      pertanian: row('padi', 8_000, 4, 2_000, 'kg'),
      perikanan: row('lele', 2_000, 3, 900, 'kg'),
      peternakan: row('sapi', 1_500, 2, 4, 'ekor'),
      perkebunan: row('kelapa sawit', 5_000, 2, 3_000, 'kg'),
      hortikultura: row('terong', 1_500, 2, 250, 'kg'),
    },
    headCount: 10,
    education: { paket_a: [8, 0, 0, 'PKBM'], paket_b: [12, 0, 0, 'PKBM'], paket_c: [20, 0, 0, 'Dinas Pendidikan'] },
    services: {
      kitchen: 'Beroperasi',
      kitchenNote: 'Dapur sehat beroperasi (DATA CONTOH)',
      bansos: [2, 120, 12_000_000],
      health: [2, 510],
    },
    publications: { ...links, media_sosial: 8 },
    integrity: ['Penilaian', 'WBK', 80.2],
    budget: [10_900_000_000, 1_199_000_000],
  },
  {
    code: 'LP-BKS',
    operator: 'Fitri Handayani (DATA CONTOH)',
    status: 'Dikembalikan',
    sentAt: sent(2, 11),
    returnNote: 'Realisasi anggaran melebihi pagu: mohon periksa kembali lalu kirim ulang. (DATA CONTOH)',
    occupancy: { capacity: 400, inmates: 1_015 },
    clients: null,
    food: {
      pertanian: row('padi', 3_000, 3, 700, 'kg'),
      perikanan: row('nila', 1_000, 2, 300, 'kg'),
      perkebunan: row('kelapa', 3_600, 2, 1_500, 'buah'),
      hortikultura: row('cabai rawit', 1_000, 3, 90, 'kg'),
    },
    headCount: 8,
    education: { paket_b: [7, 0, 0, 'SKB'], paket_c: [16, 0, 0, 'SKB'] },
    services: {
      kitchen: 'Proses',
      kitchenNote: 'Menunggu peralatan (DATA CONTOH)',
      bansos: [1, 50, 5_000_000],
      health: [1, 300],
    },
    publications: { media_online: 1, website: 2, media_sosial: 4 },
    integrity: ['Pembangunan', 'WBK', 76],
    budget: [8_200_000_000, 738_000_000],
  },
  {
    code: 'LP-TBH',
    operator: 'Hendra Gunawan (DATA CONTOH)',
    status: 'Dikirim',
    sentAt: sent(4, 15),
    returnNote: null,
    occupancy: { capacity: 350, inmates: 980 },
    clients: null,
    food: {
      pertanian: row('padi', 2_500, 3, 600, 'kg'),
      perikanan: row('lele', 700, 2, 400, 'kg'),
      perkebunan: row('kelapa', 3_200, 2, 2_000, 'buah'),
      hortikultura: row('bayam', 800, 2, 300, 'ikat'),
    },
    headCount: 7,
    education: { paket_a: [6, 0, 0, 'PKBM'], paket_b: [8, 0, 0, 'PKBM'], paket_c: [11, 0, 0, 'PKBM'] },
    services: {
      kitchen: 'Belum',
      kitchenNote: 'Direncanakan tahun ini (DATA CONTOH)',
      bansos: [1, 40, 4_000_000],
      health: [1, 260],
    },
    publications: { media_online: 1, website: 2, media_sosial: 5 },
    integrity: ['Pembangunan', 'WBK', 77.3],
    budget: [7_600_000_000, 608_000_000],
  },
  {
    code: 'LP-BGS',
    operator: 'Yusuf Maulana (DATA CONTOH)',
    status: 'Dikirim',
    sentAt: sent(5, 9),
    returnNote: null,
    occupancy: { capacity: 300, inmates: 875 },
    clients: null,
    food: {
      perikanan: row('lele', 800, 2, 350, 'kg'),
      peternakan: row('bebek petelur', 500, 2, 1_800, 'butir'),
      perkebunan: row('kelapa sawit', 4_500, 2, 1_800, 'kg'),
      hortikultura: row('kangkung', 1_000, 2, 400, 'ikat'),
    },
    headCount: 6,
    education: { paket_a: [5, 0, 0, 'PKBM'], paket_c: [9, 0, 0, 'PKBM'] },
    services: {
      kitchen: 'Proses',
      kitchenNote: 'Pelatihan juru masak (DATA CONTOH)',
      bansos: [1, 35, 3_500_000],
      health: [1, 240],
    },
    publications: { media_online: 1, website: 2, media_sosial: 4 },
    typedLinks: { media_sosial: 'instagram.com/lpbgs.contoh' },
    integrity: ['Pencanangan', 'WBK', 75.8],
    budget: [6_900_000_000, 517_500_000],
  },
  {
    code: 'LP-TLK',
    operator: 'Nurhayati (DATA CONTOH)',
    status: 'Dikirim',
    sentAt: sent(3, 13),
    returnNote: null,
    occupancy: { capacity: 250, inmates: 630 },
    clients: null,
    food: {
      pertanian: row('jagung', 2_500, 2, 900, 'kg'),
      perikanan: row('nila', 600, 2, 200, 'kg'),
      hortikultura: row('tomat', 2_400, 2, 300, 'kg'),
    },
    headCount: 5,
    education: { paket_b: [6, 0, 0, 'SKB'], paket_c: [10, 0, 0, 'SKB'] },
    services: {
      kitchen: 'Belum',
      kitchenNote: '',
      bansos: [1, 30, 3_000_000],
      health: [1, 180],
    },
    publications: { media_online: 1, website: 1, media_sosial: 3 },
    integrity: ['Pencanangan', 'WBK', 76.2],
    budget: [5_300_000_000, 371_000_000],
  },
  {
    code: 'LP-PSP',
    operator: 'Joko Prasetyo (DATA CONTOH)',
    status: 'Dikirim',
    sentAt: sent(4, 10),
    returnNote: null,
    occupancy: { capacity: 250, inmates: 710 },
    clients: null,
    food: {
      pertanian: row('padi', 2_000, 2, 500, 'kg'),
      peternakan: row('kambing', 500, 2, 6, 'ekor'),
      perkebunan: row('kelapa sawit', 3_000, 2, 1_200, 'kg'),
      hortikultura: row('cabai merah', 500, 2, 60, 'kg'),
    },
    headCount: 6,
    education: { paket_a: [3, 0, 0, 'PKBM'], paket_b: [5, 0, 0, 'PKBM'], paket_c: [9, 0, 0, 'PKBM'] },
    services: {
      kitchen: 'Proses',
      kitchenNote: 'Pengadaan alat masak (DATA CONTOH)',
      bansos: [1, 25, 2_500_000],
      health: [1, 200],
    },
    publications: { media_online: 1, website: 2, media_sosial: 3 },
    integrity: ['Pembangunan', 'WBK', 75.5],
    budget: [5_600_000_000, 448_000_000],
  },
  {
    code: 'LP-SLP',
    operator: 'Rahmat Hidayat (DATA CONTOH)',
    status: 'Draf',
    sentAt: null,
    returnNote: null,
    occupancy: { capacity: 200, inmates: 540 },
    clients: null,
    food: {
      perikanan: row('lele', 600, 2, 250, 'kg'),
      perkebunan: row('kelapa', 2_500, 2, 800, 'buah'),
      hortikultura: row('sawi', 800, 2, 250, 'ikat'),
    },
    headCount: 5,
    education: { paket_b: [4, 0, 0, 'PKBM'], paket_c: [7, 0, 0, 'PKBM'] },
    services: {
      kitchen: 'Belum',
      kitchenNote: '',
      bansos: [0, 0, 0],
      health: [1, 150],
    },
    publications: { media_online: 1, media_sosial: 2 },
    integrity: ['Pencanangan', 'WBK', 71.5],
    budget: [4_800_000_000, 288_000_000],
  },
  {
    code: 'RUTAN-PKU',
    operator: 'Siti Aminah (DATA CONTOH)',
    status: 'Dikirim',
    sentAt: sent(2, 16),
    returnNote: null,
    occupancy: { capacity: 560, inmates: 1_650 },
    clients: null,
    food: {
      perikanan: row('lele', 350, 3, 300, 'kg'),
      peternakan: row('ayam petelur', 500, 2, 2_500, 'butir'),
      hortikultura: row('kangkung', 1_000, 4, 600, 'ikat'),
    },
    headCount: 8,
    education: { paket_a: [7, 0, 0, 'PKBM'], paket_b: [10, 0, 0, 'PKBM'], paket_c: [15, 0, 0, 'PKBM'] },
    services: {
      kitchen: 'Beroperasi',
      kitchenNote: 'Dapur sehat beroperasi (DATA CONTOH)',
      bansos: [2, 100, 10_000_000],
      health: [2, 450],
    },
    publications: { ...links, tv_radio: 2, cetak: 1 },
    integrity: ['Penilaian', 'WBBM', 87.2],
    budget: [12_300_000_000, 1_353_000_000],
  },
  {
    code: 'RUTAN-DUMAI',
    operator: 'Maya Sari (DATA CONTOH)',
    status: 'Dikirim',
    sentAt: sent(5, 14),
    returnNote: null,
    occupancy: { capacity: 200, inmates: 689 },
    clients: null,
    food: {
      perikanan: row('nila', 500, 2, 180, 'kg'),
      hortikultura: row('bayam', 2_000, 5, 500, 'ikat'),
    },
    headCount: 6,
    education: { paket_b: [5, 0, 0, 'SKB'], paket_c: [8, 0, 0, 'SKB'] },
    services: {
      kitchen: 'Proses',
      kitchenNote: 'Uji coba menu (DATA CONTOH)',
      bansos: [1, 30, 3_000_000],
      health: [1, 210],
    },
    publications: { media_online: 1, website: 1, media_sosial: 4 },
    integrity: ['Pembangunan', 'WBK', 76.8],
    budget: [4_900_000_000, 392_000_000],
  },
  {
    code: 'RUTAN-SIAK',
    operator: 'Agus Salim (DATA CONTOH)',
    status: 'Dikirim',
    sentAt: sent(4, 11),
    returnNote: null,
    occupancy: { capacity: 150, inmates: 420 },
    clients: null,
    food: {
      pertanian: row('jagung', 1_500, 2, 450, 'kg'),
      perikanan: row('patin', 500, 2, 200, 'kg'),
      hortikultura: row('terong', 1_200, 2, 150, 'kg'),
    },
    headCount: 5,
    education: { paket_a: [2, 0, 0, 'PKBM'], paket_c: [6, 0, 0, 'PKBM'] },
    services: {
      kitchen: 'Belum',
      kitchenNote: '',
      bansos: [1, 20, 2_000_000],
      health: [1, 160],
    },
    publications: { media_online: 1, website: 1, media_sosial: 2 },
    integrity: ['Pencanangan', 'WBK', 75.4],
    budget: [4_200_000_000, 294_000_000],
  },
  {
    code: 'RUTAN-RGT',
    operator: 'Ismail Marzuki (DATA CONTOH)',
    status: 'Draf',
    sentAt: null,
    returnNote: null,
    occupancy: { capacity: 150, inmates: 465 },
    clients: null,
    food: {
      perikanan: row('lele', 450, 2, 150, 'kg'),
      perkebunan: row('pinang', 1_500, 2, 100, 'kg'),
      hortikultura: row('cabai rawit', 800, 2, 40, 'kg'),
    },
    headCount: 5,
    education: { paket_b: [3, 0, 0, 'PKBM'], paket_c: [5, 0, 0, 'PKBM'] },
    services: {
      kitchen: 'Belum',
      kitchenNote: '',
      bansos: [0, 0, 0],
      health: [1, 140],
    },
    publications: { media_online: 1, media_sosial: 2 },
    integrity: ['Pencanangan', 'WBK', 72],
    budget: [4_100_000_000, 246_000_000],
  },
  {
    code: 'LPKA-PKU',
    operator: 'Dewi Lestari (DATA CONTOH)',
    status: 'Dikirim',
    sentAt: sent(3, 15),
    returnNote: null,
    occupancy: { capacity: 200, inmates: 96 },
    clients: null,
    food: {
      perikanan: row('lele', 300, 4, 200, 'kg'),
      peternakan: row('ayam kampung', 300, 3, 30, 'ekor'),
      hortikultura: row('sawi', 1_000, 5, 300, 'ikat'),
    },
    headCount: 9,
    education: {
      paket_a: [10, 0, 0, 'Dinas Pendidikan'],
      paket_b: [25, 0, 0, 'Dinas Pendidikan'],
      paket_c: [18, 0, 0, 'Dinas Pendidikan'],
    },
    services: {
      kitchen: 'Beroperasi',
      kitchenNote: 'Menu gizi anak (DATA CONTOH)',
      bansos: [1, 96, 9_600_000],
      health: [2, 96],
    },
    publications: { ...links, tv_radio: 1 },
    integrity: ['Penetapan', 'WBK', 83.4],
    budget: [5_200_000_000, 520_000_000],
  },
  {
    code: 'BAPAS-PKU',
    operator: 'Bambang Sutrisno (DATA CONTOH)',
    status: 'Dikirim',
    sentAt: sent(5, 10),
    returnNote: null,
    occupancy: null,
    clients: { newClients: 85, activeClients: 1_240 },
    food: {
      hortikultura: row('tomat', 872, 0, 40, 'kg'),
    },
    headCount: 0,
    education: null,
    services: null,
    publications: { media_online: 1, website: 2, media_sosial: 5 },
    integrity: ['Pembangunan', 'WBK', 77.9],
    budget: [3_800_000_000, 304_000_000],
  },
  {
    code: 'RUPBASAN-BKS',
    operator: 'Eko Santoso (DATA CONTOH)',
    status: 'Dikirim',
    sentAt: sent(4, 9),
    returnNote: null,
    occupancy: null,
    clients: null,
    food: {
      perkebunan: row('kelapa sawit', 2_400, 0, 900, 'kg'),
    },
    headCount: 0,
    education: null,
    services: null,
    publications: { website: 1, media_sosial: 2 },
    integrity: ['Pencanangan', 'WBK', 75.1],
    budget: [1_900_000_000, 133_000_000],
  },
  {
    code: 'RUPBASAN-RGT',
    operator: 'Zulkifli (DATA CONTOH)',
    status: 'Dikirim',
    sentAt: sent(5, 13),
    returnNote: null,
    occupancy: null,
    clients: null,
    food: {
      pertanian: row('ubi kayu', 1_700, 0, 500, 'kg'),
    },
    headCount: 0,
    education: null,
    services: null,
    publications: { website: 1, media_sosial: 1 },
    integrity: ['Pencanangan', 'WBK', 76.6],
    budget: [1_700_000_000, 102_000_000],
  },
];
