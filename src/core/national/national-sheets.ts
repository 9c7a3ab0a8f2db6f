// The national summary sheets: per Kanwil (compliance and headline figures), per klaster and per programme indicator,
// each opened by the line naming every Kanwil left out of the totals and why.

import { SUMMARY_SHEET_PREFIX } from '../config/sheet-names';
import type { Consolidation } from '../consolidation/consolidate';
import { keyLabel } from '../lifecycle/archive';
import { KLASTER_LABELS } from '../schema/vocabulary';
import { INTEGER, PERCENT, RUPIAH, SheetBuilder, type SummarySheet } from '../summary/sheet-builder';
import { cellText } from '../text/cell-text';
import { formatNumber, formatPeriod } from '../text/format';
import type { NationalConsolidation } from './consolidate-national';
import { SUMMED_KEYS } from './indicators';

export const NATIONAL_KANWIL_SHEET = `${SUMMARY_SHEET_PREFIX}Nasional Kanwil`;
export const NATIONAL_KLASTER_SHEET = `${SUMMARY_SHEET_PREFIX}Nasional Klaster`;
export const NATIONAL_PROGRAMME_SHEET = `${SUMMARY_SHEET_PREFIX}Nasional Program`;

/** "Total mencakup 30 dari 33 Kanwil; tidak dihitung: A (alasan); B (alasan)." */
export function nationalCompletenessLine(n: NationalConsolidation): string {
  const listed = n.kanwil.length + n.unreadable.length;
  const counted = `Total mencakup ${formatNumber(n.kanwil.length)} dari ${formatNumber(listed)} Kanwil`;
  if (n.unreadable.length === 0) return `${counted}: semua Kanwil terbaca.`;
  const left = n.unreadable.map((u) => `${cellText(u.source.name)} (${u.message})`).join('; ');
  return `${counted}; tidak dihitung: ${left}`;
}

function builder(title: string, n: NationalConsolidation, now: Date): SheetBuilder {
  const s = new SheetBuilder(`${title} — ${formatPeriod(n.period)}`, now);
  s.row([nationalCompletenessLine(n)]);
  s.blank();
  return s;
}

/** Units sent and error-free among the units listed: the Kanwil's reporting compliance. */
export function compliance(c: Consolidation): number {
  return c.unitCount === 0 ? 0 : c.status.sentAndValid / c.unitCount;
}

function kanwilSheet(n: NationalConsolidation, now: Date): SummarySheet {
  const s = builder('Rekap Nasional per Kanwil', n, now);
  const figures = (c: Consolidation): (string | number)[] => [
    c.unitCount,
    c.status.sentAndValid,
    compliance(c),
    c.pangan.luasLahan.value,
    c.pangan.wbpTerlibat.value,
    c.pangan.penjualanRp.value,
    c.pangan.pnbpRp.value,
    c.anggaran.paguRp.value,
    c.anggaran.realisasiRp.value,
  ];
  s.table(
    [
      { header: 'Kanwil' },
      { header: 'Kontak' },
      { header: 'Jumlah UPT', format: INTEGER },
      { header: 'Terkirim & valid', format: INTEGER },
      { header: 'Kepatuhan', format: PERCENT },
      { header: 'Luas lahan (m²)', format: INTEGER },
      { header: 'WBP terlibat pangan', format: INTEGER },
      { header: 'Penjualan (Rp)', format: RUPIAH },
      { header: 'PNBP (Rp)', format: RUPIAH },
      { header: 'Pagu (Rp)', format: RUPIAH },
      { header: 'Realisasi (Rp)', format: RUPIAH },
    ],
    n.kanwil.map((k) => [cellText(k.source.name), cellText(k.source.contact), ...figures(k.consolidation)]),
    ['Nasional', '', ...figures(n.national)],
  );
  s.blank();
  s.heading('Kanwil yang tidak terbaca (tidak dihitung dalam total)');
  s.table(
    [{ header: 'Kanwil' }, { header: 'Kontak' }, { header: 'Alasan' }],
    n.unreadable.length
      ? n.unreadable.map((u) => [cellText(u.source.name), cellText(u.source.contact), u.message])
      : [['Tidak ada: semua Kanwil terbaca.', '', '']],
  );
  return s.build(NATIONAL_KANWIL_SHEET, [260, 200, 100, 120, 100, 140, 140, 160, 160, 160, 160]);
}

function klasterSheet(n: NationalConsolidation, now: Date): SummarySheet {
  const s = builder('Rekap Nasional per Klaster Ketahanan Pangan', n, now);
  s.table(
    [
      { header: 'Klaster' },
      { header: 'Luas lahan (m²)', format: INTEGER },
      { header: 'WBP', format: INTEGER },
      { header: 'Penjualan (Rp)', format: RUPIAH },
      { header: 'PNBP (Rp)', format: RUPIAH },
      { header: 'UPT aktif', format: INTEGER },
    ],
    n.national.pangan.perKlaster.map((k) => [
      KLASTER_LABELS[k.klaster],
      k.luasLahan.value,
      k.wbp.value,
      k.penjualanRp.value,
      k.pnbpRp.value,
      k.activeUnits,
    ]),
  );
  s.blank();
  s.heading('Penjualan (Rp) per Kanwil dan klaster');
  s.table(
    [
      { header: 'Kanwil' },
      ...n.national.pangan.perKlaster.map((k) => ({ header: KLASTER_LABELS[k.klaster], format: RUPIAH })),
    ],
    n.kanwil.map((k) => [
      cellText(k.source.name),
      ...k.consolidation.pangan.perKlaster.map((row) => row.penjualanRp.value),
    ]),
  );
  return s.build(NATIONAL_KLASTER_SHEET, [260, 160, 160, 160, 160, 160]);
}

function programmeSheet(n: NationalConsolidation, now: Date): SummarySheet {
  const s = builder('Rekap Nasional per Indikator Program', n, now);
  s.table(
    [
      { header: 'Kunci' },
      { header: 'Indikator' },
      { header: 'Nasional', format: INTEGER },
      ...n.kanwil.map((k) => ({ header: cellText(k.source.name), format: INTEGER })),
    ],
    SUMMED_KEYS.map((key) => [
      key,
      keyLabel(key),
      n.indicators.get(key) ?? 0,
      ...n.kanwil.map((k) => k.indicators.get(key) ?? 0),
    ]),
  );
  return s.build(NATIONAL_PROGRAMME_SHEET, [260, 360, 140, ...n.kanwil.map(() => 140)]);
}

/** Every national summary sheet, stamped with `now` (WIB); each grid is written with one setValues. */
export function nationalSheets(n: NationalConsolidation, now: Date): SummarySheet[] {
  return [kanwilSheet(n, now), klasterSheet(n, now), programmeSheet(n, now)];
}
