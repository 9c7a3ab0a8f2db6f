// The completeness wording of the summary sheets: which units and cells a figure leaves out.
import { basisLine } from '../consolidation/basis';
import type { Consolidation } from '../consolidation/consolidate';
import type { Exclusion, Total } from '../consolidation/totals';
import { cellText } from '../text/cell-text';
import { formatNumber } from '../text/format';

/** The completeness note beside a total: empty when complete, else which units and cells were left out. */
export function exclusionNote(excluded: Exclusion): string {
  if (excluded.units.length === 0 && excluded.cells === 0) return '';
  const units = `tanpa ${excluded.units.length} UPT (${excluded.units.join(', ')})`;
  const cells =
    excluded.cells > 0
      ? `; ${formatNumber(excluded.cells)} sel ditolak validasi tidak dihitung (${excluded.cellRefs.join(', ')})`
      : '';
  return `Belum lengkap: ${units}${cells}`;
}

/** One note for several totals: each unit and each cell once. */
export function mergedNote(...totals: readonly Total[]): string {
  const units = [...new Set(totals.flatMap((t) => t.excluded.units))];
  const cellRefs = [...new Set(totals.flatMap((t) => t.excluded.cellRefs))];
  return exclusionNote({ units, cells: cellRefs.length, cellRefs });
}

/** "x sel tidak dihitung" for a unit row with rejected cells, '' otherwise. */
export function excludedCellsNote(cells: number): string {
  return cells > 0 ? `${formatNumber(cells)} sel tidak dihitung` : '';
}

/** The line under a sheet's title: the basis, the units counted, and every unit left out and why. */
export function completenessLine(c: Consolidation): string {
  return basisLine(c.basis, c.unitCount, cellText);
}
