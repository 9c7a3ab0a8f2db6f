// Rules between fields of one unit: education funnel, PNBP vs sales, WBP head count, budget, ZI score vs target.

import type { Schema } from '../schema/schema';
import type { FieldValue, Severity } from '../schema/types';
import type { IssueCode, Worded } from './messages';
import { MSG } from './messages';

/** Reports an issue at `cellKey`'s cell; an error also takes `key`'s value out of the totals. */
export type Reject = (key: string, severity: Severity, code: IssueCode, worded: Worded, cellKey?: string) => void;

/** Minimum ZI score per target (docs/glossary.md#zona-integritas: WBK needs ≥ 75, WBBM ≥ 85). */
export const ZI_MINIMUM: Readonly<Record<string, number>> = { WBK: 75, WBBM: 85 };

export function crossFieldRules(schema: Schema, values: Readonly<Record<string, FieldValue>>, reject: Reject): void {
  const num = (key: string): number | null => {
    const v = values[key];
    return typeof v === 'number' ? v : null;
  };
  const rowsOf = (blockKey: string) => schema.blocks.find((b) => b.key === blockKey)?.rows ?? [];
  for (const row of rowsOf('pendidikan')) {
    const k = (f: string): string => `pendidikan.${row.key}.${f}`;
    const [peserta, ujian, lulus] = [num(k('peserta')), num(k('ikut_ujian')), num(k('lulus'))];
    if (lulus !== null && ujian !== null && lulus > ujian)
      reject(k('lulus'), 'error', 'EDU_LULUS_GT_UJIAN', MSG.eduLulusGtUjian(row.label, lulus, ujian));
    if (ujian !== null && peserta !== null && ujian > peserta)
      reject(k('ikut_ujian'), 'error', 'EDU_UJIAN_GT_PESERTA', MSG.eduUjianGtPeserta(row.label, ujian, peserta));
  }
  let maxWbp = 0;
  let maxCluster = '';
  let sumWbp = 0;
  for (const row of rowsOf('pangan')) {
    const k = (f: string): string => `pangan.${row.key}.${f}`;
    const [sales, pnbp, hasil] = [num(k('penjualan_rp')), num(k('pnbp_rp')), num(k('hasil'))];
    if (pnbp !== null && sales !== null && pnbp > sales)
      reject(k('pnbp_rp'), 'error', 'PNBP_GT_PENJUALAN', MSG.pnbpGtPenjualan(row.label, pnbp, sales));
    if (hasil !== null && hasil > 0 && (values[k('satuan')] ?? null) === null)
      reject(k('hasil'), 'error', 'HASIL_WITHOUT_SATUAN', MSG.hasilWithoutSatuan(row.label), k('satuan'));
    const wbp = num(k('wbp'));
    if (wbp !== null) {
      sumWbp += wbp;
      if (wbp > maxWbp) [maxWbp, maxCluster] = [wbp, row.label];
    }
  }
  // One WBP may work in several clusters: the head count lies between the largest cluster and their sum.
  const HEAD = 'pangan_wbp.wbp_terlibat';
  const headCount = num(HEAD);
  if (headCount !== null) {
    const inmates = num('hunian.penghuni');
    if (headCount < maxWbp)
      reject(HEAD, 'error', 'WBP_BELOW_MAX_CLUSTER', MSG.wbpBelowMaxCluster(headCount, maxWbp, maxCluster));
    else if (headCount > sumWbp)
      reject(HEAD, 'error', 'WBP_ABOVE_CLUSTER_SUM', MSG.wbpAboveClusterSum(headCount, sumWbp));
    else if (inmates !== null && headCount > inmates)
      reject(HEAD, 'error', 'WBP_ABOVE_PENGHUNI', MSG.wbpAbovePenghuni(headCount, inmates));
  } else if (sumWbp > 0 && values[HEAD] === null) {
    reject(HEAD, 'error', 'REQUIRED_EMPTY', MSG.requiredEmpty('Jumlah WBP terlibat (tanpa dobel)'));
  }
  const [pagu, realisasi] = [num('anggaran.pagu_rp'), num('anggaran.realisasi_rp')];
  if (pagu !== null && realisasi !== null && realisasi > pagu)
    reject('anggaran.realisasi_rp', 'error', 'REALISASI_GT_PAGU', MSG.realisasiGtPagu(realisasi, pagu));
  const score = num('zona_integritas.nilai');
  const target = values['zona_integritas.target'];
  const needed = typeof target === 'string' ? ZI_MINIMUM[target] : undefined;
  if (score !== null && needed !== undefined && score < needed)
    reject(
      'zona_integritas.nilai',
      'warning',
      'ZI_SCORE_BELOW_TARGET',
      MSG.ziScoreBelowTarget(score, String(target), needed),
    );
}
