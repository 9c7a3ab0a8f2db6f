// The operator's sidebar in headless Chromium against the built bundle: check, jump to the cell, fix, send; injection; errors.
import type { Browser } from 'playwright-core';
import { APPS_SCRIPT_ERRORS } from '../../emulator';
import { removeBuiltDistCopy } from './built-dist';
import { type SampleOptions, type SampleServer, sampleServer } from './sample-server';
import { screenshotPath } from './screenshots';
import { launchBrowser, openSidebar, type SidebarPage } from './sidebar-page';

const UNIT = 'BAPAS-PKU';
const INJECTION = '<img src=x onerror=alert(1)>';

let browser: Browser;
let server: SampleServer;
let sidebar: SidebarPage | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  removeBuiltDistCopy();
});

/** The sample workbook with the sidebar of UNIT's operator (or of `email`). */
async function open(options: SampleOptions = {}, email?: string): Promise<SidebarPage> {
  server = sampleServer(options);
  sidebar = await openSidebar(browser, server.as(email ?? server.operatorOf(UNIT)));
  return sidebar;
}

afterEach(async () => {
  if (!sidebar) return;
  const { dialogs, pageErrors } = sidebar;
  await sidebar.close();
  sidebar = null;
  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
});

describe('operator sidebar', () => {
  it('shows a loading state, then the unit of the signed-in operator with its status', async () => {
    const sidebar = await open({ drafts: [UNIT] });
    const { page } = sidebar;
    const release = sidebar.hold('getPanelState');
    await sidebar.load();
    await expect(page.getByText('Memuat panel…').isVisible()).resolves.toBe(true);
    release();
    await page.getByRole('heading', { name: 'Bapas Kelas II Pekanbaru' }).waitFor();
    await expect(page.locator('header').textContent()).resolves.toContain('Periode Februari 2026');
    await expect(page.locator('.unit-status .badge').textContent()).resolves.toBe('Draf');
    // Nothing has been checked yet, so nothing can be sent.
    await expect(page.getByRole('button', { name: 'Kirim laporan' }).isDisabled()).resolves.toBe(true);
  });

  it('finds the issues, jumps to a cell, and sends once the errors are fixed', async () => {
    const sidebar = await open({ drafts: [UNIT] });
    const { page } = sidebar;
    const newClients = server.cellOf(UNIT, 'klien.klien_baru');
    const spent = server.cellOf(UNIT, 'anggaran.realisasi_rp');
    // An en-US browser reads the typed "1.240" as a decimal; the budget spent exceeds the ceiling.
    server.type(UNIT, 'klien.klien_baru', 1.24);
    server.type(UNIT, 'anggaran.realisasi_rp', 9_999_999_999);
    // A Zona Integritas score below the WBK threshold only warns.
    server.type(UNIT, 'zona_integritas.nilai', 60);
    await sidebar.load();

    await page.getByRole('button', { name: 'Periksa tab saya' }).click();
    const summary = page.locator('.check-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toBe('2 kesalahan · 1 peringatan');
    const errors = page.getByRole('region', { name: 'Kesalahan (2)' });
    await expect(errors.textContent()).resolves.toContain('salah pemisah ribuan');
    await expect(page.getByRole('button', { name: 'Kirim laporan' }).isDisabled()).resolves.toBe(true);
    await expect(
      page.getByText('Masih ada 2 kesalahan: perbaiki sel yang ditunjuk sebelum mengirim.').isVisible(),
    ).resolves.toBe(true);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath('operator.png'), fullPage: true });

    await page.getByRole('button', { name: `Tab ${UNIT} · sel ${newClients}` }).click();
    await page.getByText(`Sel ${UNIT}!${newClients} dipilih.`).waitFor();
    expect(server.spreadsheet.activeSheet?.getName()).toBe(UNIT);
    expect(server.spreadsheet.activeRange?.getA1Notation()).toBe(newClients);

    server.type(UNIT, 'klien.klien_baru', 1_240);
    server.type(UNIT, 'anggaran.realisasi_rp', 1_000);
    await page.getByRole('button', { name: 'Periksa tab saya' }).click();
    await page.locator('.check-summary.no-errors').waitFor();
    await expect(summary.textContent()).resolves.toBe('0 kesalahan · 1 peringatan');
    await expect(page.getByRole('button', { name: `Tab ${UNIT} · sel ${spent}` }).count()).resolves.toBe(0);
    const send = page.getByRole('button', { name: 'Kirim laporan' });
    await expect(send.isEnabled()).resolves.toBe(true);

    await send.click();
    await page.getByText(/^Laporan terkirim: \d{1,2} Februari 2026 \d{2}\.\d{2} WIB\.$/).waitFor();
    await expect(page.locator('.unit-status .badge').textContent()).resolves.toBe('Dikirim');
    await expect(page.locator('.unit-status .sent-at').textContent()).resolves.toContain(
      `oleh ${server.operatorOf(UNIT)}`,
    );
    // The Kanwil sees the same status.
    const kanwil = server.bundle.callFromSidebar(server.admin, 'getPanelState') as {
      units: { code: string; status: string }[];
    };
    expect(kanwil.units.find((u) => u.code === UNIT)?.status).toBe('Dikirim');
  });

  it('lets an operator of several units pick the unit to check', async () => {
    const email = 'kasi.binadik@contoh.go.id';
    const sidebar = await open({ sharedOperator: { email, units: [UNIT, 'RUPBASAN-BKS'] } }, email);
    const { page } = sidebar;
    await sidebar.load();
    const picker = page.getByLabel('UPT', { exact: true });
    await expect(picker.locator('option').allTextContents()).resolves.toEqual([
      'Bapas Kelas II Pekanbaru',
      'Rupbasan Kelas IIB Bengkalis',
    ]);
    await picker.selectOption({ label: 'Rupbasan Kelas IIB Bengkalis' });
    await page.getByRole('heading', { name: 'Rupbasan Kelas IIB Bengkalis' }).waitFor();
    await page.getByRole('button', { name: 'Periksa tab saya' }).click();
    await page.locator('.check-summary').waitFor();
    expect(sidebar.calls.at(-1)).toBe('checkUnitTab');
    await expect(page.locator('.unit-panel > .muted').first().textContent()).resolves.toBe('Tab RUPBASAN-BKS');
  });

  it('tells an account without a role how to get access, including one whose e-mail Google hides', async () => {
    server = sampleServer();
    for (const [email, text] of [
      ['tamu@contoh.go.id', 'Akun tamu@contoh.go.id belum terdaftar sebagai operator UPT atau admin Kanwil.'],
      ['lapas.pekanbaru@gmail.com', 'Google tidak memberikan alamat e-mail akun ini ke add-on'],
    ] as const) {
      const guest = await openSidebar(browser, server.as(email));
      sidebar = guest;
      await guest.load();
      await expect(guest.page.getByRole('status').textContent()).resolves.toContain(text);
      await expect(guest.page.getByRole('button', { name: 'Periksa tab saya' }).count()).resolves.toBe(0);
      await expect(guest.page.getByRole('button', { name: 'Rekap sekarang' }).count()).resolves.toBe(0);
      await guest.close();
      sidebar = null;
      expect(guest.dialogs).toEqual([]);
    }
  });

  it('can be used with the keyboard alone: check, land on the result, open the cell', async () => {
    const sidebar = await open({ drafts: [UNIT] });
    const { page } = sidebar;
    const newClients = server.cellOf(UNIT, 'klien.klien_baru');
    server.type(UNIT, 'klien.klien_baru', 1.24);
    await sidebar.load();
    await page.getByRole('heading', { name: 'Bapas Kelas II Pekanbaru' }).waitFor();
    const focused = () => page.evaluate('document.activeElement ? document.activeElement.textContent : ""');

    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe('Periksa tab saya');
    await page.keyboard.press('Enter');
    await page.locator('.check-summary').waitFor();
    // Focus moves to the result, so a screen reader reads the counts first.
    await expect(focused()).resolves.toBe('1 kesalahan · 0 peringatan');
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toBe(`Tab ${UNIT} · sel ${newClients}`);
    await page.keyboard.press('Enter');
    await page.getByText(`Sel ${UNIT}!${newClients} dipilih.`).waitFor();
    expect(server.spreadsheet.activeRange?.getA1Notation()).toBe(newClients);
  });

  it('shows unit-supplied text literally and runs none of it', async () => {
    const sidebar = await open();
    const { page } = sidebar;
    server.type(UNIT, 'klien.klien_aktif', INJECTION);
    const returned = server.bundle.callFromSidebar(server.admin, 'returnUnitTab', UNIT, `Periksa ${INJECTION}`);
    expect(returned).toMatchObject({ ok: true });
    await sidebar.load();
    await page.getByText(`Periksa ${INJECTION}`, { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Periksa tab saya' }).click();
    await page.locator('.check-summary').waitFor();
    await expect(page.locator('.issue-message', { hasText: INJECTION }).count()).resolves.toBe(1);
    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(page.locator('[onerror]').count()).resolves.toBe(0);
    // afterEach asserts that no alert dialog fired and the page raised no error.
  });

  it("refuses, in Bahasa Indonesia, an operator who calls admin actions or another unit's tab from the console", async () => {
    const sidebar = await open();
    await sidebar.load();
    await sidebar.page.getByRole('heading', { name: 'Bapas Kelas II Pekanbaru' }).waitFor();
    // What a curious operator could type in the browser console: google.script.run is reachable from the page.
    const viaConsole = (call: string) =>
      sidebar.page.evaluate(`new Promise((resolve) => google.script.run
        .withSuccessHandler((value) => resolve({ value }))
        .withFailureHandler((error) => resolve({ error: error.message }))${call})`);
    await expect(viaConsole('.runConsolidation()')).resolves.toEqual({
      value: { ok: false, message: expect.stringContaining('khusus admin Kanwil') },
    });
    await expect(viaConsole(".checkUnitTab('LP-PKU')")).resolves.toEqual({
      error: expect.stringContaining('tidak berhak'),
    });
    expect(server.spreadsheet.sheetByNameUnrecorded('Rekap Pangan')).toBeNull();
  });

  it('explains a server failure in Bahasa Indonesia without a stack trace, and recovers', async () => {
    const sidebar = await open();
    const { page } = sidebar;
    await sidebar.load();
    await page.getByRole('heading', { name: 'Bapas Kelas II Pekanbaru' }).waitFor();
    // Every read times out, so the server's bounded retries give up and the failure reaches the panel.
    server.emulator.ledger.inject({
      when: (call) => call.kind === 'read',
      error: `${APPS_SCRIPT_ERRORS.spreadsheetsTimedOut}${server.spreadsheet.getId()}`,
      repeat: true,
    });

    await page.getByRole('button', { name: 'Periksa tab saya' }).click();
    const message = page.locator('.feedback-error');
    await message.waitFor();
    await expect(message.textContent()).resolves.toBe(
      'Google Sheets tidak merespons tepat waktu. Tunggu sebentar, lalu coba lagi.',
    );
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text only; textContent would include the script.
    const shown = await page.locator('body').innerText();
    expect(shown).not.toMatch(/Service Spreadsheets|Exception|Error|\bat \w+ \(|Code\.js/);

    server.emulator.ledger.clearFaults();
    await page.getByRole('button', { name: 'Periksa tab saya' }).click();
    await page.locator('.check-summary').waitFor();
    await expect(message.isVisible()).resolves.toBe(false);
  });
});
