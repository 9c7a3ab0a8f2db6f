// How a summary sheet is built: rows, bold header rows and number formats accumulated, then padded to one rectangle.
import { rangeA1, toA1 } from '../text/a1';
import { cellText } from '../text/cell-text';
import { formatDateTimeId } from '../text/format';

export type SummaryCell = string | number;

export interface SummaryChart {
  readonly title: string;
  readonly type: 'column' | 'bar' | 'pie';
  /** A1 range in this sheet: first column categories, first row series names. */
  readonly range: string;
}

export interface SummarySheet {
  readonly name: string;
  /** Rectangular: written with ONE setValues. */
  readonly grid: SummaryCell[][];
  /** 0-based rows to bold. */
  readonly headerRows: number[];
  readonly numberFormats: { readonly range: string; readonly format: string }[];
  readonly columnWidths?: number[];
  readonly charts?: SummaryChart[];
}

export const INTEGER = '#,##0';
export const RUPIAH = '"Rp "#,##0';
export const PERCENT = '0.0%';
export const DECIMAL = '#,##0.0';

export type Column = { readonly header: string; readonly format?: string };
export type Figure = {
  readonly label: string;
  readonly value: SummaryCell;
  readonly format: string;
  readonly note: string;
};

export const figure = (label: string, value: SummaryCell, format: string, note = ''): Figure => ({
  label,
  value,
  format,
  note,
});

/** Columns a block adds to a per-unit table shared with other blocks; `rows` follow the table's unit order. */
export interface UnitColumns {
  readonly columns: readonly Column[];
  readonly rows: readonly SummaryCell[][];
}

/** Rows of a table written on the sheet, 0-based: the header row and the last row. */
export interface TableSpan {
  readonly firstRow: number;
  readonly lastRow: number;
}

/** Accumulates rows, header rows and number-format ranges; pads the grid to a rectangle at the end. */
export class SheetBuilder {
  private readonly rows: SummaryCell[][] = [];
  private readonly headers: number[] = [];
  private readonly formats: { range: string; format: string }[] = [];

  constructor(title: string, now: Date) {
    this.heading(title);
    this.row([`Diperbarui: ${formatDateTimeId(now)}`]);
  }

  row(cells: SummaryCell[]): number {
    this.rows.push(cells);
    return this.rows.length - 1;
  }

  blank(): void {
    this.row([]);
  }

  heading(text: string): void {
    this.headers.push(this.row([text]));
  }

  /** A table: header row, body rows, optional total row (bold); formats applied per column over body and total. */
  table(columns: readonly Column[], body: SummaryCell[][], totalRow?: SummaryCell[]): TableSpan {
    const headerRow = this.row(columns.map((c) => c.header));
    this.headers.push(headerRow);
    for (const cells of body) this.row(cells);
    if (totalRow) this.headers.push(this.row(totalRow));
    const lastRow = this.rows.length - 1;
    if (lastRow > headerRow) {
      columns.forEach((column, index) => {
        if (column.format) this.format(headerRow + 1, index, lastRow - headerRow, column.format);
      });
    }
    return { firstRow: headerRow, lastRow };
  }

  /** A per-unit table: code and name, then each block's columns side by side, then an optional total row. */
  unitTable(
    units: readonly { readonly code: string; readonly name: string }[],
    parts: readonly UnitColumns[],
    totalRow?: SummaryCell[],
  ): TableSpan {
    return this.table(
      [{ header: 'Kode UPT' }, { header: 'Nama UPT' }, ...parts.flatMap((p) => p.columns)],
      units.map((u, i) => [cellText(u.code), cellText(u.name), ...parts.flatMap((p) => p.rows[i] ?? [])]),
      totalRow,
    );
  }

  /** A "Indikator | Nilai | Keterangan" table whose values each carry their own number format. */
  figures(rows: readonly Figure[]): TableSpan {
    const table = this.table(
      [{ header: 'Indikator' }, { header: 'Nilai' }, { header: 'Keterangan' }],
      rows.map((f) => [f.label, f.value, f.note]),
    );
    rows.forEach((f, i) => {
      this.format(table.firstRow + 1 + i, 1, 1, f.format);
    });
    return table;
  }

  format(row: number, col: number, height: number, format: string): void {
    const range = height === 1 ? toA1(row + 1, col + 1) : rangeA1(row + 1, col + 1, height, 1);
    this.formats.push({ range, format });
  }

  build(name: string, columnWidths: number[], charts?: SummaryChart[]): SummarySheet {
    const width = Math.max(columnWidths.length, ...this.rows.map((r) => r.length));
    const grid = this.rows.map((r) => [...r, ...Array<SummaryCell>(width - r.length).fill('')]);
    return { name, grid, headerRows: this.headers, numberFormats: this.formats, columnWidths, charts };
  }
}

/** A1 range of a table's first `width` columns, header row included. */
export function span(table: TableSpan, width: number): string {
  return rangeA1(table.firstRow + 1, 1, table.lastRow - table.firstRow + 1, width);
}
