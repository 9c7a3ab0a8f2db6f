// Food security on the summary sheets: the body of "Rekap Pangan", its dashboard figures and its dashboard chart.
import type { Consolidation } from '../consolidation/consolidate';
import { KLASTER_LABELS } from '../schema/vocabulary';
import { cellText } from '../text/cell-text';
import { formatNumber } from '../text/format';
import { excludedCellsNote, exclusionNote, mergedNote } from './notes';
import type { Column, Figure, SheetBuilder, SummaryChart } from './sheet-builder';
import { figure, INTEGER, RUPIAH, span } from './sheet-builder';

export function panganDashboardFigures(c: Consolidation): Figure[] {
  const p = c.pangan;
  return [
    figure(
      'WBP terlibat ketahanan pangan (orang)',
      p.wbpTerlibat.value,
      INTEGER,
      exclusionNote(p.wbpTerlibat.excluded),
    ),
    figure('Luas lahan ketahanan pangan (m²)', p.luasLahan.value, INTEGER, exclusionNote(p.luasLahan.excluded)),
    figure('UPT melaksanakan ketahanan pangan', p.activeUnits, INTEGER, `dari ${c.unitCount} UPT`),
    figure('Penjualan hasil pangan (Rp)', p.penjualanRp.value, RUPIAH, exclusionNote(p.penjualanRp.excluded)),
    figure('PNBP hasil pangan (Rp)', p.pnbpRp.value, RUPIAH, exclusionNote(p.pnbpRp.excluded)),
  ];
}

/** The land per klaster as a small table, charted on the dashboard. */
export function panganDashboardChart(s: SheetBuilder, c: Consolidation): SummaryChart {
  const table = s.table(
    [
      { header: 'Klaster' },
      { header: 'Luas lahan (m²)', format: INTEGER },
      { header: 'WBP terlibat', format: INTEGER },
    ],
    c.pangan.perKlaster.map((k) => [KLASTER_LABELS[k.klaster], k.luasLahan.value, k.wbp.value]),
  );
  return { title: 'Luas lahan ketahanan pangan per klaster (m²)', type: 'column', range: span(table, 2) };
}

export function writePangan(s: SheetBuilder, c: Consolidation): void {
  const p = c.pangan;
  s.figures([
    figure('WBP terlibat (orang, tanpa dobel)', p.wbpTerlibat.value, INTEGER, exclusionNote(p.wbpTerlibat.excluded)),
    figure('Luas lahan (m²)', p.luasLahan.value, INTEGER, exclusionNote(p.luasLahan.excluded)),
    figure('UPT melaksanakan ketahanan pangan', p.activeUnits, INTEGER, `dari ${c.unitCount} UPT`),
  ]);
  s.blank();
  s.heading('Per klaster');
  s.table(
    [
      { header: 'Klaster' },
      { header: 'Komoditas' },
      { header: 'Luas lahan (m²)', format: INTEGER },
      { header: 'WBP terlibat (orang)', format: INTEGER },
      { header: 'Hasil' },
      { header: 'Penjualan (Rp)', format: RUPIAH },
      { header: 'PNBP (Rp)', format: RUPIAH },
      { header: 'Jumlah UPT', format: INTEGER },
      { header: 'Keterangan' },
    ],
    p.perKlaster.map((k) => [
      KLASTER_LABELS[k.klaster],
      // Cut as one cell: many long commodity names together may pass the cell limit.
      cellText(k.komoditas.join(', ')),
      k.luasLahan.value,
      k.wbp.value,
      cellText(
        k.hasil.map((h) => `${formatNumber(h.value, Number.isInteger(h.value) ? 0 : 1)} ${h.satuan}`.trim()).join('; '),
      ),
      k.penjualanRp.value,
      k.pnbpRp.value,
      k.activeUnits,
      mergedNote(k.luasLahan, k.wbp, k.penjualanRp, k.pnbpRp),
    ]),
    [
      'Total wilayah',
      '',
      p.luasLahan.value,
      p.wbpKlaster.value,
      '',
      p.penjualanRp.value,
      p.pnbpRp.value,
      p.activeUnits,
      // The klaster rows may count one person twice; the head count is the figure to quote.
      [
        `Jumlah baris klaster; WBP tanpa dobel: ${formatNumber(p.wbpTerlibat.value)} orang`,
        mergedNote(p.luasLahan, p.wbpKlaster, p.penjualanRp, p.pnbpRp),
      ]
        .filter((t) => t !== '')
        .join('. '),
    ],
  );
  s.blank();
  s.heading('Per UPT: luas lahan (m²) dan WBP terlibat (orang) per klaster');
  const klasterColumns = p.perKlaster.flatMap((k): Column[] => [
    { header: `${KLASTER_LABELS[k.klaster]} (m²)`, format: INTEGER },
    { header: `${KLASTER_LABELS[k.klaster]} (WBP)`, format: INTEGER },
  ]);
  s.unitTable(
    p.units,
    [
      {
        columns: [
          ...klasterColumns,
          { header: 'Total luas (m²)', format: INTEGER },
          { header: 'WBP terlibat (tanpa dobel)', format: INTEGER },
          { header: 'Keterangan' },
        ],
        rows: p.units.map((u) => [
          ...p.perKlaster.flatMap((k) => [u.perKlaster[k.klaster].luasLahan, u.perKlaster[k.klaster].wbp]),
          u.luasLahan,
          u.wbpTerlibat,
          u.found ? excludedCellsNote(u.excludedCells) : 'Tab tidak ditemukan',
        ]),
      },
    ],
    [
      'Total wilayah',
      '',
      ...p.perKlaster.flatMap((k) => [k.luasLahan.value, k.wbp.value]),
      p.luasLahan.value,
      p.wbpTerlibat.value,
      mergedNote(p.luasLahan, p.wbpTerlibat),
    ],
  );
}
