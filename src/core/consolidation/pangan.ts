// Food security (blocks pangan and pangan_wbp): land, WBP, output, sales and PNBP per klaster and per unit, and the
// regional WBP head count, which is not the sum of the klaster rows (one WBP may work in several klaster).
import { type FieldOf, fieldKey, keysOfBlock, type ValueKey } from '../schema/field-key';
import { KLASTER_PANGAN, type Klaster } from '../schema/vocabulary';
import type { Exclusion, Total, UnitView } from './totals';
import { everyUnit, exclusion, invalidCount, numberAt, textAt, total } from './totals';

export interface HasilAmount {
  /** Unit of measure (kg, ekor, butir, liter, ikat, buah); '' when none was given. */
  readonly satuan: string;
  readonly value: number;
}

export interface KlasterTotal {
  readonly klaster: Klaster;
  /** m². */
  readonly luasLahan: Total;
  readonly wbp: Total;
  /** Output summed per unit of measure, sorted by unit of measure. */
  readonly hasil: readonly HasilAmount[];
  readonly hasilExcluded: Exclusion;
  readonly penjualanRp: Total;
  readonly pnbpRp: Total;
  /** Units reporting any activity in this klaster. */
  readonly activeUnits: number;
  /** Distinct commodity names typed for this klaster, sorted. */
  readonly komoditas: readonly string[];
}

export interface UnitKlasterFigures {
  readonly luasLahan: number;
  readonly wbp: number;
  readonly penjualanRp: number;
  readonly pnbpRp: number;
}

export interface UnitPanganRow {
  readonly code: string;
  readonly name: string;
  readonly perKlaster: Readonly<Record<Klaster, UnitKlasterFigures>>;
  readonly luasLahan: number;
  /** Sum of the klaster rows' WBP (may count one person twice). */
  readonly wbpKlaster: number;
  /** The unit's own head count of WBP involved (pangan_wbp.wbp_terlibat). */
  readonly wbpTerlibat: number;
  readonly penjualanRp: number;
  readonly pnbpRp: number;
  readonly active: boolean;
  readonly found: boolean;
  readonly excludedCells: number;
}

export interface PanganConsolidation {
  readonly perKlaster: readonly KlasterTotal[];
  /** m². */
  readonly luasLahan: Total;
  /** Sum of all klaster rows' WBP; NOT the head count (one person may work in several klaster). */
  readonly wbpKlaster: Total;
  /** Regional WBP head count: the sum of each unit's wbp_terlibat. */
  readonly wbpTerlibat: Total;
  readonly penjualanRp: Total;
  readonly pnbpRp: Total;
  /** Units reporting any food-security activity. */
  readonly activeUnits: number;
  readonly units: readonly UnitPanganRow[];
}

const WBP_TERLIBAT = fieldKey.pangan_wbp('wbp_terlibat');
/** Every cell of both blocks, for the count of a unit's rejected cells. */
const PANGAN_KEYS: readonly ValueKey[] = [...keysOfBlock('pangan'), ...keysOfBlock('pangan_wbp')];

/** A column's keys over every klaster, for the regional totals. */
const everyKlaster = (column: FieldOf<'pangan'>): ValueKey[] => KLASTER_PANGAN.map((k) => fieldKey.pangan(k, column));

function unitRow(view: UnitView): UnitPanganRow {
  const perKlaster = {} as Record<Klaster, UnitKlasterFigures>;
  let luasLahan = 0;
  let wbpKlaster = 0;
  let penjualanRp = 0;
  let pnbpRp = 0;
  let hasil = 0;
  for (const klaster of KLASTER_PANGAN) {
    const row = {
      luasLahan: numberAt(view, fieldKey.pangan(klaster, 'luas_m2')),
      wbp: numberAt(view, fieldKey.pangan(klaster, 'wbp')),
      penjualanRp: numberAt(view, fieldKey.pangan(klaster, 'penjualan_rp')),
      pnbpRp: numberAt(view, fieldKey.pangan(klaster, 'pnbp_rp')),
    };
    perKlaster[klaster] = row;
    luasLahan += row.luasLahan;
    wbpKlaster += row.wbp;
    penjualanRp += row.penjualanRp;
    pnbpRp += row.pnbpRp;
    hasil += numberAt(view, fieldKey.pangan(klaster, 'hasil'));
  }
  const wbpTerlibat = numberAt(view, WBP_TERLIBAT);
  return {
    code: view.unit.code,
    name: view.unit.name,
    perKlaster,
    luasLahan,
    wbpKlaster,
    wbpTerlibat,
    penjualanRp,
    pnbpRp,
    active: luasLahan > 0 || wbpKlaster > 0 || wbpTerlibat > 0 || hasil > 0 || penjualanRp > 0,
    found: view.found,
    excludedCells: invalidCount(view, PANGAN_KEYS),
  };
}

function klasterActive(view: UnitView, klaster: Klaster): boolean {
  return (['luas_m2', 'wbp', 'hasil', 'penjualan_rp'] as const).some(
    (column) => numberAt(view, fieldKey.pangan(klaster, column)) > 0,
  );
}

function klasterTotal(views: readonly UnitView[], klaster: Klaster): KlasterTotal {
  const key = (column: FieldOf<'pangan'>) => fieldKey.pangan(klaster, column);
  const hasilBySatuan = new Map<string, number>();
  const komoditas = new Set<string>();
  for (const view of views) {
    const amount = numberAt(view, key('hasil'));
    // An output whose unit of measure was rejected cannot be added to any unit of measure: it is left out.
    if (amount !== 0 && !view.invalid.has(key('satuan'))) {
      const satuan = textAt(view, key('satuan'));
      hasilBySatuan.set(satuan, (hasilBySatuan.get(satuan) ?? 0) + amount);
    }
    const name = textAt(view, key('komoditas'));
    if (name !== '') komoditas.add(name);
  }
  return {
    klaster,
    luasLahan: total(views, everyUnit, [key('luas_m2')]),
    wbp: total(views, everyUnit, [key('wbp')]),
    hasil: [...hasilBySatuan.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([satuan, value]) => ({ satuan, value })),
    hasilExcluded: exclusion(views, everyUnit, [key('hasil'), key('satuan')]),
    penjualanRp: total(views, everyUnit, [key('penjualan_rp')]),
    pnbpRp: total(views, everyUnit, [key('pnbp_rp')]),
    activeUnits: views.filter((view) => klasterActive(view, klaster)).length,
    komoditas: [...komoditas].sort((a, b) => a.localeCompare(b)),
  };
}

export function consolidatePangan(views: readonly UnitView[]): PanganConsolidation {
  const units = views.map(unitRow);
  return {
    perKlaster: KLASTER_PANGAN.map((klaster) => klasterTotal(views, klaster)),
    luasLahan: total(views, everyUnit, everyKlaster('luas_m2')),
    wbpKlaster: total(views, everyUnit, everyKlaster('wbp')),
    wbpTerlibat: total(views, everyUnit, [WBP_TERLIBAT]),
    penjualanRp: total(views, everyUnit, everyKlaster('penjualan_rp')),
    pnbpRp: total(views, everyUnit, everyKlaster('pnbp_rp')),
    activeUnits: units.filter((row) => row.active).length,
    units,
  };
}
