// The budget on the summary sheets: its part of "Rekap Manajemen", its dashboard figure and its dashboard chart.
import type { Consolidation } from '../consolidation/consolidate';
import { cellText } from '../text/cell-text';
import { mergedNote } from './notes';
import type { Figure, SheetBuilder, SummaryChart } from './sheet-builder';
import { figure, PERCENT, RUPIAH, span } from './sheet-builder';

export function anggaranDashboardFigures(c: Consolidation): Figure[] {
  const a = c.anggaran;
  const over = `dihitung dari ${a.serapanUnits} UPT yang pagu dan realisasinya valid`;
  const note = mergedNote(a.paguRp, a.realisasiRp);
  return [figure('Serapan anggaran wilayah', a.serapan ?? '', PERCENT, note === '' ? over : `${note}; ${over}`)];
}

/** Each unit's absorption as a small table, charted on the dashboard. */
export function anggaranDashboardChart(s: SheetBuilder, c: Consolidation): SummaryChart {
  const table = s.table(
    [{ header: 'UPT' }, { header: 'Serapan anggaran', format: PERCENT }],
    c.anggaran.units.map((u) => [cellText(u.code), u.serapan ?? '']),
  );
  return { title: 'Serapan anggaran per UPT', type: 'bar', range: span(table, 2) };
}

export function writeAnggaran(s: SheetBuilder, c: Consolidation): void {
  const a = c.anggaran;
  s.heading('Anggaran');
  const note = mergedNote(a.paguRp, a.realisasiRp);
  const serapanRow = s.row([
    'Serapan anggaran wilayah',
    a.serapan ?? '',
    [note, `dihitung dari ${a.serapanUnits} UPT yang pagu dan realisasinya valid`].filter((t) => t !== '').join('; '),
  ]);
  s.format(serapanRow, 1, 1, PERCENT);
  s.unitTable(
    a.units,
    [
      {
        columns: [
          { header: 'Pagu (Rp)', format: RUPIAH },
          { header: 'Realisasi (Rp)', format: RUPIAH },
          { header: 'Serapan', format: PERCENT },
          { header: 'Keterangan' },
        ],
        rows: a.units.map((u) => [
          u.paguRp ?? '',
          u.realisasiRp ?? '',
          u.serapan ?? '',
          u.serapan === null ? 'Pagu atau realisasi belum valid' : '',
        ]),
      },
    ],
    ['Total wilayah', '', a.paguRp.value, a.realisasiRp.value, a.serapan ?? '', note],
  );
}
