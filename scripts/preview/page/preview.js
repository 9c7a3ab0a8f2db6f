// The preview page: renders the state the preview server gives, and sends what the person does back to it.
// Every text from the workbook arrives escaped (the grid) or is set with textContent (everything else).
(() => {
  const $ = (id) => document.getElementById(id);
  const grid = $('grid');
  const panel = $('panel');
  const overlay = $('overlay');
  const formulaInput = $('isi-sel');
  // The grid takes the keyboard (arrows, typing, Enter), as a spreadsheet's grid does.
  grid.tabIndex = 0;

  /** Sheets' button labels in Bahasa Indonesia, per Ui.ButtonSet (the value is what Ui.Button the script gets). */
  const BUTTON_SETS = {
    OK: [['OK', 'OK']],
    OK_CANCEL: [
      ['OK', 'OK'],
      ['CANCEL', 'Batal'],
    ],
    YES_NO: [
      ['YES', 'Ya'],
      ['NO', 'Tidak'],
    ],
    YES_NO_CANCEL: [
      ['YES', 'Ya'],
      ['NO', 'Tidak'],
      ['CANCEL', 'Batal'],
    ],
  };

  let state = null;
  /** The selected cell: { sheet, a1 }. */
  let selected = null;
  let panelClosed = false;
  let refreshing = 0;
  const queued = [];
  let overlayOpen = false;

  async function api(path, body) {
    const init =
      body === undefined
        ? {}
        : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    const response = await fetch(path, init);
    const json = (response.headers.get('content-type') || '').includes('application/json');
    const data = json ? await response.json() : await response.text();
    if (!response.ok) throw new Error(json && data.message ? data.message : `Permintaan gagal (${response.status}).`);
    return data;
  }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** Runs a handler; a failure of the preview itself is shown, never swallowed. */
  function guard(work) {
    return (...args) =>
      Promise.resolve()
        .then(() => work(...args))
        .catch((error) => showAlert('Kesalahan pratinjau', error.message));
  }

  // ---- overlays: one at a time, in the order the add-on showed them ----

  function enqueue(render) {
    queued.push(render);
    if (!overlayOpen) nextOverlay();
  }

  function nextOverlay() {
    const render = queued.shift();
    overlay.replaceChildren();
    overlayOpen = Boolean(render);
    overlay.hidden = !render;
    // A modal dialog in Sheets blocks the sheet: the page behind it takes no clicks or keys meanwhile.
    for (const part of document.body.children) if (part !== overlay && part.id !== 'toasts') part.inert = overlayOpen;
    if (render) render();
  }

  function modal(role, title, label) {
    const box = element('div', { class: 'modal', role, 'aria-modal': 'true' });
    if (title) {
      const id = `titel-${Date.now()}`;
      box.append(element('h2', { id }, title));
      box.setAttribute('aria-labelledby', id);
    } else {
      box.setAttribute('aria-label', label);
    }
    overlay.append(box);
    return box;
  }

  function actions(box, buttons) {
    const row = element('div', { class: 'actions' });
    buttons.forEach(([label, onClick], i) => {
      const button = element('button', { type: 'button', class: i === 0 ? 'primary' : '' }, label);
      button.addEventListener('click', onClick);
      row.append(button);
    });
    box.append(row);
    row.querySelector('button').focus();
  }

  function showAlert(title, message, original) {
    enqueue(() => {
      const box = modal('alertdialog', title, 'Pesan');
      box.append(element('p', { class: 'message' }, message));
      if (original) box.append(element('p', { class: 'original muted' }, `Pesan Google Sheets: ${original}`));
      actions(box, [['OK', nextOverlay]]);
    });
  }

  function showDialog(dialog) {
    enqueue(() => {
      const box = modal('dialog', null, dialog.title || 'Dialog');
      const header = element('div', { class: 'modal-header' });
      header.append(element('h2', {}, dialog.title));
      const close = element('button', { type: 'button', 'aria-label': 'Tutup' }, '×');
      close.addEventListener('click', nextOverlay);
      header.append(close);
      box.prepend(header);
      box.append(
        element('iframe', {
          src: dialog.url,
          title: dialog.title || 'Dialog',
          width: String(dialog.width || 420),
          height: String(dialog.height || 300),
        }),
      );
      close.focus();
    });
  }

  /** A question the add-on asked: the menu item runs again with the answer (scripts/preview/ui-outcome.ts). */
  function askQuestion(question, answer) {
    enqueue(() => {
      const box = modal('alertdialog', question.title, 'Pertanyaan');
      box.append(element('p', { class: 'message' }, question.message));
      let input = null;
      if (question.kind === 'prompt') {
        input = element('input', { 'aria-label': 'Jawaban' });
        box.append(input);
      }
      const buttons = (BUTTON_SETS[question.buttons] || BUTTON_SETS.OK).map(([button, label]) => [
        label,
        () => {
          nextOverlay();
          answer({ button, text: input ? input.value : undefined });
        },
      ]);
      actions(box, buttons);
      if (input) input.focus();
    });
  }

  function showToast(toast) {
    const node = element('div', { class: 'toast' });
    if (toast.title) node.append(element('strong', {}, toast.title));
    node.append(element('span', {}, toast.message));
    node.addEventListener('click', () => node.remove());
    $('toasts').append(node);
    // A negative timeout keeps the toast until it is clicked (Spreadsheet.toast reference).
    if (toast.timeoutSeconds >= 0)
      setTimeout(() => node.remove(), Math.min(Math.max(toast.timeoutSeconds, 3), 30) * 1000);
  }

  /** What a run showed in the Sheet: toasts at once, alerts and dialogs one after another, a new sidebar. */
  function showUi(ui) {
    if (!ui) return;
    for (const toast of ui.toasts) showToast(toast);
    for (const alert of ui.alerts) showAlert(alert.title, alert.message);
    for (const dialog of ui.dialogs) showDialog(dialog);
    if (ui.sidebar) panelClosed = false;
  }

  // ---- the frame: title, user switcher, menu, tabs, panel, files ----

  function renderHeader() {
    $('judul').textContent = state.workbook;
    $('sumber').textContent = `${state.period ? `Periode ${state.period} · ` : ''}Sumber: ${state.source}`;
    const select = $('pengguna');
    select.replaceChildren(...state.users.map((u) => element('option', { value: u.email }, u.label)));
    select.value = state.user;
  }

  function renderMenu() {
    const nav = $('menu');
    nav.replaceChildren();
    for (const menu of state.menus) {
      nav.append(element('span', { class: 'menu-title' }, `${menu.title}:`));
      for (const item of menu.items) {
        const button = element('button', { type: 'button', 'data-function': item.functionName }, item.label);
        button.addEventListener(
          'click',
          guard(() => runMenu(item.functionName, [])),
        );
        nav.append(button);
      }
    }
  }

  function renderTabs() {
    const tabs = $('tabs');
    tabs.replaceChildren();
    for (const sheet of state.sheets) {
      const active = sheet.name === state.active.sheet;
      const tab = element('button', { type: 'button', role: 'tab', 'aria-selected': String(active) }, sheet.name);
      if (sheet.color && /^#[0-9a-f]{3,6}$/i.test(sheet.color)) tab.style.borderBottomColor = sheet.color;
      if (sheet.locked) {
        tab.append(element('span', { class: 'lock', 'aria-hidden': 'true' }));
        tab.title = 'Anda tidak dapat mengubah lembar ini.';
      }
      tab.addEventListener(
        'click',
        guard(async () => {
          await api('/api/select', { sheet: sheet.name, a1: null });
          await refresh();
        }),
      );
      tabs.append(tab);
      if (active) tab.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
  }

  function renderPanel() {
    const show = Boolean(state.panel) && !panelClosed;
    panel.hidden = !show;
    $('panel-kosong').hidden = show;
    if (show && panel.getAttribute('src') !== state.panel) panel.setAttribute('src', state.panel);
  }

  function renderFiles() {
    const files = $('berkas');
    files.replaceChildren();
    if (state.files.length === 0) return;
    files.append(element('span', { class: 'muted' }, 'Berkas di Drive:'));
    for (const file of state.files) {
      const suffix = file.kind === 'PDF' ? '(PDF)' : '(Google Dokumen, diunduh sebagai .docx)';
      files.append(element('a', { href: file.url, download: '' }, `${file.name} ${suffix}`));
    }
  }

  /** Reloads the state and the active sheet; a later refresh supersedes one still under way. */
  async function refresh() {
    const mine = ++refreshing;
    const next = await api('/api/state');
    const html = await api(`/api/sheet?name=${encodeURIComponent(next.active.sheet)}`);
    if (mine !== refreshing) return;
    state = next;
    renderHeader();
    renderMenu();
    renderTabs();
    renderPanel();
    renderFiles();
    // The server escaped every text of the grid (scripts/preview/sheet-html.ts).
    grid.innerHTML = html;
    selected = state.active.a1 ? { sheet: state.active.sheet, a1: state.active.a1 } : null;
    showSelection();
  }

  // ---- the grid: select, edit, move ----

  function cellAt(a1) {
    return a1 ? grid.querySelector(`td[data-a1="${a1}"]`) : null;
  }

  /** What the editor starts with: data-edit when the server gave one (scripts/preview/sheet-html.ts), else the text. */
  function editText(cell) {
    return cell.dataset.edit ?? cell.textContent;
  }

  function showSelection() {
    for (const cell of grid.querySelectorAll('td.selected')) cell.classList.remove('selected');
    const cell = selected ? cellAt(selected.a1) : null;
    if (cell) cell.classList.add('selected');
    $('alamat-sel').textContent = selected ? `${selected.sheet}!${selected.a1}` : '';
    formulaInput.value = cell ? editText(cell) : '';
    formulaInput.disabled = !cell;
    $('kunci-sel').hidden = !cell?.classList.contains('locked');
  }

  async function select(a1) {
    if (!state || !cellAt(a1)) return;
    selected = { sheet: state.active.sheet, a1 };
    showSelection();
    await api('/api/select', selected);
  }

  function neighbour(a1, rows, columns) {
    const m = /^([A-Z]+)(\d+)$/.exec(a1);
    let column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) + columns;
    let row = Number(m[2]) + rows;
    // Cells inside a merge are not drawn: step on until a drawn cell (or the edge).
    for (let step = 0; step < 50; step++) {
      if (row < 1 || column < 1) return null;
      let letters = '';
      for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
        letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      if (cellAt(letters + row)) return letters + row;
      row += rows;
      column += columns;
      if (rows === 0 && columns === 0) return null;
    }
    return null;
  }

  async function commit(a1, text, move) {
    const sheet = state.active.sheet;
    const result = await api('/api/edit', { sheet, a1, text });
    if (!result.ok) {
      showAlert(result.refusal.title, result.refusal.message, result.refusal.original);
      await refresh();
      return;
    }
    showUi(result.ui);
    await refresh();
    const next = move ? neighbour(a1, move[0], move[1]) : null;
    if (next) await select(next);
  }

  /** The in-cell editor, as typing into a cell in Sheets: Enter keeps it (and moves down), Escape drops it. */
  function openEditor(cell, initial) {
    const input = element('input', { class: 'cell-editor', 'aria-label': `Isi sel ${cell.dataset.a1}` });
    const wrap = grid.getBoundingClientRect();
    const box = cell.getBoundingClientRect();
    input.style.left = `${box.left - wrap.left + grid.scrollLeft}px`;
    input.style.top = `${box.top - wrap.top + grid.scrollTop}px`;
    input.style.minWidth = `${box.width}px`;
    input.style.height = `${Math.max(box.height, 24)}px`;
    input.value = initial;
    let done = false;
    const finish = (keep, move) => {
      if (done) return;
      done = true;
      input.remove();
      grid.focus();
      if (keep) guard(() => commit(cell.dataset.a1, input.value, move))();
    };
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') finish(true, [1, 0]);
      else if (event.key === 'Tab') {
        event.preventDefault();
        finish(true, [0, 1]);
      } else if (event.key === 'Escape') finish(false);
      event.stopPropagation();
    });
    input.addEventListener('blur', () => finish(true, null));
    grid.append(input);
    input.focus();
  }

  grid.addEventListener(
    'click',
    guard(async (event) => {
      const link = event.target.closest('a[data-goto-sheet]');
      if (link) {
        event.preventDefault();
        await api('/api/select', { sheet: link.dataset.gotoSheet, a1: link.dataset.gotoA1 });
        await refresh();
        return;
      }
      const cell = event.target.closest('td[data-a1]');
      if (cell) await select(cell.dataset.a1);
    }),
  );

  grid.addEventListener('dblclick', (event) => {
    const cell = event.target.closest('td[data-a1]');
    if (cell && !event.target.closest('a')) openEditor(cell, editText(cell));
  });

  const ARROWS = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

  grid.addEventListener(
    'keydown',
    guard(async (event) => {
      const cell = selected ? cellAt(selected.a1) : null;
      if (!cell || event.target !== grid) return;
      const arrow = ARROWS[event.key];
      if (arrow) {
        event.preventDefault();
        const next = neighbour(selected.a1, arrow[0], arrow[1]);
        if (next) await select(next);
      } else if (event.key === 'Enter' || event.key === 'F2') {
        event.preventDefault();
        openEditor(cell, editText(cell));
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        await commit(selected.a1, '', null);
      } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        openEditor(cell, event.key);
      }
    }),
  );

  formulaInput.addEventListener(
    'keydown',
    guard(async (event) => {
      if (!selected) return;
      if (event.key === 'Escape') showSelection();
      if (event.key !== 'Enter') return;
      event.preventDefault();
      await commit(selected.a1, formulaInput.value, [1, 0]);
    }),
  );

  // ---- menu, user, files ----

  async function runMenu(functionName, answers) {
    const buttons = [...$('menu').querySelectorAll('button')];
    for (const button of buttons) button.disabled = true;
    try {
      const result = await api('/api/menu', { functionName, answers });
      if (result.question) {
        askQuestion(
          result.question,
          guard((answer) => runMenu(functionName, [...result.answers, answer])),
        );
      } else if (result.ok) {
        showUi(result.ui);
      } else {
        showAlert('Rekap UPT', result.message);
      }
    } finally {
      await refresh();
    }
  }

  $('pengguna').addEventListener(
    'change',
    guard(async (event) => {
      const result = await api('/api/user', { email: event.target.value });
      panelClosed = false;
      showUi(result.ui);
      await refresh();
    }),
  );

  $('tutup-panel').addEventListener('click', () => {
    panelClosed = true;
    renderPanel();
  });

  $('unggah').addEventListener(
    'change',
    guard(async (event) => {
      const file = event.target.files[0];
      event.target.value = '';
      if (!file) return;
      const response = await fetch(`/api/xlsx?nama=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream' },
        body: file,
      });
      const result = await response.json();
      if (!result.ok) {
        showAlert('Berkas tidak dapat dibuka', result.message);
        return;
      }
      // The new workbook's sidebar may have the same address as the old one's: load it afresh.
      panel.removeAttribute('src');
      panelClosed = false;
      showToast({ title: 'Buku kerja dibuka', message: file.name, timeoutSeconds: 5 });
      await refresh();
    }),
  );

  $('buka').addEventListener('click', () => $('unggah').click());

  // The sidebar and dialogs tell the page what their server calls showed, and when they close themselves.
  window.addEventListener(
    'message',
    guard(async (event) => {
      if (event.origin !== window.location.origin || !event.data || !event.data.rekapPreview) return;
      if (event.data.rekapPreview === 'close') {
        if (event.source === panel.contentWindow) {
          panelClosed = true;
          renderPanel();
        } else nextOverlay();
        return;
      }
      showUi(event.data.ui);
      await refresh();
    }),
  );

  guard(refresh)();
})();
