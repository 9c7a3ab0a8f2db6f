// Healthy kitchens (dapur sehat, in block layanan, custodial units only): units per state, and each unit's state and note.
import { fieldKey } from '../schema/field-key';
import { isOneOf, STATUS_DAPUR_SEHAT, type StatusDapurSehat } from '../schema/vocabulary';
import type { Exclusion, UnitIdentity, UnitView } from './totals';
import { appliesTo, exclusion, textAt, validText, zeroCounts } from './totals';

export interface UnitDapurSehatRow extends UnitIdentity {
  /** null when not given or rejected. */
  readonly status: StatusDapurSehat | null;
  readonly catatan: string;
}

export interface DapurSehatConsolidation {
  /** Units per state; units that gave none are in `notReported`. */
  readonly perStatus: Readonly<Record<StatusDapurSehat, number>>;
  readonly notReported: number;
  readonly excluded: Exclusion;
  readonly units: readonly UnitDapurSehatRow[];
}

const STATUS = fieldKey.layanan('dapur_sehat');
const takesLayanan = appliesTo('layanan');

export function consolidateDapurSehat(views: readonly UnitView[]): DapurSehatConsolidation {
  const perStatus = zeroCounts(STATUS_DAPUR_SEHAT);
  const units = views.filter(takesLayanan).map((view): UnitDapurSehatRow => {
    const text = validText(view, STATUS);
    const status = isOneOf(STATUS_DAPUR_SEHAT, text) ? text : null;
    if (status) perStatus[status]++;
    return {
      code: view.unit.code,
      name: view.unit.name,
      status,
      catatan: textAt(view, fieldKey.layanan('dapur_sehat_catatan')),
    };
  });
  return {
    perStatus,
    notReported: units.filter((row) => row.status === null).length,
    excluded: exclusion(views, takesLayanan, [STATUS]),
    units,
  };
}
