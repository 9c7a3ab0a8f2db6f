// Healthy kitchens on the summary sheets: their figures and per-unit columns in the "Layanan" part of "Rekap Pembinaan".
import type { Consolidation } from '../consolidation/consolidate';
import { cellText } from '../text/cell-text';
import { exclusionNote } from './notes';
import type { Figure, UnitColumns } from './sheet-builder';
import { figure, INTEGER } from './sheet-builder';

export function dapurSehatFigures(c: Consolidation): Figure[] {
  const d = c.dapurSehat;
  return [
    figure('Dapur sehat beroperasi (UPT)', d.perStatus.Beroperasi, INTEGER, exclusionNote(d.excluded)),
    figure('Dapur sehat dalam proses (UPT)', d.perStatus.Proses, INTEGER),
    figure('Dapur sehat belum ada (UPT)', d.perStatus.Belum, INTEGER),
    figure('Dapur sehat belum diisi (UPT)', d.notReported, INTEGER),
  ];
}

export function dapurSehatColumns(c: Consolidation): UnitColumns {
  return {
    columns: [{ header: 'Dapur sehat' }, { header: 'Catatan' }],
    rows: c.dapurSehat.units.map((u) => [u.status ?? '', cellText(u.catatan)]),
  };
}
