// Opens the built dist/Sidebar.html in headless Chromium with a google.script.run bridge to a server in Node.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { builtDist } from './built-dist';

/** Sidebars in Sheets are 300 px wide (https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)). */
export const SIDEBAR_WIDTH = 300;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's chromium; no browser is downloaded. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Runs a server function by name as google.script.run would; throws what the server throws. */
export type ServerBridge = (functionName: string, args: readonly unknown[]) => unknown;

type BridgeReply = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * google.script.run in the page: chainable withSuccessHandler / withFailureHandler / withUserObject, and any
 * other property is a server function that answers asynchronously through the exposed __rekapBridge.
 * Source: https://developers.google.com/apps-script/guides/html/reference/run (the failure handler gets an Error).
 */
const GOOGLE_SCRIPT_RUN = `(() => {
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
          window.__rekapBridge(name, args).then((reply) => {
            if (reply.ok) { if (onSuccess) onSuccess(reply.value, userObject); return; }
            const error = new Error(reply.message);
            if (onFailure) onFailure(error, userObject); else console.error(error);
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null, undefined), host: { close() {}, editor: { focus() {} } } } };
})();`;

export interface SidebarPage {
  readonly page: Page;
  /** Messages of every alert/confirm/prompt the page raised (there must be none). */
  readonly dialogs: string[];
  /** Uncaught errors in the page. */
  readonly pageErrors: string[];
  /** Server calls made through the bridge, in order. */
  readonly calls: string[];
  /** Holds the next call to `functionName` until the returned release function is called. */
  hold(functionName: string): () => void;
  /** Opens (or reopens) the sidebar, as the "Buka panel" menu item does. */
  load(): Promise<void>;
  close(): Promise<void>;
}

/** A sidebar page whose google.script.run answers through `server`; call load() to open it. */
export async function openSidebar(browser: Browser, server: ServerBridge): Promise<SidebarPage> {
  const context = await browser.newContext({ viewport: { width: SIDEBAR_WIDTH, height: 700 }, locale: 'id-ID' });
  const page = await context.newPage();
  // The bundle answers in milliseconds; a wait longer than this means the sidebar is stuck.
  page.setDefaultTimeout(10_000);
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const calls: string[] = [];
  const holds = new Map<string, Promise<void>>();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.exposeFunction('__rekapBridge', async (name: string, args: unknown[]): Promise<BridgeReply> => {
    calls.push(name);
    const held = holds.get(name);
    if (held) {
      holds.delete(name);
      await held;
    }
    try {
      return { ok: true, value: await server(name, args) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript({ content: GOOGLE_SCRIPT_RUN });
  return {
    page,
    dialogs,
    pageErrors,
    calls,
    hold(functionName) {
      let release = () => {};
      holds.set(
        functionName,
        new Promise<void>((resolve) => {
          release = resolve;
        }),
      );
      return () => release();
    },
    load: async () => {
      await page.goto(pathToFileURL(join(builtDist(), 'Sidebar.html')).href);
    },
    close: () => context.close(),
  };
}
