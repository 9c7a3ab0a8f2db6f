// Draws a report figure as a PNG with the Charts service (rendered server side, no sheet needed).
// Source: https://developers.google.com/apps-script/reference/charts/charts — Chart.getAs('image/png').
import type { ChartFigure } from '../../core/report/report-model';

/** Pixel size of a chart image; the Doc scales it to the page width. */
export const CHART_SIZE = { width: 800, height: 450 } as const;

/** What the bar and column chart builders share. */
interface ChartBuilder {
  setDataTable(table: GoogleAppsScript.Charts.DataTableBuilder): ChartBuilder;
  setTitle(title: string): ChartBuilder;
  setDimensions(width: number, height: number): ChartBuilder;
  build(): GoogleAppsScript.Charts.Chart;
}

function builderFor(type: ChartFigure['type']): ChartBuilder {
  return type === 'bar' ? Charts.newBarChart() : Charts.newColumnChart();
}

export function chartImage(chart: ChartFigure): GoogleAppsScript.Base.Blob {
  const table = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, '');
  for (const series of chart.series) table.addColumn(Charts.ColumnType.NUMBER, series.name);
  chart.categories.forEach((category, i) => {
    table.addRow([category, ...chart.series.map((s) => s.values[i] ?? 0)]);
  });
  return builderFor(chart.type)
    .setDataTable(table)
    .setTitle(chart.title)
    .setDimensions(CHART_SIZE.width, CHART_SIZE.height)
    .build()
    .getAs('image/png')
    .setName('grafik.png');
}
