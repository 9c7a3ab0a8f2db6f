// Closing one unit tab (pure): the Arsip rows of what it holds, and exactly the cells that open it for the next period;
// Arsip rows keyed by (period, unit, indicator) so that writing twice changes nothing.

import { SAMPLE_CONFIG, sampleWorkbook } from '../../../fixtures/sample/workbook';
import { ARCHIVE_HEADER, type ArchiveCell } from '../../../src/core/lifecycle/archive';
import { ArchiveIndex, archiveRowKey, storedText } from '../../../src/core/lifecycle/archive-keys';
import { closeUnitTab, tabPeriod } from '../../../src/core/lifecycle/close-tab';
import { locateTab } from '../../../src/core/schema/locate-tab';
import { SCHEMA } from '../../../src/core/schema/schema';
import type { Grid } from '../../../src/core/schema/types';

const CLOSED = new Date('2026-03-10T03:00:00Z');
const unit = SAMPLE_CONFIG.units[0];
const tab = sampleWorkbook().tabs.find((t) => t.name === unit?.sheetName);
if (!unit || !tab) throw new Error('sample changed');

/** The grid after the writes (1-based cells). */
function applied(grid: Grid, writes: readonly { row: number; col: number; value: unknown }[]): Grid {
  const out = grid.map((r) => [...r]);
  for (const w of writes) (out[w.row - 1] as unknown[])[w.col - 1] = w.value;
  return out;
}

describe('closeUnitTab', () => {
  const closed = closeUnitTab(SAMPLE_CONFIG, unit, tab.grid, '2026-02', '2026-03', CLOSED);
  if (!closed) throw new Error('sample tab not recognised');

  test('clears exactly the value cells it archives and opens the tab for the next period; labels stay', () => {
    const after = applied(tab.grid, closed.writes);
    expect(tabPeriod(tab.grid)).toBe('2026-02');
    expect(tabPeriod(after)).toBe('2026-03');
    const archivedKeys = new Set(closed.rows.map((r) => r[3]));
    const fields = locateTab(after, SCHEMA).fields;
    for (const [key, pos] of fields) {
      const before = tab.grid[pos.r]?.[pos.c];
      const now = after[pos.r]?.[pos.c];
      if (key.startsWith('identitas.') && key !== 'identitas.operator') continue;
      // Every value cell that held something is archived, then empty.
      if (before !== '') expect(archivedKeys.has(key)).toBe(true);
      expect(now).toBe('');
    }
    const valueCells = new Set([...fields.values()].map((p) => `${p.r},${p.c}`));
    for (const w of closed.writes) expect(valueCells.has(`${w.row - 1},${w.col - 1}`)).toBe(true);
    expect(fields.size).toBe(locateTab(tab.grid, SCHEMA).fields.size);
  });

  test('a tab closed already needs no write; a tab without a "Periode" cell is never cleared blind', () => {
    const after = applied(tab.grid, closed.writes);
    expect(closeUnitTab(SAMPLE_CONFIG, unit, after, '2026-03', '2026-04', CLOSED)?.writes.length).toBeGreaterThan(0);
    const again = closeUnitTab(SAMPLE_CONFIG, unit, after, '2026-02', '2026-03', CLOSED);
    expect(again?.writes.filter((w) => w.value !== '')).toEqual([]);
    expect(closeUnitTab(SAMPLE_CONFIG, unit, [['Catatan bebas', 12]], '2026-02', '2026-03', CLOSED)).toBeNull();
  });
});

describe('Arsip rows by key', () => {
  const row = (value: ArchiveCell, status = 'Valid', period = '2026-02'): ArchiveCell[] => [
    period,
    'LP-PKU',
    'Lapas Pekanbaru',
    'pangan.pertanian.luas_m2',
    'Luas',
    value,
    status,
    '10 Maret 2026 10.00 WIB',
  ];

  test('writing the same rows twice writes nothing the second time', () => {
    const index = new ArchiveIndex([[...ARCHIVE_HEADER]]);
    expect(index.plan([row(1200)])).toEqual([{ row: 2, values: row(1200) }]);
    expect(index.plan([row(1200)])).toEqual([]);
    // As read back from the sheet (another run): still nothing to write.
    expect(new ArchiveIndex([[...ARCHIVE_HEADER], row(1200)]).plan([row(1200)])).toEqual([]);
  });

  test('a value typed again replaces its row in place; another period or unit is another row', () => {
    const index = new ArchiveIndex([[...ARCHIVE_HEADER], row(1200), row(5, 'Valid', '2026-01')]);
    expect(index.plan([row('1.250 m2', 'Tidak valid')])).toEqual([{ row: 2, values: row('1.250 m2', 'Tidak valid') }]);
    expect(index.plan([row(9, 'Valid', '2026-03')])).toEqual([{ row: 4, values: row(9, 'Valid', '2026-03') }]);
  });

  test("a period's rows as the sheet holds them after the writes: replaced in place, added below, as stored", () => {
    const index = new ArchiveIndex([[...ARCHIVE_HEADER], row(1200), row(5, 'Valid', '2026-01')]);
    index.plan([row(1250), row("'=padi", 'Tidak valid', '2026-02').map((v, i) => (i === 3 ? 'pangan.padi' : v))]);
    expect(index.rowsOf('2026-02')).toEqual([
      row(1250),
      row('=padi', 'Tidak valid').map((v, i) => (i === 3 ? 'pangan.padi' : v)),
    ]);
    expect(index.rowsOf('2026-01')).toEqual([row(5, 'Valid', '2026-01')]);
    expect(index.rowsOf('2026-03')).toEqual([]);
  });

  test('a value from an unregistered tab never takes the row of a unit’s own figure', () => {
    const stray = row(7, 'Tab tidak terdaftar');
    expect(archiveRowKey(stray)).not.toBe(archiveRowKey(row(7)));
    expect(archiveRowKey(row(7, 'Tidak valid'))).toBe(archiveRowKey(row(7)));
  });

  test('text is compared as the cell stores it (cellText’s apostrophe dropped), a read-back date as its day', () => {
    expect(storedText("'=padi")).toBe('=padi');
    expect(storedText("''kutip")).toBe("'kutip");
    expect(new ArchiveIndex([[...ARCHIVE_HEADER], row('=padi')]).plan([row("'=padi")])).toEqual([]);
    const day = new Date('2026-02-02T00:00:00+07:00') as unknown as ArchiveCell;
    expect(new ArchiveIndex([[...ARCHIVE_HEADER], row(day)]).plan([row('2026-02-02')])).toEqual([]);
  });
});
