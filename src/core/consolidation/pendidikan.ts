// Equivalency education (block pendidikan, custodial units only): peserta, ikut ujian and lulus per paket and per unit.
import { fieldKey, type ValueKey } from '../schema/field-key';
import { PAKET_PENDIDIKAN, type Paket } from '../schema/vocabulary';
import type { Total, UnitView } from './totals';
import { appliesTo, invalidCount, numberAt, total } from './totals';

/** Each figure and the column it is typed in: a new column of the block is one more entry here. */
const COLUMNS = { peserta: 'peserta', ikutUjian: 'ikut_ujian', lulus: 'lulus' } as const;
type Figure = keyof typeof COLUMNS;
const FIGURES = Object.keys(COLUMNS) as Figure[];

export type PendidikanFigures = Readonly<Record<Figure, number>>;
export type PendidikanTotals = Readonly<Record<Figure, Total>>;

export interface PaketTotal extends PendidikanTotals {
  readonly paket: Paket;
}

export interface UnitPendidikanRow {
  readonly code: string;
  readonly name: string;
  readonly perPaket: Readonly<Record<Paket, PendidikanFigures>>;
  readonly total: PendidikanFigures;
  readonly excludedCells: number;
}

export interface PendidikanConsolidation {
  readonly perPaket: readonly PaketTotal[];
  readonly total: PendidikanTotals;
  /** Custodial units only (the block does not apply to Bapas and Rupbasan). */
  readonly units: readonly UnitPendidikanRow[];
}

const takesPendidikan = appliesTo('pendidikan');
const keysOf = (figure: Figure, pakets: readonly Paket[]): ValueKey[] =>
  pakets.map((paket) => fieldKey.pendidikan(paket, COLUMNS[figure]));

function byFigure<T>(amountOf: (figure: Figure) => T): Record<Figure, T> {
  return Object.fromEntries(FIGURES.map((figure) => [figure, amountOf(figure)])) as Record<Figure, T>;
}

function totalsOf(views: readonly UnitView[], pakets: readonly Paket[]): PendidikanTotals {
  return byFigure((figure) => total(views, takesPendidikan, keysOf(figure, pakets)));
}

function unitRow(view: UnitView): UnitPendidikanRow {
  const perPaket = {} as Record<Paket, PendidikanFigures>;
  for (const paket of PAKET_PENDIDIKAN)
    perPaket[paket] = byFigure((figure) => numberAt(view, fieldKey.pendidikan(paket, COLUMNS[figure])));
  const all = Object.values(perPaket);
  return {
    code: view.unit.code,
    name: view.unit.name,
    perPaket,
    total: byFigure((figure) => all.reduce((acc, f) => acc + f[figure], 0)),
    excludedCells: invalidCount(
      view,
      FIGURES.flatMap((figure) => keysOf(figure, PAKET_PENDIDIKAN)),
    ),
  };
}

export function consolidatePendidikan(views: readonly UnitView[]): PendidikanConsolidation {
  return {
    perPaket: PAKET_PENDIDIKAN.map((paket) => ({ paket, ...totalsOf(views, [paket]) })),
    total: totalsOf(views, PAKET_PENDIDIKAN),
    units: views.filter(takesPendidikan).map(unitRow),
  };
}
