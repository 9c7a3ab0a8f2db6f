// The regional report as plain data: title, sections of blocks (paragraphs, tables, figures, notes, lists), annexes.
import type { Consolidation } from '../consolidation/consolidate';
import type { Config, Issue, UnitReport } from '../schema/types';
import type { TemplateLine } from './default-template';
import type { FieldValues, SectionName } from './placeholders';

/** What the report is built from: the consolidation and the reports and issues it was made of. */
export interface ReportInput {
  readonly config: Config;
  readonly consolidation: Consolidation;
  readonly reports: readonly UnitReport[];
  readonly issues: readonly Issue[];
  /** When the report is generated (shown in WIB). */
  readonly now: Date;
  /** What the totals cover, as the text says it: "wilayah" (a Kanwil's region, the default) or "nasional". */
  readonly area?: 'wilayah' | 'nasional';
}

/** A chart drawn from the report's own figures; the renderer turns it into an image. */
export interface ChartFigure {
  /** As in Sheets: 'bar' is horizontal, 'column' vertical. */
  readonly type: 'bar' | 'column';
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
}

export type ReportBlock =
  | { readonly kind: 'subheading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly bold?: boolean }
  | {
      readonly kind: 'table';
      /** Column titles, shown bold as the first row; empty for a two-column list of labels and values. */
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
    }
  | { readonly kind: 'figure'; readonly chart: ChartFigure; readonly caption: string }
  /** A remark set apart from the text, e.g. what a total leaves out. */
  | { readonly kind: 'note'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] };

export interface ReportSection {
  readonly heading: string;
  readonly blocks: readonly ReportBlock[];
}

/** The place, date and signatory closing an Indonesian official report. */
export interface SignatureBlock {
  /** "Pekanbaru, 3 Februari 2026". */
  readonly placeAndDate: string;
  /** Position, e.g. "Kepala Kantor Wilayah", followed by a comma as the form requires. */
  readonly title: string;
  readonly name: string;
  /** "NIP 197001011990031001". */
  readonly nip: string;
}

/** A section of the report with the name a template calls it by (`{{bagian:ketahanan_pangan}}`). */
export interface NamedSection extends ReportSection {
  readonly name: SectionName;
}

export interface ReportModel {
  readonly title: string;
  readonly subtitle: string;
  readonly sections: readonly NamedSection[];
  /** The text of each field placeholder (`{{periode}}`, `{{kantor}}`, …). */
  readonly fields: FieldValues;
  /** One per unit, after the sections. */
  readonly annexes: readonly ReportSection[];
  readonly signature: SignatureBlock | null;
  /** The layout when no template is named; default the regional one (default-template.ts reportLayout). */
  readonly layout?: readonly TemplateLine[];
}
