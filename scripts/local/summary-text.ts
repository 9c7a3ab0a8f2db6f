// The short summary `npm start` prints, in Bahasa Indonesia with id-ID numbers.

import type { CallKind } from '../../emulator';
import { formatArea, formatNumber, formatPercent, formatRupiah } from '../../src/core/text/format';
import type { CallTally, StepResult } from './kanwil-flow';
import type { TemplateUse } from './office-template';
import type { FigureJson, RegionalSummary } from './regional-summary';
import type { ValidationEntry } from './validation-sheet';

export interface RunReport {
  readonly source: string;
  readonly admin: string;
  readonly steps: readonly StepResult[];
  readonly template: TemplateUse;
  readonly summary: RegionalSummary;
  readonly issues: readonly ValidationEntry[];
  /** Where validasi.json came from. */
  readonly issuesFrom: 'sheet' | 'core';
  readonly calls: CallTally;
  readonly files: readonly string[];
}

const KIND_LABEL: Readonly<Record<CallKind, string>> = {
  read: 'baca',
  write: 'tulis',
  format: 'format',
  metadata: 'metadata',
  docs: 'Dokumen',
  drive: 'Drive',
  ui: 'UI',
  script: 'skrip/pemicu',
  lock: 'kunci',
  properties: 'properti',
  mail: 'e-mail',
  bigquery: 'BigQuery',
  utility: 'utilitas',
};

function seconds(s: number): string {
  return `${formatNumber(s, 1)} detik`;
}

function callsByKind(calls: CallTally): string {
  const parts = (Object.entries(calls.byKind) as [CallKind, number][])
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${KIND_LABEL[kind]} ${formatNumber(n)}`);
  return `${formatNumber(calls.total)} panggilan${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/** "102.772 m²", or with the plain note that the figure is incomplete. */
function shown(f: FigureJson, format: (n: number) => string): string {
  if (f.complete) return format(f.value);
  return `${format(f.value)} (belum lengkap: tanpa ${f.excludedUnits.length} UPT: ${f.excludedUnits.join(', ')})`;
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function stepLine(step: StepResult): string[] {
  if (step.outcome === 'skipped') {
    return [`  – ${step.label}: dilewati — fungsi ${step.functionName} belum ada di dist/Code.js`];
  }
  const mark = step.outcome === 'ok' ? '✓' : '✗';
  const lines = [`  ${mark} ${step.label}: ${callsByKind(step.calls)}, ${seconds(step.calls.modelledSeconds)}`];
  for (const message of step.messages) lines.push(`      “${message.replace(/\s*\n\s*/g, ' ')}”`);
  if (step.error) lines.push(`      gagal: ${step.error}`);
  return lines;
}

const MADE_BY_MENU = 'Templat dibuat oleh menu "Buat templat laporan"; "Buat laporan" mengisi salinannya.';
const PAGE_NUMBERS_BY_HAND =
  'Nomor halaman ditambahkan pada templat oleh alur lokal, mewakili orang: kantor melakukannya sekali sendiri di ' +
  'Google Dokumen (Sisipkan → Nomor halaman), karena tidak ada perintah skrip yang dapat menyisipkannya.';

/** How the report's template came about, said plainly: which step the add-on did and which stands in for a person. */
function templateLines(use: TemplateUse): string[] {
  switch (use.kind) {
    case 'made':
      return [MADE_BY_MENU, ...(use.pageNumbers ? [PAGE_NUMBERS_BY_HAND] : [])];
    case 'stood-in':
      return [
        `Isian "Templat laporan" di Pengaturan menunjuk Google Dokumen kantor (${use.office}) yang ada di Google Drive ` +
          'dan tidak dapat dibuka dari alur lokal. Sebagai gantinya alur lokal mengosongkan isian itu, membuat ' +
          'templat bawaan, lalu mengembalikan isian kantor sesudah "Buat laporan" (buku kerja hasil memuatnya seperti ' +
          'semula). Di Google Sheets, laporan tetap memakai templat kantor.',
        MADE_BY_MENU,
        ...(use.pageNumbers ? [PAGE_NUMBERS_BY_HAND] : []),
      ];
    case 'no-row':
      return [
        'Pengaturan tidak memiliki baris "Templat laporan" (buku kerja versi lama): laporan memakai tata letak ' +
          'bawaan, tanpa nomor halaman. Tambahkan baris itu (label di kolom A, kolom B kosong), lalu menu "Buat ' +
          'templat laporan" mengisikan tautan templatnya.',
      ];
    case 'as-named':
      return ['"Buat laporan" memakai templat yang tertulis di Pengaturan.'];
  }
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map(
    (r) =>
      `    ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ')}`,
  );
}

function failedLines(steps: readonly StepResult[]): string[] {
  const failed = steps.filter((s) => s.outcome === 'failed');
  if (failed.length === 0) return [];
  return ['', `GAGAL: ${failed.length} langkah tidak selesai:`, ...failed.map((s) => `  ✗ ${s.label}: ${s.error}`)];
}

export function summaryText(run: RunReport): string {
  const { summary: s } = run;
  const errors = run.issues.filter((i) => i.severity === 'error').length;
  const warnings = run.issues.length - errors;
  const clusterRows = [
    ['Klaster', 'Luas (m²)', 'WBP', 'Penjualan', 'PNBP', 'UPT'],
    ...s.food.clusters.map((k) => [
      capitalised(k.cluster),
      formatNumber(k.landM2.value),
      formatNumber(k.wbp.value),
      formatRupiah(k.salesRp.value),
      formatRupiah(k.pnbpRp.value),
      formatNumber(k.unitCount),
    ]),
    [
      'Jumlah',
      formatNumber(s.food.landM2.value),
      formatNumber(s.food.clusterWbp.value),
      formatRupiah(s.food.salesRp.value),
      formatRupiah(s.food.pnbpRp.value),
      formatNumber(s.food.unitsWithFood),
    ],
  ];
  const byStatus = Object.entries(s.units.byStatus)
    .map(([status, n]) => `${status} ${formatNumber(n)}`)
    .join(', ');
  const absorption =
    s.management.budgetAbsorption === null
      ? '–'
      : `serapan ${formatPercent(s.management.budgetAbsorption)} dari ${formatNumber(s.management.budgetAbsorptionUnits)} UPT`;
  return [
    'Rekap UPT — alur Kanwil pada emulator Apps Script (dist/Code.js)',
    `Sumber: ${run.source}; dijalankan sebagai admin ${run.admin}`,
    `Periode: ${s.periodLabel} — ${s.office}`,
    `Dasar rekap: ${s.basis.statement}`,
    '',
    'Langkah:',
    ...run.steps.flatMap(stepLine),
    '',
    'Templat laporan:',
    ...templateLines(run.template).map((line) => `  ${line}`),
    '',
    `Ketahanan pangan: ${shown(s.food.wbpHeadCount, (n) => `${formatNumber(n)} WBP`)} terlibat, lahan ${shown(s.food.landM2, formatArea)}, di ${formatNumber(s.food.unitsWithFood)} UPT`,
    ...table(clusterRows),
    `Pembinaan: pendidikan kesetaraan ${formatNumber(s.education.peserta.value)} peserta, ${formatNumber(s.education.lulus.value)} lulus; bantuan sosial ${formatNumber(s.services.bansosActivities.value)} kegiatan; pemeriksaan kesehatan ${formatNumber(s.services.healthParticipants.value)} orang`,
    `Dukungan manajemen: ${formatNumber(s.management.publications.value)} publikasi; anggaran ${formatRupiah(s.management.realisasiRp.value)} dari pagu ${formatRupiah(s.management.paguRp.value)} (${absorption})`,
    '',
    `UPT: ${formatNumber(s.units.configured)} terdaftar, ${formatNumber(s.units.sent)} terkirim, ${formatNumber(s.units.valid)} valid (tanpa kesalahan), ${formatNumber(s.units.sentAndValid)} terkirim dan valid`,
    `  Status: ${byStatus}`,
    ...(s.units.missing.length > 0 ? [`  Tab tidak ditemukan: ${s.units.missing.join(', ')}`] : []),
    ...(s.units.withErrors.length > 0 ? [`  Masih ada kesalahan: ${s.units.withErrors.join(', ')}`] : []),
    `Temuan validasi: ${formatNumber(errors)} kesalahan, ${formatNumber(warnings)} peringatan${run.issuesFrom === 'core' ? ' (dihitung ulang oleh inti, lembar Validasi tidak ada)' : ' (dari lembar Validasi)'}`,
    '',
    `Panggilan layanan Apps Script: ${callsByKind(run.calls)}`,
    `Waktu Apps Script (model latensi): ${seconds(run.calls.modelledSeconds)}`,
    '',
    'Berkas:',
    ...run.files.map((f) => `  ${f}`),
    ...failedLines(run.steps),
    '',
  ].join('\n');
}
