// npm run preview in headless Chromium: the workbook, the menu, the panel and the user switcher on the built bundle.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { saveXlsx } from '../../emulator/xlsx';
import type { PreviewServer } from '../../scripts/preview/http-server';
import { startPreview } from '../../scripts/preview/main';
import { builtDist, removeBuiltDistCopy } from './built-dist';
import { type SampleServer, sampleServer } from './sample-server';
import { screenshotPath } from './screenshots';
import { launchBrowser } from './sidebar-page';

/** A unit whose tab the sample leaves as an unsent draft. */
const UNIT = 'LP-SLP';
const UNIT_NAME = 'Lapas Kelas IIB Selatpanjang';
const INJECTION = '<img src=x onerror="document.title=\'diretas\'">';

let browser: Browser;
let tmp: string;
let server: PreviewServer | null = null;
let page: Page | null = null;
/** The sample's grids and addresses, for the cells the tests type into. */
let sample: SampleServer;

beforeAll(async () => {
  browser = await launchBrowser();
  tmp = mkdtempSync(join(tmpdir(), 'rekap-preview-test-'));
  sample = sampleServer();
});

afterAll(async () => {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
  removeBuiltDistCopy();
});

const pageErrors: string[] = [];

afterEach(async () => {
  await page?.context().close();
  await server?.close();
  page = null;
  server = null;
  expect(pageErrors.splice(0)).toEqual([]);
});

/** The preview on a free port, opened in a browser as a person would. */
async function openPreview(inputPath: string | null = null): Promise<Page> {
  server = await startPreview({ port: 0, inputPath, distDir: builtDist() });
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'id-ID',
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(server.url);
  await page.getByRole('tab', { name: 'Pengaturan' }).waitFor();
  return page;
}

/** The sample as the admin set it up, with one error typed into UNIT's tab: budget spent above the ceiling. */
async function workbookWithError(): Promise<string> {
  return midPeriodWorkbook('latihan-kesalahan.xlsx', (seeded) =>
    seeded.type(UNIT, 'anggaran.realisasi_rp', 9_999_999_999),
  );
}

/** The sample before every unit sent (UNIT still a draft), set up and downloaded as .xlsx, edited by `edit` first. */
async function midPeriodWorkbook(
  name: string,
  edit: (seeded: ReturnType<typeof sampleServer>) => void = () => {},
): Promise<string> {
  const seeded = sampleServer({ midPeriod: true });
  seeded.bundle.runAs({ active: seeded.admin }, 'setupUnitTabs');
  edit(seeded);
  const path = join(tmp, name);
  await saveXlsx(seeded.spreadsheet, path);
  return path;
}

const panelOf = (p: Page): FrameLocator => p.frameLocator('#panel');
const menuButton = (p: Page, label: string) =>
  p.getByRole('navigation', { name: 'Menu add-on' }).getByRole('button', { name: label, exact: true });
const gridCell = (p: Page, a1: string) => p.locator(`table.grid td[data-a1="${a1}"]`);

async function signInAs(p: Page, label: string): Promise<void> {
  await p.getByLabel('Masuk sebagai').selectOption({ label });
}

async function openTab(p: Page, name: string): Promise<void> {
  await p.getByRole('tab', { name, exact: true }).click();
  await p.locator(`table.grid[data-sheet="${name}"]`).waitFor();
}

/** Types into a cell as in Sheets: double-click, type, Enter. */
async function typeInto(p: Page, a1: string, text: string): Promise<void> {
  await gridCell(p, a1).dblclick();
  const editor = p.getByLabel(`Isi sel ${a1}`, { exact: true });
  await editor.fill(text);
  await editor.press('Enter');
}

async function checkMyTab(panel: FrameLocator): Promise<string> {
  await panel.getByRole('button', { name: 'Periksa tab saya' }).click();
  const summary = panel.locator('.check-summary');
  await summary.waitFor();
  return (await summary.textContent()) ?? '';
}

describe('npm run preview', () => {
  it('lets an operator fix and send their tab, then the admin consolidate and report, from a downloaded workbook', async () => {
    const p = await openPreview(await workbookWithError());
    const operator = sample.operatorOf(UNIT);
    const spent = sample.cellOf(UNIT, 'anggaran.realisasi_rp');
    await expect(p.locator('#sumber').textContent()).resolves.toContain('latihan-kesalahan.xlsx');

    await signInAs(p, `Operator ${UNIT_NAME} — ${operator}`);
    const panel = panelOf(p);
    await panel.getByRole('heading', { name: UNIT_NAME }).waitFor();
    await openTab(p, UNIT);
    await expect(gridCell(p, spent).textContent()).resolves.toBe('Rp 9.999.999.999');
    await expect(checkMyTab(panel)).resolves.toBe('1 kesalahan · 1 peringatan');

    // The operator corrects the figure in the grid, in the Indonesian way of writing numbers.
    await typeInto(p, spent, '1.000.000');
    await p.locator(`table.grid td[data-a1="${spent}"]`, { hasText: 'Rp 1.000.000' }).waitFor();
    await expect(checkMyTab(panel)).resolves.toBe('0 kesalahan · 1 peringatan');
    await panel.getByRole('button', { name: 'Kirim laporan' }).click();
    await panel.getByText(/^Laporan terkirim: \d{1,2} Februari 2026 \d{2}\.\d{2} WIB\.$/).waitFor();

    await signInAs(p, `Admin Kanwil — ${sample.admin}`);
    await panelOf(p).getByRole('heading', { name: 'Status UPT' }).waitFor();
    await menuButton(p, 'Rekap sekarang').click();
    const result = p.getByRole('alertdialog');
    await expect(result.locator('.message').textContent()).resolves.toMatch(/^Rekap .*selesai/);
    await result.getByRole('button', { name: 'OK' }).click();
    await p.getByRole('tab', { name: 'Rekap Pangan' }).waitFor();
    // The consolidation writes each unit's status onto its tab.
    await openTab(p, UNIT);
    await expect(gridCell(p, sample.cellOf(UNIT, 'identitas.status')).textContent()).resolves.toBe('Dikirim');

    await menuButton(p, 'Buat laporan').click();
    const dialog = p.getByRole('dialog', { name: 'Rekap UPT' });
    await dialog.waitFor();
    const link = p.frameLocator('.overlay iframe').getByRole('link', { name: 'Buka laporan' });
    await expect(link.getAttribute('href')).resolves.toMatch(
      /^https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/edit$/,
    );
    await p.mouse.move(0, 0);
    await p.screenshot({ path: screenshotPath('preview.png') });

    // The link opens the report the add-on wrote in the emulated Drive: it downloads as .docx.
    const [download] = await Promise.all([p.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const docx = readFileSync(await download.path());
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    await expect(p.locator('#berkas').textContent()).resolves.toContain('Google Dokumen');
  });

  it('refuses protected cells in Bahasa, fires onEdit, shows typed text literally, and saves and opens .xlsx', async () => {
    const p = await openPreview(await midPeriodWorkbook('latihan.xlsx'));
    // An .xlsx keeps no per-user protections: the admin sets the tabs up again after opening one (README).
    await signInAs(p, `Admin Kanwil — ${sample.admin}`);
    await menuButton(p, 'Siapkan / perbarui tab UPT').click();
    const setUp = p.getByRole('alertdialog');
    await setUp.getByRole('button', { name: 'OK' }).click();
    const operator = sample.operatorOf(UNIT);
    await signInAs(p, `Operator ${UNIT_NAME} — ${operator}`);
    const panel = panelOf(p);
    await panel.getByRole('heading', { name: UNIT_NAME }).waitFor();
    // Another unit's tab is closed to this operator; their own is open where they type.
    await expect(p.getByRole('tab', { name: 'LP-PKU' }).locator('.lock').count()).resolves.toBe(1);
    await expect(p.getByRole('tab', { name: UNIT }).locator('.lock').count()).resolves.toBe(0);
    await openTab(p, UNIT);
    const capacity = sample.cellOf(UNIT, 'hunian.kapasitas');
    const capacityLabel = capacity.replace(/^[A-Z]+/, 'A');
    await expect(gridCell(p, capacityLabel).getAttribute('class')).resolves.toContain('locked');
    await expect(gridCell(p, capacity).getAttribute('class')).resolves.not.toContain('locked');

    await typeInto(p, capacityLabel, 'Daya tampung');
    const refusal = p.getByRole('alertdialog', { name: 'Sel dilindungi' });
    await expect(refusal.locator('.message').textContent()).resolves.toBe(
      'Anda mencoba mengedit sel atau objek yang dilindungi. Hubungi pemilik spreadsheet untuk menghapus perlindungan jika Anda perlu mengedit.',
    );
    await refusal.getByRole('button', { name: 'OK' }).click();
    await expect(gridCell(p, capacityLabel).textContent()).resolves.toBe('Kapasitas');

    // Sent, then changed in the grid: the simple onEdit trigger flags the tab, as the reopened panel says.
    await expect(checkMyTab(panel)).resolves.toBe('0 kesalahan · 1 peringatan');
    await panel.getByRole('button', { name: 'Kirim laporan' }).click();
    await panel.getByText(/^Laporan terkirim: /).waitFor();
    await typeInto(p, capacity, '250');
    await p.locator(`table.grid td[data-a1="${capacity}"]`, { hasText: '250' }).waitFor();
    await menuButton(p, 'Buka panel').click();
    await panelOf(p).getByText('Tab diubah setelah dikirim. Kirim ulang agar Kanwil memakai angka terbaru.').waitFor();

    // What a unit types is shown as text; none of it runs in the page.
    const kitchenNote = sample.cellOf(UNIT, 'layanan.dapur_sehat_catatan');
    await typeInto(p, kitchenNote, INJECTION);
    await p.locator(`table.grid td[data-a1="${kitchenNote}"]`, { hasText: INJECTION }).waitFor();
    await expect(p.locator('#grid img').count()).resolves.toBe(0);
    await expect(p.title()).resolves.toBe('Rekap UPT — Pratinjau');

    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('link', { name: 'Simpan .xlsx' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rekap-upt-2026-02.xlsx');
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(await download.path());
    expect(saved.getWorksheet(UNIT)?.getCell(kitchenNote).value).toBe(INJECTION);
    expect(saved.getWorksheet(UNIT)?.getCell(capacity).value).toBe(250);

    // A file that is not a workbook is refused in Bahasa Indonesia; a workbook replaces the one shown.
    const notWorkbook = join(tmp, 'catatan.xlsx');
    writeFileSync(notWorkbook, 'bukan buku kerja');
    await p.locator('#unggah').setInputFiles(notWorkbook);
    const refused = p.getByRole('alertdialog', { name: 'Berkas tidak dapat dibuka' });
    await expect(refused.locator('.message').textContent()).resolves.toMatch(
      /^catatan\.xlsx: Berkas bukan workbook \.xlsx yang valid/,
    );
    await refused.getByRole('button', { name: 'OK' }).click();
    await p.locator('#unggah').setInputFiles(await workbookWithError());
    await p.locator('#sumber', { hasText: 'latihan-kesalahan.xlsx' }).waitFor();
    await openTab(p, UNIT);
    await expect(gridCell(p, sample.cellOf(UNIT, 'anggaran.realisasi_rp')).textContent()).resolves.toBe(
      'Rp 9.999.999.999',
    );
    await expect(p.getByLabel('Masuk sebagai').inputValue()).resolves.toBe(operator);
  });

  it("marks what validation found, asks the admin's question before closing the period, and refuses a guest", async () => {
    const p = await openPreview();
    // The admin validates every unit: the sample's Zona Integritas score below target is a warning on UNIT's tab.
    await menuButton(p, 'Validasi semua UPT').click();
    const validated = p.getByRole('alertdialog', { name: 'Rekap UPT' });
    await expect(validated.locator('.message').textContent()).resolves.toMatch(
      /^Validasi selesai: 0 kesalahan dan 3 peringatan/,
    );
    await validated.getByRole('button', { name: 'OK' }).click();
    const score = sample.cellOf(UNIT, 'zona_integritas.nilai');
    await openTab(p, 'Validasi');
    // The Validasi sheet links each issue to its cell; the link opens the unit's tab on it, painted as a warning.
    await p
      .locator('table.grid')
      .getByRole('link', { name: `${UNIT}!${score}`, exact: true })
      .click();
    await p.locator(`table.grid[data-sheet="${UNIT}"]`).waitFor();
    await expect(p.locator('#alamat-sel').textContent()).resolves.toBe(`${UNIT}!${score}`);
    const marked = gridCell(p, score);
    await expect(marked.getAttribute('class')).resolves.toContain('marked');
    await expect(
      p.evaluate(`getComputedStyle(document.querySelector('table.grid td[data-a1="${score}"]')).backgroundColor`),
    ).resolves.toBe('rgb(255, 242, 204)');
    await expect(
      gridCell(p, sample.cellOf(UNIT, 'zona_integritas.target')).getAttribute('class'),
    ).resolves.not.toContain('marked');

    await menuButton(p, 'Tutup periode').click();
    const question = p.getByRole('alertdialog', { name: 'Tutup periode' });
    await expect(question.locator('.message').textContent()).resolves.toMatch(/^Tutup periode Februari 2026\?/);
    await question.getByRole('button', { name: 'Tidak' }).click();
    const answer = p.getByRole('alertdialog', { name: 'Rekap UPT' });
    await expect(answer.locator('.message').textContent()).resolves.toBe(
      'Tutup periode dibatalkan; tidak ada yang diubah.',
    );
    await answer.getByRole('button', { name: 'OK' }).click();
    // Nothing was archived: the archive still has its header row only.
    await openTab(p, 'Arsip');
    await expect(gridCell(p, 'A1').textContent()).resolves.toBe('Periode');
    await expect(gridCell(p, 'A2').textContent()).resolves.toBe('');
    // Answered "Ya", the same menu item runs to the end.
    await menuButton(p, 'Tutup periode').click();
    await question.getByRole('button', { name: 'Ya' }).click();
    await expect(answer.locator('.message').textContent()).resolves.toContain('Februari 2026');
    await answer.getByRole('button', { name: 'OK' }).click();
    await expect(gridCell(p, 'A2').textContent()).resolves.toBe('2026-02');

    await signInAs(p, 'Tamu (tidak terdaftar) — tamu@contoh.go.id');
    await panelOf(p)
      .getByText('Akun tamu@contoh.go.id belum terdaftar sebagai operator UPT atau admin Kanwil.', { exact: false })
      .waitFor();
    await menuButton(p, 'Rekap sekarang').click();
    await expect(p.getByRole('alertdialog').locator('.message').textContent()).resolves.toContain(
      'khusus admin Kanwil',
    );
  });
});

describe('the npm run preview command', () => {
  const root = join(__dirname, '../..');
  const started: ChildProcess[] = [];

  afterEach(() => {
    // A test that failed before stopping its server must not leave it running.
    for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill();
  });

  /** Runs scripts/preview.mjs; resolves with the printed URL once it serves, and how it ended once it exits. */
  function runCommand(...args: string[]) {
    const child = spawn(process.execPath, ['scripts/preview.mjs', ...args], { cwd: root });
    started.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
      child.on('exit', (code) => resolve({ code, stdout, stderr })),
    );
    const serving = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const url = /berjalan di (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1];
        if (url) resolve(url);
      });
      void exited.then((end) => reject(new Error(`exited ${end.code}: ${end.stderr}`)));
    });
    // A run expected to stop at once never serves: only a test that awaits `serving` hears of it.
    serving.catch(() => {});
    return { child, serving, exited };
  }

  /** A GET with the Host header a browser would send for `host`. */
  function statusWithHost(url: string, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const request = httpGet(`${url}api/state`, { headers: { Host: host } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
    });
  }

  it('prints the local address, serves only requests addressed to it, and stops on SIGTERM', async () => {
    const run = runCommand('--port', '0', '--dist', builtDist());
    const url = await run.serving;
    const page = await fetch(url);
    expect(page.status).toBe(200);
    await expect(page.text()).resolves.toContain('Masuk sebagai');
    const port = new URL(url).port;
    await expect(statusWithHost(url, `localhost:${port}`)).resolves.toBe(200);
    // A page on another site whose name resolves to 127.0.0.1 still sends its own name.
    await expect(statusWithHost(url, `contoh-jahat.example:${port}`)).resolves.toBe(403);
    run.child.kill('SIGTERM');
    const end = await run.exited;
    expect(end.code).toBe(0);
    expect(end.stdout).toContain('Pratinjau dihentikan.');
  });

  it('refuses a missing input workbook in Bahasa Indonesia with exit code 2', async () => {
    const end = await runCommand('--input', join(tmp, 'tidak-ada.xlsx'), '--dist', builtDist()).exited;
    expect(end.code).toBe(2);
    expect(end.stderr).toBe(`Berkas masukan tidak ditemukan: ${join(tmp, 'tidak-ada.xlsx')}\n`);
  });
});
