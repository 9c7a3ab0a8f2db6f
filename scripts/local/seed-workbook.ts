// Puts a workbook into the emulator as the Kanwil's shared Sheet: from grids (sample, benchmark) or from an .xlsx file.
import { existsSync, statSync } from 'node:fs';
import { createEmulator, type Emulator } from '../../emulator/index';
import type { EmuSpreadsheet } from '../../emulator/spreadsheet';
import { loadXlsx } from '../../emulator/xlsx';
import { parseConfig } from '../../src/core/config/config';
import { CONFIG_SHEET } from '../../src/core/config/sheet-names';
import type { Config, Grid } from '../../src/core/schema/types';
import { LocalRunError } from './local-run-error';

export interface WorkbookGrids {
  readonly config: Grid;
  readonly tabs: readonly { readonly name: string; readonly grid: Grid }[];
}

/** An emulator whose active spreadsheet is the workbook, owned by the first admin, who runs the Kanwil flow. */
export interface SeededWorkbook {
  readonly emulator: Emulator;
  readonly spreadsheet: EmuSpreadsheet;
  readonly config: Config;
  readonly admin: string;
}

/** The configuration a workbook's "Pengaturan" grid describes; a bad one stops the run with its issues in Bahasa. */
function configOf(grid: Grid, source: string): Config {
  const { config, issues } = parseConfig(grid, CONFIG_SHEET);
  if (config) return config;
  const errors = issues.filter((i) => i.severity === 'error');
  const lines = errors.map((i) => `  • ${i.cell ? `${i.sheet}!${i.cell}: ` : ''}${i.message}`).join('\n');
  throw new LocalRunError(`${source}: lembar "${CONFIG_SHEET}" belum benar, alur tidak dijalankan:\n${lines}`);
}

function adminOf(config: Config, source: string): string {
  const admin = config.admins[0];
  if (!admin) throw new LocalRunError(`${source}: lembar "${CONFIG_SHEET}" belum mencantumkan e-mail admin Kanwil.`);
  return admin;
}

/** Rows padded to one width, as one setValues needs. */
function rectangular(grid: Grid): unknown[][] {
  const width = Math.max(1, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

/**
 * A workbook from grids, as uploaded to Drive: each sheet exactly the size of its content (a default 1000×26 sheet
 * would put 500 tabs over the 10-million-cell limit). The values are typed in with setValues, as a person would.
 */
export function seedFromGrids(workbook: WorkbookGrids): SeededWorkbook {
  const config = configOf(workbook.config, 'Buku kerja contoh');
  const admin = adminOf(config, 'Buku kerja contoh');
  const emulator = createEmulator({ owner: admin });
  const ss = emulator.spreadsheet;
  const blank = ss.sheets[0];
  for (const { name, grid } of [{ name: CONFIG_SHEET, grid: workbook.config }, ...workbook.tabs]) {
    const values = rectangular(grid);
    const sheet = ss.addSheetUnrecorded(name, ss.sheets.length, values.length, values[0]?.length ?? 1);
    sheet.getRange(1, 1, values.length, values[0]?.length ?? 1).setValues(values);
  }
  if (blank) ss.deleteSheet(blank);
  ss.activeSheet = ss.sheets[0] ?? null;
  // Seeding is not part of the flow: the ledger counts the add-on's calls only.
  emulator.ledger.reset();
  return { emulator, spreadsheet: ss, config, admin };
}

async function loadChecked(emulator: Emulator, path: string): Promise<EmuSpreadsheet> {
  try {
    // An .xlsx does not carry the Sheet's locale: the Kanwil's shared Sheet is Indonesian, in Jakarta time.
    return await loadXlsx(emulator.sheets, path, { locale: 'in_ID', timeZone: 'Asia/Jakarta' });
  } catch (e) {
    throw new LocalRunError(`${path}: ${(e as Error).message}`);
  }
}

/** The configuration grid of a loaded workbook, or a clear refusal when it is not a Rekap UPT workbook. */
function configGrid(ss: EmuSpreadsheet, path: string): Grid {
  const sheet = ss.sheetByNameUnrecorded(CONFIG_SHEET);
  if (!sheet) {
    const names = ss.sheets.map((s) => `"${s.name}"`).join(', ');
    throw new LocalRunError(
      `${path} bukan buku kerja Rekap UPT: lembar "${CONFIG_SHEET}" tidak ada (lembar yang ada: ${names}). ` +
        'Unduh Spreadsheet Rekap UPT lewat File → Download → Microsoft Excel (.xlsx).',
    );
  }
  return sheet.getDataRange().getValues();
}

/** A workbook downloaded from the shared Sheet (.xlsx), checked to be a Rekap UPT workbook. */
export async function seedFromXlsx(path: string): Promise<SeededWorkbook> {
  if (!existsSync(path)) throw new LocalRunError(`Berkas masukan tidak ditemukan: ${path}`);
  if (!statSync(path).isFile()) throw new LocalRunError(`Berkas masukan bukan berkas biasa: ${path}`);
  // The admin who runs the flow is named inside the workbook, and the emulator is created for its owner.
  const probe = await loadChecked(createEmulator(), path);
  const config = configOf(configGrid(probe, path), path);
  const admin = adminOf(config, path);
  const emulator = createEmulator({ owner: admin });
  const ss = await loadChecked(emulator, path);
  // Like the emulator's own spreadsheet: active, and a file in the owner's Drive (reports go beside it).
  emulator.sheets.setActive(ss);
  emulator.registerSpreadsheet(ss);
  emulator.ledger.reset();
  return { emulator, spreadsheet: ss, config, admin };
}
