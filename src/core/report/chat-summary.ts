// The period's plain-text summary for the office chat (WhatsApp-like): key regional figures, who sent, who has not.

import type { Consolidation, Total } from '../consolidation/consolidate';
import type { Config } from '../schema/types';
import { formatArea, formatDateTimeId, formatNumber, formatPercent, formatPeriod } from '../text/format';

/** How many unit names a list shows before "dan X UPT lainnya": keeps the message short with 500 units. */
export const CHAT_NAME_LIMIT = 5;
/** Longest unit or office name the summary shows; a longer one ends in "…". */
export const CHAT_NAME_MAX_CHARS = 48;

export interface ChatSummaryInput {
  readonly config: Config;
  readonly consolidation: Consolidation;
  /** Link to the generated report (Doc or PDF); omitted when null, empty or not an http(s) address. */
  readonly reportUrl?: string | null;
  /** When the summary is made (shown as "Diperbarui 3 Februari 2026 09.00 WIB"). */
  readonly now: Date;
}

/**
 * User text on one line, exactly as typed otherwise: chat markers (* _ ~ `) and < > stay literal, since the
 * message is plain text; only line breaks and runs of spaces collapse, so a name cannot fake extra lines.
 */
export function chatText(text: string, maxChars = CHAT_NAME_MAX_CHARS): string {
  const flat = text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  return flat.length > maxChars ? `${flat.slice(0, maxChars - 1).trimEnd()}…` : flat;
}

/** "A, B, C dan 2 UPT lainnya" — at most CHAT_NAME_LIMIT names. */
function nameList(names: readonly string[]): string {
  const shown = names.slice(0, CHAT_NAME_LIMIT).map((name) => chatText(name));
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} dan ${formatNumber(rest)} UPT lainnya` : shown.join(', ');
}

function reportLink(url: string | null | undefined): string | null {
  const trimmed = (url ?? '').trim();
  return /^https?:\/\/\S+$/.test(trimmed) ? trimmed : null;
}

function foodLine(c: Consolidation): string {
  const clusters = c.food.clusters.filter((k) => k.unitCount > 0 || k.landM2.value > 0).length;
  return (
    `Ketahanan pangan: ${formatNumber(c.food.headCount.value)} WBP · ${formatArea(c.food.landM2.value)} lahan · ` +
    `${formatNumber(clusters)} klaster · ${formatNumber(c.food.unitsWithFood)} UPT`
  );
}

function guidanceLine(c: Consolidation): string {
  const e = c.education.total;
  const s = c.services;
  const exam =
    e.ikutUjian.value === 0
      ? 'belum ada ujian'
      : `${formatNumber(e.lulus.value)} dari ${formatNumber(e.ikutUjian.value)} peserta ujian lulus`;
  return (
    `Pembinaan: pendidikan kesetaraan ${formatNumber(e.peserta.value)} peserta, ${exam} · ` +
    `dapur sehat beroperasi di ${formatNumber(s.kitchen.Beroperasi)} UPT · ` +
    `bantuan sosial ${formatNumber(s.bansosRecipients.value)} penerima · ` +
    `cek kesehatan ${formatNumber(s.healthParticipants.value)} orang`
  );
}

function managementLine(c: Consolidation): string {
  const m = c.management;
  const absorption = m.budget.absorption === null ? 'belum dapat dihitung' : formatPercent(m.budget.absorption);
  return (
    `Dukungan manajemen: ${formatNumber(m.publications.total.value)} publikasi media · ` +
    `${formatNumber(m.integrity.meetingTarget)} UPT memenuhi nilai target ZI · penyerapan anggaran ${absorption}`
  );
}

/** Units whose figures are missing or partly rejected, in configuration order. */
function incompleteUnits(c: Consolidation): Set<string> {
  const totals: Total[] = [
    c.food.headCount,
    c.food.landM2,
    c.education.total.peserta,
    c.services.bansosRecipients,
    c.management.publications.total,
    c.management.budget.realisasiRp,
  ];
  const codes = new Set<string>([...c.status.missing, ...c.status.withErrors]);
  for (const t of totals) for (const code of t.excluded.units) codes.add(code);
  return codes;
}

/** The summary text, lines separated by "\n"; no markdown, id-ID numbers, unit names literal. */
export function chatSummary(input: ChatSummaryInput): string {
  const { config, consolidation: c, now } = input;
  const rows = c.status.units;
  const sent = rows.filter((r) => r.status === 'Dikirim');
  const returned = rows.filter((r) => r.status === 'Dikembalikan');
  const notSent = rows.filter((r) => r.status === 'Belum diisi' || r.status === 'Draf');
  const incomplete = incompleteUnits(c);

  const lines: string[] = [
    `Rekap UPT ${chatText(config.office)} — ${formatPeriod(c.period)}`,
    '',
    foodLine(c),
    guidanceLine(c),
    managementLine(c),
    '',
    `Laporan masuk: ${formatNumber(sent.length)} dari ${formatNumber(c.unitCount)} UPT`,
  ];
  if (notSent.length > 0)
    lines.push(`• Belum mengirim (${formatNumber(notSent.length)}): ${nameList(notSent.map((r) => r.name))}`);
  if (returned.length > 0)
    lines.push(
      `• Dikembalikan untuk perbaikan (${formatNumber(returned.length)}): ${nameList(returned.map((r) => r.name))}`,
    );

  const caveats: string[] = [];
  if (incomplete.size > 0) {
    const names = rows.filter((r) => incomplete.has(r.code)).map((r) => r.name);
    caveats.push(`data ${formatNumber(incomplete.size)} UPT belum valid (${nameList(names)})`);
  }
  if (notSent.length + returned.length > 0)
    caveats.push(`laporan ${formatNumber(notSent.length + returned.length)} UPT belum masuk`);
  if (caveats.length > 0) lines.push(`Catatan: ${caveats.join(', ')} — angka belum final.`);

  const link = reportLink(input.reportUrl);
  lines.push('');
  if (link) lines.push(`Laporan lengkap: ${link}`);
  lines.push(`Diperbarui ${formatDateTimeId(now)}`);
  return lines.join('\n');
}
