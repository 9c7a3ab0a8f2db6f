// Contract: chart specs render to real PNG images with id-ID number labels.
import { renderChartPng, renderChartSvg } from '../chart-render';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('renderChartPng', () => {
  it.each(['bar', 'column', 'line', 'pie'] as const)('renders a %s chart as a PNG of the requested size', (type) => {
    const png = renderChartPng(
      {
        type,
        title: 'Jumlah Penghuni',
        categories: ['Lapas Pekanbaru', 'Rutan Dumai'],
        series: [{ name: 'Penghuni', values: [102772, 5400] }],
      },
      480,
      300,
    );
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.readUInt32BE(16)).toBe(480);
    expect(png.readUInt32BE(20)).toBe(300);
  });

  it('draws something: a chart with data differs from one without', () => {
    const base = { type: 'column' as const, title: 'T', categories: ['A'] };
    const empty = renderChartPng({ ...base, series: [{ name: 's', values: [0] }] });
    const full = renderChartPng({ ...base, series: [{ name: 's', values: [100] }] });
    expect(full.equals(empty)).toBe(false);
  });

  it('formats value-axis labels id-ID (102.772 style), not 102,772', () => {
    const svg = renderChartSvg({
      type: 'column',
      title: 'T',
      categories: ['A', 'B'],
      series: [{ name: 's', values: [102772, 50000] }],
    });
    expect(svg).toContain('>100.000<');
    expect(svg).not.toMatch(/>\d{1,3},\d{3}</);
  });
});
