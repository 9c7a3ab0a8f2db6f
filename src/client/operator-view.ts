// The operator view: the unit's status, "Periksa tab saya" with issues linked to their cells, and "Kirim laporan".
import type { IssueView, PanelState, TabCheck, UnitStatusView } from '../shared/rpc';
import { ActionFeedback, runAction } from './action-feedback';
import { el, replaceChildren, uniqueId } from './dom';
import { formatDateTime } from './format';
import { cellLabel, issueList } from './issue-list';
import { call } from './rpc';
import { statusBadge } from './status-badge';

/** The unit's status, with the sent time, the Kanwil's note for a returned tab, and edits after sending. */
function unitStatusBlock(unit: UnitStatusView): HTMLElement {
  const details: (HTMLElement | null)[] = [];
  if (unit.status === 'Dikirim' || (unit.status === 'Dikembalikan' && unit.sentAt)) {
    const by = unit.sentBy ? ` oleh ${unit.sentBy}` : '';
    details.push(el('p', { className: 'sent-at' }, `Dikirim ${formatDateTime(unit.sentAt)}${by}`));
  }
  if (unit.status === 'Dikembalikan') {
    details.push(
      el(
        'div',
        { className: 'return-note', attrs: { role: 'note' } },
        el('p', { className: 'return-note-title' }, 'Dikembalikan oleh Kanwil. Catatan:'),
        el('p', { className: 'return-note-text' }, unit.returnNote || '(tanpa catatan)'),
        el('p', { className: 'muted' }, 'Perbaiki tab, periksa lagi, lalu kirim ulang.'),
      ),
    );
  }
  if (unit.changedAfterSending) {
    details.push(
      el(
        'p',
        { className: 'changed-after' },
        'Tab diubah setelah dikirim. Kirim ulang agar Kanwil memakai angka terbaru.',
      ),
    );
  }
  if (unit.status === 'Belum diisi') details.push(el('p', { className: 'muted' }, 'Tab belum diisi.'));
  if (unit.status === 'Draf') details.push(el('p', { className: 'muted' }, 'Belum dikirim ke Kanwil.'));
  if (unit.lastChange)
    details.push(el('p', { className: 'muted' }, `Perubahan terakhir: ${formatDateTime(unit.lastChange)}`));
  return el(
    'div',
    { className: 'unit-status' },
    el('p', { className: 'status-line' }, 'Status: ', statusBadge(unit.status)),
    ...details,
  );
}

function unitPanel(initial: UnitStatusView): HTMLElement {
  let unit = initial;
  let lastCheck: TabCheck | null = null;
  const statusHolder = el('div', {}, unitStatusBlock(unit));
  const checkButton = el('button', { className: 'primary', attrs: { type: 'button' } }, 'Periksa tab saya');
  const sendButton = el('button', { attrs: { type: 'button' } }, 'Kirim laporan');
  const sendHintId = uniqueId('send-hint');
  const sendHint = el('p', { className: 'hint', attrs: { id: sendHintId } });
  sendButton.setAttribute('aria-describedby', sendHintId);
  const feedback = new ActionFeedback();
  const results = el('div', { className: 'results' });

  function updateSend(): void {
    sendButton.disabled = !lastCheck?.canSend;
    sendHint.textContent = !lastCheck
      ? 'Periksa tab terlebih dahulu; "Kirim laporan" aktif bila tidak ada kesalahan.'
      : lastCheck.canSend
        ? 'Tidak ada kesalahan: tab siap dikirim.'
        : (lastCheck.sendRefusal ?? 'Tab sudah dikirim; kirim ulang aktif bila isinya diubah.');
  }

  function showCheck(check: TabCheck): void {
    lastCheck = check;
    unit = check.unit;
    replaceChildren(statusHolder, unitStatusBlock(unit));
    const list = issueList(check.issues, goToCell);
    replaceChildren(results, list);
    updateSend();
    list.querySelector<HTMLElement>('.check-summary')?.focus();
  }

  async function goToCell(issue: IssueView, link: HTMLButtonElement): Promise<void> {
    const result = await runAction([link], feedback, `Membuka ${cellLabel(issue)}…`, () =>
      call('goToCell', issue.sheet, issue.cell),
    );
    if (result) feedback.result(result, 'info');
  }

  checkButton.addEventListener('click', async () => {
    const check = await runAction([checkButton, sendButton], feedback, 'Memeriksa tab…', () =>
      call('checkUnitTab', unit.code),
    );
    updateSend();
    if (!check) return;
    feedback.clear();
    showCheck(check);
  });

  sendButton.addEventListener('click', async () => {
    const check = await runAction([checkButton, sendButton], feedback, 'Mengirim laporan…', () =>
      call('sendUnitTab', unit.code),
    );
    updateSend();
    if (!check) return;
    showCheck(check);
    if (check.unit.status === 'Dikirim') {
      feedback.show('ok', `Laporan terkirim: ${formatDateTime(check.unit.sentAt)}.`);
    } else {
      feedback.show(
        'error',
        'Laporan belum terkirim: masih ada kesalahan. Perbaiki sel yang ditunjuk, lalu periksa lagi.',
      );
    }
  });

  updateSend();
  return el(
    'section',
    { className: 'card unit-panel', attrs: { 'aria-label': `UPT ${initial.name}` } },
    el('h2', {}, initial.name),
    el('p', { className: 'muted' }, `Tab ${initial.sheetName}`),
    statusHolder,
    el('div', { className: 'actions' }, checkButton, sendButton),
    sendHint,
    feedback.element,
    results,
  );
}

/** The operator view; an operator of several units picks one from a labelled list. */
export function operatorView(state: PanelState): HTMLElement {
  if (state.units.length === 0) {
    return el(
      'section',
      { className: 'card empty' },
      el('p', {}, 'Belum ada UPT yang terhubung dengan akun Anda.'),
      el('p', { className: 'muted' }, 'Minta admin Kanwil menambahkan e-mail Anda di lembar Pengaturan.'),
    );
  }
  if (state.units.length === 1) return unitPanel(state.units[0] as UnitStatusView);
  const selectId = uniqueId('unit-select');
  const select = el('select', { attrs: { id: selectId } });
  for (const unit of state.units) select.appendChild(el('option', { attrs: { value: unit.code } }, unit.name));
  const holder = el('div', {}, unitPanel(state.units[0] as UnitStatusView));
  select.addEventListener('change', () => {
    const unit = state.units.find((u) => u.code === select.value);
    if (unit) replaceChildren(holder, unitPanel(unit));
  });
  return el(
    'div',
    {},
    el('div', { className: 'field' }, el('label', { attrs: { for: selectId } }, 'UPT'), select),
    holder,
  );
}
