// The national flow on the built national bundle (dist-national/): Kanwil workbooks generated from the sample, each
// publishing February 2026 in "Terbitan", listed in a national workbook whose "Rekap nasional" reads them all.
import { join } from 'node:path';
import {
  type Bundle,
  createEmulator,
  type EmuDocument,
  type Emulator,
  type EmuSpreadsheet,
  loadBundle,
} from '../../emulator';
import { SAMPLE_PERIOD } from '../../fixtures/sample/workbook';
import { parseConfig } from '../../src/core/config/config';
import { NATIONAL_CONFIG_SHEET, PUBLISHED_SHEET } from '../../src/core/config/sheet-names';
import { archiveRowsFromGrids } from '../../src/core/lifecycle/archive';
import { SUMMED_KEYS } from '../../src/core/national/indicators';
import { mergePublished, PUBLISHED_HEADER, publishedRows } from '../../src/core/national/long-form';
import {
  BIGQUERY_DATASET_LABEL,
  BIGQUERY_PROJECT_LABEL,
  type BigQueryTarget,
  KANWIL_TABLE_HEADER,
  NATIONAL_PERIOD_LABEL,
  REPORT_ADDRESS_LABEL,
  REPORT_SENDER_LABEL,
} from '../../src/core/national/national-config';
import { generatedWorkbook } from './generated-workbook';
import { type CallTally, tally } from './kanwil-flow';

export const NATIONAL_DIST_DIR = join(__dirname, '../../dist-national');
/** Who runs the national workbook (the Directorate General's data team). */
export const DIRJEN = 'data.ditjenpas@contoh.go.id';
const KANWIL_ADMIN = 'admin.kanwil@contoh.go.id';
/** The unit of the Directorate General that compiles the national report, and the address on its letterhead. */
export const NATIONAL_SENDER = 'Sekretariat Direktorat Jenderal Pemasyarakatan';
export const NATIONAL_ADDRESS = 'Jalan Veteran No. 11, Jakarta Pusat 10110';
const CLOSED_AT = new Date('2026-03-01T02:00:00Z');
const RUN_AT = new Date('2026-03-02T02:00:00Z');

export type Published = (string | number)[][];

/** Why a generated Kanwil cannot be read, one of each in turn. */
export const UNREADABLE = [
  'no-access',
  'not-found',
  'older-template',
  'period-not-published',
  'never-published',
] as const;
export type Unreadable = (typeof UNREADABLE)[number];

/** The long form a Kanwil of `units` generated units publishes for February 2026 (its close, done by the core). */
export function samplePublication(units: number): Published {
  const workbook = generatedWorkbook(units);
  const config = parseConfig(workbook.config).config;
  if (!config) throw new Error('The generated configuration does not parse.');
  const archive = archiveRowsFromGrids(config, workbook.tabs, SAMPLE_PERIOD, CLOSED_AT);
  return mergePublished([], SAMPLE_PERIOD, publishedRows(config, archive, SAMPLE_PERIOD));
}

const SUMMED = new Set(SUMMED_KEYS);

/** The same publication as another Kanwil's: its name, and each summed figure scaled (whole numbers stay whole). */
export function asKanwil(published: Published, name: string, scale: number): Published {
  return published.map((row, i) => {
    if (i === 0) return row;
    const value = row[6];
    const scaled = typeof value === 'number' && SUMMED.has(String(row[5])) ? Math.round(value * scale) : value;
    return [row[0] as string, name, ...row.slice(2, 6), scaled as string | number, ...row.slice(7)];
  });
}

/** A Kanwil workbook in `e`'s Drive: "Terbitan" holding `published` (none: never published), shared or not. */
export function kanwilWorkbook(
  e: Emulator,
  name: string,
  published: Published | null,
  sharedWith: string | null,
): EmuSpreadsheet {
  const ss = e.sheets.create(`Rekap UPT ${name}`, { owner: KANWIL_ADMIN, locale: 'in_ID' });
  e.registerSpreadsheet(ss);
  if (published) {
    const sheet = ss.insertSheet(PUBLISHED_SHEET);
    sheet.getRange('A:H').setNumberFormat('@');
    const missing = published.length - sheet.getMaxRows();
    if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
    sheet.getRange(1, 1, published.length, PUBLISHED_HEADER.length).setValues(published);
  }
  if (sharedWith) ss.shareAsViewer(sharedWith);
  return ss;
}

export interface ListedKanwil {
  readonly name: string;
  /** The id, or a link to it, as typed in Pengaturan Nasional. */
  readonly reference: string;
  readonly contact: string;
}

/**
 * The national workbook (owned by DIRJEN) listing `listed` for February 2026, loading into `bigQuery` when given,
 * and the national bundle in it.
 */
export function nationalWorkbook(e: Emulator, listed: readonly ListedKanwil[], bigQuery?: BigQueryTarget): Bundle {
  const sheet = e.spreadsheet.insertSheet(NATIONAL_CONFIG_SHEET);
  sheet.getRange('A:C').setNumberFormat('@');
  const grid = [
    [NATIONAL_PERIOD_LABEL, SAMPLE_PERIOD, ''],
    [BIGQUERY_PROJECT_LABEL, bigQuery?.projectId ?? '', ''],
    [BIGQUERY_DATASET_LABEL, bigQuery?.datasetId ?? '', ''],
    [REPORT_SENDER_LABEL, NATIONAL_SENDER, ''],
    [REPORT_ADDRESS_LABEL, NATIONAL_ADDRESS, ''],
    ['', '', ''],
    [...KANWIL_TABLE_HEADER],
    ...listed.map((k) => [k.reference, k.name, k.contact]),
  ];
  sheet.getRange(1, 1, grid.length, 3).setValues(grid);
  return loadBundle(e, { distDir: NATIONAL_DIST_DIR });
}

/** An emulator for the national workbook, as the add-on installed for DIRJEN runs it. */
export function nationalEmulator(): Emulator {
  return createEmulator({ owner: DIRJEN, now: RUN_AT, addOn: true, workspace: true });
}

const link = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit`;

/** A Kanwil that cannot be read for `why`: its workbook (if any) made so, and its line in Pengaturan Nasional. */
function unreadableKanwil(e: Emulator, name: string, why: Unreadable, published: Published): string {
  switch (why) {
    case 'no-access':
      return kanwilWorkbook(e, name, published, null).id;
    case 'not-found':
      return `1TidakAda${name.replace(/\W/g, '')}`.padEnd(44, '0');
    case 'older-template':
      return kanwilWorkbook(
        e,
        name,
        published.map((r, i) => (i === 0 ? r : [...r.slice(0, 8), 0])),
        DIRJEN,
      ).id;
    case 'period-not-published':
      return kanwilWorkbook(
        e,
        name,
        published.map((r, i) => (i === 0 ? r : ['2026-01', ...r.slice(1)])),
        DIRJEN,
      ).id;
    case 'never-published':
      return kanwilWorkbook(e, name, null, DIRJEN).id;
  }
}

export interface NationalRun {
  readonly emulator: Emulator;
  /** What the run told the user. */
  readonly message: string;
  /** The run's calls (the workbooks' preparation not included). */
  readonly calls: CallTally;
  /** Sheets API values.batchGet requests: one per listed Kanwil with an id. */
  readonly batchGets: number;
  /** Runs of "Rekap nasional" until it completed (each after the one before stopped near the time limit). */
  readonly runs: number;
  /** The runs' time on the execution clock: the calls' modelled latency and the waits for the read quota. */
  readonly executionSeconds: number;
}

/** Runs at most, before the flow gives up on a national run that never completes. */
const MAX_RUNS = 10;
/** The admin runs "Rekap nasional" again this long after it stopped. */
const RERUN_AFTER_MS = 60_000;

/**
 * `kanwil` generated Kanwil of `units` units each (figures scaled per Kanwil), the last `unreadable` of them
 * unreadable for each reason in turn, then "Rekap nasional" run once on dist-national/; the report's PDF made by
 * `pdfConverter` when given (the bench's placeholder) instead of LibreOffice.
 */
export function runNationalFlow(
  kanwil: number,
  units: number,
  unreadable: number,
  pdfConverter?: (doc: EmuDocument) => Buffer,
): NationalRun {
  const e = nationalEmulator();
  if (pdfConverter) e.docs.pdfConverter = pdfConverter;
  const published = samplePublication(units);
  const listed = Array.from({ length: kanwil }, (_, i): ListedKanwil => {
    const name = `Kanwil ${String(i + 1).padStart(2, '0')}`;
    const bad = i >= kanwil - unreadable ? UNREADABLE[(i - (kanwil - unreadable)) % UNREADABLE.length] : null;
    const own = asKanwil(published, name, 1 + (i % 7) * 0.1);
    const id = bad ? unreadableKanwil(e, name, bad, own) : kanwilWorkbook(e, name, own, DIRJEN).id;
    return { name, reference: link(id), contact: `admin.${i + 1}@kanwil.contoh.go.id` };
  });
  const bundle = nationalWorkbook(e, listed);
  e.sheets.apiReadsPerMinute = 60;
  e.ledger.reset();
  const message = () => e.sheets.ui.alerts.at(-1)?.prompt ?? '';
  let runs = 0;
  let executionMs = 0;
  do {
    if (runs > 0) e.runtime.advance(RERUN_AFTER_MS);
    const began = e.runtime.now().getTime();
    bundle.run('rekapNasional');
    executionMs += e.runtime.now().getTime() - began;
    runs++;
  } while (/ dihentikan sementara /.test(message()) && runs < MAX_RUNS);
  const calls = e.ledger.all();
  return {
    emulator: e,
    message: message(),
    calls: tally(calls),
    batchGets: calls.filter((c) => c.method === 'Spreadsheets.Values.batchGet').length,
    runs,
    executionSeconds: executionMs / 1000,
  };
}
