// Draws a report figure as a PNG with the Charts service (rendered server side, no sheet needed): labels large
// enough to read once the picture is scaled to the page, and no legend when one series says nothing the title
// does not. Sources: https://developers.google.com/apps-script/reference/charts/charts (Chart.getAs('image/png')),
// https://developers.google.com/apps-script/reference/charts/bar-chart-builder (setLegendPosition, text styles).
import type { ChartFigure } from '../../core/report/report-model';

/** Pixel size of a chart image; the Doc scales it to the page width. */
export const CHART_SIZE = { width: 800, height: 450 } as const;

/** Width of a chart on the page in points (Docs sizes images in points): A4 less 72 pt margins leaves 451. */
export const IMAGE_WIDTH = 450;

/** Pixels for text that reads at `points` once the image is scaled from CHART_SIZE.width to IMAGE_WIDTH. */
const pixelsFor = (points: number) => Math.ceil((points * CHART_SIZE.width) / IMAGE_WIDTH);
/** Axis labels at 9.5 pt on paper, the title at 11 pt (9 pt is the smallest comfortably read in print). */
export const LABEL_PIXELS = pixelsFor(9.5);
const TITLE_PIXELS = pixelsFor(11);

/** What the bar and column chart builders share. */
interface ChartBuilder {
  setDataTable(table: GoogleAppsScript.Charts.DataTableBuilder): ChartBuilder;
  setTitle(title: string): ChartBuilder;
  setDimensions(width: number, height: number): ChartBuilder;
  setLegendPosition(position: GoogleAppsScript.Charts.Position): ChartBuilder;
  setTitleTextStyle(style: GoogleAppsScript.Charts.TextStyle): ChartBuilder;
  setXAxisTextStyle(style: GoogleAppsScript.Charts.TextStyle): ChartBuilder;
  setYAxisTextStyle(style: GoogleAppsScript.Charts.TextStyle): ChartBuilder;
  setLegendTextStyle(style: GoogleAppsScript.Charts.TextStyle): ChartBuilder;
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
  const label = Charts.newTextStyle().setFontSize(LABEL_PIXELS).build();
  return builderFor(chart.type)
    .setDataTable(table)
    .setTitle(chart.title)
    .setTitleTextStyle(Charts.newTextStyle().setFontSize(TITLE_PIXELS).build())
    .setXAxisTextStyle(label)
    .setYAxisTextStyle(label)
    .setLegendTextStyle(label)
    .setLegendPosition(chart.series.length > 1 ? Charts.Position.BOTTOM : Charts.Position.NONE)
    .setDimensions(CHART_SIZE.width, CHART_SIZE.height)
    .build()
    .getAs('image/png')
    .setName('grafik.png');
}
