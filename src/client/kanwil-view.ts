// The Kanwil view: actions (validate, consolidate, report), automation, the chat summary and the status board.
import type { ActionResult, AutomationView, PanelState, TrialNotice } from '../shared/rpc';
import { ActionFeedback, runAction } from './action-feedback';
import { el, replaceChildren, uniqueId } from './dom';
import { formatDateTime } from './format';
import { call } from './rpc';
import { statusBoard } from './status-board';

/** Only https links are rendered, so no value can smuggle a javascript: URL into an href. */
function safeUrl(url: string | null): string | null {
  return url && /^https:\/\//i.test(url) ? url : null;
}

function reportLinks(docUrl: string | null, pdfUrl: string | null): HTMLElement {
  const link = (href: string | null, text: string) =>
    href ? el('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, text) : null;
  return el(
    'p',
    { className: 'report-links' },
    link(safeUrl(docUrl), 'Buka laporan (Google Dokumen)'),
    link(safeUrl(pdfUrl), 'Buka PDF'),
  );
}

function automationText(automation: AutomationView): string {
  const run = automation.lastRun
    ? `Terakhir berjalan: ${formatDateTime(automation.lastRun.at)} — ${automation.lastRun.outcome}`
    : 'Belum pernah berjalan.';
  return automation.on ? `Aktif, setiap ${automation.everyHours} jam. ${run}` : `Nonaktif. ${run}`;
}

/** Text with blank lines as paragraphs. */
function paragraphs(text: string): HTMLElement[] {
  return text.split(/\n{2,}/).map((p) => el('p', {}, p));
}

/** The bound build's warning, first in the admin's view. */
function trialBanner(trial: TrialNotice): HTMLElement {
  return el(
    'section',
    { className: 'card trial-warning', attrs: { role: 'note', 'aria-label': 'Peringatan versi uji coba' } },
    el('h2', {}, 'Versi uji coba'),
    el('p', {}, trial.warning),
  );
}

/**
 * The automation switch. In the bound build (`trial`), switching on first asks whether only admins edit the Sheet;
 * only "Ya" sends the admin's answer with the request.
 */
function automationSection(initial: AutomationView, trial: TrialNotice | null): HTMLElement {
  const id = uniqueId('automation');
  const toggle = el('input', { attrs: { type: 'checkbox', id, role: 'switch' } });
  toggle.checked = initial.on;
  const info = el('p', { className: 'muted' }, automationText(initial));
  const feedback = new ActionFeedback();
  const question = el('div', {
    className: 'confirm',
    attrs: { role: 'group', 'aria-label': 'Konfirmasi otomatisasi' },
  });
  question.hidden = true;

  async function apply(wanted: boolean, onlyAdminsEdit: boolean): Promise<void> {
    const result = await runAction([toggle], feedback, wanted ? 'Mengaktifkan rekap otomatis…' : 'Menonaktifkan…', () =>
      call('setAutomation', wanted, onlyAdminsEdit),
    );
    toggle.checked = result ? result.on : !wanted;
    if (!result) return;
    info.textContent = automationText(result);
    feedback.show('ok', result.on ? 'Rekap otomatis aktif.' : 'Rekap otomatis nonaktif.');
  }

  function ask(notice: TrialNotice): void {
    toggle.disabled = true;
    const close = () => {
      question.hidden = true;
      replaceChildren(question);
      toggle.disabled = false;
    };
    const yes = el('button', { className: 'primary', attrs: { type: 'button' } }, 'Ya, hanya admin');
    const no = el('button', { attrs: { type: 'button' } }, 'Batal');
    yes.addEventListener('click', () => {
      close();
      void apply(true, true);
    });
    no.addEventListener('click', () => {
      close();
      toggle.checked = false;
      feedback.show('info', 'Otomatisasi tetap nonaktif.');
    });
    replaceChildren(question, ...paragraphs(notice.onlyAdminsQuestion), el('div', { className: 'actions' }, yes, no));
    question.hidden = false;
    yes.focus();
  }

  toggle.addEventListener('change', () => {
    if (toggle.checked && trial) ask(trial);
    else void apply(toggle.checked, false);
  });
  return el(
    'section',
    { className: 'card', attrs: { 'aria-labelledby': `${id}-title` } },
    el('h2', { attrs: { id: `${id}-title` } }, 'Otomatisasi'),
    el('div', { className: 'switch' }, toggle, el('label', { attrs: { for: id } }, 'Rekap otomatis terjadwal')),
    question,
    info,
    feedback.element,
  );
}

function chatSummarySection(): HTMLElement {
  const id = uniqueId('chat');
  const make = el('button', { attrs: { type: 'button' } }, 'Salin ringkasan');
  const feedback = new ActionFeedback();
  const holder = el('div');
  make.addEventListener('click', async () => {
    const result = await runAction([make], feedback, 'Menyusun ringkasan…', () => call('getChatSummary'));
    if (!result) return;
    if (!result.ok) {
      feedback.result(result);
      return;
    }
    feedback.clear();
    const text = el('textarea', { attrs: { id: `${id}-text`, rows: '8', readonly: 'readonly' } });
    text.value = result.message;
    const copy = el('button', { className: 'primary copy-button', attrs: { type: 'button' } }, 'Salin ke papan klip');
    copy.addEventListener('click', async () => {
      text.select();
      try {
        await navigator.clipboard.writeText(text.value);
        feedback.show('ok', 'Ringkasan disalin. Tempel di grup percakapan.');
      } catch {
        // The sidebar iframe may be denied clipboard access; the text stays selected for Ctrl+C.
        feedback.show('info', 'Teks sudah dipilih: tekan Ctrl+C untuk menyalin.');
      }
    });
    replaceChildren(
      holder,
      el('label', { attrs: { for: `${id}-text` } }, 'Ringkasan untuk grup percakapan'),
      text,
      copy,
    );
  });
  return el(
    'section',
    { className: 'card', attrs: { 'aria-labelledby': `${id}-title` } },
    el('h2', { attrs: { id: `${id}-title` } }, 'Ringkasan'),
    make,
    feedback.element,
    holder,
  );
}

/** The Kanwil view; the board reloads from the server after every action that changes it. */
export function kanwilView(state: PanelState): HTMLElement {
  const actionFeedback = new ActionFeedback();
  const boardFeedback = new ActionFeedback();
  const boardHolder = el('div');
  const reportHolder = el('div');
  const validate = el('button', { attrs: { type: 'button' } }, 'Validasi semua');
  const consolidate = el('button', { className: 'primary', attrs: { type: 'button' } }, 'Rekap sekarang');
  const report = el('button', { attrs: { type: 'button' } }, 'Buat laporan');
  const refresh = el('button', { className: 'small', attrs: { type: 'button' } }, 'Muat ulang');
  const actionButtons = [validate, consolidate, report];
  // What the figures count (the basis in "Pengaturan") and every unit they leave out, refreshed with the board.
  const basisLine = el('p', { className: 'basis' }, state.basis ?? '');

  /** Reloads the board; `outcome` (e.g. of returning a tab) is shown once the board is fresh. */
  async function reloadBoard(outcome?: ActionResult): Promise<void> {
    const fresh = await runAction([refresh], boardFeedback, 'Memuat status UPT…', () => call('getPanelState'));
    if (!fresh) return;
    basisLine.textContent = fresh.basis ?? '';
    if (outcome) boardFeedback.result(outcome);
    else boardFeedback.clear();
    replaceChildren(boardHolder, statusBoard(fresh.units, boardFeedback, reloadBoard));
  }

  async function runAndReload(busy: string, work: () => Promise<ActionResult>): Promise<void> {
    const result = await runAction(actionButtons, actionFeedback, busy, work);
    if (!result) return;
    actionFeedback.result(result);
    await reloadBoard();
  }

  validate.addEventListener('click', () => runAndReload('Memvalidasi semua UPT…', () => call('runValidateAll')));
  consolidate.addEventListener('click', () => runAndReload('Merekap data semua UPT…', () => call('runConsolidation')));
  report.addEventListener('click', async () => {
    const result = await runAction(
      actionButtons,
      actionFeedback,
      'Membuat laporan… (dapat memakan waktu 1 menit)',
      () => call('runReport'),
    );
    if (!result) return;
    actionFeedback.result(result);
    if (result.docUrl || result.pdfUrl) {
      replaceChildren(reportHolder, reportLinks(result.docUrl, result.pdfUrl));
    }
  });
  refresh.addEventListener('click', () => reloadBoard());

  const last = state.lastReport;
  if (last) {
    replaceChildren(
      reportHolder,
      el('p', { className: 'muted' }, `Laporan terakhir: ${formatDateTime(last.at)}`),
      reportLinks(last.docUrl, last.pdfUrl),
    );
  }
  replaceChildren(boardHolder, statusBoard(state.units, boardFeedback, reloadBoard));

  return el(
    'div',
    { className: 'kanwil' },
    state.trial ? trialBanner(state.trial) : null,
    el(
      'section',
      { className: 'card', attrs: { 'aria-labelledby': 'actions-title' } },
      el('h2', { attrs: { id: 'actions-title' } }, 'Tindakan'),
      basisLine,
      el('div', { className: 'actions' }, consolidate, validate, report),
      actionFeedback.element,
      reportHolder,
    ),
    el(
      'section',
      { className: 'card', attrs: { 'aria-labelledby': 'board-title' } },
      el('div', { className: 'section-head' }, el('h2', { attrs: { id: 'board-title' } }, 'Status UPT'), refresh),
      boardFeedback.element,
      boardHolder,
    ),
    state.automation ? automationSection(state.automation, state.trial) : null,
    chatSummarySection(),
  );
}
