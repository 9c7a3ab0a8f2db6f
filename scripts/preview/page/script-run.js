// google.script.run and google.script.host for the add-on's sidebar and dialogs in the preview: each server call goes
// to the preview server, which runs it in the emulator as the signed-in person.
// Client API: https://developers.google.com/apps-script/guides/html/reference/run and .../reference/host
(() => {
  const UNREACHABLE = 'Pratinjau tidak dapat dihubungi. Pastikan "npm run preview" masih berjalan.';

  /** Tells the preview page what the call showed (toasts, alerts, dialogs) and that the workbook may have changed. */
  function tellPage(message) {
    if (window.parent !== window) window.parent.postMessage(message, window.location.origin);
  }

  function call(name, args) {
    return fetch('/api/run', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, args }),
    })
      .then((response) => response.json())
      .catch(() => ({ ok: false, message: UNREACHABLE }));
  }

  /** The runner is chainable and immutable, as documented; any other property is a server function. */
  function runner(onSuccess, onFailure, userObject) {
    const chain = {
      withSuccessHandler: (fn) => runner(fn, onFailure, userObject),
      withFailureHandler: (fn) => runner(onSuccess, fn, userObject),
      withUserObject: (obj) => runner(onSuccess, onFailure, obj),
    };
    return new Proxy(chain, {
      get(target, name) {
        if (name in target) return target[name];
        if (typeof name !== 'string' || name === 'then') return undefined;
        return (...args) => {
          // Arguments cross as JSON, as with google.script.run (undefined in a list becomes null).
          call(name, JSON.parse(JSON.stringify(args))).then((reply) => {
            if (reply.ui) tellPage({ rekapPreview: 'ui', ui: reply.ui });
            if (reply.ok) {
              if (onSuccess) onSuccess(reply.value, userObject);
              return;
            }
            const error = new Error(reply.message);
            if (onFailure) onFailure(error, userObject);
            else console.error(error);
          });
        };
      },
    });
  }

  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        origin: window.location.origin,
        close: () => tellPage({ rekapPreview: 'close' }),
        setHeight: () => {},
        setWidth: () => {},
        editor: { focus: () => {} },
      },
    },
  };

  /** A Google Docs or Drive file link: the preview serves the emulated file instead. */
  const DRIVE_LINK = /^https:\/\/(?:docs|drive)\.google\.com\/(?:document|file)\/d\/([\w-]+)/;

  // Links never replace the preview page (the sidebar's <base target="_top"> would): Drive files download from
  // the preview, other pages open in a new tab.
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!link || event.defaultPrevented) return;
      const href = link.getAttribute('href') || '';
      const file = DRIVE_LINK.exec(href);
      if (file) {
        event.preventDefault();
        const download = document.createElement('a');
        download.href = `/berkas/${encodeURIComponent(file[1])}`;
        download.download = '';
        document.body.appendChild(download);
        download.click();
        download.remove();
        return;
      }
      if (/^https?:\/\//i.test(href)) {
        event.preventDefault();
        window.open(href, '_blank', 'noopener');
      }
    },
    true,
  );
})();
