// Embedded charts: the EmbeddedChartBuilder a sheet's newChart() returns and the chart whose image is a real PNG.
import { EmuBlob } from '../blob';
import { type ChartSpec, renderChartPng } from '../chart-render';
import type { EmuRange } from './range';
import type { EmuSheet } from './sheet';

/** Charts.ChartType names the renderer can draw. */
const RENDERABLE: Readonly<Record<string, ChartSpec['type']>> = {
  BAR: 'bar',
  COLUMN: 'column',
  PIE: 'pie',
  LINE: 'line',
};

let nextChartId = 1;

export class EmuEmbeddedChart {
  private sheet: EmuSheet | null = null;
  constructor(
    readonly chartId: string,
    readonly chartType: string,
    readonly ranges: EmuRange[],
    readonly options: Map<string, unknown>,
    readonly position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number },
  ) {}

  attach(sheet: EmuSheet): void {
    this.sheet = sheet;
  }
  private get ctx() {
    return (this.sheet ?? this.ranges[0]?.sheet)?.getParentUnrecorded().ctx;
  }
  private call(method: string, kind: 'metadata' | 'read'): void {
    this.ctx?.call(`EmbeddedChart.${method}`, kind);
  }
  private metered(blob: EmuBlob): EmuBlob {
    const ctx = this.ctx;
    return ctx ? blob.meteredBy(ctx.runtime.ledger) : blob;
  }
  getId(): string {
    this.call('getId', 'metadata');
    return this.chartId;
  }
  getChartId(): number | null {
    this.call('getChartId', 'metadata');
    return this.sheet ? Number(this.chartId.replace(/\D/g, '')) : null;
  }
  getRanges(): EmuRange[] {
    this.call('getRanges', 'metadata');
    return [...this.ranges];
  }
  getOptions() {
    this.call('getOptions', 'metadata');
    return { get: (option: string) => this.options.get(option) ?? null };
  }
  getContainerInfo() {
    this.call('getContainerInfo', 'metadata');
    const p = this.position;
    return {
      getAnchorRow: () => p.anchorRow,
      getAnchorColumn: () => p.anchorColumn,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  modify(): EmuEmbeddedChartBuilder {
    this.call('modify', 'metadata');
    const owner = this.sheet ?? this.ranges[0]?.sheet;
    if (!owner) throw new Error('The chart has no sheet.');
    const b = new EmuEmbeddedChartBuilder(owner, this.chartId);
    b.chartType = this.chartType;
    b.ranges = [...this.ranges];
    b.options = new Map(this.options);
    b.position = { ...this.position };
    return b;
  }

  /**
   * The spec the renderer draws, from the chart's ranges' current values: first column = categories, header row =
   * series names (Sheets' default when the first row is text).
   */
  spec(): ChartSpec {
    const type = RENDERABLE[this.chartType];
    if (!type) throw new Error(`Chart type ${this.chartType} cannot be rendered by the emulator.`);
    const merged = mergeColumns(this.ranges.map((r) => r.valuesUnrecorded()));
    const [header, ...body] = merged;
    const hasHeader = header.slice(1).some((v) => typeof v === 'string' && v !== '');
    const rows = hasHeader ? body : merged;
    return {
      type,
      title: String(this.options.get('title') ?? ''),
      categories: rows.map((r) => String(r[0] ?? '')),
      series: header.slice(1).map((h, j) => ({
        name: hasHeader ? String(h) : `Seri ${j + 1}`,
        values: rows.map((r) => (typeof r[j + 1] === 'number' ? (r[j + 1] as number) : 0)),
      })),
    };
  }
  /** The rendered PNG (emulator-side: a service taking the chart as a BlobSource renders it without a script call). */
  blobUnrecorded(): EmuBlob {
    return new EmuBlob(renderChartPng(this.spec()), 'image/png', `${String(this.options.get('title') || 'Chart')}.png`);
  }
  getAs(contentType: string): EmuBlob {
    this.call('getAs', 'read');
    if (contentType !== 'image/png') throw new Error(`Converting from chart to ${contentType} is not supported.`);
    return this.metered(this.blobUnrecorded());
  }
  getBlob(): EmuBlob {
    this.call('getBlob', 'read');
    return this.metered(this.blobUnrecorded());
  }
}

/** Ranges side by side (e.g. A1:A6 and C1:C6) become one grid, column blocks in order; one range stays as it is. */
function mergeColumns(grids: unknown[][][]): unknown[][] {
  const rows = Math.max(...grids.map((g) => g.length));
  return Array.from({ length: rows }, (_, i) => grids.flatMap((g) => g[i] ?? []));
}

export class EmuEmbeddedChartBuilder {
  chartType = 'COLUMN';
  ranges: EmuRange[] = [];
  options = new Map<string, unknown>();
  position = { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 };

  constructor(
    private readonly sheet: EmuSheet,
    private readonly chartId = `chart-${nextChartId++}`,
  ) {}

  /** Builder calls are answered in the script: kind 'utility', no round trip. */
  private record(method: string): void {
    this.sheet.getParentUnrecorded().ctx.call(`EmbeddedChartBuilder.${method}`, 'utility');
  }

  addRange(range: EmuRange): this {
    this.record('addRange');
    this.ranges.push(range);
    return this;
  }
  removeRange(range: EmuRange): this {
    this.record('removeRange');
    this.ranges = this.ranges.filter((r) => r.a1() !== range.a1() || r.sheet !== range.sheet);
    return this;
  }
  clearRanges(): this {
    this.record('clearRanges');
    this.ranges = [];
    return this;
  }
  setChartType(type: string): this {
    this.record('setChartType');
    this.chartType = String(type);
    return this;
  }
  asBarChart(): this {
    this.record('asBarChart');
    this.chartType = 'BAR';
    return this;
  }
  asColumnChart(): this {
    this.record('asColumnChart');
    this.chartType = 'COLUMN';
    return this;
  }
  asPieChart(): this {
    this.record('asPieChart');
    this.chartType = 'PIE';
    return this;
  }
  asLineChart(): this {
    this.record('asLineChart');
    this.chartType = 'LINE';
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.record('setOption');
    this.options.set(option, value);
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.record('setPosition');
    this.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }
  getChartType(): string {
    this.record('getChartType');
    return this.chartType;
  }
  getRanges(): EmuRange[] {
    this.record('getRanges');
    return [...this.ranges];
  }
  build(): EmuEmbeddedChart {
    this.record('build');
    if (this.ranges.length === 0) throw new Error('The chart must have at least one data range.');
    return new EmuEmbeddedChart(this.chartId, this.chartType, [...this.ranges], new Map(this.options), {
      ...this.position,
    });
  }
}
