// Media publications (block publikasi): publications per kanal and per unit, and the links typed for them.
import { fieldKey } from '../schema/field-key';
import { KANAL_PUBLIKASI, type Kanal } from '../schema/vocabulary';
import type { Total, UnitIdentity, UnitView } from './totals';
import { everyUnit, numberAt, textAt, total } from './totals';

export interface KanalTotal {
  readonly kanal: Kanal;
  readonly jumlah: Total;
}

export interface UnitPublikasiRow extends UnitIdentity {
  readonly perKanal: Readonly<Record<Kanal, number>>;
  readonly total: number;
  /** Links typed over every kanal. */
  readonly tautan: number;
}

export interface PublikasiConsolidation {
  readonly perKanal: readonly KanalTotal[];
  readonly total: Total;
  readonly units: readonly UnitPublikasiRow[];
}

const jumlahKey = (kanal: Kanal) => fieldKey.publikasi(kanal, 'jumlah');

/** Links are separated by spaces or line breaks. */
function countLinks(text: string): number {
  return text === '' ? 0 : text.split(/\s+/).filter((part) => part !== '').length;
}

function unitRow(view: UnitView): UnitPublikasiRow {
  const perKanal = {} as Record<Kanal, number>;
  let tautan = 0;
  for (const kanal of KANAL_PUBLIKASI) {
    perKanal[kanal] = numberAt(view, jumlahKey(kanal));
    tautan += countLinks(textAt(view, fieldKey.publikasi(kanal, 'tautan')));
  }
  return {
    code: view.unit.code,
    name: view.unit.name,
    perKanal,
    total: Object.values(perKanal).reduce((acc, n) => acc + n, 0),
    tautan,
  };
}

export function consolidatePublikasi(views: readonly UnitView[]): PublikasiConsolidation {
  return {
    perKanal: KANAL_PUBLIKASI.map((kanal) => ({ kanal, jumlah: total(views, everyUnit, [jumlahKey(kanal)]) })),
    total: total(views, everyUnit, KANAL_PUBLIKASI.map(jumlahKey)),
    units: views.map(unitRow),
  };
}
