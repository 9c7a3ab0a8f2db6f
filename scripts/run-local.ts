// npm start: the Kanwil flow on the emulator running the built dist/Code.js, written to out/ as files a person opens.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { saveXlsx } from '../emulator';
import { sampleWorkbook } from '../fixtures/sample/workbook';
import { DASHBOARD_SHEET, STATUS_SHEET, SUMMARY_SHEET_PREFIX, VALIDATION_SHEET } from '../src/core/config/sheet-names';
import { HELP_TEXT, parseLocalRunOptions } from './local/cli-options';
import { finalFigures } from './local/final-figures';
import { DIST_DIR, flowTally, loadBuiltBundle, runKanwilFlow, type StepResult } from './local/kanwil-flow';
import { LocalRunError } from './local/local-run-error';
import { runNational } from './local/national-run';
import { regionalSummary } from './local/regional-summary';
import { saveFeedbackFiles, saveReportFiles } from './local/report-files';
import { type SeededWorkbook, seedFromGrids, seedFromXlsx } from './local/seed-workbook';
import { summaryText } from './local/summary-text';
import { readValidationSheet, type ValidationEntry } from './local/validation-sheet';

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

/** What each step should leave behind; a step whose result is missing failed, whatever it said. */
function missingResult(seeded: SeededWorkbook, step: StepResult, reportWritten: boolean): string | null {
  const has = (name: string) => seeded.spreadsheet.sheetByNameUnrecorded(name) !== null;
  switch (step.functionName) {
    case 'validateAll':
      return has(VALIDATION_SHEET) ? null : `lembar "${VALIDATION_SHEET}" tidak ditulis`;
    case 'consolidateNow': {
      const missing = [STATUS_SHEET, DASHBOARD_SHEET].filter((name) => !has(name));
      if (!seeded.spreadsheet.sheets.some((sh) => sh.name.startsWith(SUMMARY_SHEET_PREFIX))) {
        missing.push(`${SUMMARY_SHEET_PREFIX}…`);
      }
      return missing.length > 0 ? `lembar ${missing.map((m) => `"${m}"`).join(', ')} tidak ditulis` : null;
    }
    case 'createReportTemplate':
      return step.links.length > 0 ? null : 'templat laporan (Google Dokumen) tidak dibuat';
    case 'generateReport':
      return reportWritten ? null : 'laporan (Google Dokumen) tidak dibuat';
    default:
      return null;
  }
}

function checked(seeded: SeededWorkbook, steps: readonly StepResult[], reportWritten: boolean): StepResult[] {
  return steps.map((step) => {
    if (step.outcome !== 'ok') return step;
    if (step.logged.some((outcome) => outcome !== 'Berhasil')) {
      return { ...step, outcome: 'failed', error: step.messages.join(' ') || `Log: ${step.logged.join(', ')}` };
    }
    const missing = missingResult(seeded, step, reportWritten);
    return missing ? { ...step, outcome: 'failed', error: missing } : step;
  });
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
  const out = resolve(outDir);
  if (existsSync(out) && !statSync(out).isDirectory()) {
    throw new LocalRunError(`Folder hasil (--out) bukan folder: ${outDir}`);
  }
  // The input is checked before the bundle: a wrong file is the user's first concern.
  const seeded = inputPath ? await seedFromXlsx(inputPath) : seedFromGrids(sampleWorkbook());
  if (!existsSync(join(DIST_DIR, 'Code.js'))) {
    throw new LocalRunError(
      'dist/Code.js belum ada: jalankan "npm run build" dahulu ("npm start" membangunnya sendiri).',
    );
  }
  const { steps: ran, template } = runKanwilFlow(seeded, loadBuiltBundle(seeded));
  const calls = flowTally(ran);

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
    // The Doc "Buat laporan" linked to, never the template made before it.
    ran.find((step) => step.functionName === 'generateReport')?.links[0] ?? '',
  );
  for (const written of [report.docx, report.pdf]) if (written) files.push(written);
  files.push(...saveFeedbackFiles(seeded.emulator, join(out, 'umpan-balik')));

  const steps = checked(seeded, ran, report.docx !== null);
  const failed = steps.filter((s) => s.outcome === 'failed');
  process.stdout.write(
    summaryText({
      source: inputPath ? shownPath(resolve(inputPath)) : 'buku kerja contoh bawaan (DATA CONTOH)',
      admin: seeded.admin,
      steps,
      template,
      summary,
      issues,
      issuesFrom: fromSheet ? 'sheet' : 'core',
      calls,
      files: files.map(shownPath),
    }),
  );
  return failed.length > 0 ? 1 : 0;
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
    if (options.kind === 'national') return await runNational(options.outDir);
    return await runFlow(options.inputPath, options.outDir);
  } catch (e) {
    if (!(e instanceof LocalRunError)) throw e;
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
}
