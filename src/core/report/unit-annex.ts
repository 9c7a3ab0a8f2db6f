// The annexes per unit: status and every reported figure, a rejected value shown with its cell (one table past 40 units).
import { type FieldOf, fieldKey, type ValueKey } from '../schema/field-key';
import type { FieldValue, UnitConfig, UnitReport } from '../schema/types';
import { CUSTODIAL_TYPES, isOneOf, KLASTER_LABELS, KLASTER_PANGAN } from '../schema/vocabulary';
import { formatArea, formatNumber, formatPercent, formatRupiah } from '../text/format';
import type { ReportInput, ReportSection } from './report-model';
import { DASH } from './wording';

type Formatter = (n: number) => string;
const plain: Formatter = (n) => formatNumber(n, n % 1 === 0 ? 0 : 1);

/** A value as the annex shows it: rejected → "belum valid (sel D12)", empty → "–", unit text exactly as typed. */
function valueText(report: UnitReport, key: ValueKey, format: Formatter = plain): string {
  if (report.invalidKeys.includes(key)) {
    const cell = report.cells[key];
    return cell ? `belum valid (sel ${cell})` : 'belum valid';
  }
  const value: FieldValue | undefined = report.values[key];
  if (value === null || value === undefined || value === '') return DASH;
  return typeof value === 'number' ? format(value) : value;
}

/** The columns whose value makes a klaster worth a row (its unit of measure alone does not). */
const PANGAN_COLUMNS = ['komoditas', 'luas_m2', 'wbp', 'hasil', 'penjualan_rp', 'pnbp_rp'] as const;

/** One row per klaster the unit reported anything in: "padi; 6.000 m²; 5 WBP; hasil 1.200 kg; …". */
function panganRows(report: UnitReport): string[][] {
  const rows: string[][] = [];
  for (const klaster of KLASTER_PANGAN) {
    const key = (col: FieldOf<'pangan'>) => fieldKey.pangan(klaster, col);
    const reported = PANGAN_COLUMNS.some((col) => valueText(report, key(col)) !== DASH);
    if (!reported) continue;
    const unitOfMeasure = valueText(report, key('satuan'));
    const output = valueText(report, key('hasil'));
    const parts = [
      valueText(report, key('komoditas')),
      `luas ${valueText(report, key('luas_m2'), formatArea)}`,
      `${valueText(report, key('wbp'))} WBP`,
      `hasil ${output}${output !== DASH && unitOfMeasure !== DASH ? ` ${unitOfMeasure}` : ''}`,
      `penjualan ${valueText(report, key('penjualan_rp'), formatRupiah)}`,
      `PNBP ${valueText(report, key('pnbp_rp'), formatRupiah)}`,
    ];
    rows.push([`Ketahanan pangan: ${KLASTER_LABELS[klaster].toLowerCase()}`, parts.join('; ')]);
  }
  return rows.length > 0 ? rows : [['Ketahanan pangan', 'Tidak ada kegiatan yang dilaporkan.']];
}

function figureRows(input: ReportInput, report: UnitReport): string[][] {
  const code = report.unit.code;
  const c = input.consolidation;
  const v = (key: ValueKey, format?: Formatter) => valueText(report, key, format);
  const layanan = (field: FieldOf<'layanan'>, format?: Formatter) => v(fieldKey.layanan(field), format);
  const zi = (field: FieldOf<'zona_integritas'>) => v(fieldKey.zona_integritas(field));
  const anggaran = c.anggaran.units.find((row) => row.code === code);
  const publikasi = c.publikasi.units.find((row) => row.code === code);
  const rows: string[][] = [
    ...panganRows(report),
    ['WBP terlibat ketahanan pangan (tanpa dobel)', v(fieldKey.pangan_wbp('wbp_terlibat'))],
  ];
  if (isOneOf(CUSTODIAL_TYPES, report.unit.type)) {
    const pendidikan = c.pendidikan.units.find((row) => row.code === code);
    rows.push(
      [
        'Pendidikan kesetaraan: peserta / ikut ujian / lulus',
        pendidikan
          ? `${formatNumber(pendidikan.total.peserta)} / ${formatNumber(pendidikan.total.ikutUjian)} / ${formatNumber(pendidikan.total.lulus)}`
          : DASH,
      ],
      ['Dapur sehat', layanan('dapur_sehat')],
      ['Catatan dapur sehat', layanan('dapur_sehat_catatan')],
      ['Bantuan sosial: kegiatan / penerima', `${layanan('bansos_kegiatan')} / ${layanan('bansos_penerima')}`],
      ['Bantuan sosial: nilai', layanan('bansos_nilai_rp', formatRupiah)],
      [
        'Pemeriksaan kesehatan gratis: kegiatan / peserta',
        `${layanan('kesehatan_kegiatan')} / ${layanan('kesehatan_peserta')}`,
      ],
    );
  }
  rows.push(
    ['Publikasi media', publikasi ? formatNumber(publikasi.total) : DASH],
    ['Zona Integritas: tahap / target / nilai', `${zi('tahap')} / ${zi('target')} / ${zi('nilai')}`],
    ['Pagu anggaran', v(fieldKey.anggaran('pagu_rp'), formatRupiah)],
    ['Realisasi anggaran', v(fieldKey.anggaran('realisasi_rp'), formatRupiah)],
    ['Penyerapan anggaran', anggaran?.serapan == null ? DASH : formatPercent(anggaran.serapan)],
  );
  return rows;
}

/** The label/value rows describing one unit. */
function annexRows(input: ReportInput, unit: UnitConfig): string[][] {
  const report = input.reports.find((r) => r.unit.code === unit.code);
  const status = input.consolidation.status.units.find((row) => row.code === unit.code);
  const identity = [
    ['Kode UPT', unit.code],
    ['Jenis / kelas', `${unit.type} / ${unit.unitClass}`],
    ['Status laporan', status?.status ?? 'Belum diisi'],
    ['Kesalahan / peringatan', `${status?.errors ?? 0} / ${status?.warnings ?? 0}`],
  ];
  return report?.found
    ? [...identity, ...figureRows(input, report)]
    : [...identity, ['Data', 'Tab UPT ini tidak ditemukan; datanya belum masuk rekapitulasi.']];
}

/**
 * Up to this many units, each has an annex of its own (a heading in the Doc's outline); beyond it, one table holds
 * them all, since every separate annex costs Docs calls and a run has 6 minutes.
 */
export const MAX_SEPARATE_ANNEXES = 40;

export function unitAnnexes(input: ReportInput): ReportSection[] {
  const units = input.config.units;
  if (units.length <= MAX_SEPARATE_ANNEXES) {
    return units.map((unit, i) => ({
      heading: `Lampiran ${i + 1}. ${unit.name}`,
      blocks: [{ kind: 'table', header: [], rows: annexRows(input, unit), widths: [180, null] }],
    }));
  }
  const rows = units.flatMap((unit, i) =>
    annexRows(input, unit).map((row, j) => [j === 0 ? `${i + 1}. ${unit.name}` : '', ...row]),
  );
  return [
    {
      heading: `Data per UPT (${units.length} UPT)`,
      blocks: [{ kind: 'table', header: ['UPT', 'Uraian', 'Nilai'], rows, widths: [120, 150, null] }],
    },
  ];
}
