// Free health checks on the summary sheets: their figures and per-unit columns in the "Layanan" part of "Rekap Pembinaan".
import type { Consolidation } from '../consolidation/consolidate';
import { exclusionNote } from './notes';
import type { Figure, UnitColumns } from './sheet-builder';
import { figure, INTEGER } from './sheet-builder';

export function kesehatanFigures(c: Consolidation): Figure[] {
  const k = c.kesehatan;
  return [
    figure('Pemeriksaan kesehatan gratis: kegiatan', k.kegiatan.value, INTEGER, exclusionNote(k.kegiatan.excluded)),
    figure(
      'Pemeriksaan kesehatan gratis: peserta (orang)',
      k.peserta.value,
      INTEGER,
      exclusionNote(k.peserta.excluded),
    ),
  ];
}

export function kesehatanColumns(c: Consolidation): UnitColumns {
  return {
    columns: [
      { header: 'Kesehatan: kegiatan', format: INTEGER },
      { header: 'Kesehatan: peserta', format: INTEGER },
    ],
    rows: c.kesehatan.units.map((u) => [u.kegiatan, u.peserta]),
  };
}
