// Table layout: figures flush right, "Rp" bound to its number, columns as wide as their longest words.
import { largestFirst } from '../../../src/core/report/chart-order';
import {
  keepRupiahTogether,
  numericColumns,
  PAGE_TEXT_WIDTH,
  tableLayout,
  textWidth,
} from '../../../src/core/report/table-layout';

describe('numericColumns', () => {
  test('a column of counts, amounts, percentages, areas and dashes is numeric; one with any word is not', () => {
    const rows = [
      ['Lapas Kelas IIA Pekanbaru', '1.234', 'Rp 2.000.000', '12,5%', '102.772 m²', 'Dikirim'],
      ['Rutan Dumai', '–', '-Rp 5', '0%', '–', '0'],
    ];
    expect(numericColumns(rows, 6)).toEqual([false, true, true, true, true, false]);
  });

  test('a column of dashes only, or empty, holds no figure to align', () => {
    expect(
      numericColumns(
        [
          ['–', ''],
          ['–', ''],
        ],
        2,
      ),
    ).toEqual([false, false]);
  });
});

describe('keepRupiahTogether', () => {
  test('"Rp" and its number are joined by a non-breaking space', () => {
    expect(keepRupiahTogether('Rp 2.000.000; PNBP Rp 5')).toBe('Rp\u00A02.000.000; PNBP Rp\u00A05');
  });
});

describe('tableLayout', () => {
  const header = ['No', 'UPT', 'Status', 'Dikirim pada', 'Kesalahan', 'Peringatan'];
  const rows = [['1', 'Lapas Perempuan Kelas IIA Pekanbaru', 'Dikembalikan', '3 Februari 2026 09.00 WIB', '0', '0']];

  test('every column holds its longest word, and the table spans the page', () => {
    const { widths, fontSize } = tableLayout(header, rows, 6);
    expect(fontSize).toBe(11);
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAGE_TEXT_WIDTH - 6);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(PAGE_TEXT_WIDTH);
    expect(widths[2]).toBeGreaterThanOrEqual(textWidth('Dikembalikan', 11) + 10);
    expect(widths[5]).toBeGreaterThanOrEqual(textWidth('Peringatan', 11, true) + 10);
    // The long unit name takes the room the short columns do not need.
    expect(widths[1]).toBeGreaterThan(widths[0] ?? 0);
  });

  test('a table too wide at 11 pt is set smaller so that its words stay whole', () => {
    const wide = Array.from({ length: 6 }, () => 'Rp 104.000.000');
    const { widths, fontSize } = tableLayout(Array(6).fill('Penjualan'), [wide], 6);
    expect(fontSize).toBeLessThan(11);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(PAGE_TEXT_WIDTH);
    for (const w of widths)
      expect(w).toBeGreaterThanOrEqual(Math.floor(textWidth('Rp\u00A0104.000.000', fontSize) + 10));
  });

  test('text widths follow the font: "m" is wider than "i", bold wider than regular', () => {
    expect(textWidth('m', 11)).toBeGreaterThan(textWidth('i', 11));
    expect(textWidth('Penerima', 11, true)).toBeGreaterThan(textWidth('Penerima', 11));
    expect(textWidth('0000', 10)).toBeCloseTo(4 * 5.56);
  });
});

describe('largestFirst', () => {
  test('bars are ordered by the first series, largest first, every series moving with its category', () => {
    const chart = largestFirst({
      type: 'bar',
      title: 'T',
      categories: ['A', 'B', 'C'],
      series: [
        { name: 'x', values: [2, 9, 5] },
        { name: 'y', values: [20, 90, 50] },
      ],
    });
    expect(chart.categories).toEqual(['B', 'C', 'A']);
    expect(chart.series.map((s) => s.values)).toEqual([
      [9, 5, 2],
      [90, 50, 20],
    ]);
  });
});
