// Section 5 of the report, "Dukungan manajemen": publications, Zona Integritas and budget absorption (with a chart);
// and their rows in each unit's annex.
import type { UnitZiRow } from '../consolidation/zona-integritas';
import { type FieldOf, fieldKey } from '../schema/field-key';
import type { UnitReport } from '../schema/types';
import { KANAL_LABELS, NILAI_MINIMAL_ZI, TAHAP_ZI } from '../schema/vocabulary';
import { formatNumber, formatPercent, formatPeriod, formatRupiah } from '../text/format';
import { largestFirst } from './chart-order';
import type { ReportBlock, ReportInput, ReportSection } from './report-model';
import { annexValue, DASH, incompleteNote, incompleteSuffix, tableOrEmpty, totalLabel } from './wording';

function publikasiBlocks(input: ReportInput): ReportBlock[] {
  const p = input.consolidation.publikasi;
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
        ...p.perKanal.map((k) => [KANAL_LABELS[k.kanal], formatNumber(k.jumlah.value)]),
        [totalLabel(p.total), formatNumber(p.total.value)],
      ],
    },
    ...incompleteNote(input.config, 'jumlah publikasi', p.total.excluded),
    tableOrEmpty(
      ['UPT', 'Jumlah publikasi', 'Tautan tercatat'],
      p.units
        .filter((row) => row.total > 0)
        .map((row) => [row.name, formatNumber(row.total), formatNumber(row.tautan)]),
    ),
  ];
}

function ziRemark(row: UnitZiRow): string {
  if (row.meetsTarget === null) return DASH;
  const target = row.target ?? 'WBK';
  return row.meetsTarget ? 'Memenuhi nilai minimal' : `Di bawah nilai minimal ${target} (${NILAI_MINIMAL_ZI[target]})`;
}

function zonaIntegritasBlocks(input: ReportInput): ReportBlock[] {
  const zi = input.consolidation.zonaIntegritas;
  const stages = TAHAP_ZI.map((tahap) => `${tahap.toLowerCase()} ${zi.perTahap[tahap]} UPT`).join(', ');
  return [
    { kind: 'subheading', text: '5.2 Pembangunan Zona Integritas' },
    {
      kind: 'paragraph',
      text:
        `Tahap pembangunan Zona Integritas: ${stages}. Target WBK ${zi.perTarget.WBK} UPT dan WBBM ${zi.perTarget.WBBM} UPT; ` +
        `${zi.meetingTarget} UPT telah memenuhi nilai minimal targetnya (WBK ${NILAI_MINIMAL_ZI.WBK}, WBBM ${NILAI_MINIMAL_ZI.WBBM}).`,
    },
    ...incompleteNote(input.config, 'data Zona Integritas', zi.excluded),
    tableOrEmpty(
      ['UPT', 'Tahap', 'Target', 'Nilai', 'Keterangan'],
      zi.units
        .filter((row) => row.tahap !== null || row.target !== null || row.nilai !== null)
        .map((row) => [
          row.name,
          row.tahap ?? DASH,
          row.target ?? DASH,
          // One decimal on every row, as the assessment scores it: "76,0" under "75,8", not "76".
          row.nilai === null ? DASH : formatNumber(row.nilai, 1),
          ziRemark(row),
        ]),
    ),
  ];
}

const MAX_CHART_UNITS = 30;

function anggaranBlocks(input: ReportInput): ReportBlock[] {
  const b = input.consolidation.anggaran;
  const withSerapan = b.units.filter((row) => row.serapan !== null);
  const blocks: ReportBlock[] = [
    { kind: 'subheading', text: '5.3 Anggaran' },
    {
      kind: 'paragraph',
      text:
        b.serapan === null
          ? 'Penyerapan anggaran belum dapat dihitung karena belum ada UPT dengan pagu dan realisasi yang valid.'
          : `Penyerapan anggaran ${input.area ?? 'wilayah'} ${formatPercent(b.serapan)}, dihitung dari ${withSerapan.length} UPT ` +
            'yang pagu dan realisasinya valid.',
    },
    tableOrEmpty(
      ['UPT', 'Pagu', 'Realisasi', 'Penyerapan'],
      [
        ...b.units.map((row) => [
          row.name,
          row.paguRp === null ? 'belum valid' : formatRupiah(row.paguRp),
          row.realisasiRp === null ? 'belum valid' : formatRupiah(row.realisasiRp),
          row.serapan === null ? DASH : formatPercent(row.serapan),
        ]),
        [
          totalLabel(b.paguRp, b.realisasiRp),
          formatRupiah(b.paguRp.value),
          formatRupiah(b.realisasiRp.value),
          b.serapan === null ? DASH : formatPercent(b.serapan),
        ],
      ],
    ),
    ...incompleteNote(input.config, 'pagu dan realisasi anggaran', b.paguRp.excluded, b.realisasiRp.excluded),
  ];
  if (withSerapan.length > 0) {
    // Past MAX_CHART_UNITS bars a chart is unreadable: it then shows the units that absorbed least.
    const shown =
      withSerapan.length > MAX_CHART_UNITS
        ? [...withSerapan].sort((a, b) => (a.serapan ?? 0) - (b.serapan ?? 0)).slice(0, MAX_CHART_UNITS)
        : withSerapan;
    const which = shown.length < withSerapan.length ? `${shown.length} UPT dengan penyerapan terendah` : 'per UPT';
    blocks.push({
      kind: 'figure',
      chart: largestFirst({
        type: 'bar',
        title: `Penyerapan anggaran ${which} (%)`,
        categories: shown.map((row) => row.code),
        series: [{ name: 'Penyerapan (%)', values: shown.map((row) => Math.round((row.serapan ?? 0) * 1000) / 10) }],
      }),
      caption: `Gambar 2. Penyerapan anggaran ${which} (kode UPT), ${formatPeriod(input.config.period)}.`,
    });
  }
  return blocks;
}

export function manajemenSection(input: ReportInput): ReportSection {
  return {
    heading: '5. Dukungan manajemen',
    blocks: [...publikasiBlocks(input), ...zonaIntegritasBlocks(input), ...anggaranBlocks(input)],
  };
}

/** The unit's publications, Zona Integritas and budget rows. */
export function manajemenAnnexRows(input: ReportInput, report: UnitReport): string[][] {
  const code = report.unit.code;
  const zi = (field: FieldOf<'zona_integritas'>) => annexValue(report, fieldKey.zona_integritas(field));
  const publikasi = input.consolidation.publikasi.units.find((row) => row.code === code);
  const anggaran = input.consolidation.anggaran.units.find((row) => row.code === code);
  return [
    ['Publikasi media', publikasi ? formatNumber(publikasi.total) : DASH],
    ['Zona Integritas: tahap / target / nilai', `${zi('tahap')} / ${zi('target')} / ${zi('nilai')}`],
    ['Pagu anggaran', annexValue(report, fieldKey.anggaran('pagu_rp'), formatRupiah)],
    ['Realisasi anggaran', annexValue(report, fieldKey.anggaran('realisasi_rp'), formatRupiah)],
    ['Penyerapan anggaran', anggaran?.serapan == null ? DASH : formatPercent(anggaran.serapan)],
  ];
}
