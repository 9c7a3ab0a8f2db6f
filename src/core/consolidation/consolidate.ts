// Regional consolidation: the validated unit reports turned into each block's regional totals and per-unit rows.
import type { Config, UnitReport } from '../schema/types';
import { type AnggaranConsolidation, consolidateAnggaran } from './anggaran';
import { type BansosConsolidation, consolidateBansos } from './bansos';
import { type BasisSummary, leftOutReason, summarizeBasis } from './basis';
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
  /** Which units every figure counts, on the basis set in "Pengaturan", and which it leaves out and why. */
  readonly basis: BasisSummary;
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
  const listed: UnitView[] = config.units.map((unit) => {
    const report = byCode.get(unit.code) ?? null;
    const found = report?.found ?? false;
    return { unit, report, found, counted: false, invalid: new Set(report?.invalidKeys ?? []) };
  });
  const status = consolidateStatus(listed);
  const standings = status.units.map((row, i) => ({
    code: row.code,
    found: row.found,
    status: row.status,
    rejectedCells: row.found ? (listed[i]?.invalid.size ?? 0) : 0,
  }));
  // Status rows are in configuration order, one per listed unit.
  const views = listed.map((view, i) => {
    const row = status.units[i];
    return { ...view, counted: row !== undefined && leftOutReason(config.basis, row) === null };
  });
  return {
    period: config.period,
    office: config.office,
    unitCount: views.length,
    basis: summarizeBasis(config.basis, standings),
    pangan: consolidatePangan(views),
    pendidikan: consolidatePendidikan(views),
    dapurSehat: consolidateDapurSehat(views),
    bansos: consolidateBansos(views),
    kesehatan: consolidateKesehatan(views),
    publikasi: consolidatePublikasi(views),
    zonaIntegritas: consolidateZonaIntegritas(views),
    anggaran: consolidateAnggaran(views),
    status,
    excludedCells: views.reduce((acc, view) => acc + (view.found ? view.invalid.size : 0), 0),
  };
}
