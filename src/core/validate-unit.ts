// Reads one unit tab: values found by headers, checked per cell and across fields, into a UnitReport.
import { fromA1 } from './a1';
import type { GridPos } from './locate-tab';
import { locateTab, posA1 } from './locate-tab';
import type { IssueCode, Worded } from './messages';
import { MSG } from './messages';
import { parseValue } from './parse-value';
import type { KeyedField, Schema } from './schema';
import { allFields, isNumericType, SCHEMA } from './schema';
import type { FieldValue, Grid, Issue, Severity, SubmissionStatus, UnitConfig, UnitReport } from './types';

export interface ReadUnitContext {
  /** Active period, YYYY-MM. */
  readonly period: string;
  /** The unit's values of the previous period (month-over-month warnings). */
  readonly previous?: Readonly<Record<string, FieldValue>>;
  /** Defaults to SCHEMA. */
  readonly schema?: Schema;
}

/** Month-over-month: a value above 3× or below a third of last period's is worth a second look. */
const MOM_FACTOR = 3;
const ZI_MINIMUM: Readonly<Record<string, number>> = { WBK: 75, WBBM: 85 };

export function readUnitTab(sheetName: string, grid: Grid, unit: UnitConfig, ctx: ReadUnitContext): UnitReport {
  const schema = ctx.schema ?? SCHEMA;
  const loc = locateTab(grid, schema);
  const issues: Issue[] = [];
  const positions = new Map<string, GridPos>();
  const add = (pos: GridPos | null, severity: Severity, code: IssueCode, worded: Worded): void => {
    issues.push({ sheet: sheetName, cell: pos ? posA1(pos) : '', severity, code, ...worded });
  };

  if (loc.version !== null && loc.version < schema.version)
    add(null, 'warning', 'TEMPLATE_OUTDATED', MSG.templateOutdated(loc.version, schema.version));
  const applies = (blockKey: string): boolean =>
    schema.blocks.find((b) => b.key === blockKey)?.appliesTo.includes(unit.type) ?? false;
  for (const p of loc.problems) {
    const severity: Severity = p.code === 'BLOCK_DUPLICATE' || !applies(p.block.key) ? 'warning' : 'error';
    const worded =
      p.code === 'HEADER_MISSING'
        ? MSG.headerMissing(p.block.title, p.label)
        : p.code === 'HEADER_UNKNOWN'
          ? MSG.headerUnknown(p.block.title, p.label)
          : p.code === 'HEADER_DUPLICATE'
            ? MSG.headerDuplicate(p.block.title, p.label)
            : MSG.blockDuplicate(p.block.title);
    add(p.pos, severity, p.code, worded);
  }
  for (const block of schema.blocks) {
    if (block.appliesTo.includes(unit.type) && !loc.blocks.has(block.key))
      add(null, 'error', 'BLOCK_MISSING', MSG.blockMissing(block.title));
  }

  const values: Record<string, FieldValue> = {};
  const cells: Record<string, string> = {};
  const invalid = new Set<string>();
  const raw = new Map<string, unknown>();
  const notApplicableFilled = new Set<string>();
  let inputFilled = false;

  for (const kf of allFields(schema)) {
    const pos = loc.fields.get(kf.key);
    if (!pos) continue;
    const cellValue = grid[pos.r]?.[pos.c];
    const parsed = parseValue(kf.field, cellValue, labelOf(kf));
    if (!applies(kf.block.key)) {
      if (parsed.filled) notApplicableFilled.add(kf.block.key);
      continue;
    }
    positions.set(kf.key, pos);
    cells[kf.key] = posA1(pos);
    raw.set(kf.key, cellValue);
    if (parsed.filled && !kf.field.readonly) inputFilled = true;
    // The add-on writes the other identity cells; only the period is checked as a value.
    const problems = kf.field.readonly && kf.field.key !== 'periode' ? [] : parsed.problems;
    for (const p of problems) add(pos, p.severity, p.code, p.worded);
    if (problems.some((p) => p.severity === 'error')) invalid.add(kf.key);
    else values[kf.key] = parsed.value;
  }
  for (const blockKey of notApplicableFilled) {
    const block = loc.blocks.get(blockKey);
    if (block)
      add(
        { r: block.headerRow, c: 0 },
        'warning',
        'BLOCK_NOT_APPLICABLE',
        MSG.blockNotApplicable(block.block.title, unit.type),
      );
  }

  const num = (key: string): number | null => {
    const v = values[key];
    return typeof v === 'number' ? v : null;
  };
  const reject = (key: string, severity: Severity, code: IssueCode, worded: Worded, cellKey = key): void => {
    add(positions.get(cellKey) ?? null, severity, code, worded);
    if (severity === 'error' && key in values) {
      delete values[key];
      invalid.add(key);
    }
  };

  if (inputFilled) {
    for (const kf of allFields(schema)) {
      if (
        kf.field.required &&
        !kf.field.readonly &&
        positions.has(kf.key) &&
        values[kf.key] === null &&
        !invalid.has(kf.key)
      )
        reject(kf.key, 'error', 'REQUIRED_EMPTY', MSG.requiredEmpty(labelOf(kf)));
    }
  }
  crossFieldRules(schema, values, num, reject);

  // A tab of another unit or another period must not feed this period's totals.
  const tabCode = typeof values['identitas.kode'] === 'string' ? String(values['identitas.kode']).trim() : '';
  const tabPeriod = typeof values['identitas.periode'] === 'string' ? String(values['identitas.periode']) : null;
  let foreign = false;
  if (tabCode !== '' && tabCode.toLowerCase() !== unit.code.toLowerCase()) {
    add(
      positions.get('identitas.kode') ?? null,
      'error',
      'UNIT_CODE_MISMATCH',
      MSG.unitCodeMismatch(tabCode, unit.code),
    );
    foreign = true;
  }
  if (tabPeriod !== null && tabPeriod !== ctx.period) {
    add(
      positions.get('identitas.periode') ?? null,
      'error',
      'PERIOD_MISMATCH',
      MSG.periodMismatch(tabPeriod, ctx.period),
    );
    foreign = true;
  }
  if (foreign) {
    for (const kf of allFields(schema)) {
      if (!kf.field.readonly && kf.key in values && values[kf.key] !== null) {
        delete values[kf.key];
        invalid.add(kf.key);
      }
    }
  }

  if (ctx.previous) momWarnings(schema, values, ctx.previous, positions, add);

  const text = (key: string): string | null => {
    const v = raw.get(key);
    if (v instanceof Date) return v.toISOString();
    return v === undefined || v === '' || v === null ? null : String(v);
  };
  const statusText = (text('identitas.status') ?? '').trim().toLowerCase();
  const status: SubmissionStatus =
    statusText === 'dikirim'
      ? 'Dikirim'
      : statusText === 'dikembalikan'
        ? 'Dikembalikan'
        : inputFilled
          ? 'Draf'
          : 'Belum diisi';
  const addonPos = [
    'identitas.status',
    'identitas.dikirim_pada',
    'identitas.dikirim_oleh',
    'identitas.catatan_kanwil',
  ].map((k) => positions.get(k));
  const [statusPos, sentAtPos, sentByPos, notePos] = addonPos;

  issues.sort(byCell);
  const errorCount = issues.filter((i) => i.severity === 'error').length;
  return {
    unit,
    sheetName,
    found: true,
    values,
    cells,
    invalidKeys: [...invalid],
    meta: {
      period: tabPeriod ?? text('identitas.periode'),
      status,
      operator: typeof values['identitas.operator'] === 'string' ? String(values['identitas.operator']) : '',
      sentAt: text('identitas.dikirim_pada'),
      sentBy: text('identitas.dikirim_oleh'),
      returnNote: text('identitas.catatan_kanwil'),
      cells:
        statusPos && sentAtPos && sentByPos && notePos
          ? { status: posA1(statusPos), sentAt: posA1(sentAtPos), sentBy: posA1(sentByPos), returnNote: posA1(notePos) }
          : null,
    },
    issues,
    errorCount,
    warningCount: issues.length - errorCount,
  };
}

type Reject = (key: string, severity: Severity, code: IssueCode, worded: Worded, cellKey?: string) => void;

function crossFieldRules(
  schema: Schema,
  values: Record<string, FieldValue>,
  num: (key: string) => number | null,
  reject: Reject,
): void {
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
  const headCount = num('pangan_wbp.wbp_terlibat');
  if (headCount !== null) {
    const inmates = num('hunian.penghuni');
    if (headCount < maxWbp)
      reject(
        'pangan_wbp.wbp_terlibat',
        'error',
        'WBP_BELOW_MAX_CLUSTER',
        MSG.wbpBelowMaxCluster(headCount, maxWbp, maxCluster),
      );
    else if (headCount > sumWbp)
      reject('pangan_wbp.wbp_terlibat', 'error', 'WBP_ABOVE_CLUSTER_SUM', MSG.wbpAboveClusterSum(headCount, sumWbp));
    else if (inmates !== null && headCount > inmates)
      reject('pangan_wbp.wbp_terlibat', 'error', 'WBP_ABOVE_PENGHUNI', MSG.wbpAbovePenghuni(headCount, inmates));
  } else if (sumWbp > 0 && values['pangan_wbp.wbp_terlibat'] === null) {
    reject(
      'pangan_wbp.wbp_terlibat',
      'error',
      'REQUIRED_EMPTY',
      MSG.requiredEmpty('Jumlah WBP terlibat (tanpa dobel)'),
    );
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

function momWarnings(
  schema: Schema,
  values: Readonly<Record<string, FieldValue>>,
  previous: Readonly<Record<string, FieldValue>>,
  positions: ReadonlyMap<string, GridPos>,
  add: (pos: GridPos | null, severity: Severity, code: IssueCode, worded: Worded) => void,
): void {
  for (const kf of allFields(schema)) {
    if (!isNumericType(kf.field.type) || kf.field.aggregate === 'none') continue;
    const [cur, prev] = [values[kf.key], previous[kf.key]];
    if (typeof cur !== 'number' || typeof prev !== 'number' || prev <= 0) continue;
    if (cur > prev * MOM_FACTOR || cur < prev / MOM_FACTOR) {
      add(positions.get(kf.key) ?? null, 'warning', 'MOM_JUMP', MSG.momJump(labelOf(kf), cur, prev));
    }
  }
}

function cellOrder(cell: string): [number, number] {
  const p = fromA1(cell);
  return p ? [p.row, p.col] : [0, 0];
}

/** How a cell is named in messages: "Perikanan — Luas lahan (m²)" for tables, the label for forms. */
function labelOf(kf: KeyedField): string {
  return kf.row ? `${kf.row.label} — ${kf.field.label}` : kf.field.label;
}

/** Tab-wide issues first, then in reading order (row, then column). */
function byCell(a: Issue, b: Issue): number {
  const [ra, ca] = cellOrder(a.cell);
  const [rb, cb] = cellOrder(b.cell);
  return ra - rb || ca - cb;
}
