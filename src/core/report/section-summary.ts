// Section 1 of the report, "Ringkasan": the key regional figures in sentences.
import { KLASTER_LABELS } from '../schema/vocabulary';
import { formatArea, formatNumber, formatPercent, formatRupiah, listText } from '../text/format';
import type { ReportBlock, ReportInput, ReportSection } from './report-model';
import { examText, incompleteSuffix } from './wording';

function panganSentences(input: ReportInput): ReportBlock[] {
  const pangan = input.consolidation.pangan;
  const active = pangan.perKlaster.filter((k) => k.activeUnits > 0).map((k) => KLASTER_LABELS[k.klaster].toLowerCase());
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text:
        `Program ketahanan pangan dilaksanakan di ${pangan.activeUnits} UPT dengan melibatkan ` +
        `${formatNumber(pangan.wbpTerlibat.value)} WBP${incompleteSuffix(pangan.wbpTerlibat.excluded)} pada lahan seluas ` +
        `${formatArea(pangan.luasLahan.value)}${incompleteSuffix(pangan.luasLahan.excluded)}.`,
    },
  ];
  if (active.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text:
        `Kegiatan berlangsung pada ${active.length} klaster (${active.join(', ')}); nilai penjualan hasil ` +
        `${formatRupiah(pangan.penjualanRp.value)} dengan PNBP ${formatRupiah(pangan.pnbpRp.value)}` +
        `${incompleteSuffix(pangan.penjualanRp.excluded, pangan.pnbpRp.excluded)}.`,
    });
  }
  return blocks;
}

function complianceSentence(input: ReportInput): ReportBlock {
  const { status, unitCount } = input.consolidation;
  const notSent = unitCount - status.counts.Dikirim - status.counts.Dikembalikan;
  const parts = [`${status.counts.Dikirim} dari ${unitCount} UPT telah mengirim laporan`];
  if (notSent > 0) parts.push(`${notSent} UPT belum mengirim`);
  if (status.counts.Dikembalikan > 0) parts.push(`${status.counts.Dikembalikan} UPT dikembalikan untuk perbaikan`);
  return {
    kind: 'paragraph',
    text: `${listText(parts, 'dan')}. Data ${status.valid} UPT lolos validasi tanpa kesalahan.`,
  };
}

function pembinaanSentence(input: ReportInput): ReportBlock {
  const { pendidikan, dapurSehat, kesehatan } = input.consolidation;
  return {
    kind: 'paragraph',
    text:
      `Pendidikan kesetaraan diikuti ${formatNumber(pendidikan.total.peserta.value)} peserta` +
      `${incompleteSuffix(pendidikan.total.peserta.excluded)}, ${examText(pendidikan.total.ikutUjian.value, pendidikan.total.lulus.value)}; dapur sehat beroperasi di ` +
      `${dapurSehat.perStatus.Beroperasi} UPT; ${formatNumber(kesehatan.peserta.value)} orang` +
      `${incompleteSuffix(kesehatan.peserta.excluded)} menjalani pemeriksaan kesehatan gratis.`,
  };
}

function anggaranSentence(input: ReportInput): ReportBlock {
  const anggaran = input.consolidation.anggaran;
  if (anggaran.serapan === null) {
    return {
      kind: 'paragraph',
      text: 'Penyerapan anggaran belum dapat dihitung karena belum ada UPT dengan pagu dan realisasi yang valid.',
    };
  }
  const counted = anggaran.units.filter((row) => row.serapan !== null).length;
  const basis = counted < input.consolidation.unitCount ? ` (dihitung dari ${counted} UPT dengan data valid)` : '';
  return {
    kind: 'paragraph',
    text:
      `Realisasi anggaran ${formatRupiah(anggaran.realisasiRp.value)} dari pagu ${formatRupiah(anggaran.paguRp.value)}` +
      `${incompleteSuffix(anggaran.realisasiRp.excluded, anggaran.paguRp.excluded)}; ` +
      `penyerapan ${input.area ?? 'wilayah'} ${formatPercent(anggaran.serapan)}${basis}.`,
  };
}

function validationSentence(input: ReportInput): ReportBlock {
  const errors = input.issues.filter((i) => i.severity === 'error').length;
  const warnings = input.issues.length - errors;
  if (input.issues.length === 0) {
    return { kind: 'paragraph', text: 'Validasi tidak menemukan kesalahan maupun peringatan.' };
  }
  const sheets = new Set(input.issues.map((i) => i.sheet)).size;
  return {
    kind: 'paragraph',
    text: `Validasi menemukan ${formatNumber(errors)} kesalahan dan ${formatNumber(warnings)} peringatan pada ${sheets} tab; rinciannya ada di bagian 6.`,
  };
}

export function summarySection(input: ReportInput): ReportSection {
  return {
    heading: '1. Ringkasan',
    blocks: [
      ...panganSentences(input),
      complianceSentence(input),
      pembinaanSentence(input),
      anggaranSentence(input),
      validationSentence(input),
    ],
  };
}
