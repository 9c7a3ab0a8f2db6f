// Section 2 of the report, "Kepatuhan pelaporan": who sent, who did not, who was returned, with error counts.
import type { UnitStatusRow } from '../consolidation/status';
import { formatNumber } from '../text/format';
import type { ReportBlock, ReportInput, ReportSection } from './report-model';
import { DASH, eventTime, tableOrEmpty } from './wording';

function statusText(row: UnitStatusRow): string {
  return row.found ? row.status : 'Tab tidak ditemukan';
}

export function complianceSection(input: ReportInput): ReportSection {
  const { status, unitCount } = input.consolidation;
  const c = status.counts;
  const notSent = status.units.filter((row) => row.status !== 'Dikirim' && row.status !== 'Dikembalikan');
  const returned = status.units.filter((row) => row.status === 'Dikembalikan');
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text:
        `Dari ${unitCount} UPT: ${c.Dikirim} dikirim, ${c.Dikembalikan} dikembalikan untuk perbaikan, ` +
        `${c.Draf} masih draf dan ${c['Belum diisi']} belum diisi. ${status.sentAndValid} UPT telah mengirim ` +
        `laporan yang lolos validasi tanpa kesalahan.`,
    },
    tableOrEmpty(
      ['No', 'UPT', 'Status', 'Dikirim pada', 'Kesalahan', 'Peringatan'],
      status.units.map((row, i) => [
        String(i + 1),
        row.name,
        statusText(row),
        row.status === 'Dikirim' ? eventTime(row.sentAt) : DASH,
        formatNumber(row.errors),
        formatNumber(row.warnings),
      ]),
    ),
    {
      kind: 'paragraph',
      text:
        notSent.length === 0
          ? 'Seluruh UPT telah mengirim laporan.'
          : `Belum mengirim (${notSent.length} UPT): ${notSent.map((row) => row.name).join(', ')}.`,
    },
  ];
  if (returned.length > 0) {
    blocks.push(
      { kind: 'subheading', text: '2.1 Dikembalikan untuk perbaikan' },
      tableOrEmpty(
        ['UPT', 'Catatan Kanwil'],
        returned.map((row) => [row.name, row.returnNote ?? DASH]),
      ),
    );
  }
  return { heading: '2. Kepatuhan pelaporan', blocks };
}
