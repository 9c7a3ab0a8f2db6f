// The national report: the regional report's engine and template (core/report) over the national consolidation,
// its compliance section per Kanwil instead of per unit, naming every Kanwil left out and why; no per-unit annexes.
import { basisLine } from '../consolidation/basis';
import type { TemplateLine } from '../report/default-template';
import type { NamedSection, ReportInput, ReportModel, ReportSection } from '../report/report-model';
import { manajemenSection } from '../report/section-manajemen';
import { panganSection } from '../report/section-pangan';
import { pembinaanSection } from '../report/section-pembinaan';
import { summarySection } from '../report/section-summary';
import { tableOrEmpty } from '../report/wording';
import { formatDateId, formatDateTimeId, formatNumber, formatPercent, formatPeriod, listText } from '../text/format';
import type { NationalConsolidation } from './consolidate-national';
import type { NationalLetterhead } from './national-config';
import { compliance, nationalCompletenessLine } from './national-sheets';

export function nationalReportTitle(period: string): string {
  return `Laporan Rekapitulasi Nasional Program UPT Pemasyarakatan — Periode ${formatPeriod(period)}`;
}

/** The completeness line the report opens with: the Kanwil left out by name, their reasons once, in table 2.1. */
export function reportCompletenessLine(n: NationalConsolidation): string {
  if (n.unreadable.length === 0) return nationalCompletenessLine(n);
  const listed = n.kanwil.length + n.unreadable.length;
  const names = listText(
    n.unreadable.map((u) => u.source.name),
    'dan',
  );
  return (
    `Total mencakup ${formatNumber(n.kanwil.length)} dari ${formatNumber(listed)} Kanwil; tidak dihitung: ${names} ` +
    '(alasannya pada bagian 2.1).'
  );
}

function kanwilSection(n: NationalConsolidation): ReportSection {
  return {
    heading: '2. Kepatuhan pelaporan per Kanwil',
    blocks: [
      { kind: 'paragraph', text: reportCompletenessLine(n) },
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

/** The office the national report speaks for: the Directorate General itself, not a Kanwil. */
export const NATIONAL_REPORT_OFFICE = 'Direktorat Jenderal Pemasyarakatan';

/**
 * The national report's layout: the Directorate General's letterhead (no Kanwil line), then, when "Pengaturan
 * Nasional" names the unit compiling it, the head of an internal memo (nota dinas) from that unit to the Director
 * General. The data team reports to the Director General within the Directorate General, so the addressee is the
 * Director General and the sender is the unit; without a unit there is no addressee block, since a report on the
 * Directorate General's own letterhead addressed "Yth. Direktur Jenderal" with no sender would be it writing to itself.
 */
export function nationalLayout(letterhead: NationalLetterhead, sections: readonly NamedSection[]): TemplateLine[] {
  const kop: TemplateLine[] = [
    { text: 'KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA', look: { center: true, bold: true } },
    { text: NATIONAL_REPORT_OFFICE.toUpperCase(), look: { center: true, bold: true } },
    { text: '{{alamat}}', look: { center: true, fontSize: 9, ruleBelow: true } },
  ];
  const memo: TemplateLine[] = letterhead.sender
    ? [
        { text: 'Yth.\t: Direktur Jenderal Pemasyarakatan' },
        { text: `Dari\t: ${letterhead.sender}` },
        { text: 'Hal\t: {{judul}}' },
        { text: 'Tanggal\t: {{tanggal}}' },
      ]
    : [];
  const closing: TemplateLine[] = letterhead.sender
    ? [{ text: 'Demikian laporan ini kami sampaikan. Atas perhatian Bapak, kami ucapkan terima kasih.' }]
    : [];
  return [
    ...kop,
    ...memo,
    { text: '{{judul}}', look: { style: 'TITLE', center: true } },
    { text: '{{keterangan}}', look: { style: 'SUBTITLE', center: true } },
    ...sections.map((s) => ({ text: `{{bagian:${s.name}}}` })),
    ...closing,
  ];
}

export function nationalReportModel(n: NationalConsolidation, letterhead: NationalLetterhead, now: Date): ReportModel {
  const input: ReportInput = {
    config: n.config,
    consolidation: n.national,
    reports: n.reports,
    issues: [],
    now,
    area: 'nasional',
  };
  const title = nationalReportTitle(n.period);
  // The units' basis line says "Lengkap" of the Kanwil read; nationally that holds only when every Kanwil was read.
  const units = n.unreadable.length === 0 ? ` ${basisLine(n.national.basis, n.national.unitCount)}` : '';
  const subtitle = `Disusun ${formatDateTimeId(now)}. ${reportCompletenessLine(n)}${units}`;
  const sections: NamedSection[] = [
    { name: 'ringkasan', ...nationalSummary(input) },
    { name: 'kepatuhan', ...kanwilSection(n) },
    { name: 'ketahanan_pangan', ...panganSection(input) },
    { name: 'pembinaan', ...pembinaanSection(input) },
    { name: 'manajemen', ...manajemenSection(input) },
  ];
  return {
    title,
    subtitle,
    sections,
    fields: {
      judul: title,
      periode: formatPeriod(n.period),
      kantor: NATIONAL_REPORT_OFFICE,
      alamat: letterhead.address,
      tanggal: formatDateId(now),
      keterangan: subtitle,
    },
    annexes: [],
    signature: null,
    layout: nationalLayout(letterhead, sections),
  };
}
