// Equivalency education on the summary sheets: its part of "Rekap Pembinaan" and its dashboard figure.
import type { Consolidation } from '../consolidation/consolidate';
import { PAKET_LABELS } from '../schema/vocabulary';
import { excludedCellsNote, exclusionNote, mergedNote } from './notes';
import type { Column, Figure, SheetBuilder } from './sheet-builder';
import { figure, INTEGER } from './sheet-builder';

export function pendidikanDashboardFigures(c: Consolidation): Figure[] {
  const peserta = c.pendidikan.total.peserta;
  return [figure('Peserta pendidikan kesetaraan (orang)', peserta.value, INTEGER, exclusionNote(peserta.excluded))];
}

export function writePendidikan(s: SheetBuilder, c: Consolidation): void {
  const p = c.pendidikan;
  s.heading('Pendidikan kesetaraan');
  s.table(
    [
      { header: 'Paket' },
      { header: 'Peserta', format: INTEGER },
      { header: 'Ikut ujian', format: INTEGER },
      { header: 'Lulus', format: INTEGER },
      { header: 'Keterangan' },
    ],
    p.perPaket.map((t) => [
      PAKET_LABELS[t.paket],
      t.peserta.value,
      t.ikutUjian.value,
      t.lulus.value,
      mergedNote(t.peserta, t.ikutUjian, t.lulus),
    ]),
    [
      'Total wilayah',
      p.total.peserta.value,
      p.total.ikutUjian.value,
      p.total.lulus.value,
      mergedNote(p.total.peserta, p.total.ikutUjian, p.total.lulus),
    ],
  );
  s.blank();
  s.unitTable(p.units, [
    {
      columns: [
        ...p.perPaket.map((t): Column => ({ header: `${PAKET_LABELS[t.paket]}: peserta`, format: INTEGER })),
        { header: 'Ikut ujian', format: INTEGER },
        { header: 'Lulus', format: INTEGER },
        { header: 'Keterangan' },
      ],
      rows: p.units.map((u) => [
        ...p.perPaket.map((t) => u.perPaket[t.paket].peserta),
        u.total.ikutUjian,
        u.total.lulus,
        excludedCellsNote(u.excludedCells),
      ]),
    },
  ]);
}
