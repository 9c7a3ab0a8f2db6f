// Zona Integritas on the summary sheets: its part of "Rekap Manajemen".
import type { Consolidation } from '../consolidation/consolidate';
import { nilaiMinimalText } from '../schema/vocabulary';
import { exclusionNote } from './notes';
import type { SheetBuilder, SummaryCell } from './sheet-builder';
import { DECIMAL, INTEGER } from './sheet-builder';

export function writeZonaIntegritas(s: SheetBuilder, c: Consolidation): void {
  const zi = c.zonaIntegritas;
  s.heading('Zona Integritas');
  s.table(
    [{ header: 'Tahap / target' }, { header: 'Jumlah UPT', format: INTEGER }, { header: 'Keterangan' }],
    [
      ...Object.entries(zi.perTahap).map(([tahap, n]): SummaryCell[] => [`Tahap ${tahap}`, n, '']),
      ...Object.entries(zi.perTarget).map(([target, n]): SummaryCell[] => [`Target ${target}`, n, '']),
      [`Nilai memenuhi target (${nilaiMinimalText()})`, zi.meetingTarget, exclusionNote(zi.excluded)],
    ],
  );
  s.blank();
  s.unitTable(zi.units, [
    {
      columns: [
        { header: 'Tahap' },
        { header: 'Target' },
        { header: 'Nilai', format: DECIMAL },
        { header: 'Memenuhi target' },
      ],
      rows: zi.units.map((u) => [
        u.tahap ?? '',
        u.target ?? '',
        u.nilai ?? '',
        u.meetsTarget === null ? '' : u.meetsTarget ? 'Ya' : 'Belum',
      ]),
    },
  ]);
}
