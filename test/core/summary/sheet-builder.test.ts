// The sheet builder: one rectangular grid, bold header rows, number formats over exactly the rows they format.
import { SheetBuilder } from '../../../src/core/summary/sheet-builder';
import { NOW } from './sheets';

test("a per-unit table puts code and name first, then each block's columns side by side, text kept as text", () => {
  const s = new SheetBuilder('Judul', NOW);
  const table = s.unitTable(
    [
      { code: 'LP-A', name: '=Lapas A' },
      { code: 'LP-B', name: 'Lapas B' },
    ],
    [
      { columns: [{ header: 'Satu', format: '#,##0' }], rows: [[1], [2]] },
      {
        columns: [{ header: 'Dua' }, { header: 'Tiga' }],
        rows: [
          ['x', 'y'],
          ['z', 'w'],
        ],
      },
    ],
    ['Total wilayah', '', 3, '', ''],
  );
  const sheet = s.build('Uji', [100, 100]);
  expect(sheet.grid.slice(table.firstRow, table.lastRow + 1)).toEqual([
    ['Kode UPT', 'Nama UPT', 'Satu', 'Dua', 'Tiga'],
    ['LP-A', "'=Lapas A", 1, 'x', 'y'],
    ['LP-B', 'Lapas B', 2, 'z', 'w'],
    ['Total wilayah', '', 3, '', ''],
  ]);
  // Title and update time are rows 0 and 1; the grid is padded to its widest row.
  expect(sheet.grid[0]).toEqual(['Judul', '', '', '', '']);
  expect(sheet.headerRows).toEqual([0, table.firstRow, table.lastRow]);
  expect(sheet.numberFormats).toEqual([{ range: 'C4:C6', format: '#,##0' }]);
});
