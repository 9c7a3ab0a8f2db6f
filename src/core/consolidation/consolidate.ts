// Regional consolidation: the validated unit reports turned into each block's regional totals and per-unit rows.
import type { Config, UnitReport } from '../schema/types';
import { type AnggaranConsolidation, consolidateAnggaran } from './anggaran';
import { type BansosConsolidation, consolidateBansos } from './bansos';
import { consolidateDapurSehat, type DapurSehatConsolidation } from './dapur-sehat';
import { consolidateKesehatan, type KesehatanConsolidation } from './kesehatan';
import { consolidatePangan, type PanganConsolidation } from './pangan';
import { consolidatePendidikan, type PendidikanConsolidation } from './pendidikan';
import { consolidatePublikasi, type PublikasiConsolidation } from './publikasi';
import { consolidateStatus, type StatusConsolidation } from './status';
import type { UnitView } from './totals';
import { consolidateZonaIntegritas, type ZonaIntegritasConsolidation } from './zona-integritas';

export interface Consolidation {
  readonly period: string;
  readonly office: string;
  readonly unitCount: number;
  readonly pangan: PanganConsolidation;
  readonly pendidikan: PendidikanConsolidation;
  readonly dapurSehat: DapurSehatConsolidation;
  readonly bansos: BansosConsolidation;
  readonly kesehatan: KesehatanConsolidation;
  readonly publikasi: PublikasiConsolidation;
  readonly zonaIntegritas: ZonaIntegritasConsolidation;
  readonly anggaran: AnggaranConsolidation;
  readonly status: StatusConsolidation;
  /** Every cell left out of any total, region-wide. */
  readonly excludedCells: number;
}

/**
 * Consolidates the region: every unit of the configuration, in configuration order, whatever the order of `reports`.
 * A unit without a report counts as a missing tab; a report for a unit not in the configuration is ignored.
 */
export function consolidateRegion(config: Config, reports: readonly UnitReport[]): Consolidation {
  const byCode = new Map(reports.map((report) => [report.unit.code, report]));
  const views: UnitView[] = config.units.map((unit) => {
    const report = byCode.get(unit.code) ?? null;
    return { unit, report, found: report?.found ?? false, invalid: new Set(report?.invalidKeys ?? []) };
  });
  return {
    period: config.period,
    office: config.office,
    unitCount: views.length,
    pangan: consolidatePangan(views),
    pendidikan: consolidatePendidikan(views),
    dapurSehat: consolidateDapurSehat(views),
    bansos: consolidateBansos(views),
    kesehatan: consolidateKesehatan(views),
    publikasi: consolidatePublikasi(views),
    zonaIntegritas: consolidateZonaIntegritas(views),
    anggaran: consolidateAnggaran(views),
    status: consolidateStatus(views),
    excludedCells: views.reduce((acc, view) => acc + (view.found ? view.invalid.size : 0), 0),
  };
}
