// The annexes per unit: status and every reported figure, a rejected value shown with its cell; past 40 units, a
// note of where the figures are.
import type { UnitConfig } from '../schema/types';
import { FOOD_SHEET, MANAGEMENT_SHEET, PROGRAMME_SHEET } from '../summary/summary-sheets';
import { formatNumber, listText } from '../text/format';
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
 * Up to this many units, each has an annex of its own (a heading in the Doc's outline) with every figure. Beyond it
 * the annex only says where the figures are: every unit's status is in the compliance section and its wrong cells in the validation notes,
 * and hundreds of units' figures would run to hundreds of pages (every table cell a request of its own).
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
  const sheets = listText(
    [FOOD_SHEET, PROGRAMME_SHEET, MANAGEMENT_SHEET].map((name) => `"${name}"`),
    'dan',
  );
  return [
    {
      heading: `Data per UPT (${formatNumber(units.length)} UPT)`,
      blocks: [
        {
          kind: 'paragraph',
          text:
            `Dengan ${formatNumber(units.length)} UPT, angka setiap UPT tidak dilampirkan di dokumen ini: angka itu ` +
            `ada di sheet ${sheets} pada spreadsheet rekapitulasi dan di tab UPT masing-masing. Status laporan ` +
            'setiap UPT ada di bagian "Kepatuhan pelaporan" dan sel yang masih salah di bagian "Catatan validasi dan ' +
            'tindak lanjut".',
        },
      ],
    },
  ];
}
