// Section 4 of the report, "Pembinaan": equivalency education, healthy kitchens, social aid and health checks.
import type { KitchenStatus } from '../consolidation/consolidate';
import { formatNumber, formatRupiah } from '../text/format';
import { PACKAGE_LABELS } from './labels';
import type { ReportBlock, ReportInput, ReportSection } from './report-model';
import { DASH, examText, incompleteNote, incompleteSuffix, tableOrEmpty, totalLabel } from './wording';

const KITCHEN_TEXT: Readonly<Record<KitchenStatus, string>> = {
  Belum: 'Belum ada',
  Proses: 'Dalam proses',
  Beroperasi: 'Beroperasi',
};

function educationBlocks(input: ReportInput): ReportBlock[] {
  const { config } = input;
  const education = input.consolidation.education;
  const t = education.total;
  return [
    { kind: 'subheading', text: '4.1 Pendidikan kesetaraan' },
    {
      kind: 'paragraph',
      text:
        `Program Paket A, B dan C diikuti ${formatNumber(t.peserta.value)} peserta${incompleteSuffix(t.peserta.excluded)}; ` +
        `${examText(t.ikutUjian.value, t.lulus.value)}.`,
    },
    {
      kind: 'table',
      header: ['Program', 'Peserta', 'Ikut ujian', 'Lulus'],
      rows: [
        ...education.packages.map((p) => [
          PACKAGE_LABELS[p.paket],
          formatNumber(p.peserta.value),
          formatNumber(p.ikutUjian.value),
          formatNumber(p.lulus.value),
        ]),
        [
          totalLabel(t.peserta, t.ikutUjian, t.lulus),
          formatNumber(t.peserta.value),
          formatNumber(t.ikutUjian.value),
          formatNumber(t.lulus.value),
        ],
      ],
    },
    ...incompleteNote(config, 'jumlah peserta pendidikan kesetaraan', t.peserta.excluded, t.lulus.excluded),
    tableOrEmpty(
      ['UPT', 'Peserta', 'Ikut ujian', 'Lulus'],
      education.units
        .filter((row) => row.total.peserta > 0)
        .map((row) => [
          row.name,
          formatNumber(row.total.peserta),
          formatNumber(row.total.ikutUjian),
          formatNumber(row.total.lulus),
        ]),
      [200, null, null, null],
    ),
  ];
}

function kitchenBlocks(input: ReportInput): ReportBlock[] {
  const services = input.consolidation.services;
  const k = services.kitchen;
  const notReported = services.kitchenNotReported > 0 ? `; ${services.kitchenNotReported} UPT belum melaporkan` : '';
  return [
    { kind: 'subheading', text: '4.2 Dapur sehat' },
    {
      kind: 'paragraph',
      text: `Dapur sehat beroperasi di ${k.Beroperasi} UPT, dalam proses di ${k.Proses} UPT dan belum ada di ${k.Belum} UPT${notReported}.`,
    },
    tableOrEmpty(
      ['UPT', 'Status', 'Catatan'],
      services.units.map((row) => [
        row.name,
        row.kitchen ? KITCHEN_TEXT[row.kitchen] : 'Belum dilaporkan',
        row.kitchenNote || DASH,
      ]),
      [150, 80, null],
    ),
  ];
}

function aidAndHealthBlocks(input: ReportInput): ReportBlock[] {
  const { config } = input;
  const s = input.consolidation.services;
  return [
    { kind: 'subheading', text: '4.3 Bantuan sosial dan pemeriksaan kesehatan gratis' },
    {
      kind: 'paragraph',
      text:
        `Bantuan sosial: ${formatNumber(s.bansosActivities.value)} kegiatan dengan ${formatNumber(s.bansosRecipients.value)} ` +
        `penerima senilai ${formatRupiah(s.bansosValueRp.value)}` +
        `${incompleteSuffix(s.bansosActivities.excluded, s.bansosRecipients.excluded, s.bansosValueRp.excluded)}. ` +
        `Pemeriksaan kesehatan gratis: ${formatNumber(s.healthActivities.value)} kegiatan dengan ` +
        `${formatNumber(s.healthParticipants.value)} orang diperiksa` +
        `${incompleteSuffix(s.healthActivities.excluded, s.healthParticipants.excluded)}.`,
    },
    ...incompleteNote(
      config,
      'angka bantuan sosial dan pemeriksaan kesehatan',
      s.bansosActivities.excluded,
      s.bansosRecipients.excluded,
      s.bansosValueRp.excluded,
      s.healthActivities.excluded,
      s.healthParticipants.excluded,
    ),
    tableOrEmpty(
      ['UPT', 'Bansos: kegiatan', 'Penerima', 'Nilai', 'Kesehatan: kegiatan', 'Diperiksa'],
      s.units
        .filter(
          (row) => row.bansosActivities + row.healthActivities + row.bansosRecipients + row.healthParticipants > 0,
        )
        .map((row) => [
          row.name,
          formatNumber(row.bansosActivities),
          formatNumber(row.bansosRecipients),
          formatRupiah(row.bansosValueRp),
          formatNumber(row.healthActivities),
          formatNumber(row.healthParticipants),
        ]),
      [130, null, null, null, null, null],
    ),
  ];
}

export function guidanceSection(input: ReportInput): ReportSection {
  return {
    heading: '4. Pembinaan',
    blocks: [...educationBlocks(input), ...kitchenBlocks(input), ...aidAndHealthBlocks(input)],
  };
}
