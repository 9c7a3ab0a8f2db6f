// The regional figures of a consolidation as ringkasan.json: plain numbers, with what each total leaves out.
import type { Consolidation, Total } from '../../src/core/consolidation/consolidate';
import type { SubmissionStatus } from '../../src/core/schema/types';
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
  const { status, food, education, services, management } = c;
  return {
    period: c.period,
    periodLabel: formatPeriod(c.period),
    office: c.office,
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
      wbpHeadCount: figure(food.headCount),
      landM2: figure(food.landM2),
      clusterWbp: figure(food.clusterWbp),
      salesRp: figure(food.salesRp),
      pnbpRp: figure(food.pnbpRp),
      unitsWithFood: food.unitsWithFood,
      clusters: food.clusters.map((k) => ({
        cluster: k.cluster,
        landM2: figure(k.landM2),
        wbp: figure(k.wbp),
        salesRp: figure(k.salesRp),
        pnbpRp: figure(k.pnbpRp),
        output: k.output,
        unitCount: k.unitCount,
        commodities: k.commodities,
      })),
    },
    education: {
      peserta: figure(education.total.peserta),
      ikutUjian: figure(education.total.ikutUjian),
      lulus: figure(education.total.lulus),
    },
    services: {
      kitchen: { ...services.kitchen, 'Belum dilaporkan': services.kitchenNotReported },
      bansosActivities: figure(services.bansosActivities),
      bansosRecipients: figure(services.bansosRecipients),
      bansosValueRp: figure(services.bansosValueRp),
      healthActivities: figure(services.healthActivities),
      healthParticipants: figure(services.healthParticipants),
    },
    management: {
      publications: figure(management.publications.total),
      integrityMeetingTarget: management.integrity.meetingTarget,
      paguRp: figure(management.budget.paguRp),
      realisasiRp: figure(management.budget.realisasiRp),
      budgetAbsorption: management.budget.absorption,
    },
    excludedCells: c.excludedCells,
  };
}
