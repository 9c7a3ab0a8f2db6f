// buildReportModel: the whole regional report, in Bahasa Indonesia, from the consolidation of the period.

import { basisLine } from '../consolidation/basis';
import type { Issue } from '../schema/types';
import { formatDateId, formatDateTimeId, formatPeriod } from '../text/format';
import type { ReportInput, ReportModel } from './report-model';
import { complianceSection } from './section-compliance';
import { manajemenSection } from './section-manajemen';
import { panganSection } from './section-pangan';
import { pembinaanSection } from './section-pembinaan';
import { summarySection } from './section-summary';
import { validationSection } from './section-validation';
import { signatureBlock } from './signature';
import { unitAnnexes } from './unit-annex';
import { unitNames } from './wording';

/** "Laporan Rekapitulasi Program UPT Pemasyarakatan — Kanwil Ditjenpas Riau — Periode Februari 2026". */
export function reportTitle(office: string, period: string): string {
  return `Laporan Rekapitulasi Program UPT Pemasyarakatan — ${office} — Periode ${formatPeriod(period)}`;
}

/** Every issue once: the units' own (in their reports) and the workbook's (missing, unknown or renamed tabs). */
function everyIssue(input: ReportInput): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const issue of [...input.reports.flatMap((r) => r.issues), ...input.issues]) {
    const key = [issue.sheet, issue.cell, issue.code, issue.message].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}

export function buildReportModel(report: ReportInput): ReportModel {
  const input: ReportInput = { ...report, issues: everyIssue(report) };
  const { config, consolidation, now } = input;
  const title = reportTitle(config.office, config.period);
  const subtitle = `Disusun ${formatDateTimeId(now)}. ${basisLine(consolidation.basis, consolidation.unitCount, (code) => unitNames(config, [code]))}`;
  return {
    title,
    subtitle,
    sections: [
      { name: 'ringkasan', ...summarySection(input) },
      { name: 'kepatuhan', ...complianceSection(input) },
      { name: 'ketahanan_pangan', ...panganSection(input) },
      { name: 'pembinaan', ...pembinaanSection(input) },
      { name: 'manajemen', ...manajemenSection(input) },
      { name: 'validasi', ...validationSection(input) },
    ],
    fields: {
      judul: title,
      periode: formatPeriod(config.period),
      kantor: config.office,
      alamat: config.officeAddress ?? '',
      tanggal: formatDateId(now),
      keterangan: subtitle,
    },
    annexes: unitAnnexes(input),
    signature: config.signatory ? signatureBlock(config.signatory, now) : null,
  };
}
