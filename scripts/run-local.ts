// npm start: the Kanwil flow on the emulator running the built dist/Code.js, written to out/ as files a person opens.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { sampleWorkbook } from '../src/core/sample/workbook';
import { DASHBOARD_SHEET, STATUS_SHEET, SUMMARY_SHEET_PREFIX, VALIDATION_SHEET } from '../src/core/sheet-names';
import { saveXlsx } from '../test/emulator/xlsx';
import { HELP_TEXT, parseLocalRunOptions } from './local/cli-options';
import { finalFigures } from './local/final-figures';
import { flowTally, loadBuiltBundle, runKanwilFlow, type StepResult } from './local/kanwil-flow';
import { LocalRunError } from './local/local-run-error';
import { regionalSummary } from './local/regional-summary';
import { saveReportFiles } from './local/report-files';
import { type SeededWorkbook, seedFromGrids, seedFromXlsx } from './local/seed-workbook';
import { summaryText } from './local/summary-text';
import { readValidationSheet, type ValidationEntry } from './local/validation-sheet';

const ROOT = join(__dirname, '..');

function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** The issues the add-on wrote to its Validasi sheet, or null when the sheet is not there. */
function validationSheetIssues(seeded: SeededWorkbook): ValidationEntry[] | null {
  const sheet = seeded.spreadsheet.sheetByNameUnrecorded(VALIDATION_SHEET);
  if (!sheet) return null;
  const range = sheet.getDataRange();
  return readValidationSheet(range.getValues(), range.getFormulas());
}

/** What a step that ran should have left behind; a missing result is a problem, never papered over. */
function missingResults(seeded: SeededWorkbook, steps: readonly StepResult[], reportWritten: boolean): string[] {
  const ran = (fn: string) => steps.some((s) => s.functionName === fn && s.outcome !== 'skipped');
  const has = (name: string) => seeded.spreadsheet.sheetByNameUnrecorded(name) !== null;
  const problems = steps.filter((s) => s.outcome === 'failed').map((s) => `${s.label} gagal: ${s.error}`);
  if (ran('validateAll') && !has(VALIDATION_SHEET)) problems.push(`lembar "${VALIDATION_SHEET}" tidak ditulis.`);
  if (ran('consolidateNow')) {
    for (const name of [STATUS_SHEET, DASHBOARD_SHEET])
      if (!has(name)) problems.push(`lembar "${name}" tidak ditulis.`);
    if (!seeded.spreadsheet.sheets.some((s) => s.name.startsWith(SUMMARY_SHEET_PREFIX))) {
      problems.push(`lembar rekap ("${SUMMARY_SHEET_PREFIX}…") tidak ditulis.`);
    }
  }
  if (ran('generateReport') && !reportWritten) problems.push('laporan (Google Dokumen) tidak dibuat.');
  return problems;
}

async function writeSample(path: string): Promise<number> {
  const seeded = seedFromGrids(sampleWorkbook());
  mkdirSync(dirname(resolve(path)), { recursive: true });
  await saveXlsx(seeded.spreadsheet, path);
  process.stdout.write(
    `Buku kerja contoh ditulis: ${shownPath(resolve(path))} (${seeded.config.units.length} UPT, periode ${seeded.config.period}).\n` +
      `Jalankan alurnya dengan: npm start -- --input ${path}\n`,
  );
  return 0;
}

async function runFlow(inputPath: string | null, outDir: string): Promise<number> {
  if (!existsSync(join(ROOT, 'dist/Code.js'))) {
    throw new LocalRunError(
      'dist/Code.js belum ada: jalankan "npm run build" dahulu ("npm start" membangunnya sendiri).',
    );
  }
  const seeded = inputPath ? await seedFromXlsx(inputPath) : seedFromGrids(sampleWorkbook());
  const steps = runKanwilFlow(seeded, loadBuiltBundle(seeded));
  const calls = flowTally(steps);

  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const figures = finalFigures(seeded);
  const summary = regionalSummary(figures.consolidation);
  const fromSheet = validationSheetIssues(seeded);
  const issues: ValidationEntry[] =
    fromSheet ??
    figures.issues.map(({ sheet, cell, severity, code, message }) => ({ sheet, cell, severity, code, message }));

  const period = summary.period;
  const files: string[] = [];
  const xlsxPath = join(out, `rekap-${period}.xlsx`);
  await saveXlsx(seeded.spreadsheet, xlsxPath);
  files.push(xlsxPath);
  writeFileSync(join(out, 'validasi.json'), `${JSON.stringify(issues, null, 2)}\n`);
  files.push(join(out, 'validasi.json'));
  writeFileSync(join(out, 'ringkasan.json'), `${JSON.stringify(summary, null, 2)}\n`);
  files.push(join(out, 'ringkasan.json'));
  const report = await saveReportFiles(
    seeded.emulator,
    join(out, `laporan-${period}.docx`),
    join(out, `laporan-${period}.pdf`),
  );
  for (const written of [report.docx, report.pdf]) if (written) files.push(written);

  const problems = missingResults(seeded, steps, report.docx !== null);
  process.stdout.write(
    summaryText({
      source: inputPath ? shownPath(resolve(inputPath)) : 'buku kerja contoh bawaan (DATA CONTOH)',
      admin: seeded.admin,
      steps,
      summary,
      issues,
      issuesFrom: fromSheet ? 'sheet' : 'core',
      calls,
      files: files.map(shownPath),
      problems,
    }),
  );
  return problems.length > 0 ? 1 : 0;
}

/** Runs the command line; returns the exit code. A LocalRunError is the user's to fix: its message, exit code 2. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parseLocalRunOptions(argv);
    if (options.kind === 'help') {
      process.stdout.write(HELP_TEXT);
      return 0;
    }
    if (options.kind === 'sample') return await writeSample(options.samplePath);
    return await runFlow(options.inputPath, options.outDir);
  } catch (e) {
    if (!(e instanceof LocalRunError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
}
