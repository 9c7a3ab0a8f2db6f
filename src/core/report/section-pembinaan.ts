// Section 4 of the report, "Pembinaan": equivalency education, healthy kitchens, social aid and health checks; and
// their rows in each custodial unit's annex.
import { type FieldOf, fieldKey } from '../schema/field-key';
import type { UnitReport } from '../schema/types';
import { CUSTODIAL_TYPES, isOneOf, PAKET_LABELS, type StatusDapurSehat } from '../schema/vocabulary';
import { formatNumber, formatRupiah } from '../text/format';
import type { ReportBlock, ReportInput, ReportSection } from './report-model';
import {
  annexValue,
  DASH,
  examText,
  type Formatter,
  incompleteNote,
  incompleteSuffix,
  tableOrEmpty,
  totalLabel,
} from './wording';

const DAPUR_SEHAT_TEXT: Readonly<Record<StatusDapurSehat, string>> = {
  Belum: 'Belum ada',
  Proses: 'Dalam proses',
  Beroperasi: 'Beroperasi',
};

function pendidikanBlocks(input: ReportInput): ReportBlock[] {
  const { config } = input;
  const pendidikan = input.consolidation.pendidikan;
  const t = pendidikan.total;
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
        ...pendidikan.perPaket.map((p) => [
          PAKET_LABELS[p.paket],
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
      pendidikan.units
        .filter((row) => row.total.peserta > 0)
        .map((row) => [
          row.name,
          formatNumber(row.total.peserta),
          formatNumber(row.total.ikutUjian),
          formatNumber(row.total.lulus),
        ]),
    ),
  ];
}

function dapurSehatBlocks(input: ReportInput): ReportBlock[] {
  const dapurSehat = input.consolidation.dapurSehat;
  const k = dapurSehat.perStatus;
  const notReported = dapurSehat.notReported > 0 ? `; ${dapurSehat.notReported} UPT belum melaporkan` : '';
  return [
    { kind: 'subheading', text: '4.2 Dapur sehat' },
    {
      kind: 'paragraph',
      text: `Dapur sehat beroperasi di ${k.Beroperasi} UPT, dalam proses di ${k.Proses} UPT dan belum ada di ${k.Belum} UPT${notReported}.`,
    },
    tableOrEmpty(
      ['UPT', 'Status', 'Catatan'],
      dapurSehat.units.map((row) => [
        row.name,
        row.status ? DAPUR_SEHAT_TEXT[row.status] : 'Belum dilaporkan',
        row.catatan || DASH,
      ]),
    ),
  ];
}

function bansosKesehatanBlocks(input: ReportInput): ReportBlock[] {
  const { config } = input;
  const { bansos: b, kesehatan: k } = input.consolidation;
  const kesehatanOf = new Map(k.units.map((row) => [row.code, row]));
  return [
    { kind: 'subheading', text: '4.3 Bantuan sosial dan pemeriksaan kesehatan gratis' },
    {
      kind: 'paragraph',
      text:
        `Bantuan sosial: ${formatNumber(b.kegiatan.value)} kegiatan dengan ${formatNumber(b.penerima.value)} ` +
        `penerima senilai ${formatRupiah(b.nilaiRp.value)}` +
        `${incompleteSuffix(b.kegiatan.excluded, b.penerima.excluded, b.nilaiRp.excluded)}. ` +
        `Pemeriksaan kesehatan gratis: ${formatNumber(k.kegiatan.value)} kegiatan dengan ` +
        `${formatNumber(k.peserta.value)} orang diperiksa` +
        `${incompleteSuffix(k.kegiatan.excluded, k.peserta.excluded)}.`,
    },
    ...incompleteNote(
      config,
      'angka bantuan sosial dan pemeriksaan kesehatan',
      b.kegiatan.excluded,
      b.penerima.excluded,
      b.nilaiRp.excluded,
      k.kegiatan.excluded,
      k.peserta.excluded,
    ),
    tableOrEmpty(
      ['UPT', 'Bansos: kegiatan', 'Penerima', 'Nilai', 'Kesehatan: kegiatan', 'Diperiksa'],
      b.units.flatMap((bansos) => {
        const kesehatan = kesehatanOf.get(bansos.code) ?? { kegiatan: 0, peserta: 0 };
        if (bansos.kegiatan + kesehatan.kegiatan + bansos.penerima + kesehatan.peserta <= 0) return [];
        return [
          [
            bansos.name,
            formatNumber(bansos.kegiatan),
            formatNumber(bansos.penerima),
            formatRupiah(bansos.nilaiRp),
            formatNumber(kesehatan.kegiatan),
            formatNumber(kesehatan.peserta),
          ],
        ];
      }),
    ),
  ];
}

export function pembinaanSection(input: ReportInput): ReportSection {
  return {
    heading: '4. Pembinaan',
    blocks: [...pendidikanBlocks(input), ...dapurSehatBlocks(input), ...bansosKesehatanBlocks(input)],
  };
}

/** The unit's education, kitchen, social-aid and health-check rows; none for Bapas and Rupbasan. */
export function pembinaanAnnexRows(input: ReportInput, report: UnitReport): string[][] {
  if (!isOneOf(CUSTODIAL_TYPES, report.unit.type)) return [];
  const layanan = (field: FieldOf<'layanan'>, format?: Formatter) =>
    annexValue(report, fieldKey.layanan(field), format);
  const pendidikan = input.consolidation.pendidikan.units.find((row) => row.code === report.unit.code);
  return [
    [
      'Pendidikan kesetaraan: peserta / ikut ujian / lulus',
      pendidikan
        ? `${formatNumber(pendidikan.total.peserta)} / ${formatNumber(pendidikan.total.ikutUjian)} / ${formatNumber(pendidikan.total.lulus)}`
        : DASH,
    ],
    ['Dapur sehat', layanan('dapur_sehat')],
    ['Catatan dapur sehat', layanan('dapur_sehat_catatan')],
    ['Bantuan sosial: kegiatan / penerima', `${layanan('bansos_kegiatan')} / ${layanan('bansos_penerima')}`],
    ['Bantuan sosial: nilai', layanan('bansos_nilai_rp', formatRupiah)],
    [
      'Pemeriksaan kesehatan gratis: kegiatan / peserta',
      `${layanan('kesehatan_kegiatan')} / ${layanan('kesehatan_peserta')}`,
    ],
  ];
}
