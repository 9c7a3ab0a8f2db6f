// Section 1 of the report, "Ringkasan": the key regional figures in sentences.
import { FOOD_CLUSTERS } from '../consolidation/consolidate';
import { formatArea, formatNumber, formatPercent, formatRupiah } from '../text/format';
import { CLUSTER_LABELS } from './labels';
import type { ReportBlock, ReportInput, ReportSection } from './report-model';
import { examText, incompleteSuffix } from './wording';

function foodSentences(input: ReportInput): ReportBlock[] {
  const food = input.consolidation.food;
  const active = FOOD_CLUSTERS.filter((_, i) => (food.clusters[i]?.unitCount ?? 0) > 0).map((c) =>
    CLUSTER_LABELS[c].toLowerCase(),
  );
  const blocks: ReportBlock[] = [
    {
      kind: 'paragraph',
      text:
        `Program ketahanan pangan dilaksanakan di ${food.unitsWithFood} UPT dengan melibatkan ` +
        `${formatNumber(food.headCount.value)} WBP${incompleteSuffix(food.headCount.excluded)} pada lahan seluas ` +
        `${formatArea(food.landM2.value)}${incompleteSuffix(food.landM2.excluded)}.`,
    },
  ];
  if (active.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text:
        `Kegiatan berlangsung pada ${active.length} klaster (${active.join(', ')}); nilai penjualan hasil ` +
        `${formatRupiah(food.salesRp.value)} dengan PNBP ${formatRupiah(food.pnbpRp.value)}` +
        `${incompleteSuffix(food.salesRp.excluded, food.pnbpRp.excluded)}.`,
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
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} dan ${parts[parts.length - 1]}` : parts[0];
  return {
    kind: 'paragraph',
    text: `${list}. Data ${status.valid} UPT lolos validasi tanpa kesalahan.`,
  };
}

function guidanceSentence(input: ReportInput): ReportBlock {
  const { education, services } = input.consolidation;
  return {
    kind: 'paragraph',
    text:
      `Pendidikan kesetaraan diikuti ${formatNumber(education.total.peserta.value)} peserta` +
      `${incompleteSuffix(education.total.peserta.excluded)}, ${examText(education.total.ikutUjian.value, education.total.lulus.value)}; dapur sehat beroperasi di ` +
      `${services.kitchen.Beroperasi} UPT; ${formatNumber(services.healthParticipants.value)} orang` +
      `${incompleteSuffix(services.healthParticipants.excluded)} menjalani pemeriksaan kesehatan gratis.`,
  };
}

function budgetSentence(input: ReportInput): ReportBlock {
  const budget = input.consolidation.management.budget;
  if (budget.absorption === null) {
    return {
      kind: 'paragraph',
      text: 'Penyerapan anggaran belum dapat dihitung karena belum ada UPT dengan pagu dan realisasi yang valid.',
    };
  }
  const counted = budget.units.filter((row) => row.absorption !== null).length;
  const basis = counted < input.consolidation.unitCount ? ` (dihitung dari ${counted} UPT dengan data valid)` : '';
  return {
    kind: 'paragraph',
    text:
      `Realisasi anggaran ${formatRupiah(budget.realisasiRp.value)} dari pagu ${formatRupiah(budget.paguRp.value)}` +
      `${incompleteSuffix(budget.realisasiRp.excluded, budget.paguRp.excluded)}; ` +
      `penyerapan wilayah ${formatPercent(budget.absorption)}${basis}.`,
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
      ...foodSentences(input),
      complianceSentence(input),
      guidanceSentence(input),
      budgetSentence(input),
      validationSentence(input),
    ],
  };
}
