// Zona Integritas (block zona_integritas): units per stage and target, and whose score reaches its target's minimum.
import { fieldKey } from '../schema/field-key';
import { isOneOf, NILAI_MINIMAL_ZI, TAHAP_ZI, TARGET_ZI, type TahapZi, type TargetZi } from '../schema/vocabulary';
import type { Exclusion, UnitIdentity, UnitView } from './totals';
import { everyUnit, exclusion, validNumber, validText, zeroCounts } from './totals';

export interface UnitZiRow extends UnitIdentity {
  readonly tahap: TahapZi | null;
  readonly target: TargetZi | null;
  readonly nilai: number | null;
  /** Whether the score reaches the target's minimum; null when score or target is unknown. */
  readonly meetsTarget: boolean | null;
}

export interface ZonaIntegritasConsolidation {
  readonly perTahap: Readonly<Record<TahapZi, number>>;
  readonly perTarget: Readonly<Record<TargetZi, number>>;
  readonly meetingTarget: number;
  readonly excluded: Exclusion;
  readonly units: readonly UnitZiRow[];
}

const TAHAP = fieldKey.zona_integritas('tahap');
const TARGET = fieldKey.zona_integritas('target');
const NILAI = fieldKey.zona_integritas('nilai');

export function consolidateZonaIntegritas(views: readonly UnitView[]): ZonaIntegritasConsolidation {
  const perTahap = zeroCounts(TAHAP_ZI);
  const perTarget = zeroCounts(TARGET_ZI);
  const units = views.map((view): UnitZiRow => {
    const tahapText = validText(view, TAHAP);
    const targetText = validText(view, TARGET);
    const tahap = isOneOf(TAHAP_ZI, tahapText) ? tahapText : null;
    const target = isOneOf(TARGET_ZI, targetText) ? targetText : null;
    const nilai = validNumber(view, NILAI);
    if (tahap) perTahap[tahap]++;
    if (target) perTarget[target]++;
    return {
      code: view.unit.code,
      name: view.unit.name,
      tahap,
      target,
      nilai,
      meetsTarget: target !== null && nilai !== null ? nilai >= NILAI_MINIMAL_ZI[target] : null,
    };
  });
  return {
    perTahap,
    perTarget,
    meetingTarget: units.filter((row) => row.meetsTarget === true).length,
    excluded: exclusion(views, everyUnit, [TAHAP, TARGET, NILAI]),
    units,
  };
}
