// Puts a workbook into the emulator as the Kanwil's shared Sheet: from grids (sample, benchmark) or from an .xlsx file.
import { existsSync, statSync } from 'node:fs';
import { createEmulator, type Emulator, type EmuSpreadsheet, loadXlsx, seedWorkbook } from '../../emulator';
import { SAMPLE_CLOCK, type SampleWorkbook, workbookSheets } from '../../fixtures/sample/workbook';
import { parseConfig } from '../../src/core/config/config';
import { CONFIG_SHEET } from '../../src/core/config/sheet-names';
import type { Config, Grid } from '../../src/core/schema/types';
import { LocalRunError } from './local-run-error';

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

/** A workbook from grids (the sample, or the benchmark's generated one), uploaded by its first admin. */
export function seedFromGrids(workbook: SampleWorkbook): SeededWorkbook {
  const config = configOf(workbook.config, 'Buku kerja contoh');
  const admin = adminOf(config, 'Buku kerja contoh');
  const emulator = createEmulator({ owner: admin, now: SAMPLE_CLOCK });
  seedWorkbook(emulator, workbookSheets(workbook));
  return { emulator, spreadsheet: emulator.spreadsheet, config, admin };
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
  const emulator = createEmulator({ owner: admin, now: SAMPLE_CLOCK });
  const ss = await loadChecked(emulator, path);
  // Like the emulator's own spreadsheet: active, and a file in the owner's Drive (reports go beside it).
  emulator.sheets.setActive(ss);
  emulator.registerSpreadsheet(ss);
  emulator.ledger.reset();
  return { emulator, spreadsheet: ss, config, admin };
}
