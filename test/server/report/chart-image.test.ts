// Report figures drawn with the (emulated) Charts service: real PNGs of the given data, at the chosen size.

import { installEmulator } from '../../../emulator';
import { CHART_SIZE, chartImage } from '../../../src/server/report/chart-image';

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
});
