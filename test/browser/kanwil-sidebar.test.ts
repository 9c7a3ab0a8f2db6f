// The Kanwil sidebar in headless Chromium against the built bundle: status board, consolidate, report, return a tab.
import type { Browser } from 'playwright-core';
import { APPS_SCRIPT_ERRORS } from '../../emulator';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import type { PanelState } from '../../src/shared/rpc';
import { removeBuiltDistCopy } from './built-dist';
import { type SampleServer, sampleServer } from './sample-server';
import { screenshotPath } from './screenshots';
import { launchBrowser, openSidebar, type SidebarPage } from './sidebar-page';

let browser: Browser;
let server: SampleServer;
const opened: SidebarPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  removeBuiltDistCopy();
});

beforeEach(() => {
  server = sampleServer({ midPeriod: true });
});

/** A loaded sidebar for `email` (the sample's Kanwil admin by default). */
async function open(email = server.admin): Promise<SidebarPage> {
  const sidebar = await openSidebar(browser, server.as(email));
  opened.push(sidebar);
  await sidebar.load();
  return sidebar;
}

afterEach(async () => {
  for (const sidebar of opened.splice(0)) {
    await sidebar.close();
    expect(sidebar.dialogs).toEqual([]);
    expect(sidebar.pageErrors).toEqual([]);
  }
});

function serverState(): PanelState {
  return server.bundle.callFromSidebar(server.admin, 'getPanelState') as PanelState;
}

describe('Kanwil sidebar', () => {
  it('shows the status board of every unit with its badge, counts and the return note', async () => {
    const { page } = await open();
    await page.getByRole('heading', { name: 'Status UPT' }).waitFor();
    await expect(page.locator('header').textContent()).resolves.toContain('Admin Kanwil');
    const rows = page.locator('.board-row');
    await expect(rows.count()).resolves.toBe(SAMPLE_UNITS.length);
    const expected = serverState().units;
    for (const unit of expected) {
      const row = page.locator(`.board-row[data-unit="${unit.code}"]`);
      await expect(row.locator('.unit-name').textContent()).resolves.toBe(unit.name);
      await expect(row.locator('.badge').textContent()).resolves.toBe(unit.status);
      await expect(row.locator('.counts').textContent()).resolves.toBe(
        `${unit.errors} kesalahan · ${unit.warnings} peringatan`,
      );
    }
    const sent = expected.filter((u) => u.status === 'Dikirim').length;
    await expect(page.locator('.board-summary').textContent()).resolves.toBe(
      `${sent} dari ${SAMPLE_UNITS.length} UPT sudah mengirim.`,
    );
    const returned = expected.find((u) => u.status === 'Dikembalikan');
    expect(returned?.returnNote).toBeTruthy();
    await expect(page.locator(`.board-row[data-unit="${returned?.code}"]`).textContent()).resolves.toContain(
      `Catatan: ${returned?.returnNote}`,
    );

    await page.getByLabel('Tampilkan').selectOption({ label: 'Belum dikirim' });
    const unsent = expected.filter((u) => u.status !== 'Dikirim').map((u) => u.code);
    expect(unsent.length).toBeGreaterThan(0);
    await expect(
      page.locator('.board-row:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit'))),
    ).resolves.toEqual(unsent);
  });

  it('consolidates with visible progress, then reports the result and writes the summary sheets', async () => {
    const sidebar = await open();
    const { page } = sidebar;
    const consolidate = page.getByRole('button', { name: 'Rekap sekarang' });
    const release = sidebar.hold('runConsolidation');
    await consolidate.click();
    await page.getByText('Merekap data semua UPT…').waitFor();
    await expect(consolidate.isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Buat laporan' }).isDisabled()).resolves.toBe(true);
    release();
    const result = page.locator('.kanwil .feedback-ok').first();
    await result.waitFor();
    await expect(result.textContent()).resolves.toMatch(/^Rekap .*selesai/);
    await expect(consolidate.isEnabled()).resolves.toBe(true);
    expect(server.spreadsheet.sheetByNameUnrecorded('Rekap Pangan')).not.toBeNull();
  });

  it('validates every unit, shows the outcome and reloads the board with the new counts', async () => {
    server.type('BAPAS-PKU', 'klien.klien_baru', 'delapan puluh');
    const sidebar = await open();
    const { page } = sidebar;
    const row = page.locator('.board-row[data-unit="BAPAS-PKU"]');
    await expect(row.locator('.counts').textContent()).resolves.toBe('1 kesalahan · 0 peringatan');
    await page.getByRole('button', { name: 'Validasi semua' }).click();
    const result = page.locator('section[aria-labelledby="actions-title"] [role="status"]');
    await page.locator('section[aria-labelledby="actions-title"] .feedback-ok').waitFor();
    await expect(result.textContent()).resolves.toMatch(/^Validasi selesai/);
    expect(sidebar.calls.slice(-2)).toEqual(['runValidateAll', 'getPanelState']);
    server.type('BAPAS-PKU', 'klien.klien_baru', 80);
    await page.getByRole('button', { name: 'Muat ulang' }).click();
    await row
      .locator('.counts')
      .filter({ hasText: /^0 kesalahan · 0 peringatan$/ })
      .waitFor();
  });

  it('generates the report and links to the Doc and the PDF in a new tab', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Rekap sekarang' }).click();
    await page.locator('.kanwil .feedback-ok').first().waitFor();
    await page.getByRole('button', { name: 'Buat laporan' }).click();
    const doc = page.getByRole('link', { name: 'Buka laporan (Google Dokumen)' });
    await doc.waitFor();
    const pdf = page.getByRole('link', { name: 'Buka PDF' });
    for (const link of [doc, pdf]) {
      await expect(link.getAttribute('target')).resolves.toBe('_blank');
      await expect(link.getAttribute('rel')).resolves.toContain('noopener');
    }
    const last = serverState().lastReport;
    expect(last).not.toBeNull();
    await expect(doc.getAttribute('href')).resolves.toBe(last?.docUrl);
    await expect(pdf.getAttribute('href')).resolves.toBe(last?.pdfUrl);
    // The link opens a Doc that exists.
    const openByUrl = server.emulator.docs.app.openByUrl as (url: string) => { getName(): string };
    expect(openByUrl(String(last?.docUrl)).getName()).toMatch(/Februari 2026/);

    await page.mouse.move(0, 0);
    // The top of the panel: actions, the report links and the first units of the board.
    await page.setViewportSize({ width: 300, height: 1100 });
    await page.screenshot({ path: screenshotPath('kanwil.png') });
  });

  it('returns a tab with a note, and the operator then sees the note', async () => {
    const unit = serverState().units.find((u) => u.status === 'Dikirim');
    if (!unit) throw new Error('The sample has no sent unit');
    const { page } = await open();
    const row = page.locator(`.board-row[data-unit="${unit.code}"]`);
    await row.getByRole('button', { name: `Kembalikan tab ${unit.name}` }).click();
    const note = row.getByLabel(`Catatan untuk operator ${unit.name}`);
    await expect(note.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
    await row.getByRole('button', { name: 'Kembalikan tab' }).click();
    await page.getByText('Tulis catatan untuk operator: apa yang harus diperbaiki.').waitFor();

    const text = 'Realisasi anggaran melebihi pagu; mohon diperbaiki.';
    await note.fill(text);
    await row.getByRole('button', { name: 'Kembalikan tab' }).click();
    await page.locator(`.board-row[data-unit="${unit.code}"] .badge-returned`).waitFor();
    const outcome = page.locator('section[aria-labelledby="board-title"] .feedback-ok');
    await expect(outcome.textContent()).resolves.toContain('dikembalikan');
    await expect(page.locator(`.board-row[data-unit="${unit.code}"]`).textContent()).resolves.toContain(
      `Catatan: ${text}`,
    );

    const operator = await open(server.operatorOf(unit.code));
    await operator.page.getByRole('heading', { name: unit.name }).waitFor();
    await expect(operator.page.locator('.unit-status .badge').textContent()).resolves.toBe('Dikembalikan');
    await expect(operator.page.locator('.return-note-text').textContent()).resolves.toBe(text);
  });

  it('flags a tab edited after it was sent, for the Kanwil and for its operator', async () => {
    const code = 'BAPAS-PKU';
    expect(server.bundle.callFromSidebar(server.operatorOf(code), 'sendUnitTab', code)).toMatchObject({
      unit: { status: 'Dikirim' },
    });
    server.type(code, 'klien.klien_baru', 90);

    const { page } = await open();
    await page.getByLabel('Tampilkan').selectOption({ label: 'Diubah setelah dikirim' });
    const visible = page.locator('.board-row:visible');
    await expect(visible.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')))).resolves.toEqual([code]);
    await expect(visible.locator('.changed-after').textContent()).resolves.toBe('Diubah setelah dikirim');

    const operator = await open(server.operatorOf(code));
    await expect(operator.page.locator('.unit-status .changed-after').textContent()).resolves.toBe(
      'Tab diubah setelah dikirim. Kirim ulang agar Kanwil memakai angka terbaru.',
    );
  });

  it('fits 300 px without horizontal scrolling and names every control', async () => {
    const { page } = await open();
    await page.getByRole('heading', { name: 'Status UPT' }).waitFor();
    await page.getByRole('button', { name: 'Salin ringkasan' }).click();
    await page.getByLabel('Ringkasan untuk grup percakapan').waitFor();
    await page.locator('.board-row button').first().click();
    await page.locator('.return-form textarea').waitFor();

    await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(300);
    // Every control has an accessible name: its text, a <label>, or aria-label.
    const unnamed = await page.evaluate(`[...document.querySelectorAll('button, a, input, select, textarea')]
      .filter((c) => !(c.getAttribute('aria-label') || (c.labels && c.labels.length) || c.textContent.trim()))
      .map((c) => c.outerHTML)`);
    expect(unnamed).toEqual([]);
  });

  it('turns the scheduled consolidation on and shows it', async () => {
    const { page } = await open();
    const toggle = page.getByRole('switch', { name: 'Rekap otomatis terjadwal' });
    await expect(toggle.isChecked()).resolves.toBe(false);
    await toggle.check();
    await page.getByText('Rekap otomatis aktif.').waitFor();
    await expect(page.getByText(/^Aktif, setiap \d+ jam\./).isVisible()).resolves.toBe(true);
    expect(serverState().automation?.on).toBe(true);
  });

  it('in the bound build, warns the admin and asks before automation goes on: "Batal" keeps it off, "Ya" switches it on', async () => {
    server = sampleServer({ bound: true });
    const { page } = await open();
    const warning = page.getByRole('note', { name: 'Peringatan versi uji coba' });
    await expect(warning.textContent()).resolves.toContain(
      'setiap editor Sheet ini, termasuk operator UPT, dapat mengubahnya',
    );
    const toggle = page.getByRole('switch', { name: 'Rekap otomatis terjadwal' });
    await toggle.check();
    const question = page.getByRole('group', { name: 'Konfirmasi otomatisasi' });
    await expect(question.textContent()).resolves.toContain('Apakah hanya admin Kanwil yang menjadi editor Sheet ini?');
    await page.getByRole('button', { name: 'Batal' }).click();
    await page.getByText('Otomatisasi tetap nonaktif.').waitFor();
    await expect(toggle.isChecked()).resolves.toBe(false);
    expect(serverState().automation?.on).toBe(false);

    await toggle.check();
    await page.getByRole('button', { name: 'Ya, hanya admin' }).click();
    await page.getByText('Rekap otomatis aktif.').waitFor();
    await expect(toggle.isChecked()).resolves.toBe(true);
    expect(serverState().automation?.on).toBe(true);
  });

  it('shows no trial warning in the add-on', async () => {
    const { page } = await open();
    await page.getByRole('heading', { name: 'Status UPT' }).waitFor();
    await expect(page.getByRole('note', { name: 'Peringatan versi uji coba' }).count()).resolves.toBe(0);
  });

  it('prepares the chat summary in a labelled text area and copies it', async () => {
    const sidebar = await open();
    const { page } = sidebar;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Salin ringkasan' }).click();
    const text = page.getByLabel('Ringkasan untuk grup percakapan');
    await text.waitFor();
    const summary = await text.inputValue();
    expect(summary).toContain('Februari 2026');
    await page.getByRole('button', { name: 'Salin ke papan klip' }).click();
    await page.getByText('Ringkasan disalin. Tempel di grup percakapan.').waitFor();
    await expect(page.evaluate('navigator.clipboard.readText()')).resolves.toBe(summary);
  });

  it('explains a failed load in Bahasa Indonesia and loads again on "Coba lagi"', async () => {
    server.emulator.ledger.inject({ when: () => true, error: APPS_SCRIPT_ERRORS.tooManySimultaneous });
    const { page } = await open();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(
      'Terlalu banyak permintaan bersamaan ke Google Sheets. Tunggu sebentar, lalu coba lagi.',
    );
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text only; textContent would include the script.
    expect(await page.locator('body').innerText()).not.toMatch(/Too many|Exception|Error|\bat \w+ \(/);
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await page.getByRole('heading', { name: 'Status UPT' }).waitFor();
  });
});
