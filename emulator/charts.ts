// The emulated Charts service: data tables and bar/column/pie chart builders whose charts render to real PNGs.
// Source: https://developers.google.com/apps-script/reference/charts/charts (Chart.getAs('image/png') renders
// server side); builder calls stay in the script (kind 'utility'), rendering is one round trip (kind 'script').
import { EmuBlob } from './blob';
import { type ChartSpec, renderChartPng } from './chart-render';
import type { Runtime } from './runtime';

type ColumnTypeName = 'STRING' | 'NUMBER' | 'DATE';

class EmuDataTable {
  constructor(
    readonly columns: readonly { type: ColumnTypeName; label: string }[],
    readonly rows: readonly (readonly unknown[])[],
  ) {}

  getDataTable(): EmuDataTable {
    return this;
  }
}

class EmuDataTableBuilder {
  private readonly columns: { type: ColumnTypeName; label: string }[] = [];
  private readonly rows: unknown[][] = [];

  constructor(private readonly rec: (method: string) => void) {}

  addColumn(type: ColumnTypeName, label: string): EmuDataTableBuilder {
    this.rec('addColumn');
    this.columns.push({ type: String(type) as ColumnTypeName, label: String(label) });
    return this;
  }

  addRow(values: unknown[]): EmuDataTableBuilder {
    this.rec('addRow');
    // The service rejects a row whose length differs from the columns; the exact wording is not documented (uncertain).
    if (values.length !== this.columns.length) {
      throw new Error(`Row has ${values.length} values but the data table has ${this.columns.length} columns.`);
    }
    this.rows.push([...values]);
    return this;
  }

  build(): EmuDataTable {
    this.rec('build');
    return this.table();
  }

  /** The table as built so far (emulator-side: a chart builder given this builder takes it without a script call). */
  table(): EmuDataTable {
    return new EmuDataTable(
      [...this.columns],
      this.rows.map((r) => [...r]),
    );
  }
}

/** Charts.newTextStyle(): only the font size reaches the picture. */
class EmuTextStyleBuilder {
  fontSize: number | undefined;

  constructor(private readonly rec: (method: string) => void) {}

  setFontSize(fontSize: number): EmuTextStyleBuilder {
    this.rec('setFontSize');
    this.fontSize = Number(fontSize);
    return this;
  }

  setColor(_color: string): EmuTextStyleBuilder {
    this.rec('setColor');
    return this;
  }

  setFontName(_name: string): EmuTextStyleBuilder {
    this.rec('setFontName');
    return this;
  }

  build(): { fontSize: number | undefined } {
    this.rec('build');
    return { fontSize: this.fontSize };
  }
}

type TextStyle = { fontSize: number | undefined } | EmuTextStyleBuilder;
type PositionName = 'TOP' | 'RIGHT' | 'BOTTOM' | 'NONE';

class EmuChart {
  constructor(
    private readonly runtime: Runtime,
    readonly spec: ChartSpec,
    readonly width: number,
    readonly height: number,
  ) {}

  /** The rendered PNG (emulator-side: a service taking the chart as a BlobSource renders it without a script call). */
  blobUnrecorded(): EmuBlob {
    return new EmuBlob(renderChartPng(this.spec, this.width, this.height), 'image/png', 'chart.png');
  }

  getAs(contentType: string): EmuBlob {
    this.runtime.ledger.record('Chart', 'getAs', 'script');
    if (contentType !== 'image/png') throw new Error(`Converting a chart to ${contentType} is not supported.`);
    return this.blobUnrecorded().meteredBy(this.runtime.ledger);
  }

  getBlob(): EmuBlob {
    this.runtime.ledger.record('Chart', 'getBlob', 'script');
    return this.blobUnrecorded().meteredBy(this.runtime.ledger);
  }
}

/** One builder class for the three chart types the add-on draws; Sheets' "bar" is horizontal, "column" vertical. */
class EmuChartBuilder {
  private table: EmuDataTable | null = null;
  private title = '';
  private width = 600;
  private height = 400;
  private legend: ChartSpec['legend'];
  private readonly fontSize: NonNullable<ChartSpec['fontSize']> = {};

  constructor(
    private readonly runtime: Runtime,
    private readonly type: ChartSpec['type'],
    private readonly rec: (method: string) => void,
  ) {}

  setDataTable(table: EmuDataTable | EmuDataTableBuilder): EmuChartBuilder {
    this.rec('setDataTable');
    this.table = table instanceof EmuDataTableBuilder ? table.table() : table;
    return this;
  }

  setTitle(title: string): EmuChartBuilder {
    this.rec('setTitle');
    this.title = String(title);
    return this;
  }

  setDimensions(width: number, height: number): EmuChartBuilder {
    this.rec('setDimensions');
    this.width = width;
    this.height = height;
    return this;
  }

  setLegendPosition(position: PositionName): EmuChartBuilder {
    this.rec('setLegendPosition');
    this.legend = String(position).toLowerCase() as ChartSpec['legend'];
    return this;
  }

  setTitleTextStyle(style: TextStyle): EmuChartBuilder {
    this.rec('setTitleTextStyle');
    this.fontSize.title = style.fontSize;
    return this;
  }

  setXAxisTextStyle(style: TextStyle): EmuChartBuilder {
    this.rec('setXAxisTextStyle');
    this.fontSize.xAxis = style.fontSize;
    return this;
  }

  setYAxisTextStyle(style: TextStyle): EmuChartBuilder {
    this.rec('setYAxisTextStyle');
    this.fontSize.yAxis = style.fontSize;
    return this;
  }

  setLegendTextStyle(style: TextStyle): EmuChartBuilder {
    this.rec('setLegendTextStyle');
    this.fontSize.legend = style.fontSize;
    return this;
  }

  build(): EmuChart {
    this.rec('build');
    if (!this.table) throw new Error('A data table is required to build a chart.');
    const [first, ...others] = this.table.columns;
    if (first?.type !== 'STRING') throw new Error('The first column of the data table must hold the labels.');
    const spec: ChartSpec = {
      type: this.type,
      title: this.title,
      categories: this.table.rows.map((r) => String(r[0])),
      series: others.map((column, i) => ({
        name: column.label,
        values: (this.table?.rows ?? []).map((r) => Number(r[i + 1])),
      })),
      legend: this.legend,
      fontSize: { ...this.fontSize },
    };
    return new EmuChart(this.runtime, spec, this.width, this.height);
  }
}

export class ChartsService {
  readonly app: Record<string, unknown>;

  constructor(runtime: Runtime) {
    const rec = (type: string) => (method: string) => runtime.ledger.record(type, method, 'utility');
    const builder = (type: ChartSpec['type'], name: string) => () => {
      rec('Charts')(name);
      return new EmuChartBuilder(runtime, type, rec(`${type}ChartBuilder`));
    };
    this.app = {
      ColumnType: { STRING: 'STRING', NUMBER: 'NUMBER', DATE: 'DATE' },
      Position: { TOP: 'TOP', RIGHT: 'RIGHT', BOTTOM: 'BOTTOM', NONE: 'NONE' },
      newTextStyle: () => {
        rec('Charts')('newTextStyle');
        return new EmuTextStyleBuilder(rec('TextStyleBuilder'));
      },
      newDataTable: () => {
        rec('Charts')('newDataTable');
        return new EmuDataTableBuilder(rec('DataTableBuilder'));
      },
      newColumnChart: builder('column', 'newColumnChart'),
      newBarChart: builder('bar', 'newBarChart'),
      newPieChart: builder('pie', 'newPieChart'),
    };
  }
}
