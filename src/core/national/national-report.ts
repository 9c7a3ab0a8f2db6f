// The national report: the regional report's engine and template (core/report) over the national consolidation,
// its compliance section per Kanwil instead of per unit, naming every Kanwil left out and why; no per-unit annexes.
import { basisLine } from '../consolidation/basis';
import type { ReportInput, ReportModel, ReportSection } from '../report/report-model';
import { manajemenSection } from '../report/section-manajemen';
import { panganSection } from '../report/section-pangan';
import { pembinaanSection } from '../report/section-pembinaan';
import { summarySection } from '../report/section-summary';
import { tableOrEmpty } from '../report/wording';
import { formatDateId, formatDateTimeId, formatNumber, formatPercent, formatPeriod } from '../text/format';
import type { NationalConsolidation } from './consolidate-national';
import { compliance, nationalCompletenessLine } from './national-sheets';

export function nationalReportTitle(period: string): string {
  return `Laporan Rekapitulasi Nasional Program UPT Pemasyarakatan — Periode ${formatPeriod(period)}`;
}

function kanwilSection(n: NationalConsolidation): ReportSection {
  return {
    heading: '2. Kepatuhan pelaporan per Kanwil',
    blocks: [
      { kind: 'paragraph', text: nationalCompletenessLine(n) },
      tableOrEmpty(
        ['Kanwil', 'UPT', 'Terkirim & valid', 'Kepatuhan'],
        n.kanwil.map((k) => [
          k.source.name,
          formatNumber(k.consolidation.unitCount),
          formatNumber(k.consolidation.status.sentAndValid),
          formatPercent(compliance(k.consolidation)),
        ]),
      ),
      ...(n.unreadable.length
        ? [
            { kind: 'subheading' as const, text: '2.1 Kanwil yang tidak terbaca' },
            tableOrEmpty(
              ['Kanwil', 'Kontak', 'Alasan'],
              n.unreadable.map((u) => [u.source.name, u.source.contact, u.message]),
            ),
          ]
        : []),
    ],
  };
}

/** The regional summary; its validation sentence left out: each Kanwil validated its own units before publishing. */
function nationalSummary(input: ReportInput): ReportSection {
  const summary = summarySection(input);
  return {
    ...summary,
    blocks: summary.blocks.filter((b) => !(b.kind === 'paragraph' && b.text.startsWith('Validasi '))),
  };
}

export function nationalReportModel(n: NationalConsolidation, now: Date): ReportModel {
  const input: ReportInput = { config: n.config, consolidation: n.national, reports: n.reports, issues: [], now };
  const title = nationalReportTitle(n.period);
  // The units' basis line says "Lengkap" of the Kanwil read; nationally that holds only when every Kanwil was read.
  const units = n.unreadable.length === 0 ? ` ${basisLine(n.national.basis, n.national.unitCount)}` : '';
  const subtitle = `Disusun ${formatDateTimeId(now)}. ${nationalCompletenessLine(n)}${units}`;
  return {
    title,
    subtitle,
    sections: [
      { name: 'ringkasan', ...nationalSummary(input) },
      { name: 'kepatuhan', ...kanwilSection(n) },
      { name: 'ketahanan_pangan', ...panganSection(input) },
      { name: 'pembinaan', ...pembinaanSection(input) },
      { name: 'manajemen', ...manajemenSection(input) },
    ],
    fields: {
      judul: title,
      periode: formatPeriod(n.period),
      kantor: n.config.office,
      alamat: n.config.officeAddress ?? '',
      tanggal: formatDateId(now),
      keterangan: subtitle,
    },
    annexes: [],
    signature: null,
  };
}
