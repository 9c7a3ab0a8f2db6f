// Section 3 of the report, "Ketahanan pangan": per klaster (with a chart) and per unit, partial totals named; and the
// food-security rows of each unit's annex.
import type { HasilAmount, KlasterTotal, UnitPanganRow } from '../consolidation/pangan';
import { type FieldOf, fieldKey } from '../schema/field-key';
import type { UnitReport } from '../schema/types';
import { KLASTER_LABELS, KLASTER_PANGAN } from '../schema/vocabulary';
import { formatArea, formatNumber, formatPeriod, formatRupiah } from '../text/format';
import { largestFirst } from './chart-order';
import type { ReportBlock, ReportInput, ReportSection } from './report-model';
import { annexValue, DASH, type Formatter, incompleteNote, tableOrEmpty, totalLabel } from './wording';

function hasilText(hasil: readonly HasilAmount[]): string {
  if (hasil.length === 0) return DASH;
  return hasil.map((h) => `${formatNumber(h.value, h.value % 1 === 0 ? 0 : 1)} ${h.satuan}`.trim()).join('; ');
}

function klasterRow(k: KlasterTotal): string[] {
  return [
    KLASTER_LABELS[k.klaster],
    String(k.activeUnits),
    k.komoditas.length > 0 ? k.komoditas.join(', ') : DASH,
    formatNumber(k.luasLahan.value),
    formatNumber(k.wbp.value),
    hasilText(k.hasil),
    formatRupiah(k.penjualanRp.value),
    formatRupiah(k.pnbpRp.value),
  ];
}

function unitRemark(row: UnitPanganRow): string {
  if (!row.found) return 'Tab tidak ditemukan';
  if (row.excludedCells > 0) return `${row.excludedCells} sel belum valid`;
  return row.active ? '' : 'Tidak ada kegiatan';
}

/** PNBP is the share of sales paid to the state, so a klaster with PNBP above its sales needs a second look. */
function pnbpAboveSalesNotes(perKlaster: readonly KlasterTotal[]): ReportBlock[] {
  return perKlaster
    .filter((k) => k.pnbpRp.value > k.penjualanRp.value)
    .map((k) => ({
      kind: 'note',
      text:
        `Catatan: pada klaster ${KLASTER_LABELS[k.klaster]}, PNBP (${formatRupiah(k.pnbpRp.value)}) lebih besar dari ` +
        `penjualan (${formatRupiah(k.penjualanRp.value)}), padahal PNBP adalah bagian dari hasil penjualan yang disetor ` +
        `ke kas negara. ${
          k.penjualanRp.excluded.cells > 0
            ? `Penjualan tanpa sel yang ditolak validasi (${k.penjualanRp.excluded.cellRefs.join(', ')}); angka ini belum dapat dibandingkan.`
            : 'Periksa kembali kedua angka ini di tab UPT.'
        }`,
    }));
}

export function panganSection(input: ReportInput): ReportSection {
  const { config } = input;
  const pangan = input.consolidation.pangan;
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text:
        `Ketahanan pangan dilaksanakan di ${pangan.activeUnits} dari ${input.consolidation.unitCount} UPT. ` +
        `Jumlah WBP terlibat adalah jumlah orang tanpa dobel yang dilaporkan setiap UPT ` +
        `(${formatNumber(pangan.wbpTerlibat.value)} WBP); jumlah per klaster (${formatNumber(pangan.wbpKlaster.value)}) ` +
        `dapat lebih besar karena satu WBP dapat bekerja di lebih dari satu klaster.`,
    },
    { kind: 'subheading', text: '3.1 Per klaster' },
    {
      kind: 'table',
      header: ['Klaster', 'UPT', 'Komoditas', 'Luas lahan (m²)', 'WBP', 'Hasil', 'Penjualan', 'PNBP'],
      rows: [
        ...pangan.perKlaster.map(klasterRow),
        [
          totalLabel(pangan.luasLahan, pangan.wbpKlaster, pangan.penjualanRp, pangan.pnbpRp),
          String(pangan.activeUnits),
          '',
          formatNumber(pangan.luasLahan.value),
          formatNumber(pangan.wbpKlaster.value),
          '',
          formatRupiah(pangan.penjualanRp.value),
          formatRupiah(pangan.pnbpRp.value),
        ],
      ],
    },
    {
      kind: 'figure',
      chart: largestFirst({
        type: 'column',
        title: 'Luas lahan ketahanan pangan per klaster (m²)',
        categories: pangan.perKlaster.map((k) => KLASTER_LABELS[k.klaster]),
        series: [{ name: 'Luas lahan (m²)', values: pangan.perKlaster.map((k) => k.luasLahan.value) }],
      }),
      caption: `Gambar 1. Luas lahan ketahanan pangan per klaster, ${formatPeriod(config.period)}.`,
    },
    // One note per figure: each leaves out its own units and cells.
    ...incompleteNote(config, 'luas lahan', pangan.luasLahan.excluded),
    ...incompleteNote(config, 'jumlah WBP terlibat', pangan.wbpTerlibat.excluded, pangan.wbpKlaster.excluded),
    ...incompleteNote(config, 'penjualan', pangan.penjualanRp.excluded),
    ...incompleteNote(config, 'PNBP', pangan.pnbpRp.excluded),
    ...pnbpAboveSalesNotes(pangan.perKlaster),
    { kind: 'subheading', text: '3.2 Per UPT' },
    tableOrEmpty(
      ['No', 'UPT', 'Luas lahan (m²)', 'WBP terlibat', 'Penjualan', 'PNBP', 'Keterangan'],
      [
        ...pangan.units.map((row, i) => [
          String(i + 1),
          row.name,
          formatNumber(row.luasLahan),
          formatNumber(row.wbpTerlibat),
          formatRupiah(row.penjualanRp),
          formatRupiah(row.pnbpRp),
          unitRemark(row),
        ]),
        [
          '',
          totalLabel(pangan.luasLahan, pangan.wbpTerlibat, pangan.penjualanRp, pangan.pnbpRp),
          formatNumber(pangan.luasLahan.value),
          formatNumber(pangan.wbpTerlibat.value),
          formatRupiah(pangan.penjualanRp.value),
          formatRupiah(pangan.pnbpRp.value),
          '',
        ],
      ],
    ),
  ];
  return { heading: '3. Ketahanan pangan', blocks };
}

/** The columns whose value makes a klaster worth an annex row (its unit of measure alone does not). */
const REPORTED_COLUMNS = ['komoditas', 'luas_m2', 'wbp', 'hasil', 'penjualan_rp', 'pnbp_rp'] as const;

/** One row per klaster the unit reported anything in ("padi; 6.000 m²; 5 WBP; hasil 1.200 kg; …"), then the head count. */
export function panganAnnexRows(report: UnitReport): string[][] {
  const rows: string[][] = [];
  for (const klaster of KLASTER_PANGAN) {
    const v = (col: FieldOf<'pangan'>, format?: Formatter) => annexValue(report, fieldKey.pangan(klaster, col), format);
    if (!REPORTED_COLUMNS.some((col) => v(col) !== DASH)) continue;
    const satuan = v('satuan');
    const hasil = v('hasil');
    const parts = [
      v('komoditas'),
      `luas ${v('luas_m2', formatArea)}`,
      `${v('wbp')} WBP`,
      `hasil ${hasil}${hasil !== DASH && satuan !== DASH ? ` ${satuan}` : ''}`,
      `penjualan ${v('penjualan_rp', formatRupiah)}`,
      `PNBP ${v('pnbp_rp', formatRupiah)}`,
    ];
    rows.push([`Ketahanan pangan: ${KLASTER_LABELS[klaster].toLowerCase()}`, parts.join('; ')]);
  }
  return [
    ...(rows.length > 0 ? rows : [['Ketahanan pangan', 'Tidak ada kegiatan yang dilaporkan.']]),
    ['WBP terlibat ketahanan pangan (tanpa dobel)', annexValue(report, fieldKey.pangan_wbp('wbp_terlibat'))],
  ];
}
