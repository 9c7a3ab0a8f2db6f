// The annexes per unit: status and every reported figure, a rejected value shown with its cell; past 40 units, one
// table of every unit's status and wrong cells.
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
 * Up to this many units, each has an annex of its own (a heading in the Doc's outline) with every figure; beyond it,
 * one table lists every unit's status and the cells still wrong, and the figures stay in the summary sheets: a
 * Doc of hundreds of units' figures would run to hundreds of pages, and every table cell costs a request.
 */
export const MAX_SEPARATE_ANNEXES = 40;

/** How many wrong cells a unit's row names before it only counts the rest. */
const CELLS_NAMED = 5;

/** A unit's row in the one-table annex: number, name, status, errors / warnings, the cells with an error. */
function statusRow(input: ReportInput, unit: UnitConfig, i: number): string[] {
  const status = input.consolidation.status.units.find((row) => row.code === unit.code);
  const report = input.reports.find((r) => r.unit.code === unit.code);
  const cells = [...new Set((report?.issues ?? []).filter((x) => x.severity === 'error' && x.cell).map((x) => x.cell))];
  const more = cells.length > CELLS_NAMED ? ` dan ${cells.length - CELLS_NAMED} sel lain` : '';
  return [
    `${i + 1}`,
    unit.name,
    status?.status ?? 'Belum diisi',
    `${status?.errors ?? 0} / ${status?.warnings ?? 0}`,
    cells.length > 0 ? `${cells.slice(0, CELLS_NAMED).join(', ')}${more}` : '–',
  ];
}

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
            `Status laporan setiap UPT dan sel yang masih salah. Angka setiap UPT ada di sheet ${sheets} pada ` +
            'spreadsheet Rekap UPT dan di tab UPT masing-masing.',
        },
        {
          kind: 'table',
          header: ['No.', 'UPT', 'Status laporan', 'Kesalahan / peringatan', 'Sel yang salah'],
          rows: units.map((unit, i) => statusRow(input, unit, i)),
        },
      ],
    },
  ];
}
