// Sidebar entry point: loads the panel state and shows the operator or the Kanwil view by role.
import type { PanelState } from '../shared/rpc';
import { el, replaceChildren } from './dom';
import { kanwilView } from './kanwil-view';
import { operatorView } from './operator-view';
import { call } from './rpc';
import { readableServerError } from './server-error';

const ROLE_LABEL: Readonly<Record<PanelState['role'], string>> = {
  admin: 'Admin Kanwil',
  operator: 'Operator UPT',
  none: 'Belum terdaftar',
};

function header(state: PanelState): HTMLElement {
  return el(
    'header',
    { className: 'top' },
    el('h1', {}, 'Rekap UPT'),
    el('p', { className: 'period' }, `Periode ${state.periodLabel}`),
    el('p', { className: 'muted who' }, `${state.email || 'Akun tidak dikenal'} · ${ROLE_LABEL[state.role]}`),
  );
}

function unregistered(state: PanelState): HTMLElement {
  // Apps Script hides the e-mail of consumer accounts and of other domains, so such a user cannot be matched.
  const why = state.email
    ? `Akun ${state.email} belum terdaftar sebagai operator UPT atau admin Kanwil.`
    : 'Google tidak memberikan alamat e-mail akun ini ke add-on (akun pribadi atau domain lain).';
  const next = state.email
    ? 'Minta admin Kanwil menambahkan e-mail Anda di lembar Pengaturan.'
    : 'Masuk dengan akun kantor yang terdaftar di lembar Pengaturan, lalu buka panel lagi.';
  return el('section', { className: 'card empty', attrs: { role: 'status' } }, el('p', {}, why), el('p', {}, next));
}

function view(state: PanelState): HTMLElement {
  if (state.role === 'admin') return kanwilView(state);
  if (state.role === 'operator') return operatorView(state);
  return unregistered(state);
}

async function load(app: HTMLElement): Promise<void> {
  app.setAttribute('aria-busy', 'true');
  replaceChildren(
    app,
    el(
      'p',
      { className: 'loading' },
      el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }),
      'Memuat panel…',
    ),
  );
  try {
    const state = await call('getPanelState');
    replaceChildren(app, header(state), view(state));
  } catch (error) {
    replaceChildren(
      app,
      el('h1', {}, 'Rekap UPT'),
      el(
        'section',
        { className: 'card feedback-error', attrs: { role: 'alert' } },
        el('p', {}, readableServerError(error)),
        el('button', { className: 'primary', attrs: { type: 'button' }, onClick: () => load(app) }, 'Coba lagi'),
      ),
    );
  } finally {
    app.removeAttribute('aria-busy');
  }
}

const app = document.getElementById('app');
if (app) void load(app);
