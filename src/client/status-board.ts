// The Kanwil's status board: every unit with its badge, issue counts, last change, and "Kembalikan" with a note.
import type { ActionResult, Status, UnitStatusView } from '../shared/rpc';
import { type ActionFeedback, runAction } from './action-feedback';
import { el, replaceChildren, uniqueId } from './dom';
import { formatDateTime, formatNumber } from './format';
import { call } from './rpc';
import { statusBadge } from './status-badge';

const SUBMISSION_ORDER: readonly Status[] = ['Dikirim', 'Dikembalikan', 'Draf', 'Belum diisi'];

/** Called with the server's answer after a tab was returned, so the board can be reloaded and the answer shown. */
export type OnReturned = (result: ActionResult) => Promise<void>;

function returnForm(unit: UnitStatusView, feedback: ActionFeedback, onReturned: OnReturned, close: () => void) {
  const noteId = uniqueId('return-note');
  const note = el('textarea', {
    attrs: { id: noteId, rows: '3', maxlength: '500', placeholder: 'Contoh: realisasi anggaran melebihi pagu.' },
  });
  const submit = el('button', { className: 'primary', attrs: { type: 'submit' } }, 'Kembalikan tab');
  const cancel = el('button', { attrs: { type: 'button' }, onClick: close }, 'Batal');
  const form = el(
    'form',
    { className: 'return-form' },
    el('label', { attrs: { for: noteId } }, `Catatan untuk operator ${unit.name}`),
    note,
    el('div', { className: 'actions' }, submit, cancel),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = note.value.trim();
    if (!text) {
      feedback.show('error', 'Tulis catatan untuk operator: apa yang harus diperbaiki.');
      note.focus();
      return;
    }
    const result = await runAction([submit, cancel], feedback, `Mengembalikan tab ${unit.sheetName}…`, () =>
      call('returnUnitTab', unit.code, text),
    );
    if (!result) return;
    if (result.ok) await onReturned(result);
    else feedback.result(result);
  });
  return form;
}

function boardRow(unit: UnitStatusView, feedback: ActionFeedback, onReturned: OnReturned): HTMLElement {
  const counts = el(
    'span',
    { className: 'counts' },
    el('span', { className: unit.errors > 0 ? 'count-errors' : '' }, `${formatNumber(unit.errors)} kesalahan`),
    ' · ',
    el('span', { className: unit.warnings > 0 ? 'count-warnings' : '' }, `${formatNumber(unit.warnings)} peringatan`),
  );
  const formHolder = el('div');
  const returnButton = el(
    'button',
    { className: 'small', attrs: { type: 'button', 'aria-label': `Kembalikan tab ${unit.name}` } },
    'Kembalikan',
  );
  const close = () => {
    replaceChildren(formHolder);
    returnButton.hidden = false;
    returnButton.focus();
  };
  returnButton.addEventListener('click', () => {
    returnButton.hidden = true;
    const form = returnForm(unit, feedback, onReturned, close);
    replaceChildren(formHolder, form);
    form.querySelector('textarea')?.focus();
  });
  const sent = unit.sentAt && unit.status === 'Dikirim' ? `Dikirim ${formatDateTime(unit.sentAt)}` : null;
  return el(
    'li',
    { className: 'board-row', attrs: { 'data-unit': unit.code } },
    el('div', { className: 'board-head' }, el('span', { className: 'unit-name' }, unit.name), statusBadge(unit.status)),
    el('p', { className: 'board-line' }, el('span', { className: 'muted' }, `Tab ${unit.sheetName} · `), counts),
    sent || unit.status === 'Dikirim'
      ? el('div', { className: 'board-foot' }, el('span', { className: 'muted' }, sent ?? ''), returnButton)
      : null,
    unit.lastChange ? el('p', { className: 'muted' }, `Perubahan terakhir: ${formatDateTime(unit.lastChange)}`) : null,
    unit.changedAfterSending ? el('p', { className: 'changed-after' }, 'Diubah setelah dikirim') : null,
    unit.status === 'Dikembalikan' && unit.returnNote
      ? el('p', { className: 'return-note-text' }, `Catatan: ${unit.returnNote}`)
      : null,
    formHolder,
  );
}

/** Board filters: which rows to show. */
const FILTERS: readonly { readonly label: string; readonly keep: (u: UnitStatusView) => boolean }[] = [
  { label: 'Semua UPT', keep: () => true },
  { label: 'Belum dikirim', keep: (u) => u.status !== 'Dikirim' },
  { label: 'Ada kesalahan', keep: (u) => u.errors > 0 },
  { label: 'Diubah setelah dikirim', keep: (u) => u.changedAfterSending },
];

function boardFilter(units: readonly UnitStatusView[], rows: readonly HTMLElement[]): HTMLElement {
  const id = uniqueId('board-filter');
  const select = el('select', { attrs: { id } });
  FILTERS.forEach((f, i) => {
    select.appendChild(el('option', { attrs: { value: String(i) } }, f.label));
  });
  select.addEventListener('change', () => {
    const filter = FILTERS[Number(select.value)] ?? FILTERS[0];
    units.forEach((u, i) => {
      const row = rows[i];
      if (row && filter) row.hidden = !filter.keep(u);
    });
  });
  return el('div', { className: 'field filter' }, el('label', { attrs: { for: id } }, 'Tampilkan'), select);
}

export function statusBoard(
  units: readonly UnitStatusView[],
  feedback: ActionFeedback,
  onReturned: OnReturned,
): HTMLElement {
  if (units.length === 0) {
    return el(
      'p',
      { className: 'empty' },
      'Belum ada UPT. Isi daftar UPT di lembar Pengaturan, lalu pilih menu Rekap UPT › Siapkan / perbarui tab UPT.',
    );
  }
  const sent = units.filter((u) => u.status === 'Dikirim').length;
  const rows = units.map((u) => boardRow(u, feedback, onReturned));
  const tally = SUBMISSION_ORDER.map((status) => ({ status, n: units.filter((u) => u.status === status).length }))
    .filter(({ n }) => n > 0)
    .map(({ status, n }) => el('li', {}, statusBadge(status), ` ${formatNumber(n)}`));
  return el(
    'div',
    {},
    el(
      'p',
      { className: 'board-summary' },
      `${formatNumber(sent)} dari ${formatNumber(units.length)} UPT sudah mengirim.`,
    ),
    el('ul', { className: 'tally', attrs: { 'aria-label': 'Jumlah UPT per status' } }, ...tally),
    boardFilter(units, rows),
    el('ul', { className: 'board' }, ...rows),
  );
}
