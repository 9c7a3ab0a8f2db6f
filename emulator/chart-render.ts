// Renders an emulated chart spec to a real PNG: ECharts server-side SVG, rasterised by resvg with system fonts.
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';

export interface ChartSpec {
  type: 'bar' | 'column' | 'pie' | 'line';
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  /** Where the legend goes; 'none' draws none. Bottom when not set. */
  legend?: 'top' | 'right' | 'bottom' | 'none';
  /** Font sizes in pixels of the chart image; ECharts' defaults when not set. */
  fontSize?: { title?: number; xAxis?: number; yAxis?: number; legend?: number };
}

const idNumber = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** id-ID grouping (102.772), where ECharts would print 102,772. */
function formatNumber(value: number): string {
  return idNumber.format(value);
}

function legendOption(spec: ChartSpec): object {
  const textStyle = { fontFamily: 'DejaVu Sans', fontSize: spec.fontSize?.legend };
  switch (spec.legend ?? 'bottom') {
    case 'none':
      return { show: false };
    case 'top':
      return { top: 28, textStyle };
    case 'right':
      return { right: 0, top: 'middle', orient: 'vertical', textStyle };
    default:
      return { bottom: 0, textStyle };
  }
}

function chartOption(spec: ChartSpec): echarts.EChartsCoreOption {
  const title = {
    text: spec.title,
    left: 'center',
    textStyle: { fontFamily: 'DejaVu Sans', fontSize: spec.fontSize?.title ?? 16 },
  };
  const legend = legendOption(spec);
  if (spec.type === 'pie') {
    const first = spec.series[0] ?? { name: '', values: [] };
    return {
      animation: false,
      backgroundColor: '#ffffff',
      title,
      legend,
      series: [
        {
          type: 'pie',
          name: first.name,
          radius: '55%',
          data: spec.categories.map((c, i) => ({ name: c, value: first.values[i] ?? 0 })),
          label: { formatter: (p: { name: string; value: number }) => `${p.name}: ${formatNumber(p.value)}` },
        },
      ],
    };
  }
  // In Sheets, a "bar" chart is horizontal and a "column" chart is vertical.
  const horizontal = spec.type === 'bar';
  const label = (fontSize: number | undefined) => ({ fontFamily: 'DejaVu Sans', fontSize });
  // A bar chart lists its rows top down, as Google Charts draws them (ECharts would start at the bottom).
  const categoryAxis = (fontSize?: number) => ({
    type: 'category',
    data: spec.categories,
    inverse: horizontal,
    axisLabel: { ...label(fontSize), interval: 0 },
  });
  const valueAxis = (fontSize?: number) => ({
    type: 'value',
    axisLabel: { ...label(fontSize), formatter: formatNumber },
  });
  const { xAxis: xSize, yAxis: ySize } = spec.fontSize ?? {};
  return {
    animation: false,
    backgroundColor: '#ffffff',
    title,
    legend,
    grid: { left: 16, right: 24, top: 48, bottom: spec.legend === 'none' ? 16 : 40, containLabel: true },
    xAxis: horizontal ? valueAxis(xSize) : categoryAxis(xSize),
    yAxis: horizontal ? categoryAxis(ySize) : valueAxis(ySize),
    series: spec.series.map((s) => ({ type: spec.type === 'line' ? 'line' : 'bar', name: s.name, data: s.values })),
  };
}

/** The chart as SVG text (what resvg rasterises); labels are real text, so tests can read them. */
export function renderChartSvg(spec: ChartSpec, width = 600, height = 371): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(chartOption(spec));
    return chart.renderToSVGString();
  } finally {
    // Without dispose() the chart keeps timers alive and the Node process does not exit.
    chart.dispose();
  }
}

/** Renders the chart as a PNG image (the bytes a real chart's getAs('image/png') would give). */
export function renderChartPng(spec: ChartSpec, width = 600, height = 371): Buffer {
  const resvg = new Resvg(renderChartSvg(spec, width, height), {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}
