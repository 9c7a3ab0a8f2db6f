// Social aid (bansos, in block layanan, custodial units only): activities, recipients and value, per unit and region-wide.
import { fieldKey } from '../schema/field-key';
import type { FieldTotals, UnitView } from './totals';
import { appliesTo, fieldTotals } from './totals';

/** Each figure and its field: a new bansos field is one more entry here. */
const FIELDS = {
  kegiatan: fieldKey.layanan('bansos_kegiatan'),
  penerima: fieldKey.layanan('bansos_penerima'),
  nilaiRp: fieldKey.layanan('bansos_nilai_rp'),
} as const;

export type BansosConsolidation = FieldTotals<keyof typeof FIELDS>;

export function consolidateBansos(views: readonly UnitView[]): BansosConsolidation {
  return fieldTotals(views, appliesTo('layanan'), FIELDS);
}
