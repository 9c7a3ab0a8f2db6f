// Contract: chart specs render to real PNG images with id-ID number labels.
import { renderChartPng, renderChartSvg } from '../chart-render';
import { installEmulator } from '../index';

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

describe('Charts service builders: legend position and text styles', () => {
  // https://developers.google.com/apps-script/reference/charts/bar-chart-builder#setLegendPosition(Position)
  // ("Sets the position of the legend with respect to the chart"; Charts.Position.NONE: "No legend is displayed").
  // https://developers.google.com/apps-script/reference/charts/text-style-builder#setFontSize(Number)
  // https://developers.google.com/apps-script/reference/charts/bar-chart-builder#setXAxisTextStyle(TextStyle)
  const spec = (legend: 'NONE' | 'BOTTOM') => {
    installEmulator();
    const charts = Charts;
    const table = charts
      .newDataTable()
      .addColumn(charts.ColumnType.STRING, '')
      .addColumn(charts.ColumnType.NUMBER, 'Penyerapan (%)')
      .addRow(['LP-PKU', 11])
      .addRow(['RUTAN-DUMAI', 6]);
    const style = charts.newTextStyle().setFontSize(17).build();
    const chart = charts
      .newBarChart()
      .setDataTable(table)
      .setTitle('Penyerapan')
      .setXAxisTextStyle(style)
      .setYAxisTextStyle(style)
      .setLegendPosition(charts.Position[legend])
      .build() as unknown as { spec: Parameters<typeof renderChartSvg>[0] };
    return chart.spec;
  };

  it('Position.NONE draws no legend; BOTTOM draws the series name', () => {
    expect(renderChartSvg(spec('NONE'))).not.toContain('Penyerapan (%)');
    expect(renderChartSvg(spec('BOTTOM'))).toContain('Penyerapan (%)');
  });

  it('axis text styles set the size the labels are drawn at', () => {
    const svg = renderChartSvg(spec('NONE'));
    expect(svg).toMatch(/font-size:17px[^>]*>RUTAN-DUMAI</);
  });

  it('a bar chart lists its rows top down, the first data row at the top', () => {
    const svg = renderChartSvg(spec('NONE'), 600, 371);
    const y = (label: string) =>
      Number(new RegExp(`transform="translate\\([\\d.]+ ([\\d.]+)\\)"[^>]*>${label}<`).exec(svg)?.[1]);
    expect(y('LP-PKU')).toBeLessThan(y('RUTAN-DUMAI'));
  });
});
