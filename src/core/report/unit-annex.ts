// The annex of one unit: its status and every reported figure, a rejected value shown as such with its cell.
import { FOOD_CLUSTERS } from '../consolidate';
import { formatArea, formatNumber, formatPercent, formatRupiah } from '../format';
import type { FieldValue, UnitConfig, UnitReport } from '../types';
import { CLUSTER_LABELS } from './labels';
import type { ReportBlock, ReportInput, ReportSection } from './report-model';
import { DASH } from './wording';

type Formatter = (n: number) => string;
const plain: Formatter = (n) => formatNumber(n, n % 1 === 0 ? 0 : 1);

/** A value as the annex shows it: rejected → "belum valid (sel D12)", empty → "–", unit text exactly as typed. */
function valueText(report: UnitReport, key: string, format: Formatter = plain): string {
  if (report.invalidKeys.includes(key)) {
    const cell = report.cells[key];
    return cell ? `belum valid (sel ${cell})` : 'belum valid';
  }
  const value: FieldValue | undefined = report.values[key];
  if (value === null || value === undefined || value === '') return DASH;
  return typeof value === 'number' ? format(value) : value;
}

function hasAny(report: UnitReport, keys: readonly string[]): boolean {
  return keys.some((k) => report.invalidKeys.includes(k) || (report.values[k] ?? '') !== '');
}

function custodial(unit: UnitConfig): boolean {
  return unit.type === 'Lapas' || unit.type === 'Rutan' || unit.type === 'LPKA';
}

function indicatorRows(input: ReportInput, report: UnitReport): string[][] {
  const code = report.unit.code;
  const c = input.consolidation;
  const v = (key: string, format?: Formatter) => valueText(report, key, format);
  const budget = c.management.budget.units.find((row) => row.code === code);
  const publications = c.management.publications.units.find((row) => row.code === code);
  const rows: string[][] = [['WBP terlibat ketahanan pangan (tanpa dobel)', v('pangan_wbp.wbp_terlibat')]];
  if (custodial(report.unit)) {
    const education = c.education.units.find((row) => row.code === code);
    rows.push(
      [
        'Pendidikan kesetaraan: peserta / ikut ujian / lulus',
        education
          ? `${formatNumber(education.total.peserta)} / ${formatNumber(education.total.ikutUjian)} / ${formatNumber(education.total.lulus)}`
          : DASH,
      ],
      ['Dapur sehat', v('layanan.dapur_sehat')],
      ['Catatan dapur sehat', v('layanan.dapur_sehat_catatan')],
      ['Bantuan sosial: kegiatan', v('layanan.bansos_kegiatan')],
      ['Bantuan sosial: penerima', v('layanan.bansos_penerima')],
      ['Bantuan sosial: nilai', v('layanan.bansos_nilai_rp', formatRupiah)],
      ['Pemeriksaan kesehatan gratis: kegiatan', v('layanan.kesehatan_kegiatan')],
      ['Pemeriksaan kesehatan gratis: peserta', v('layanan.kesehatan_peserta')],
    );
  }
  rows.push(
    ['Publikasi media', publications ? formatNumber(publications.total) : DASH],
    ['Zona Integritas: tahap', v('zona_integritas.tahap')],
    ['Zona Integritas: target', v('zona_integritas.target')],
    ['Zona Integritas: nilai', v('zona_integritas.nilai')],
    ['Pagu anggaran', v('anggaran.pagu_rp', formatRupiah)],
    ['Realisasi anggaran', v('anggaran.realisasi_rp', formatRupiah)],
    ['Penyerapan', budget?.absorption == null ? DASH : formatPercent(budget.absorption)],
  );
  return rows;
}

function foodRows(report: UnitReport): string[][] {
  return FOOD_CLUSTERS.filter((cluster) =>
    hasAny(
      report,
      ['komoditas', 'luas_m2', 'wbp', 'hasil', 'penjualan_rp', 'pnbp_rp'].map((col) => `pangan.${cluster}.${col}`),
    ),
  ).map((cluster) => {
    const key = (col: string) => `pangan.${cluster}.${col}`;
    const unitOfMeasure = valueText(report, key('satuan'));
    const output = valueText(report, key('hasil'));
    return [
      CLUSTER_LABELS[cluster],
      valueText(report, key('komoditas')),
      valueText(report, key('luas_m2'), formatArea),
      valueText(report, key('wbp')),
      output === DASH || unitOfMeasure === DASH ? output : `${output} ${unitOfMeasure}`,
      valueText(report, key('penjualan_rp'), formatRupiah),
      valueText(report, key('pnbp_rp'), formatRupiah),
    ];
  });
}

export function unitAnnex(input: ReportInput, unit: UnitConfig, index: number): ReportSection {
  const heading = `Lampiran ${index + 1}. ${unit.name}`;
  const report = input.reports.find((r) => r.unit.code === unit.code);
  const status = input.consolidation.status.units.find((row) => row.code === unit.code);
  const identity: ReportBlock = {
    kind: 'paragraph',
    text:
      `Kode ${unit.code} · ${unit.type} Kelas ${unit.unitClass} · Status: ${status?.status ?? 'Belum diisi'} · ` +
      `${status?.errors ?? 0} kesalahan, ${status?.warnings ?? 0} peringatan.`,
  };
  if (!report?.found) {
    return {
      heading,
      blocks: [identity, { kind: 'note', text: 'Tab UPT ini tidak ditemukan; datanya belum masuk rekapitulasi.' }],
    };
  }
  const food = foodRows(report);
  return {
    heading,
    blocks: [
      identity,
      { kind: 'table', header: ['Indikator', 'Nilai'], rows: indicatorRows(input, report), widths: [3, 2] },
      food.length === 0
        ? { kind: 'paragraph', text: 'Ketahanan pangan: tidak ada kegiatan yang dilaporkan.' }
        : {
            kind: 'table',
            header: ['Klaster', 'Komoditas', 'Luas lahan', 'WBP', 'Hasil', 'Penjualan', 'PNBP'],
            rows: food,
            widths: [2, 3, 3, 1, 2, 3, 3],
          },
    ],
  };
}
