// Section 6 of the report, "Catatan validasi dan tindak lanjut": issues per unit and the actions they call for.

import type { Config, Issue } from '../schema/types';
import { formatNumber } from '../text/format';
import type { ReportBlock, ReportInput, ReportSection } from './report-model';
import { DASH, tableOrEmpty, unitNames } from './wording';

/** The issue table is capped so a badly broken workbook still gives a readable report; the rest is on "Validasi". */
export const MAX_ISSUE_ROWS = 100;

function sheetLabel(config: Config, sheet: string): string {
  return config.units.find((u) => u.sheetName === sheet)?.name ?? sheet;
}

function issueRows(config: Config, issues: readonly Issue[]): string[][] {
  const ordered = [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity === 'warning')];
  return ordered
    .slice(0, MAX_ISSUE_ROWS)
    .map((i) => [
      sheetLabel(config, i.sheet),
      i.cell || DASH,
      i.severity === 'error' ? 'Kesalahan' : 'Peringatan',
      i.hint ? `${i.message} ${i.hint}` : i.message,
    ]);
}

function followUps(input: ReportInput): string[] {
  const { config } = input;
  const status = input.consolidation.status;
  const items: string[] = [];
  const notSent = status.units.filter((r) => r.found && (r.status === 'Belum diisi' || r.status === 'Draf'));
  if (status.missing.length > 0) {
    items.push(
      `Tab UPT tidak ditemukan (${unitNames(config, status.missing)}): admin Kanwil menjalankan "Siapkan / perbarui tab UPT".`,
    );
  }
  if (notSent.length > 0) {
    items.push(
      `UPT yang belum mengirim (${notSent.map((r) => r.name).join(', ')}) segera melengkapi dan mengirim laporan.`,
    );
  }
  if (status.withErrors.length > 0) {
    items.push(
      `UPT dengan data belum valid (${unitNames(config, status.withErrors)}) memperbaiki sel yang ditunjuk di sheet "Validasi", lalu mengirim ulang.`,
    );
  }
  const returned = status.units.filter((r) => r.status === 'Dikembalikan');
  if (returned.length > 0) {
    items.push(
      `UPT yang laporannya dikembalikan (${returned.map((r) => r.name).join(', ')}) menindaklanjuti catatan Kanwil.`,
    );
  }
  return items;
}

export function validationSection(input: ReportInput): ReportSection {
  const { config, issues } = input;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text:
        issues.length === 0
          ? 'Validasi tidak menemukan kesalahan maupun peringatan pada data UPT.'
          : `Validasi menemukan ${formatNumber(errors)} kesalahan dan ${formatNumber(issues.length - errors)} peringatan. ` +
            'Nilai pada sel yang salah tidak ikut dijumlahkan sampai diperbaiki.',
    },
    tableOrEmpty(['UPT / tab', 'Sel', 'Jenis', 'Pesan'], issueRows(config, issues)),
  ];
  if (issues.length > MAX_ISSUE_ROWS) {
    blocks.push({
      kind: 'note',
      text: `Ditampilkan ${MAX_ISSUE_ROWS} dari ${formatNumber(issues.length)} catatan; daftar lengkap ada di sheet "Validasi".`,
    });
  }
  const items = followUps(input);
  blocks.push(
    { kind: 'subheading', text: '6.1 Tindak lanjut' },
    items.length > 0
      ? { kind: 'list', items }
      : { kind: 'paragraph', text: 'Tidak ada tindak lanjut yang diperlukan.' },
  );
  return { heading: '6. Catatan validasi dan tindak lanjut', blocks };
}
