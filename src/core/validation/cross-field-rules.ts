// Rules between fields of one unit: education funnel, PNBP vs penjualan, WBP head count, budget, ZI score vs target.

import { type FieldOf, fieldKey, type ValueKey } from '../schema/field-key';
import type { FieldValue, Severity } from '../schema/types';
import {
  isOneOf,
  KLASTER_LABELS,
  KLASTER_PANGAN,
  NILAI_MINIMAL_ZI,
  PAKET_LABELS,
  PAKET_PENDIDIKAN,
  TARGET_ZI,
} from '../schema/vocabulary';
import type { IssueCode, Worded } from './messages';
import { MSG } from './messages';

/** Reports an issue at `cellKey`'s cell; an error also takes `key`'s value out of the totals. */
export type Reject = (key: string, severity: Severity, code: IssueCode, worded: Worded, cellKey?: string) => void;

export function crossFieldRules(values: Readonly<Record<string, FieldValue>>, reject: Reject): void {
  const num = (key: ValueKey): number | null => {
    const v = values[key];
    return typeof v === 'number' ? v : null;
  };
  for (const paket of PAKET_PENDIDIKAN) {
    const k = (f: FieldOf<'pendidikan'>) => fieldKey.pendidikan(paket, f);
    const label = PAKET_LABELS[paket];
    const [peserta, ujian, lulus] = [num(k('peserta')), num(k('ikut_ujian')), num(k('lulus'))];
    if (lulus !== null && ujian !== null && lulus > ujian)
      reject(k('lulus'), 'error', 'EDU_LULUS_GT_UJIAN', MSG.eduLulusGtUjian(label, lulus, ujian));
    if (ujian !== null && peserta !== null && ujian > peserta)
      reject(k('ikut_ujian'), 'error', 'EDU_UJIAN_GT_PESERTA', MSG.eduUjianGtPeserta(label, ujian, peserta));
  }
  let maxWbp = 0;
  let maxKlaster = '';
  let sumWbp = 0;
  for (const klaster of KLASTER_PANGAN) {
    const k = (f: FieldOf<'pangan'>) => fieldKey.pangan(klaster, f);
    const label = KLASTER_LABELS[klaster];
    const [penjualan, pnbp, hasil] = [num(k('penjualan_rp')), num(k('pnbp_rp')), num(k('hasil'))];
    if (pnbp !== null && penjualan !== null && pnbp > penjualan)
      reject(k('pnbp_rp'), 'error', 'PNBP_GT_PENJUALAN', MSG.pnbpGtPenjualan(label, pnbp, penjualan));
    if (hasil !== null && hasil > 0 && (values[k('satuan')] ?? null) === null)
      reject(k('hasil'), 'error', 'HASIL_WITHOUT_SATUAN', MSG.hasilWithoutSatuan(label), k('satuan'));
    const wbp = num(k('wbp'));
    if (wbp !== null) {
      sumWbp += wbp;
      if (wbp > maxWbp) [maxWbp, maxKlaster] = [wbp, label];
    }
  }
  // One WBP may work in several clusters: the head count lies between the largest cluster and their sum.
  const WBP_TERLIBAT = fieldKey.pangan_wbp('wbp_terlibat');
  const wbpTerlibat = num(WBP_TERLIBAT);
  if (wbpTerlibat !== null) {
    const penghuni = num(fieldKey.hunian('penghuni'));
    if (wbpTerlibat < maxWbp)
      reject(WBP_TERLIBAT, 'error', 'WBP_BELOW_MAX_CLUSTER', MSG.wbpBelowMaxCluster(wbpTerlibat, maxWbp, maxKlaster));
    else if (wbpTerlibat > sumWbp)
      reject(WBP_TERLIBAT, 'error', 'WBP_ABOVE_CLUSTER_SUM', MSG.wbpAboveClusterSum(wbpTerlibat, sumWbp));
    else if (penghuni !== null && wbpTerlibat > penghuni)
      reject(WBP_TERLIBAT, 'error', 'WBP_ABOVE_PENGHUNI', MSG.wbpAbovePenghuni(wbpTerlibat, penghuni));
  } else if (sumWbp > 0 && values[WBP_TERLIBAT] === null) {
    reject(WBP_TERLIBAT, 'error', 'REQUIRED_EMPTY', MSG.requiredEmpty('Jumlah WBP terlibat (tanpa dobel)', true));
  }
  const REALISASI = fieldKey.anggaran('realisasi_rp');
  const [pagu, realisasi] = [num(fieldKey.anggaran('pagu_rp')), num(REALISASI)];
  if (pagu !== null && realisasi !== null && realisasi > pagu)
    reject(REALISASI, 'error', 'REALISASI_GT_PAGU', MSG.realisasiGtPagu(realisasi, pagu));
  const NILAI = fieldKey.zona_integritas('nilai');
  const nilai = num(NILAI);
  const target = values[fieldKey.zona_integritas('target')];
  if (nilai !== null && typeof target === 'string' && isOneOf(TARGET_ZI, target) && nilai < NILAI_MINIMAL_ZI[target])
    reject(NILAI, 'warning', 'ZI_SCORE_BELOW_TARGET', MSG.ziScoreBelowTarget(nilai, target, NILAI_MINIMAL_ZI[target]));
}
