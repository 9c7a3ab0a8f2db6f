// A unit tab's layout as Sheets API requests: values written only when they differ, ranges of one look joined.

import { SAMPLE_UNITS } from '../../../fixtures/sample/units';
import { SAMPLE_PERIOD } from '../../../fixtures/sample/workbook';
import { buildUnitTab } from '../../../src/core/schema/tab-layout';
import type { SheetState } from '../../../src/server/sheets/sheet-index';
import { joinedRanges, unitTabPlan, unitTabRequests } from '../../../src/server/sheets/unit-tab-requests';

type Request = GoogleAppsScript.Sheets.Schema.Request;
const unit = SAMPLE_UNITS[0];
const ADMIN = 'admin@kanwil.example';

const state = (title: string): SheetState => ({
  sheetId: 7,
  title,
  hidden: false,
  rowCount: 1000,
  columnCount: 26,
  frozenRows: 0,
  merged: false,
  protections: [],
  chartIds: [],
  conditionalFormats: [],
});

function requests(current: unknown[][]): Request[] {
  const layout = buildUnitTab(unit, SAMPLE_PERIOD, current.length > 0 ? current : undefined);
  return unitTabRequests({
    sheetId: 7,
    state: current.length > 0 ? state(unit.sheetName) : null,
    title: unit.sheetName,
    layout,
    current,
    unitCode: unit.code,
    operators: unit.operators,
    admins: [ADMIN],
    timeZone: 'Asia/Jakarta',
  });
}

const cellFields = (list: Request[]) => list.flatMap((r) => (r.updateCells ? [r.updateCells.fields] : []));

describe('the requests of a unit tab', () => {
  it('writes the values of a new tab, and over the same content only its notes (no figure rewritten)', () => {
    const fresh = requests([]);
    expect(fresh[0]?.addSheet?.properties?.title).toBe(unit.sheetName);
    expect(cellFields(fresh)).toEqual(['userEnteredValue,note']);
    const grid = buildUnitTab(unit, SAMPLE_PERIOD).grid.map((row) => [...row]);
    const again = requests(grid);
    expect(again[0]?.updateSheetProperties?.properties?.gridProperties?.rowCount).toBe(grid.length);
    expect(cellFields(again)).toEqual(['note']);
    grid[1][1] = 'Isi sel putih.';
    expect(cellFields(requests(grid))).toEqual(['userEnteredValue,note']);
  });

  it('protects the tab for the admins with the input ranges open, and the inputs for operators and admins', () => {
    const added = requests([]).flatMap((r) => (r.addProtectedRange ? [r.addProtectedRange.protectedRange] : []));
    expect(added.map((p) => p?.editors?.users)).toEqual([[ADMIN], [...unit.operators, ADMIN]]);
    expect(added[0]?.unprotectedRanges?.length).toBeGreaterThan(0);
  });

  it('joins ranges of one look into fewer that cover exactly the same cells', () => {
    const cell = (r: number, c: number) => ({
      sheetId: 1,
      startRowIndex: r,
      endRowIndex: r + 1,
      startColumnIndex: c,
      endColumnIndex: c + 1,
    });
    const cells = [cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1), cell(3, 1), cell(4, 1), cell(4, 3)];
    const joined = joinedRanges(cells);
    expect(joined).toHaveLength(3);
    const covered = new Set(
      joined.flatMap((g) => {
        const out: string[] = [];
        for (let r = g.startRowIndex ?? 0; r < (g.endRowIndex ?? 0); r++)
          for (let c = g.startColumnIndex ?? 0; c < (g.endColumnIndex ?? 0); c++) out.push(`${r},${c}`);
        return out;
      }),
    );
    expect([...covered].sort()).toEqual(cells.map((g) => `${g.startRowIndex},${g.startColumnIndex}`).sort());
  });

  it('gives tabs of one layout one shape and another layout another; a pasted look comes after the clearing, before the notes', () => {
    const planOf = (u: (typeof SAMPLE_UNITS)[number], sheetId: number) =>
      unitTabPlan({
        sheetId,
        state: null,
        title: u.sheetName,
        layout: buildUnitTab(u, SAMPLE_PERIOD),
        current: [],
        unitCode: u.code,
        operators: u.operators,
        admins: [ADMIN],
        timeZone: 'Asia/Jakarta',
      });
    const lapas = SAMPLE_UNITS.filter((u) => u.type === 'Lapas');
    const bapas = SAMPLE_UNITS.find((u) => u.type === 'Bapas');
    if (!bapas || lapas.length < 2) throw new Error('The sample needs two Lapas and a Bapas.');
    const first = planOf(lapas[0], 1);
    expect(planOf(lapas[1], 2).shape).toBe(first.shape);
    // A Bapas supervises clients, not inmates (docs/glossary.md): another layout, another shape.
    expect(buildUnitTab(bapas, SAMPLE_PERIOD).rows).not.toBe(buildUnitTab(lapas[0], SAMPLE_PERIOD).rows);
    expect(planOf(bapas, 3).shape).not.toBe(first.shape);
    const kinds = planOf(lapas[1], 2)
      .pasted(1)
      .map((r) => Object.keys(r)[0]);
    expect(kinds.slice(0, 5)).toEqual(['addSheet', 'repeatCell', 'setDataValidation', 'copyPaste', 'updateCells']);
    expect(kinds.filter((k) => k === 'copyPaste')).toHaveLength(1);
  });
});
