// The period's plain-text summary for the office chat (WhatsApp-like): key regional figures, who sent, who has not.

import { basisHead } from '../consolidation/basis';
import type { Consolidation } from '../consolidation/consolidate';
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
function nameList(names: readonly string[], reasons?: readonly string[]): string {
  const shown = names
    .slice(0, CHAT_NAME_LIMIT)
    .map((name, i) => chatText(name) + (reasons?.[i] ? ` (${reasons[i]})` : ''));
  const rest = names.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} dan ${formatNumber(rest)} UPT lainnya` : shown.join(', ');
}

function reportLink(url: string | null | undefined): string | null {
  const trimmed = (url ?? '').trim();
  return /^https?:\/\/\S+$/.test(trimmed) ? trimmed : null;
}

function panganLine(c: Consolidation): string {
  const klaster = c.pangan.perKlaster.filter((k) => k.activeUnits > 0 || k.luasLahan.value > 0).length;
  return (
    `Ketahanan pangan: ${formatNumber(c.pangan.wbpTerlibat.value)} WBP · ${formatArea(c.pangan.luasLahan.value)} lahan · ` +
    `${formatNumber(klaster)} klaster · ${formatNumber(c.pangan.activeUnits)} UPT`
  );
}

function pembinaanLine(c: Consolidation): string {
  const e = c.pendidikan.total;
  const exam =
    e.ikutUjian.value === 0
      ? 'belum ada ujian'
      : `${formatNumber(e.lulus.value)} dari ${formatNumber(e.ikutUjian.value)} peserta ujian lulus`;
  return (
    `Pembinaan: pendidikan kesetaraan ${formatNumber(e.peserta.value)} peserta, ${exam} · ` +
    `dapur sehat beroperasi di ${formatNumber(c.dapurSehat.perStatus.Beroperasi)} UPT · ` +
    `bantuan sosial ${formatNumber(c.bansos.penerima.value)} penerima · ` +
    `cek kesehatan ${formatNumber(c.kesehatan.peserta.value)} orang`
  );
}

function manajemenLine(c: Consolidation): string {
  const serapan =
    c.anggaran.serapan === null
      ? 'belum dapat dihitung'
      : `${formatPercent(c.anggaran.serapan)} (dari ${formatNumber(c.anggaran.serapanUnits)} UPT)`;
  return (
    `Dukungan manajemen: ${formatNumber(c.publikasi.total.value)} publikasi media · ` +
    `${formatNumber(c.zonaIntegritas.meetingTarget)} UPT memenuhi nilai target ZI · penyerapan anggaran ${serapan}`
  );
}

/** The summary text, lines separated by "\n"; no markdown, id-ID numbers, unit names literal. */
export function chatSummary(input: ChatSummaryInput): string {
  const { config, consolidation: c, now } = input;
  const rows = c.status.units;
  const sent = rows.filter((r) => r.status === 'Dikirim');
  const returned = rows.filter((r) => r.status === 'Dikembalikan');
  const notSent = rows.filter((r) => r.status === 'Belum diisi' || r.status === 'Draf');

  const lines: string[] = [
    `Rekap UPT ${chatText(config.office)} — ${formatPeriod(c.period)}`,
    '',
    panganLine(c),
    pembinaanLine(c),
    manajemenLine(c),
    '',
    `Laporan masuk: ${formatNumber(sent.length)} dari ${formatNumber(c.unitCount)} UPT`,
  ];
  if (notSent.length > 0)
    lines.push(`• Belum mengirim (${formatNumber(notSent.length)}): ${nameList(notSent.map((r) => r.name))}`);
  if (returned.length > 0)
    lines.push(
      `• Dikembalikan untuk perbaikan (${formatNumber(returned.length)}): ${nameList(returned.map((r) => r.name))}`,
    );

  // The basis and every unit it leaves out; a unit already named above as unsent needs no reason again.
  const named = new Set([...notSent, ...returned].filter((r) => r.found).map((r) => r.code));
  const nameOf = (code: string) => rows.find((r) => r.code === code)?.name ?? code;
  lines.push(basisHead(c.basis, c.unitCount));
  if (c.basis.leftOut.length > 0) {
    const others = c.basis.leftOut.filter((u) => !named.has(u.code));
    const above = c.basis.leftOut.length - others.length;
    const parts: string[] = [];
    if (others.length > 0)
      parts.push(
        nameList(
          others.map((u) => nameOf(u.code)),
          others.map((u) => u.reason),
        ),
      );
    if (above > 0) parts.push(`${formatNumber(above)} UPT yang belum mengirim atau dikembalikan di atas`);
    lines.push(`• Tidak dihitung (${formatNumber(c.basis.leftOut.length)}): ${parts.join('; ')}`);
  }
  if (c.basis.withRejectedCells.length > 0)
    lines.push(
      `• Ada sel ditolak validasi, tidak dihitung (${formatNumber(c.basis.withRejectedCells.length)}): ${nameList(c.basis.withRejectedCells.map(nameOf))}`,
    );
  if (c.basis.unsentCounted.length > 0)
    lines.push(
      `• Dihitung walau belum dikirim (${formatNumber(c.basis.unsentCounted.length)}): ${nameList(c.basis.unsentCounted.map(nameOf))}`,
    );

  const link = reportLink(input.reportUrl);
  lines.push('');
  if (link) lines.push(`Laporan lengkap: ${link}`);
  lines.push(`Diperbarui ${formatDateTimeId(now)}`);
  return lines.join('\n');
}
