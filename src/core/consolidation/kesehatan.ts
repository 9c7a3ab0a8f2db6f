// Free health checks (kesehatan, in block layanan, custodial units only): activities and people examined.
import { fieldKey } from '../schema/field-key';
import type { FieldTotals, UnitView } from './totals';
import { appliesTo, fieldTotals } from './totals';

/** Each figure and its field: a new health-check field is one more entry here. */
const FIELDS = {
  kegiatan: fieldKey.layanan('kesehatan_kegiatan'),
  peserta: fieldKey.layanan('kesehatan_peserta'),
} as const;

export type KesehatanConsolidation = FieldTotals<keyof typeof FIELDS>;

export function consolidateKesehatan(views: readonly UnitView[]): KesehatanConsolidation {
  return fieldTotals(views, appliesTo('layanan'), FIELDS);
}
