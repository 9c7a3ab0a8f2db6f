// Budget (block anggaran): pagu and realisasi per unit and region-wide, and the absorption (serapan) realisasi / pagu.
import { fieldKey } from '../schema/field-key';
import type { Total, UnitIdentity, UnitView } from './totals';
import { everyUnit, total, validNumber } from './totals';

export interface UnitAnggaranRow extends UnitIdentity {
  readonly paguRp: number | null;
  readonly realisasiRp: number | null;
  /** realisasi / pagu as a fraction (0.085 = 8,5 %); null unless both are valid. */
  readonly serapan: number | null;
}

export interface AnggaranConsolidation {
  readonly paguRp: Total;
  readonly realisasiRp: Total;
  /** Region-wide absorption over the units whose pagu and realisasi are both valid; null when none. */
  readonly serapan: number | null;
  /** How many units the absorption is computed over (pagu and realisasi both valid). */
  readonly serapanUnits: number;
  readonly units: readonly UnitAnggaranRow[];
}

const PAGU = fieldKey.anggaran('pagu_rp');
const REALISASI = fieldKey.anggaran('realisasi_rp');

export function consolidateAnggaran(views: readonly UnitView[]): AnggaranConsolidation {
  const units = views.map((view): UnitAnggaranRow => {
    const paguRp = validNumber(view, PAGU);
    const realisasiRp = validNumber(view, REALISASI);
    return {
      code: view.unit.code,
      name: view.unit.name,
      paguRp,
      realisasiRp,
      serapan: paguRp !== null && paguRp > 0 && realisasiRp !== null ? realisasiRp / paguRp : null,
    };
  });
  // Only complete pairs enter the regional absorption, so a rejected realisasi does not understate it.
  const paired = units.filter((row) => row.serapan !== null);
  const pairedPagu = paired.reduce((acc, row) => acc + (row.paguRp ?? 0), 0);
  const pairedRealisasi = paired.reduce((acc, row) => acc + (row.realisasiRp ?? 0), 0);
  return {
    paguRp: total(views, everyUnit, [PAGU]),
    realisasiRp: total(views, everyUnit, [REALISASI]),
    serapan: pairedPagu > 0 ? pairedRealisasi / pairedPagu : null,
    serapanUnits: paired.length,
    units,
  };
}
