// Section 5 of the report, "Dukungan manajemen": publications, Zona Integritas and budget absorption (with a chart).
import { type UnitIntegrityRow, ZI_STAGES } from '../consolidation/consolidate';
import { formatNumber, formatPercent, formatPeriod, formatRupiah } from '../text/format';
import { ZI_MINIMUM } from '../validation/cross-field-rules';
import { CHANNEL_LABELS } from './labels';
import type { ReportBlock, ReportInput, ReportSection } from './report-model';
import { DASH, incompleteNote, incompleteSuffix, tableOrEmpty, totalLabel } from './wording';

function publicationBlocks(input: ReportInput): ReportBlock[] {
  const p = input.consolidation.management.publications;
  return [
    { kind: 'subheading', text: '5.1 Publikasi media' },
    {
      kind: 'paragraph',
      text: `Tercatat ${formatNumber(p.total.value)} publikasi${incompleteSuffix(p.total.excluded)} tentang kegiatan UPT pada periode ini.`,
    },
    {
      kind: 'table',
      header: ['Kanal', 'Jumlah publikasi'],
      rows: [
        ...p.channels.map((c) => [CHANNEL_LABELS[c.channel], formatNumber(c.count.value)]),
        [totalLabel(p.total), formatNumber(p.total.value)],
      ],
    },
    ...incompleteNote(input.config, 'jumlah publikasi', p.total.excluded),
    tableOrEmpty(
      ['UPT', 'Jumlah publikasi', 'Tautan tercatat'],
      p.units.filter((row) => row.total > 0).map((row) => [row.name, formatNumber(row.total), formatNumber(row.links)]),
      [220, null, null],
    ),
  ];
}

function integrityRemark(row: UnitIntegrityRow): string {
  if (row.meetsTarget === null) return DASH;
  const target = row.target ?? 'WBK';
  return row.meetsTarget ? 'Memenuhi nilai minimal' : `Di bawah nilai minimal ${target} (${ZI_MINIMUM[target]})`;
}

function integrityBlocks(input: ReportInput): ReportBlock[] {
  const zi = input.consolidation.management.integrity;
  const stages = ZI_STAGES.map((stage) => `${stage.toLowerCase()} ${zi.stages[stage]} UPT`).join(', ');
  return [
    { kind: 'subheading', text: '5.2 Pembangunan Zona Integritas' },
    {
      kind: 'paragraph',
      text:
        `Tahap pembangunan Zona Integritas: ${stages}. Target WBK ${zi.targets.WBK} UPT dan WBBM ${zi.targets.WBBM} UPT; ` +
        `${zi.meetingTarget} UPT telah memenuhi nilai minimal targetnya (WBK ${ZI_MINIMUM.WBK}, WBBM ${ZI_MINIMUM.WBBM}).`,
    },
    ...incompleteNote(input.config, 'data Zona Integritas', zi.excluded),
    tableOrEmpty(
      ['UPT', 'Tahap', 'Target', 'Nilai', 'Keterangan'],
      zi.units
        .filter((row) => row.stage !== null || row.target !== null || row.score !== null)
        .map((row) => [
          row.name,
          row.stage ?? DASH,
          row.target ?? DASH,
          row.score === null ? DASH : formatNumber(row.score, row.score % 1 === 0 ? 0 : 1),
          integrityRemark(row),
        ]),
      [150, 80, 44, 40, null],
    ),
  ];
}

const MAX_CHART_UNITS = 30;

function budgetBlocks(input: ReportInput): ReportBlock[] {
  const b = input.consolidation.management.budget;
  const withAbsorption = b.units.filter((row) => row.absorption !== null);
  const blocks: ReportBlock[] = [
    { kind: 'subheading', text: '5.3 Anggaran' },
    {
      kind: 'paragraph',
      text:
        b.absorption === null
          ? 'Penyerapan anggaran belum dapat dihitung karena belum ada UPT dengan pagu dan realisasi yang valid.'
          : `Penyerapan anggaran wilayah ${formatPercent(b.absorption)}, dihitung dari ${withAbsorption.length} UPT ` +
            'yang pagu dan realisasinya valid.',
    },
    tableOrEmpty(
      ['UPT', 'Pagu', 'Realisasi', 'Penyerapan'],
      [
        ...b.units.map((row) => [
          row.name,
          row.paguRp === null ? 'belum valid' : formatRupiah(row.paguRp),
          row.realisasiRp === null ? 'belum valid' : formatRupiah(row.realisasiRp),
          row.absorption === null ? DASH : formatPercent(row.absorption),
        ]),
        [
          totalLabel(b.paguRp, b.realisasiRp),
          formatRupiah(b.paguRp.value),
          formatRupiah(b.realisasiRp.value),
          b.absorption === null ? DASH : formatPercent(b.absorption),
        ],
      ],
      [150, null, null, 64],
    ),
    ...incompleteNote(input.config, 'pagu dan realisasi anggaran', b.paguRp.excluded, b.realisasiRp.excluded),
  ];
  if (withAbsorption.length > 0) {
    // Past MAX_CHART_UNITS bars a chart is unreadable: it then shows the units that absorbed least.
    const shown =
      withAbsorption.length > MAX_CHART_UNITS
        ? [...withAbsorption].sort((a, b) => (a.absorption ?? 0) - (b.absorption ?? 0)).slice(0, MAX_CHART_UNITS)
        : withAbsorption;
    const which = shown.length < withAbsorption.length ? `${shown.length} UPT dengan penyerapan terendah` : 'per UPT';
    blocks.push({
      kind: 'figure',
      chart: {
        type: 'bar',
        title: `Penyerapan anggaran ${which} (%)`,
        categories: shown.map((row) => row.code),
        series: [{ name: 'Penyerapan (%)', values: shown.map((row) => Math.round((row.absorption ?? 0) * 1000) / 10) }],
      },
      caption: `Gambar 2. Penyerapan anggaran ${which} (kode UPT), ${formatPeriod(input.config.period)}.`,
    });
  }
  return blocks;
}

export function managementSection(input: ReportInput): ReportSection {
  return {
    heading: '5. Dukungan manajemen',
    blocks: [...publicationBlocks(input), ...integrityBlocks(input), ...budgetBlocks(input)],
  };
}
