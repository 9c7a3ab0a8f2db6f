// The annexes per unit: status and every reported figure, a rejected value shown with its cell (one table past 40 units).
import type { UnitConfig } from '../schema/types';
import type { ReportInput, ReportSection } from './report-model';
import { manajemenAnnexRows } from './section-manajemen';
import { panganAnnexRows } from './section-pangan';
import { pembinaanAnnexRows } from './section-pembinaan';

/** The label/value rows of one unit's reported figures (a rejected value with its cell, an empty one "–"). */
export function unitFigureRows(input: ReportInput, unit: UnitConfig): string[][] {
  const report = input.reports.find((r) => r.unit.code === unit.code);
  return report?.found
    ? [...panganAnnexRows(report), ...pembinaanAnnexRows(input, report), ...manajemenAnnexRows(input, report)]
    : [['Data', 'Tab UPT ini tidak ditemukan; datanya belum masuk rekapitulasi.']];
}

/** The label/value rows describing one unit. */
function annexRows(input: ReportInput, unit: UnitConfig): string[][] {
  const status = input.consolidation.status.units.find((row) => row.code === unit.code);
  return [
    ['Kode UPT', unit.code],
    ['Jenis / kelas', `${unit.type} / ${unit.unitClass}`],
    ['Status laporan', status?.status ?? 'Belum diisi'],
    ['Kesalahan / peringatan', `${status?.errors ?? 0} / ${status?.warnings ?? 0}`],
    ...unitFigureRows(input, unit),
  ];
}

/**
 * Up to this many units, each has an annex of its own (a heading in the Doc's outline); beyond it, one table holds
 * them all, since every separate annex costs Docs calls and a run has 6 minutes.
 */
export const MAX_SEPARATE_ANNEXES = 40;

export function unitAnnexes(input: ReportInput): ReportSection[] {
  const units = input.config.units;
  if (units.length <= MAX_SEPARATE_ANNEXES) {
    // The header row names the unit: repeated on the page an annex continues on, it says whose figures these are.
    return units.map((unit, i) => ({
      heading: `Lampiran ${i + 1}. ${unit.name}`,
      blocks: [{ kind: 'table', header: ['Uraian', unit.name], rows: annexRows(input, unit) }],
    }));
  }
  const rows = units.flatMap((unit, i) =>
    annexRows(input, unit).map((row, j) => [j === 0 ? `${i + 1}. ${unit.name}` : '', ...row]),
  );
  return [
    {
      heading: `Data per UPT (${units.length} UPT)`,
      blocks: [{ kind: 'table', header: ['UPT', 'Uraian', 'Nilai'], rows }],
    },
  ];
}
