// Report figures drawn with the (emulated) Charts service: real PNGs of the given data, at the chosen size.

import { installEmulator } from '../../../emulator';
import type { ChartSpec } from '../../../emulator/chart-render';
import { renderChartSvg } from '../../../emulator/chart-render';
import { CHART_SIZE, chartImage, IMAGE_WIDTH } from '../../../src/server/report/chart-image';

/** The spec of the chart chartImage builds (the emulated chart keeps it), for what it draws. */
function drawnSpec(series: { name: string; values: number[] }[]): ChartSpec {
  installEmulator();
  const newBarChart = Charts.newBarChart;
  let built: { spec: ChartSpec } | null = null;
  Charts.newBarChart = () => {
    const builder = newBarChart();
    const build = builder.build.bind(builder);
    builder.build = () => {
      const chart = build();
      built = chart as unknown as { spec: ChartSpec };
      return chart;
    };
    return builder;
  };
  chartImage({ type: 'bar', title: 'Penyerapan anggaran per UPT (%)', categories: ['LP-PKU', 'LP-DUMAI'], series });
  if (!built) throw new Error('no chart built');
  return (built as { spec: ChartSpec }).spec;
}

function pngSize(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('chartImage', () => {
  test('a column chart of the figures comes back as a PNG of the chart size', () => {
    installEmulator();
    const blob = chartImage({
      type: 'column',
      title: 'Luas lahan per klaster (m²)',
      categories: ['Pertanian', 'Perikanan'],
      series: [{ name: 'Luas lahan (m²)', values: [32_200, 10_900] }],
    });
    const png = Buffer.from(blob.getBytes().map((b) => b & 0xff));
    expect(blob.getContentType()).toBe('image/png');
    expect(blob.getName()).toBe('grafik.png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngSize(png)).toEqual([CHART_SIZE.width, CHART_SIZE.height]);
  });

  test('different figures draw different images (the data reaches the renderer)', () => {
    installEmulator();
    const draw = (values: number[]) =>
      Buffer.from(
        chartImage({
          type: 'bar',
          title: 'Penyerapan (%)',
          categories: ['A', 'B', 'C'],
          series: [{ name: '%', values }],
        })
          .getBytes()
          .map((b) => b & 0xff),
      );
    expect(draw([10, 20, 30]).equals(draw([30, 20, 10]))).toBe(false);
    expect(draw([10, 20, 30]).equals(draw([10, 20, 30]))).toBe(true);
  });

  test('rendering is one counted round trip; building the data table stays in the script', () => {
    const emulator = installEmulator();
    chartImage({ type: 'column', title: 'x', categories: ['a', 'b', 'c'], series: [{ name: 'n', values: [1, 2, 3] }] });
    const calls = emulator.ledger.all().filter((c) => c.service.includes('Chart') || c.service === 'DataTableBuilder');
    expect(calls.filter((c) => c.kind === 'script').map((c) => c.method)).toEqual(['getAs']);
    expect(calls.filter((c) => c.kind !== 'script' && c.kind !== 'utility')).toEqual([]);
  });

  test('labels read at 9 pt or more on the page; a single series has no legend, two have one', () => {
    const single = drawnSpec([{ name: 'Penyerapan (%)', values: [11, 6] }]);
    const onPaper = (px: number | undefined) => ((px ?? 12) * IMAGE_WIDTH) / CHART_SIZE.width;
    expect(onPaper(single.fontSize?.xAxis)).toBeGreaterThanOrEqual(9);
    expect(onPaper(single.fontSize?.yAxis)).toBeGreaterThanOrEqual(9);
    expect(onPaper(single.fontSize?.title)).toBeGreaterThanOrEqual(9);
    expect(renderChartSvg(single)).not.toContain('Penyerapan (%)');
    const two = drawnSpec([
      { name: 'Pagu', values: [11, 6] },
      { name: 'Realisasi', values: [5, 3] },
    ]);
    expect(renderChartSvg(two)).toContain('Realisasi');
  });
});
