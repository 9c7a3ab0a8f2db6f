// A report chart's bars in the order a reader compares them: largest first.
import type { ChartFigure } from './report-model';

/** The chart with its categories sorted by the first series, descending (ties keep their order). */
export function largestFirst(chart: ChartFigure): ChartFigure {
  const first = chart.series[0]?.values ?? [];
  const order = chart.categories.map((_, i) => i).sort((a, b) => (first[b] ?? 0) - (first[a] ?? 0));
  return {
    ...chart,
    categories: order.map((i) => chart.categories[i] ?? ''),
    series: chart.series.map((s) => ({ name: s.name, values: order.map((i) => s.values[i] ?? 0) })),
  };
}
