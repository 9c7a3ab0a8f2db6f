// The regional summary sheets (Status, Rekap Pangan, Rekap Pembinaan, Rekap Manajemen, Dasbor) as grids to write once.

import { DASHBOARD_SHEET, STATUS_SHEET, SUMMARY_SHEET_PREFIX } from '../config/sheet-names';
import { SCHEMA } from '../schema/schema';
import { rangeA1, toA1 } from '../text/a1';
import { cellText } from '../text/cell-text';
import { formatDateTimeId, formatNumber, formatPeriod } from '../text/format';
import type { Consolidation, Exclusion, Total } from './consolidate';

export type SummaryCell = string | number;

export interface SummaryChart {
  readonly title: string;
  readonly type: 'column' | 'bar' | 'pie';
  /** A1 range in this sheet: first column categories, first row series names. */
  readonly range: string;
}

export interface SummarySheet {
  readonly name: string;
  /** Rectangular: written with ONE setValues. */
  readonly grid: SummaryCell[][];
  /** 0-based rows to bold. */
  readonly headerRows: number[];
  readonly numberFormats: { readonly range: string; readonly format: string }[];
  readonly columnWidths?: number[];
  readonly charts?: SummaryChart[];
}

export interface SummaryOptions {
  /** Unit code → ISO date-time of the last edit of its tab, when the server tracks it (Status sheet). */
  readonly lastChanges?: Readonly<Record<string, string>>;
  /** Codes of sent units whose tab was edited after sending (Status sheet, "Keterangan"). */
  readonly changedAfterSending?: readonly string[];
}

export const FOOD_SHEET = `${SUMMARY_SHEET_PREFIX}Pangan`;
export const PROGRAMME_SHEET = `${SUMMARY_SHEET_PREFIX}Pembinaan`;
export const MANAGEMENT_SHEET = `${SUMMARY_SHEET_PREFIX}Manajemen`;

const INTEGER = '#,##0';
const RUPIAH = '"Rp "#,##0';
const PERCENT = '0.0%';
const DECIMAL = '#,##0.0';

type Column = { readonly header: string; readonly format?: string };
type Figure = { readonly label: string; readonly value: SummaryCell; readonly format: string; readonly note: string };

const figure = (label: string, value: SummaryCell, format: string, note = ''): Figure => ({
  label,
  value,
  format,
  note,
});

/** Accumulates rows, header rows and number-format ranges; pads the grid to a rectangle at the end. */
class SheetBuilder {
  private readonly rows: SummaryCell[][] = [];
  private readonly headers: number[] = [];
  private readonly formats: { range: string; format: string }[] = [];

  constructor(title: string, now: Date) {
    this.heading(title);
    this.row([`Diperbarui: ${formatDateTimeId(now)}`]);
  }

  row(cells: SummaryCell[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }

  blank(): void {
    this.row([]);
  }

  heading(text: string): void {
    this.headers.push(this.row([text]));
  }

  /** A table: header row, body rows, optional total row (bold); formats applied per column over body and total. */
  table(
    columns: readonly Column[],
    body: SummaryCell[][],
    totalRow?: SummaryCell[],
  ): { firstRow: number; lastRow: number } {
    const headerRow = this.row(columns.map((c) => c.header));
    this.headers.push(headerRow);
    for (const cells of body) this.row(cells);
    if (totalRow) this.headers.push(this.row(totalRow));
    const lastRow = this.rows.length - 1;
    if (lastRow > headerRow) {
      columns.forEach((column, index) => {
        if (column.format) this.format(headerRow + 1, index, lastRow - headerRow, column.format);
      });
    }
    return { firstRow: headerRow, lastRow };
  }

  /** A "Indikator | Nilai | Keterangan" table whose values each carry their own number format. */
  figures(rows: readonly Figure[]): { firstRow: number; lastRow: number } {
    const table = this.table(
      [{ header: 'Indikator' }, { header: 'Nilai' }, { header: 'Keterangan' }],
      rows.map((f) => [f.label, f.value, f.note]),
    );
    rows.forEach((f, i) => {
      this.format(table.firstRow + 1 + i, 1, 1, f.format);
    });
    return table;
  }

  format(row: number, col: number, height: number, format: string): void {
    const range = height === 1 ? toA1(row + 1, col + 1) : rangeA1(row + 1, col + 1, height, 1);
    this.formats.push({ range, format });
  }

  build(name: string, columnWidths: number[], charts?: SummaryChart[]): SummarySheet {
    const width = Math.max(columnWidths.length, ...this.rows.map((r) => r.length));
    const grid = this.rows.map((r) => [...r, ...Array<SummaryCell>(width - r.length).fill('')]);
    return { name, grid, headerRows: this.headers, numberFormats: this.formats, columnWidths, charts };
  }
}

/** The completeness note beside a total: empty when complete, else which units and cells were left out. */
export function exclusionNote(excluded: Exclusion): string {
  if (excluded.units.length === 0 && excluded.cells === 0) return '';
  const units = `data ${excluded.units.length} UPT belum valid (${excluded.units.map(cellText).join(', ')})`;
  const cells = excluded.cells > 0 ? `; ${formatNumber(excluded.cells)} sel tidak dihitung` : '';
  return `Belum lengkap: ${units}${cells}`;
}

function mergedNote(...totals: readonly Total[]): string {
  const units = [...new Set(totals.flatMap((t) => t.excluded.units))];
  const cells = totals.reduce((acc, t) => acc + t.excluded.cells, 0);
  return exclusionNote({ units, cells });
}

function rowLabel(blockKey: string, rowKey: string): string {
  const row = SCHEMA.blocks.find((b) => b.key === blockKey)?.rows?.find((r) => r.key === rowKey);
  return row?.label ?? rowKey;
}

function completenessLine(c: Consolidation): string {
  const invalid = [...new Set([...c.status.missing, ...c.status.withErrors])];
  if (invalid.length === 0) return `Data ${c.unitCount} UPT lengkap dan valid.`;
  return `Perhatian: data ${invalid.length} UPT belum valid (${invalid.map(cellText).join(', ')}); angka di bawah belum lengkap.`;
}

/** An ISO date-time stored on a tab, shown as "3 Februari 2026 09.00 WIB"; unreadable text is shown as it is. */
function sentText(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? cellText(iso) : formatDateTimeId(date);
}

function statusSheet(
  c: Consolidation,
  now: Date,
  lastChanges: Readonly<Record<string, string>>,
  changedAfterSending: ReadonlySet<string>,
): SummarySheet {
  const s = new SheetBuilder(`Status Pelaporan UPT — ${formatPeriod(c.period)}`, now);
  const counts = c.status.counts;
  s.row([
    `Dikirim: ${counts.Dikirim} dari ${c.unitCount} UPT · Draf: ${counts.Draf} · Dikembalikan: ${counts.Dikembalikan} · Belum diisi: ${counts['Belum diisi']} · Tab tidak ditemukan: ${c.status.missing.length} · UPT dengan kesalahan: ${c.status.withErrors.length}`,
  ]);
  s.blank();
  s.table(
    [
      { header: 'No' },
      { header: 'Kode UPT' },
      { header: 'Nama UPT' },
      { header: 'Jenis' },
      { header: 'Status' },
      { header: 'Kesalahan', format: INTEGER },
      { header: 'Peringatan', format: INTEGER },
      { header: 'Perubahan terakhir' },
      { header: 'Dikirim pada' },
      { header: 'Dikirim oleh' },
      { header: 'Catatan Kanwil' },
      { header: 'Keterangan' },
    ],
    c.status.units.map((u, i) => [
      i + 1,
      cellText(u.code),
      cellText(u.name),
      u.type,
      u.status,
      u.errors,
      u.warnings,
      sentText(lastChanges[u.code] ?? null),
      sentText(u.sentAt),
      cellText(u.sentBy ?? ''),
      cellText(u.returnNote ?? ''),
      !u.found
        ? `Tab "${cellText(u.sheetName)}" tidak ditemukan`
        : u.errors > 0
          ? 'Perlu diperbaiki'
          : u.status === 'Dikirim'
            ? changedAfterSending.has(u.code)
              ? 'Diubah setelah dikirim'
              : 'Valid'
            : u.status === 'Dikembalikan'
              ? 'Menunggu perbaikan dan kirim ulang'
              : 'Valid, belum dikirim',
    ]),
  );
  return s.build(STATUS_SHEET, [40, 110, 260, 80, 100, 80, 80, 170, 170, 200, 260, 180]);
}

function foodSheet(c: Consolidation, now: Date): SummarySheet {
  const f = c.food;
  const s = new SheetBuilder(`Rekap Ketahanan Pangan — ${formatPeriod(c.period)}`, now);
  s.row([completenessLine(c)]);
  s.blank();
  s.figures([
    figure('WBP terlibat (orang, tanpa dobel)', f.headCount.value, INTEGER, exclusionNote(f.headCount.excluded)),
    figure('Luas lahan (m²)', f.landM2.value, INTEGER, exclusionNote(f.landM2.excluded)),
    figure('UPT melaksanakan ketahanan pangan', f.unitsWithFood, INTEGER, `dari ${c.unitCount} UPT`),
  ]);
  s.blank();
  s.heading('Per klaster');
  s.table(
    [
      { header: 'Klaster' },
      { header: 'Komoditas' },
      { header: 'Luas lahan (m²)', format: INTEGER },
      { header: 'WBP terlibat (orang)', format: INTEGER },
      { header: 'Hasil' },
      { header: 'Penjualan (Rp)', format: RUPIAH },
      { header: 'PNBP (Rp)', format: RUPIAH },
      { header: 'Jumlah UPT', format: INTEGER },
      { header: 'Keterangan' },
    ],
    f.clusters.map((k) => [
      rowLabel('pangan', k.cluster),
      // Cut as one cell: many long commodity names together may pass the cell limit.
      cellText(k.commodities.join(', ')),
      k.landM2.value,
      k.wbp.value,
      k.output
        .map((o) => `${formatNumber(o.value, Number.isInteger(o.value) ? 0 : 1)} ${cellText(o.unitOfMeasure)}`.trim())
        .join('; '),
      k.salesRp.value,
      k.pnbpRp.value,
      k.unitCount,
      mergedNote(k.landM2, k.wbp, k.salesRp, k.pnbpRp),
    ]),
    [
      'Total wilayah',
      '',
      f.landM2.value,
      f.clusterWbp.value,
      '',
      f.salesRp.value,
      f.pnbpRp.value,
      f.unitsWithFood,
      // The cluster rows may count one person twice; the head count is the figure to quote.
      [
        `Jumlah baris klaster; WBP tanpa dobel: ${formatNumber(f.headCount.value)} orang`,
        mergedNote(f.landM2, f.clusterWbp, f.salesRp, f.pnbpRp),
      ]
        .filter((t) => t !== '')
        .join('. '),
    ],
  );
  s.blank();
  s.heading('Per UPT: luas lahan (m²) dan WBP terlibat (orang) per klaster');
  const clusterColumns = f.clusters.flatMap((k): Column[] => [
    { header: `${rowLabel('pangan', k.cluster)} (m²)`, format: INTEGER },
    { header: `${rowLabel('pangan', k.cluster)} (WBP)`, format: INTEGER },
  ]);
  const clusterTotals = f.clusters.flatMap((k) => [k.landM2.value, k.wbp.value]);
  s.table(
    [
      { header: 'Kode UPT' },
      { header: 'Nama UPT' },
      ...clusterColumns,
      { header: 'Total luas (m²)', format: INTEGER },
      { header: 'WBP terlibat (tanpa dobel)', format: INTEGER },
      { header: 'Keterangan' },
    ],
    f.units.map((u) => [
      cellText(u.code),
      cellText(u.name),
      ...f.clusters.flatMap((k) => [u.clusters[k.cluster].landM2, u.clusters[k.cluster].wbp]),
      u.landM2,
      u.headCount,
      !u.found
        ? 'Tab tidak ditemukan'
        : u.excludedCells > 0
          ? `${formatNumber(u.excludedCells)} sel tidak dihitung`
          : '',
    ]),
    ['Total wilayah', '', ...clusterTotals, f.landM2.value, f.headCount.value, mergedNote(f.landM2, f.headCount)],
  );
  return s.build(FOOD_SHEET, [260, 200, 120, 120, 160, 140, 140, 100, 120, 120, 120, 120, 120, 120, 260]);
}

function programmeSheet(c: Consolidation, now: Date): SummarySheet {
  const e = c.education;
  const v = c.services;
  const s = new SheetBuilder(`Rekap Pembinaan — ${formatPeriod(c.period)}`, now);
  s.row([completenessLine(c)]);
  s.blank();
  s.heading('Pendidikan kesetaraan');
  s.table(
    [
      { header: 'Paket' },
      { header: 'Peserta', format: INTEGER },
      { header: 'Ikut ujian', format: INTEGER },
      { header: 'Lulus', format: INTEGER },
      { header: 'Keterangan' },
    ],
    e.packages.map((p) => [
      rowLabel('pendidikan', p.paket),
      p.peserta.value,
      p.ikutUjian.value,
      p.lulus.value,
      mergedNote(p.peserta, p.ikutUjian, p.lulus),
    ]),
    [
      'Total wilayah',
      e.total.peserta.value,
      e.total.ikutUjian.value,
      e.total.lulus.value,
      mergedNote(e.total.peserta, e.total.ikutUjian, e.total.lulus),
    ],
  );
  s.blank();
  s.table(
    [
      { header: 'Kode UPT' },
      { header: 'Nama UPT' },
      ...e.packages.map((p): Column => ({ header: `${rowLabel('pendidikan', p.paket)}: peserta`, format: INTEGER })),
      { header: 'Ikut ujian', format: INTEGER },
      { header: 'Lulus', format: INTEGER },
      { header: 'Keterangan' },
    ],
    e.units.map((u) => [
      cellText(u.code),
      cellText(u.name),
      ...e.packages.map((p) => u.packages[p.paket].peserta),
      u.total.ikutUjian,
      u.total.lulus,
      u.excludedCells > 0 ? `${formatNumber(u.excludedCells)} sel tidak dihitung` : '',
    ]),
  );
  s.blank();
  s.heading('Layanan');
  s.figures([
    figure('Dapur sehat beroperasi (UPT)', v.kitchen.Beroperasi, INTEGER, exclusionNote(v.kitchenExcluded)),
    figure('Dapur sehat dalam proses (UPT)', v.kitchen.Proses, INTEGER),
    figure('Dapur sehat belum ada (UPT)', v.kitchen.Belum, INTEGER),
    figure('Dapur sehat belum diisi (UPT)', v.kitchenNotReported, INTEGER),
    figure('Bantuan sosial: kegiatan', v.bansosActivities.value, INTEGER, exclusionNote(v.bansosActivities.excluded)),
    figure(
      'Bantuan sosial: penerima (orang)',
      v.bansosRecipients.value,
      INTEGER,
      exclusionNote(v.bansosRecipients.excluded),
    ),
    figure('Bantuan sosial: nilai (Rp)', v.bansosValueRp.value, RUPIAH, exclusionNote(v.bansosValueRp.excluded)),
    figure(
      'Pemeriksaan kesehatan gratis: kegiatan',
      v.healthActivities.value,
      INTEGER,
      exclusionNote(v.healthActivities.excluded),
    ),
    figure(
      'Pemeriksaan kesehatan gratis: peserta (orang)',
      v.healthParticipants.value,
      INTEGER,
      exclusionNote(v.healthParticipants.excluded),
    ),
  ]);
  s.blank();
  s.table(
    [
      { header: 'Kode UPT' },
      { header: 'Nama UPT' },
      { header: 'Dapur sehat' },
      { header: 'Catatan' },
      { header: 'Bansos: kegiatan', format: INTEGER },
      { header: 'Bansos: penerima', format: INTEGER },
      { header: 'Bansos: nilai (Rp)', format: RUPIAH },
      { header: 'Kesehatan: kegiatan', format: INTEGER },
      { header: 'Kesehatan: peserta', format: INTEGER },
    ],
    v.units.map((u) => [
      cellText(u.code),
      cellText(u.name),
      u.kitchen ?? '',
      cellText(u.kitchenNote),
      u.bansosActivities,
      u.bansosRecipients,
      u.bansosValueRp,
      u.healthActivities,
      u.healthParticipants,
    ]),
  );
  return s.build(PROGRAMME_SHEET, [260, 200, 130, 200, 120, 120, 140, 130, 130]);
}

function managementSheet(c: Consolidation, now: Date): SummarySheet {
  const { publications, integrity, budget } = c.management;
  const s = new SheetBuilder(`Rekap Dukungan Manajemen — ${formatPeriod(c.period)}`, now);
  s.row([completenessLine(c)]);
  s.blank();
  s.heading('Publikasi media');
  s.table(
    [{ header: 'Kanal' }, { header: 'Jumlah', format: INTEGER }, { header: 'Keterangan' }],
    publications.channels.map((p) => [
      rowLabel('publikasi', p.channel),
      p.count.value,
      exclusionNote(p.count.excluded),
    ]),
    ['Total wilayah', publications.total.value, exclusionNote(publications.total.excluded)],
  );
  s.blank();
  s.table(
    [
      { header: 'Kode UPT' },
      { header: 'Nama UPT' },
      ...publications.channels.map((p): Column => ({ header: rowLabel('publikasi', p.channel), format: INTEGER })),
      { header: 'Total', format: INTEGER },
      { header: 'Tautan', format: INTEGER },
    ],
    publications.units.map((u) => [
      cellText(u.code),
      cellText(u.name),
      ...publications.channels.map((p) => u.channels[p.channel]),
      u.total,
      u.links,
    ]),
  );
  s.blank();
  s.heading('Zona Integritas');
  s.table(
    [{ header: 'Tahap / target' }, { header: 'Jumlah UPT', format: INTEGER }, { header: 'Keterangan' }],
    [
      ...Object.entries(integrity.stages).map(([stage, n]): SummaryCell[] => [`Tahap ${stage}`, n, '']),
      ...Object.entries(integrity.targets).map(([target, n]): SummaryCell[] => [`Target ${target}`, n, '']),
      ['Nilai memenuhi target (WBK ≥ 75, WBBM ≥ 85)', integrity.meetingTarget, exclusionNote(integrity.excluded)],
    ],
  );
  s.blank();
  s.table(
    [
      { header: 'Kode UPT' },
      { header: 'Nama UPT' },
      { header: 'Tahap' },
      { header: 'Target' },
      { header: 'Nilai', format: DECIMAL },
      { header: 'Memenuhi target' },
    ],
    integrity.units.map((u) => [
      cellText(u.code),
      cellText(u.name),
      u.stage ?? '',
      u.target ?? '',
      u.score ?? '',
      u.meetsTarget === null ? '' : u.meetsTarget ? 'Ya' : 'Belum',
    ]),
  );
  s.blank();
  s.heading('Anggaran');
  const budgetNote = mergedNote(budget.paguRp, budget.realisasiRp);
  const budgetRow = s.row([
    'Serapan anggaran wilayah',
    budget.absorption ?? '',
    budgetNote === '' ? '' : `${budgetNote}; serapan dihitung dari UPT yang pagu dan realisasinya valid`,
  ]);
  s.format(budgetRow, 1, 1, PERCENT);
  s.table(
    [
      { header: 'Kode UPT' },
      { header: 'Nama UPT' },
      { header: 'Pagu (Rp)', format: RUPIAH },
      { header: 'Realisasi (Rp)', format: RUPIAH },
      { header: 'Serapan', format: PERCENT },
      { header: 'Keterangan' },
    ],
    budget.units.map((u) => [
      cellText(u.code),
      cellText(u.name),
      u.paguRp ?? '',
      u.realisasiRp ?? '',
      u.absorption ?? '',
      u.absorption === null ? 'Pagu atau realisasi belum valid' : '',
    ]),
    ['Total wilayah', '', budget.paguRp.value, budget.realisasiRp.value, budget.absorption ?? '', budgetNote],
  );
  return s.build(MANAGEMENT_SHEET, [260, 200, 140, 140, 110, 110, 110, 100, 100]);
}

function dashboardSheet(c: Consolidation, now: Date): SummarySheet {
  const f = c.food;
  const s = new SheetBuilder(`Dasbor ${cellText(c.office)} — ${formatPeriod(c.period)}`, now);
  s.row([completenessLine(c)]);
  s.blank();
  const budget = c.management.budget;
  s.figures([
    figure('WBP terlibat ketahanan pangan (orang)', f.headCount.value, INTEGER, exclusionNote(f.headCount.excluded)),
    figure('Luas lahan ketahanan pangan (m²)', f.landM2.value, INTEGER, exclusionNote(f.landM2.excluded)),
    figure('UPT melaksanakan ketahanan pangan', f.unitsWithFood, INTEGER, `dari ${c.unitCount} UPT`),
    figure('Penjualan hasil pangan (Rp)', f.salesRp.value, RUPIAH, exclusionNote(f.salesRp.excluded)),
    figure('PNBP hasil pangan (Rp)', f.pnbpRp.value, RUPIAH, exclusionNote(f.pnbpRp.excluded)),
    figure('Laporan dikirim (UPT)', c.status.counts.Dikirim, INTEGER, `dari ${c.unitCount} UPT`),
    figure('Laporan valid tanpa kesalahan (UPT)', c.status.valid, INTEGER, `dari ${c.unitCount} UPT`),
    figure(
      'Peserta pendidikan kesetaraan (orang)',
      c.education.total.peserta.value,
      INTEGER,
      exclusionNote(c.education.total.peserta.excluded),
    ),
    figure(
      'Publikasi media',
      c.management.publications.total.value,
      INTEGER,
      exclusionNote(c.management.publications.total.excluded),
    ),
    figure('Serapan anggaran wilayah', budget.absorption ?? '', PERCENT, mergedNote(budget.paguRp, budget.realisasiRp)),
  ]);
  s.blank();
  const food = s.table(
    [
      { header: 'Klaster' },
      { header: 'Luas lahan (m²)', format: INTEGER },
      { header: 'WBP terlibat', format: INTEGER },
    ],
    f.clusters.map((k) => [rowLabel('pangan', k.cluster), k.landM2.value, k.wbp.value]),
  );
  s.blank();
  const absorption = s.table(
    [{ header: 'UPT' }, { header: 'Serapan anggaran', format: PERCENT }],
    budget.units.map((u) => [cellText(u.code), u.absorption ?? '']),
  );
  const charts: SummaryChart[] = [
    { title: 'Luas lahan ketahanan pangan per klaster (m²)', type: 'column', range: span(food, 2) },
    { title: 'Serapan anggaran per UPT', type: 'bar', range: span(absorption, 2) },
  ];
  return s.build(DASHBOARD_SHEET, [320, 160, 420], charts);
}

/** A1 range of a table's first `width` columns, header row included. */
function span(table: { firstRow: number; lastRow: number }, width: number): string {
  return rangeA1(table.firstRow + 1, 1, table.lastRow - table.firstRow + 1, width);
}

/** Every regional summary sheet, stamped with `now` (WIB); each grid is written with one setValues. */
export function summarySheets(c: Consolidation, now: Date, options: SummaryOptions = {}): SummarySheet[] {
  return [
    dashboardSheet(c, now),
    statusSheet(c, now, options.lastChanges ?? {}, new Set(options.changedAfterSending)),
    foodSheet(c, now),
    programmeSheet(c, now),
    managementSheet(c, now),
  ];
}
