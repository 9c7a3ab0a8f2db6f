// The feedback document for one unit ("Umpan balik per UPT"): its status, whether the regional figures count it,
// its own figures (an empty cell stays "–", a rejected value shows its cell), its validation issues with tab!cell
// and the Kanwil's note. Built from the same input as the regional report, and never from another unit's data.
import type { Issue, UnitConfig } from '../schema/types';
import { formatDateTimeId, formatPeriod } from '../text/format';
import type { ReportInput, ReportSection } from './report-model';
import { unitFigureRows } from './unit-annex';
import { DASH, eventTime } from './wording';

export interface UnitFeedback {
  readonly title: string;
  readonly subtitle: string;
  readonly sections: readonly ReportSection[];
}

export const FEEDBACK_TITLE_PREFIX = 'Umpan Balik Laporan UPT';

/** "Umpan Balik Laporan UPT — Lapas Pekanbaru — Februari 2026": the Doc's title and the mail's subject. */
export function feedbackTitle(unitName: string, period: string): string {
  return `${FEEDBACK_TITLE_PREFIX} — ${unitName} — ${formatPeriod(period)}`;
}

/** "'Lapas Pekanbaru'!F12": where to look, as the operator finds it in the workbook. */
export function issuePlace(issue: Issue): string {
  return issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
}

/** The unit's issues, errors first: the tab's own (in its report) and the workbook's about its tab. */
function unitIssues(input: ReportInput, unit: UnitConfig): Issue[] {
  const own = input.reports.find((r) => r.unit.code === unit.code)?.issues ?? [];
  const seen = new Set<string>();
  const all = [...own, ...input.issues.filter((i) => i.sheet === unit.sheetName)].filter((i) => {
    const key = [i.sheet, i.cell, i.code, i.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...all.filter((i) => i.severity === 'error'), ...all.filter((i) => i.severity === 'warning')];
}

/** Whether the regional figures count the unit, in the words of the Status sheet. */
function countedText(input: ReportInput, code: string): string {
  const left = input.consolidation.basis.leftOut.find((u) => u.code === code);
  return left
    ? `Tidak: ${left.reason}. Angka UPT ini belum masuk rekapitulasi Kanwil periode ini.`
    : 'Ya, angka UPT ini masuk rekapitulasi Kanwil.';
}

export function unitFeedback(input: ReportInput, unit: UnitConfig): UnitFeedback {
  const { config, now } = input;
  const status = input.consolidation.status.units.find((row) => row.code === unit.code);
  const issues = unitIssues(input, unit);
  const note = status?.returnNote?.trim() ?? '';
  const sections: ReportSection[] = [
    {
      heading: 'Status laporan',
      blocks: [
        {
          kind: 'table',
          header: [],
          rows: [
            ['Kode UPT / jenis / kelas', `${unit.code} / ${unit.type} / ${unit.unitClass}`],
            ['Status', status?.status ?? 'Belum diisi'],
            ['Dikirim pada', eventTime(status?.sentAt ?? null)],
            ['Kesalahan / peringatan', `${status?.errors ?? 0} / ${status?.warnings ?? 0}`],
            ['Dihitung dalam rekap', countedText(input, unit.code)],
          ],
        },
      ],
    },
    {
      heading: 'Angka yang dilaporkan',
      blocks: [
        { kind: 'note', text: `Sel kosong ditulis "${DASH}" (tidak dilaporkan), tidak dianggap nol.` },
        { kind: 'table', header: [], rows: unitFigureRows(input, unit) },
      ],
    },
    {
      heading: 'Temuan validasi',
      blocks:
        issues.length === 0
          ? [{ kind: 'paragraph', text: 'Tidak ada kesalahan atau peringatan pada tab UPT ini.' }]
          : [
              {
                kind: 'table',
                header: ['Sel', 'Tingkat', 'Temuan dan saran perbaikan'],
                rows: issues.map((i) => [
                  issuePlace(i),
                  i.severity === 'error' ? 'Kesalahan' : 'Peringatan',
                  i.hint ? `${i.message} ${i.hint}` : i.message,
                ]),
              },
            ],
    },
    {
      heading: 'Catatan Kanwil',
      blocks: [{ kind: 'paragraph', text: note || 'Tidak ada catatan dari Kanwil untuk periode ini.' }],
    },
  ];
  return {
    title: feedbackTitle(unit.name, config.period),
    subtitle: `${config.office}. Disusun ${formatDateTimeId(now)} dari data tab "${unit.sheetName}".`,
    sections,
  };
}

/** The mail to the unit's operators: what the attached PDF is and what to do with it. */
export function feedbackMailBody(unitName: string, period: string, office: string, errors: number): string {
  return [
    'Yth. Operator UPT,',
    '',
    `Terlampir umpan balik ${office} atas laporan ${unitName} periode ${formatPeriod(period)}: status laporan, ` +
      'angka yang tercatat, temuan validasi beserta selnya, dan catatan Kanwil.',
    errors > 0
      ? `Ada ${errors} kesalahan yang perlu diperbaiki pada sel yang disebut, lalu kirim ulang laporan dari panel Rekap UPT.`
      : 'Tidak ada kesalahan yang perlu diperbaiki.',
    '',
    'Pesan ini dikirim otomatis; dokumen ini hanya berisi data UPT Anda.',
  ].join('\n');
}
