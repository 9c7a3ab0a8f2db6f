// Social aid on the summary sheets: its figures and per-unit columns in the "Layanan" part of "Rekap Pembinaan".
import type { Consolidation } from '../consolidation/consolidate';
import { exclusionNote } from './notes';
import type { Figure, UnitColumns } from './sheet-builder';
import { figure, INTEGER, RUPIAH } from './sheet-builder';

export function bansosFigures(c: Consolidation): Figure[] {
  const b = c.bansos;
  return [
    figure('Bantuan sosial: kegiatan', b.kegiatan.value, INTEGER, exclusionNote(b.kegiatan.excluded)),
    figure('Bantuan sosial: penerima (orang)', b.penerima.value, INTEGER, exclusionNote(b.penerima.excluded)),
    figure('Bantuan sosial: nilai (Rp)', b.nilaiRp.value, RUPIAH, exclusionNote(b.nilaiRp.excluded)),
  ];
}

export function bansosColumns(c: Consolidation): UnitColumns {
  return {
    columns: [
      { header: 'Bansos: kegiatan', format: INTEGER },
      { header: 'Bansos: penerima', format: INTEGER },
      { header: 'Bansos: nilai (Rp)', format: RUPIAH },
    ],
    rows: c.bansos.units.map((u) => [u.kegiatan, u.penerima, u.nilaiRp]),
  };
}
