// Submission status on the summary sheets: the "Status" sheet and the dashboard's figures of reports sent and valid.
import { STATUS_SHEET } from '../config/sheet-names';
import type { Consolidation } from '../consolidation/consolidate';
import type { UnitStatusRow } from '../consolidation/status';
import { cellText } from '../text/cell-text';
import { formatDateTimeId, formatPeriod } from '../text/format';
import { completenessLine } from './notes';
import type { Figure, SummarySheet } from './sheet-builder';
import { figure, INTEGER, SheetBuilder } from './sheet-builder';

export function statusDashboardFigures(c: Consolidation): Figure[] {
  return [
    figure('Laporan dikirim (UPT)', c.status.counts.Dikirim, INTEGER, `dari ${c.unitCount} UPT`),
    figure('Laporan valid tanpa kesalahan (UPT)', c.status.valid, INTEGER, `dari ${c.unitCount} UPT`),
  ];
}

/** An ISO date-time stored on a tab, shown as "3 Februari 2026 09.00 WIB"; unreadable text is shown as it is. */
function sentText(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? cellText(iso) : formatDateTimeId(date);
}

/** What the Kanwil should know about a unit at a glance. */
function remark(u: UnitStatusRow, changedAfterSending: ReadonlySet<string>): string {
  if (!u.found) return `Tab "${u.sheetName}" tidak ditemukan`;
  if (u.errors > 0) return 'Perlu diperbaiki';
  if (u.status === 'Dikirim') return changedAfterSending.has(u.code) ? 'Diubah setelah dikirim' : 'Valid';
  if (u.status === 'Dikembalikan') return 'Menunggu perbaikan dan kirim ulang';
  // An untouched tab is not a unit without activity: it is said to be empty, never valid.
  return u.status === 'Belum diisi' ? 'Belum diisi' : 'Draf, belum dikirim';
}

/** Whether the regional figures count the unit, in the words the summaries' basis line uses. */
function counted(c: Consolidation, code: string): string {
  const left = c.basis.leftOut.find((u) => u.code === code);
  return left ? `Tidak (${left.reason})` : 'Ya';
}

export const FEEDBACK_COLUMN = 'Umpan balik';

/** A cell linking a unit's feedback Doc; the address is quoted as text inside the formula, never evaluated. */
export function feedbackLink(url: string): string {
  return `=HYPERLINK("${url.replace(/"/g, '""')}","Buka umpan balik")`;
}

/**
 * `feedbackLinks` (unit code → address of its feedback Doc) adds the column "Umpan balik"; null when the office has
 * not switched per-unit feedback on.
 */
export function statusSheet(
  c: Consolidation,
  now: Date,
  lastChanges: Readonly<Record<string, string>>,
  changedAfterSending: ReadonlySet<string>,
  feedbackLinks: Readonly<Record<string, string>> | null = null,
): SummarySheet {
  const s = new SheetBuilder(`Status Pelaporan UPT — ${formatPeriod(c.period)}`, now);
  const counts = c.status.counts;
  s.row([completenessLine(c)]);
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
      { header: 'Dihitung dalam rekap' },
      ...(feedbackLinks ? [{ header: FEEDBACK_COLUMN }] : []),
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
      remark(u, changedAfterSending),
      counted(c, u.code),
      ...(feedbackLinks ? [feedbackLinks[u.code] ? feedbackLink(feedbackLinks[u.code] as string) : ''] : []),
    ]),
  );
  const widths = [40, 110, 260, 80, 100, 80, 80, 170, 170, 200, 260, 180, 220];
  return s.build(STATUS_SHEET, feedbackLinks ? [...widths, 160] : widths);
}
