// Contract tests: embedded charts built with EmbeddedChartBuilder, and their image as a real PNG.
import { Runtime } from '../runtime';
import { CHART_TYPES, SpreadsheetService } from '../spreadsheet';

const ECB = 'https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function setup() {
  const service = new SpreadsheetService(new Runtime());
  const ss = service.create('Rekap', { locale: 'id_ID' });
  const sheet = ss.getSheets()[0];
  sheet.getRange('A1:C4').setValues([
    ['UPT', 'Pembinaan', 'Pelatihan'],
    ['Lapas Pekanbaru', 120, 30],
    ['Rutan Bangkinang', 80, 12],
    ['LPKA Pekanbaru', 25, 9],
  ]);
  return { service, ss, sheet };
}

describe(`embedded charts (${ECB})`, () => {
  test('a built and inserted chart keeps its ranges, type, title and id', () => {
    const { sheet } = setup();
    const chart = sheet
      .newChart()
      .setChartType(CHART_TYPES.COLUMN)
      .addRange(sheet.getRange('A1:C4'))
      .setOption('title', 'Kegiatan per UPT')
      .setPosition(6, 1, 0, 0)
      .build();
    sheet.insertChart(chart);
    const [got] = sheet.getCharts();
    expect(got.getId()).toBe(chart.getId());
    expect(got.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:C4']);
    expect(got.getOptions().get('title')).toBe('Kegiatan per UPT');
  });

  test('the chart spec comes from the range values: first column categories, header row series names', () => {
    const { sheet } = setup();
    const chart = sheet.newChart().asBarChart().addRange(sheet.getRange('A1:C4')).setOption('title', 'T').build();
    expect(chart.spec()).toEqual({
      type: 'bar',
      title: 'T',
      categories: ['Lapas Pekanbaru', 'Rutan Bangkinang', 'LPKA Pekanbaru'],
      series: [
        { name: 'Pembinaan', values: [120, 80, 25] },
        { name: 'Pelatihan', values: [30, 12, 9] },
      ],
    });
  });

  test("getAs('image/png') is a real PNG drawn from the sheet's current values", () => {
    const { sheet } = setup();
    const chart = sheet
      .newChart()
      .asPieChart()
      .addRange(sheet.getRange('A1:B4'))
      .setOption('title', 'Pembinaan')
      .build();
    sheet.insertChart(chart);
    const png = chart.getAs('image/png').toBuffer();
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.length).toBeGreaterThan(1000);
    expect(chart.getBlob().getContentType()).toBe('image/png');
  });

  test('updateChart replaces a modified chart; removeChart removes it', () => {
    const { sheet } = setup();
    const chart = sheet.newChart().asLineChart().addRange(sheet.getRange('A1:B4')).build();
    sheet.insertChart(chart);
    sheet.updateChart(chart.modify().setOption('title', 'Baru').build());
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Baru');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  test('a chart without a range cannot be built', () => {
    const { sheet } = setup();
    expect(() => sheet.newChart().asColumnChart().build()).toThrow();
  });
});
