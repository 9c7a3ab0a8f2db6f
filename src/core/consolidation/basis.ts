// The consolidation basis: which unit tabs the regional figures count, and the wording that says so on every output.
import type { ConsolidationBasis } from '../schema/types';
import type { SubmissionStatus } from '../schema/vocabulary';

/** The labels typed in "Pengaturan" for each basis; the first is the default. */
export const BASIS_LABELS: Readonly<Record<ConsolidationBasis, string>> = {
  terkirim: 'Hanya tab terkirim',
  semua: 'Semua tab terisi (sementara)',
};

export const DEFAULT_BASIS: ConsolidationBasis = 'terkirim';

/** The basis a "Pengaturan" cell names ('' = default), or null when it names none. */
export function parseBasis(text: string): ConsolidationBasis | null {
  const t = text.trim().toLowerCase();
  if (t === '') return DEFAULT_BASIS;
  if (t.startsWith('hanya') || t.startsWith('terkirim')) return 'terkirim';
  if (t.startsWith('semua')) return 'semua';
  return null;
}

/** What the basis counts, in a sentence's middle: "hanya tab yang sudah dikirim". */
export function basisText(basis: ConsolidationBasis): string {
  return basis === 'terkirim'
    ? 'hanya tab yang sudah dikirim'
    : 'semua tab yang sudah diisi, termasuk yang belum dikirim';
}

/** A unit as the basis judges it: whether its tab was found, and its submission status. */
export interface UnitStanding {
  readonly found: boolean;
  readonly status: SubmissionStatus;
}

/**
 * Why a unit is left out of every figure on `basis`, or null when it is counted (its rejected cells are still left
 * out, each from its own figure). One vocabulary with the Status sheet, the panel, the report and the chat summary.
 */
export function leftOutReason(basis: ConsolidationBasis, unit: UnitStanding): string | null {
  if (!unit.found) return 'tab tidak ditemukan';
  // An empty tab is not a unit with no activity: it is left out, never counted as zero.
  if (unit.status === 'Belum diisi') return 'belum diisi';
  if (basis === 'terkirim' && unit.status !== 'Dikirim')
    return unit.status === 'Draf' ? 'draf, belum dikirim' : 'dikembalikan, belum dikirim ulang';
  return null;
}

/** A unit the figures leave out, and why. */
export interface LeftOut {
  readonly code: string;
  readonly reason: string;
}

/** Which units every figure counts and which it leaves out. */
export interface BasisSummary {
  readonly basis: ConsolidationBasis;
  /** Codes of the units counted, in configuration order. */
  readonly counted: readonly string[];
  readonly leftOut: readonly LeftOut[];
  /** Counted units whose tab is not sent: the figures may still change. */
  readonly unsentCounted: readonly string[];
  /** Counted units with cells rejected by validation, each left out of its own figure. */
  readonly withRejectedCells: readonly string[];
  /** Every registered unit counted, every one of them sent, and no cell rejected. */
  readonly complete: boolean;
  /** Figures that include unsent tabs. */
  readonly provisional: boolean;
}

export function summarizeBasis(
  basis: ConsolidationBasis,
  units: readonly (UnitStanding & { readonly code: string; readonly rejectedCells: number })[],
): BasisSummary {
  const counted: string[] = [];
  const leftOut: LeftOut[] = [];
  const unsentCounted: string[] = [];
  const withRejectedCells: string[] = [];
  for (const unit of units) {
    const reason = leftOutReason(basis, unit);
    if (reason !== null) {
      leftOut.push({ code: unit.code, reason });
      continue;
    }
    counted.push(unit.code);
    if (unit.status !== 'Dikirim') unsentCounted.push(unit.code);
    if (unit.rejectedCells > 0) withRejectedCells.push(unit.code);
  }
  const provisional = unsentCounted.length > 0;
  const complete = leftOut.length === 0 && !provisional && withRejectedCells.length === 0;
  return { basis, counted, leftOut, unsentCounted, withRejectedCells, provisional, complete };
}

/** "Lengkap: dihitung 18 dari 18 UPT (dasar rekap: …)." — or "Belum lengkap: …", or "Angka SEMENTARA: …". */
export function basisHead(b: BasisSummary, unitCount: number): string {
  const counted = `dihitung ${b.counted.length} dari ${unitCount} UPT (dasar rekap: ${basisText(b.basis)})`;
  if (b.complete) return `Lengkap: ${counted}.`;
  return b.provisional ? `Angka SEMENTARA: ${counted}.` : `Belum lengkap: ${counted}.`;
}

/**
 * The basis in one paragraph, e.g. "Angka SEMENTARA: dihitung 17 dari 18 UPT (dasar rekap: …). Tidak dihitung:
 * LP-X (draf, belum dikirim)." `name` shows a unit code as the output wants it.
 */
export function basisLine(b: BasisSummary, unitCount: number, name: (code: string) => string = (c) => c): string {
  const parts = [basisHead(b, unitCount)];
  if (b.leftOut.length > 0)
    parts.push(`Tidak dihitung: ${b.leftOut.map((u) => `${name(u.code)} (${u.reason})`).join(', ')}.`);
  if (b.unsentCounted.length > 0) parts.push(`Dihitung walau belum dikirim: ${b.unsentCounted.map(name).join(', ')}.`);
  if (b.withRejectedCells.length > 0)
    parts.push(
      `Sel yang ditolak validasi tidak dihitung pada angkanya: ${b.withRejectedCells.map(name).join(', ')} (lihat sheet "Validasi").`,
    );
  return parts.join(' ');
}
