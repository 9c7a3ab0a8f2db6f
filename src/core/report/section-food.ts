// Section 3 of the report, "Ketahanan pangan": per cluster (with a chart) and per unit, partial totals named.
import type { ClusterTotal, OutputAmount, UnitFoodRow } from '../consolidation/consolidate';
import { formatNumber, formatPeriod, formatRupiah } from '../text/format';
import { CLUSTER_LABELS } from './labels';
import type { ReportBlock, ReportInput, ReportSection } from './report-model';
import { DASH, incompleteNote, tableOrEmpty, totalLabel } from './wording';

function outputText(output: readonly OutputAmount[]): string {
  if (output.length === 0) return DASH;
  return output.map((o) => `${formatNumber(o.value, o.value % 1 === 0 ? 0 : 1)} ${o.unitOfMeasure}`.trim()).join('; ');
}

function clusterRow(cluster: ClusterTotal): string[] {
  return [
    CLUSTER_LABELS[cluster.cluster],
    String(cluster.unitCount),
    cluster.commodities.length > 0 ? cluster.commodities.join(', ') : DASH,
    formatNumber(cluster.landM2.value),
    formatNumber(cluster.wbp.value),
    outputText(cluster.output),
    formatRupiah(cluster.salesRp.value),
    formatRupiah(cluster.pnbpRp.value),
  ];
}

function unitRemark(row: UnitFoodRow): string {
  if (!row.found) return 'Tab tidak ditemukan';
  if (row.excludedCells > 0) return `${row.excludedCells} sel belum valid`;
  return row.active ? '' : 'Tidak ada kegiatan';
}

export function foodSection(input: ReportInput): ReportSection {
  const { config } = input;
  const food = input.consolidation.food;
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text:
        `Ketahanan pangan dilaksanakan di ${food.unitsWithFood} dari ${input.consolidation.unitCount} UPT. ` +
        `Jumlah WBP terlibat adalah jumlah orang tanpa dobel yang dilaporkan setiap UPT ` +
        `(${formatNumber(food.headCount.value)} WBP); jumlah per klaster (${formatNumber(food.clusterWbp.value)}) ` +
        `dapat lebih besar karena satu WBP dapat bekerja di lebih dari satu klaster.`,
    },
    { kind: 'subheading', text: '3.1 Per klaster' },
    {
      kind: 'table',
      header: ['Klaster', 'UPT', 'Komoditas', 'Luas lahan (m²)', 'WBP', 'Hasil', 'Penjualan', 'PNBP'],
      rows: [
        ...food.clusters.map(clusterRow),
        [
          totalLabel(food.landM2, food.clusterWbp, food.salesRp, food.pnbpRp),
          String(food.unitsWithFood),
          '',
          formatNumber(food.landM2.value),
          formatNumber(food.clusterWbp.value),
          '',
          formatRupiah(food.salesRp.value),
          formatRupiah(food.pnbpRp.value),
        ],
      ],
      widths: [72, 34, 96, null, 34, null, null, null],
    },
    {
      kind: 'figure',
      chart: {
        type: 'column',
        title: 'Luas lahan ketahanan pangan per klaster (m²)',
        categories: food.clusters.map((c) => CLUSTER_LABELS[c.cluster]),
        series: [{ name: 'Luas lahan (m²)', values: food.clusters.map((c) => c.landM2.value) }],
      },
      caption: `Gambar 1. Luas lahan ketahanan pangan per klaster, ${formatPeriod(config.period)}.`,
    },
    ...incompleteNote(config, 'luas lahan, WBP, penjualan dan PNBP', food.landM2.excluded, food.headCount.excluded),
    { kind: 'subheading', text: '3.2 Per UPT' },
    tableOrEmpty(
      ['No', 'UPT', 'Luas lahan (m²)', 'WBP terlibat', 'Penjualan', 'PNBP', 'Keterangan'],
      [
        ...food.units.map((row, i) => [
          String(i + 1),
          row.name,
          formatNumber(row.landM2),
          formatNumber(row.headCount),
          formatRupiah(row.salesRp),
          formatRupiah(row.pnbpRp),
          unitRemark(row),
        ]),
        [
          '',
          totalLabel(food.landM2, food.headCount, food.salesRp, food.pnbpRp),
          formatNumber(food.landM2.value),
          formatNumber(food.headCount.value),
          formatRupiah(food.salesRp.value),
          formatRupiah(food.pnbpRp.value),
          '',
        ],
      ],
      [26, 130, 50, 40, 80, 80, null],
    ),
  ];
  return { heading: '3. Ketahanan pangan', blocks };
}
