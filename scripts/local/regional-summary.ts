// The regional figures of a consolidation as ringkasan.json: plain numbers, with what each total leaves out.
import { basisLine, type LeftOut } from '../../src/core/consolidation/basis';
import type { Consolidation } from '../../src/core/consolidation/consolidate';
import type { Total } from '../../src/core/consolidation/totals';
import type { ConsolidationBasis } from '../../src/core/schema/types';
import type { SubmissionStatus } from '../../src/core/schema/vocabulary';
import { formatPeriod } from '../../src/core/text/format';

/** A regional figure and the units it leaves out (complete when `excludedUnits` is empty). */
export interface FigureJson {
  readonly value: number;
  readonly complete: boolean;
  readonly excludedUnits: readonly string[];
  readonly excludedCells: number;
}

export interface RegionalSummary {
  readonly period: string;
  readonly periodLabel: string;
  readonly office: string;
  /** Which units every figure counts: the basis set in "Pengaturan", and every unit left out and why. */
  readonly basis: {
    readonly kind: ConsolidationBasis;
    readonly statement: string;
    readonly complete: boolean;
    readonly provisional: boolean;
    readonly counted: readonly string[];
    readonly leftOut: readonly LeftOut[];
    readonly unsentCounted: readonly string[];
  };
  readonly units: {
    readonly configured: number;
    readonly found: number;
    readonly missing: readonly string[];
    readonly byStatus: Readonly<Record<SubmissionStatus, number>>;
    readonly sent: number;
    readonly valid: number;
    readonly sentAndValid: number;
    readonly withErrors: readonly string[];
  };
  readonly food: {
    /** Regional WBP head count (each unit's own count, one person counted once per unit). */
    readonly wbpHeadCount: FigureJson;
    readonly landM2: FigureJson;
    /** Sum of the cluster rows' WBP; may count one person in several clusters. */
    readonly clusterWbp: FigureJson;
    readonly salesRp: FigureJson;
    readonly pnbpRp: FigureJson;
    readonly unitsWithFood: number;
    readonly clusters: readonly {
      readonly cluster: string;
      readonly landM2: FigureJson;
      readonly wbp: FigureJson;
      readonly salesRp: FigureJson;
      readonly pnbpRp: FigureJson;
      readonly output: readonly { readonly unitOfMeasure: string; readonly value: number }[];
      readonly unitCount: number;
      readonly commodities: readonly string[];
    }[];
  };
  readonly education: { readonly peserta: FigureJson; readonly ikutUjian: FigureJson; readonly lulus: FigureJson };
  readonly services: {
    readonly kitchen: Readonly<Record<string, number>>;
    readonly bansosActivities: FigureJson;
    readonly bansosRecipients: FigureJson;
    readonly bansosValueRp: FigureJson;
    readonly healthActivities: FigureJson;
    readonly healthParticipants: FigureJson;
  };
  readonly management: {
    readonly publications: FigureJson;
    readonly integrityMeetingTarget: number;
    readonly paguRp: FigureJson;
    readonly realisasiRp: FigureJson;
    /** realisasi / pagu over the units with both valid; null when none. */
    readonly budgetAbsorption: number | null;
    /** How many units the absorption is computed over. */
    readonly budgetAbsorptionUnits: number;
  };
  /** Every cell left out of any total, region-wide. */
  readonly excludedCells: number;
}

function figure(total: Total): FigureJson {
  return {
    value: total.value,
    complete: total.excluded.units.length === 0,
    excludedUnits: total.excluded.units,
    excludedCells: total.excluded.cells,
  };
}

export function regionalSummary(c: Consolidation): RegionalSummary {
  const { status, pangan, pendidikan, dapurSehat, bansos, kesehatan, publikasi, zonaIntegritas, anggaran } = c;
  return {
    period: c.period,
    periodLabel: formatPeriod(c.period),
    office: c.office,
    basis: {
      kind: c.basis.basis,
      statement: basisLine(c.basis, c.unitCount),
      complete: c.basis.complete,
      provisional: c.basis.provisional,
      counted: c.basis.counted,
      leftOut: c.basis.leftOut,
      unsentCounted: c.basis.unsentCounted,
    },
    units: {
      configured: c.unitCount,
      found: c.unitCount - status.missing.length,
      missing: status.missing,
      byStatus: status.counts,
      sent: status.counts.Dikirim,
      valid: status.valid,
      sentAndValid: status.sentAndValid,
      withErrors: status.withErrors,
    },
    food: {
      wbpHeadCount: figure(pangan.wbpTerlibat),
      landM2: figure(pangan.luasLahan),
      clusterWbp: figure(pangan.wbpKlaster),
      salesRp: figure(pangan.penjualanRp),
      pnbpRp: figure(pangan.pnbpRp),
      unitsWithFood: pangan.activeUnits,
      clusters: pangan.perKlaster.map((k) => ({
        cluster: k.klaster,
        landM2: figure(k.luasLahan),
        wbp: figure(k.wbp),
        salesRp: figure(k.penjualanRp),
        pnbpRp: figure(k.pnbpRp),
        output: k.hasil.map((h) => ({ unitOfMeasure: h.satuan, value: h.value })),
        unitCount: k.activeUnits,
        commodities: k.komoditas,
      })),
    },
    education: {
      peserta: figure(pendidikan.total.peserta),
      ikutUjian: figure(pendidikan.total.ikutUjian),
      lulus: figure(pendidikan.total.lulus),
    },
    services: {
      kitchen: { ...dapurSehat.perStatus, 'Belum dilaporkan': dapurSehat.notReported },
      bansosActivities: figure(bansos.kegiatan),
      bansosRecipients: figure(bansos.penerima),
      bansosValueRp: figure(bansos.nilaiRp),
      healthActivities: figure(kesehatan.kegiatan),
      healthParticipants: figure(kesehatan.peserta),
    },
    management: {
      publications: figure(publikasi.total),
      integrityMeetingTarget: zonaIntegritas.meetingTarget,
      paguRp: figure(anggaran.paguRp),
      realisasiRp: figure(anggaran.realisasiRp),
      budgetAbsorption: anggaran.serapan,
      budgetAbsorptionUnits: anggaran.serapanUnits,
    },
    excludedCells: c.excludedCells,
  };
}
