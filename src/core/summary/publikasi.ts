// Media publications on the summary sheets: their part of "Rekap Manajemen" and their dashboard figure.
import type { Consolidation } from '../consolidation/consolidate';
import { KANAL_LABELS } from '../schema/vocabulary';
import { exclusionNote } from './notes';
import type { Column, Figure, SheetBuilder } from './sheet-builder';
import { figure, INTEGER } from './sheet-builder';

export function publikasiDashboardFigures(c: Consolidation): Figure[] {
  const total = c.publikasi.total;
  return [figure('Publikasi media', total.value, INTEGER, exclusionNote(total.excluded))];
}

export function writePublikasi(s: SheetBuilder, c: Consolidation): void {
  const p = c.publikasi;
  s.heading('Publikasi media');
  s.table(
    [{ header: 'Kanal' }, { header: 'Jumlah', format: INTEGER }, { header: 'Keterangan' }],
    p.perKanal.map((k) => [KANAL_LABELS[k.kanal], k.jumlah.value, exclusionNote(k.jumlah.excluded)]),
    ['Total wilayah', p.total.value, exclusionNote(p.total.excluded)],
  );
  s.blank();
  s.unitTable(p.units, [
    {
      columns: [
        ...p.perKanal.map((k): Column => ({ header: KANAL_LABELS[k.kanal], format: INTEGER })),
        { header: 'Total', format: INTEGER },
        { header: 'Tautan', format: INTEGER },
      ],
      rows: p.units.map((u) => [...p.perKanal.map((k) => u.perKanal[k.kanal]), u.total, u.tautan]),
    },
  ]);
}
