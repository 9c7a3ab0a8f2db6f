// npm start, the real command (node scripts/start.mjs on the built dist/Code.js): outputs, figures and bad input.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { SAMPLE_HEAD_COUNT, SAMPLE_LAND_M2, SAMPLE_PERIOD, sampleWorkbook } from '../../fixtures/sample/workbook';
import { CONFIG_LABELS, parseConfig } from '../../src/core/config/config';
import { CONFIG_SHEET, DASHBOARD_SHEET, STATUS_SHEET, VALIDATION_SHEET } from '../../src/core/config/sheet-names';
import { validateWorkbook } from '../../src/core/validation/validate-workbook';
import { readPdfPages } from '../pdf-pages';
import { RUN_TIMEOUT_MS, type RunResult, requireTool, root, start } from './npm-start';

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

interface Figure {
  readonly value: number;
  readonly complete: boolean;
}

interface Ringkasan {
  readonly period: string;
  readonly food: {
    readonly wbpHeadCount: Figure;
    readonly landM2: Figure;
    readonly clusters: readonly { readonly cluster: string; readonly landM2: Figure; readonly wbp: Figure }[];
  };
  readonly units: { readonly configured: number; readonly sent: number; readonly valid: number };
}

const tmp = mkdtempSync(join(tmpdir(), 'rekap-start-'));
const outDir = join(tmp, 'out');
let run: RunResult;

beforeAll(() => {
  if (!existsSync(join(root, 'dist/Code.js'))) throw new Error('dist/Code.js is missing: run `npm run build` first.');
  run = start('--out', outDir);
}, RUN_TIMEOUT_MS);

describe('npm start on the bundled sample workbook', () => {
  it('finishes with exit code 0 and prints the summary in Bahasa Indonesia with id-ID numbers', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Februari 2026');
    expect(run.stdout).toContain('107');
    expect(run.stdout).toContain('102.772 m²');
    expect(run.stdout).toMatch(/detik/);
    // Totals per cluster, units sent/valid, issues by severity and service calls by kind.
    for (const cluster of ['Pertanian', 'Perikanan', 'Peternakan', 'Perkebunan', 'Hortikultura']) {
      expect(run.stdout).toContain(cluster);
    }
    expect(run.stdout).toContain(`${SAMPLE_UNITS.length} terdaftar`);
    expect(run.stdout).toMatch(/\d+ terkirim, \d+ valid/);
    expect(run.stdout).toMatch(/\d+ kesalahan, \d+ peringatan/);
    expect(run.stdout).toMatch(/Panggilan layanan Apps Script: [\d.]+ panggilan \(baca [\d.]+/);
    // Every step of the Kanwil flow ran on the built bundle; none was skipped.
    expect(run.stdout).not.toContain('dilewati');
  });

  it('makes the report from the template the menu makes, and says plainly that page numbers stand in for a person', () => {
    expect(run.stdout).toMatch(/✓ Buat templat laporan: /);
    expect(run.stdout).toContain('Templat dibuat oleh menu "Buat templat laporan"; "Buat laporan" mengisi salinannya.');
    expect(run.stdout).toContain('Nomor halaman ditambahkan pada templat oleh alur lokal, mewakili orang');
    expect(run.stdout).toContain('(Sisipkan → Nomor halaman)');
    // The template comes before the report, after set up.
    expect(run.stdout.indexOf('Buat templat laporan:')).toBeGreaterThan(run.stdout.indexOf('Siapkan / perbarui'));
    expect(run.stdout.indexOf('Buat templat laporan:')).toBeLessThan(run.stdout.indexOf('Buat laporan:'));
  });

  it('writes the workbook, validasi.json, ringkasan.json and the report', () => {
    for (const name of [
      `rekap-${SAMPLE_PERIOD}.xlsx`,
      'validasi.json',
      'ringkasan.json',
      `laporan-${SAMPLE_PERIOD}.docx`,
    ]) {
      expect(existsSync(join(outDir, name))).toBe(true);
    }
  });

  it('ringkasan.json carries the regional figures of the February 2026 meeting: 107 WBP on 102.772 m²', () => {
    const r = readJson<Ringkasan>(join(outDir, 'ringkasan.json'));
    expect(r.period).toBe(SAMPLE_PERIOD);
    expect(r.food.wbpHeadCount.value).toBe(SAMPLE_HEAD_COUNT);
    expect(r.food.landM2.value).toBe(SAMPLE_LAND_M2);
    expect(r.units.configured).toBe(SAMPLE_UNITS.length);
    const clusterLand = r.food.clusters.reduce((s, c) => s + c.landM2.value, 0);
    expect(clusterLand).toBe(SAMPLE_LAND_M2);
  });

  it('validasi.json lists every issue with sheet, cell, severity, code and message', () => {
    const issues = readJson<unknown>(join(outDir, 'validasi.json'));
    expect(Array.isArray(issues)).toBe(true);
    for (const issue of issues as Record<string, unknown>[]) {
      expect(Object.keys(issue).sort()).toEqual(['cell', 'code', 'message', 'severity', 'sheet']);
      expect(['error', 'warning']).toContain(issue.severity);
      expect(typeof issue.sheet).toBe('string');
      expect(String(issue.cell)).toMatch(/^([A-Z]+[0-9]+)?$/);
      expect(String(issue.code)).not.toBe('');
      expect(String(issue.message)).not.toBe('');
    }
  });

  it('validasi.json, read back from the Validasi sheet the add-on wrote, holds every issue the core finds, at its cell', () => {
    const sample = sampleWorkbook();
    const { config } = parseConfig(sample.config);
    if (!config) throw new Error('the sample configuration does not parse');
    const core = validateWorkbook(config, sample.tabs);
    const expected = [...core.issues, ...core.reports.flatMap((r) => r.issues)];
    expect(expected.length).toBeGreaterThan(0);
    const key = (i: { sheet: string; cell: string; severity: string; code: string }) =>
      `${i.sheet}!${i.cell} ${i.severity} ${i.code}`;
    const written = readJson<{ sheet: string; cell: string; severity: string; code: string }[]>(
      join(outDir, 'validasi.json'),
    );
    expect(written.map(key).sort()).toEqual(expected.map(key).sort());
  });

  it('the workbook opens in exceljs with every unit tab and the summary sheets the add-on wrote', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(outDir, `rekap-${SAMPLE_PERIOD}.xlsx`));
    const names = wb.worksheets.map((w) => w.name);
    for (const unit of SAMPLE_UNITS) expect(names).toContain(unit.sheetName);
    for (const sheet of [CONFIG_SHEET, VALIDATION_SHEET, STATUS_SHEET, DASHBOARD_SHEET]) expect(names).toContain(sheet);
    expect(names.filter((n) => n.startsWith('Rekap ')).length).toBeGreaterThanOrEqual(3);
  });

  it('the report .docx carries the charts as real images', () => {
    const docx = readFileSync(join(outDir, `laporan-${SAMPLE_PERIOD}.docx`));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    // Zip entry names are stored uncompressed: each chart is a PNG part under word/media/.
    const images = new Set(docx.toString('latin1').match(/word\/media\/[\w-]+\.png/g) ?? []);
    expect(images.size).toBeGreaterThanOrEqual(2);
  });

  it(
    'the report opens in LibreOffice and its text carries 107 WBP and 102.772 m²',
    () => {
      requireTool('soffice');
      requireTool('pdftotext');
      const docx = join(outDir, `laporan-${SAMPLE_PERIOD}.docx`);
      const pdfDir = join(tmp, 'pdf');
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${tmp}/lo-profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          pdfDir,
          docx,
        ],
        { stdio: 'pipe', timeout: 180_000 },
      );
      const pdf = join(pdfDir, `laporan-${SAMPLE_PERIOD}.pdf`);
      expect(existsSync(pdf)).toBe(true);
      const text = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ');
      expect(text).toContain('107 WBP');
      expect(text).toContain('102.772 m²');
    },
    RUN_TIMEOUT_MS,
  );
});

describe('npm start -- --sample, then --input', () => {
  it(
    'runs on the written sample workbook as on the bundled one: same regional figures',
    () => {
      const samplePath = join(tmp, 'contoh.xlsx');
      const written = start('--sample', samplePath);
      expect(written.stderr).toBe('');
      expect(written.status).toBe(0);
      expect(existsSync(samplePath)).toBe(true);

      const again = join(tmp, 'out-input');
      const fromFile = start('--input', samplePath, '--out', again);
      expect(fromFile.stderr).toBe('');
      expect(fromFile.status).toBe(0);
      const bundled = readJson<Ringkasan>(join(outDir, 'ringkasan.json'));
      const loaded = readJson<Ringkasan>(join(again, 'ringkasan.json'));
      expect(loaded.food).toEqual(bundled.food);
      expect(loaded.units).toEqual(bundled.units);
      expect(loaded.food.wbpHeadCount.value).toBe(SAMPLE_HEAD_COUNT);
      expect(loaded.food.landM2.value).toBe(SAMPLE_LAND_M2);
    },
    2 * RUN_TIMEOUT_MS,
  );
});

describe('npm start -- --input on a workbook whose Pengaturan names a template, or has no row for one', () => {
  const officeTemplate = 'https://docs.google.com/document/d/1Qx7TemplatKantorWilayahRiau2026abcdEFGH/edit';
  const samplePath = join(tmp, 'contoh-templat.xlsx');

  /** Pengaturan's "Templat laporan" row in an exceljs workbook. */
  function templateRow(wb: ExcelJS.Workbook): ExcelJS.Row | undefined {
    const rows: ExcelJS.Row[] = [];
    wb.getWorksheet(CONFIG_SHEET)?.eachRow((row) => {
      if (row.getCell(1).text === CONFIG_LABELS.template) rows.push(row);
    });
    return rows[0];
  }

  /** npm start on the sample workbook with `value` as its "Templat laporan" (null: without that row); it succeeds. */
  async function runWith(name: string, value: string | null): Promise<{ stdout: string; out: string }> {
    if (!existsSync(samplePath)) expect(start('--sample', samplePath).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(samplePath);
    const row = templateRow(wb);
    if (!row) throw new Error('the sample has no "Templat laporan" row');
    if (value === null) wb.getWorksheet(CONFIG_SHEET)?.spliceRows(row.number, 1);
    else row.getCell(2).value = value;
    const input = join(tmp, `${name}.xlsx`);
    await wb.xlsx.writeFile(input);
    const out = join(tmp, `out-${name}`);
    const r = start('--input', input, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return { stdout: r.stdout, out };
  }

  /** The "Templat laporan" value in the workbook npm start wrote. */
  async function templateSetting(out: string): Promise<string | undefined> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, `rekap-${SAMPLE_PERIOD}.xlsx`));
    return templateRow(wb)?.getCell(2).text;
  }

  it(
    "a real Google Doc link: said in Bahasa, the report made from the menu's template, the office's link kept",
    async () => {
      const { stdout, out } = await runWith('templat-kantor', officeTemplate);
      expect(stdout).toContain(`menunjuk Google Dokumen kantor (${officeTemplate})`);
      expect(stdout).toContain('tidak dapat dibuka dari alur lokal');
      expect(stdout).toMatch(/✓ Buat templat laporan: /);
      expect(stdout).toMatch(/✓ Buat laporan: /);
      expect(await templateSetting(out)).toBe(officeTemplate);
      // The filled copy carries the page numbers the run added to its template.
      const pages = readPdfPages(join(out, `laporan-${SAMPLE_PERIOD}.pdf`));
      const last = pages.at(-1);
      expect([...(last?.words ?? [])].sort((a, b) => b.yMin - a.yMin)[0]?.text).toBe(String(pages.length));
    },
    2 * RUN_TIMEOUT_MS,
  );

  it(
    'an older workbook without the "Templat laporan" row: runs, with the built-in layout, and says so',
    async () => {
      const { stdout, out } = await runWith('tanpa-baris-templat', null);
      expect(stdout).toContain('Pengaturan tidak memiliki baris "Templat laporan" (buku kerja versi lama)');
      expect(stdout).not.toMatch(/Buat templat laporan: \d/);
      expect(existsSync(join(out, `laporan-${SAMPLE_PERIOD}.pdf`))).toBe(true);
      expect(await templateSetting(out)).toBeUndefined();
    },
    2 * RUN_TIMEOUT_MS,
  );
});

describe('npm start with bad input', () => {
  it('a path that does not exist: a clear message and a non-zero exit code', () => {
    const r = start('--input', join(tmp, 'tidak-ada.xlsx'), '--out', join(tmp, 'x'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('tidak-ada.xlsx');
    expect(r.stderr).toMatch(/tidak ditemukan/);
    expect(existsSync(join(tmp, 'x', 'ringkasan.json'))).toBe(false);
  });

  it('a file that is not an xlsx workbook: a clear message and a non-zero exit code', () => {
    const path = join(tmp, 'bukan.xlsx');
    writeFileSync(path, 'ini bukan buku kerja');
    const r = start('--input', path, '--out', join(tmp, 'y'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('bukan.xlsx');
  });

  it('an xlsx that is not a Rekap UPT workbook (no "Pengaturan"): a clear message and a non-zero exit code', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Data').addRow(['Nama', 'Jumlah']);
    const path = join(tmp, 'lain.xlsx');
    await wb.xlsx.writeFile(path);
    const r = start('--input', path, '--out', join(tmp, 'z'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('Pengaturan');
    expect(r.stderr).toContain('lain.xlsx');
  });

  it('a Rekap UPT workbook whose "Pengaturan" is not filled in: its problems, and a non-zero exit code', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(CONFIG_SHEET).addRow(['Periode aktif', 'Februari']);
    const path = join(tmp, 'kosong.xlsx');
    await wb.xlsx.writeFile(path);
    const r = start('--input', path, '--out', join(tmp, 'w'));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('kosong.xlsx');
    expect(r.stderr).toContain('belum benar');
    expect(existsSync(join(tmp, 'w', 'ringkasan.json'))).toBe(false);
  });

  it('an unknown option is refused with a pointer to --help', () => {
    const r = start('--keluaran', 'x');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('--keluaran');
    expect(r.stderr).toContain('--help');
  });

  it('--help explains the options in Bahasa Indonesia', () => {
    const r = start('--help');
    expect(r.status).toBe(0);
    for (const option of ['--input', '--out', '--sample']) expect(r.stdout).toContain(option);
    expect(r.stdout).toContain('Pemakaian');
  });
});
