// The preview's local web server (node:http, 127.0.0.1 only): the page, its JSON API, the add-on's HTML and downloads.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { PreviewSession } from './session';
import type { Answer } from './ui-outcome';

const PAGE_DIR = join(__dirname, 'page');
const HOST = '127.0.0.1';

/** JSON bodies are small; an uploaded workbook may be larger (Sheets' own limit is 10 million cells). */
const MAX_JSON_BYTES = 1024 * 1024;
const MAX_XLSX_BYTES = 50 * 1024 * 1024;

const STATIC_FILES: Readonly<Record<string, { file: string; type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/preview.css': { file: 'preview.css', type: 'text/css; charset=utf-8' },
  '/preview.js': { file: 'preview.js', type: 'text/javascript; charset=utf-8' },
  '/script-run.js': { file: 'script-run.js', type: 'text/javascript; charset=utf-8' },
};

/** The page runs only its own script: a cell text that slipped past escaping could not run. */
const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, value: unknown, status = 200): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function attachment(name: string): Record<string, string> {
  return { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}` };
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'Berkas terlalu besar untuk pratinjau.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
    throw new HttpError(415, 'Permintaan harus berupa JSON.');
  }
  try {
    const value = JSON.parse((await readBody(req, MAX_JSON_BYTES)).toString('utf8')) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // Falls through to the same answer as a JSON value that is not an object.
  }
  throw new HttpError(400, 'Permintaan JSON tidak sah.');
}

function text(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string') throw new HttpError(400, `"${key}" harus berupa teks.`);
  return value;
}

function answersOf(value: unknown): Answer[] {
  if (value === undefined) return [];
  const ok = (a: unknown): a is Answer =>
    !!a &&
    typeof (a as Answer).button === 'string' &&
    ((a as Answer).text === undefined || typeof (a as Answer).text === 'string');
  if (!Array.isArray(value) || !value.every(ok)) throw new HttpError(400, 'Jawaban tidak sah.');
  return value.map((a) => ({ button: a.button, text: a.text }));
}

/** The add-on's HTML with google.script.run for the preview loaded first (before any of its own scripts run). */
function withScriptRun(html: string): string {
  const tag = '<script src="/script-run.js"></script>';
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return `<!DOCTYPE html><meta charset="utf-8">${tag}${html}`;
}

export interface PreviewServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `session` on 127.0.0.1:`port` (0 = a free port). Requests run one at a time, as the add-on's executions. */
export async function servePreview(session: PreviewSession, port: number): Promise<PreviewServer> {
  let allowedHosts: string[] = [];
  let queue: Promise<void> = Promise.resolve();

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // Another site that resolves its name to 127.0.0.1 (DNS rebinding) sends its own Host: it gets nothing here.
    if (!allowedHosts.includes(req.headers.host ?? '')) throw new HttpError(403, 'Hanya untuk alamat lokal.');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const asset = STATIC_FILES[path];
    if (method === 'GET' && asset) {
      const headers = path === '/' ? { 'Content-Security-Policy': PAGE_POLICY } : {};
      send(res, 200, asset.type, readFileSync(join(PAGE_DIR, asset.file)), headers);
      return;
    }
    const shown = /^\/html\/(sidebar|dialog)\/(\d+)$/.exec(path);
    if (method === 'GET' && shown) {
      const html = session.shownHtml(shown[1] as 'sidebar' | 'dialog', Number(shown[2]));
      if (html === null) throw new HttpError(404, 'Tidak ada.');
      send(res, 200, 'text/html; charset=utf-8', withScriptRun(html));
      return;
    }
    const download = /^\/berkas\/([\w-]+)$/.exec(path);
    if (method === 'GET' && download) {
      const file = await session.file(download[1]);
      if (!file) throw new HttpError(404, 'Berkas tidak ada di Drive.');
      send(res, 200, file.type, file.bytes, attachment(file.name));
      return;
    }
    switch (`${method} ${path}`) {
      case 'GET /api/state':
        sendJson(res, session.state());
        return;
      case 'GET /api/sheet': {
        const html = session.sheetHtml(url.searchParams.get('name') ?? '');
        if (html === null) throw new HttpError(404, 'Lembar tidak ada.');
        send(res, 200, 'text/html; charset=utf-8', html);
        return;
      }
      case 'POST /api/user': {
        const ui = session.switchUser(text(await readJson(req), 'email'));
        if (!ui) throw new HttpError(400, 'Pengguna tidak dikenal.');
        sendJson(res, { ok: true, ui });
        return;
      }
      case 'POST /api/select': {
        const body = await readJson(req);
        const a1 = body.a1 === null || body.a1 === undefined ? null : text(body, 'a1');
        if (!session.select(text(body, 'sheet'), a1)) throw new HttpError(400, 'Sel tidak ada.');
        sendJson(res, { ok: true });
        return;
      }
      case 'POST /api/edit': {
        const body = await readJson(req);
        const result = session.edit(text(body, 'sheet'), text(body, 'a1'), text(body, 'text'));
        if (!result) throw new HttpError(400, 'Sel tidak ada.');
        sendJson(res, result);
        return;
      }
      case 'POST /api/menu': {
        const body = await readJson(req);
        sendJson(res, session.runMenu(text(body, 'functionName'), answersOf(body.answers)));
        return;
      }
      case 'POST /api/run': {
        const body = await readJson(req);
        if (!Array.isArray(body.args)) throw new HttpError(400, '"args" harus berupa daftar.');
        sendJson(res, session.callFromPanel(text(body, 'name'), body.args));
        return;
      }
      case 'GET /api/xlsx': {
        const workbook = await session.xlsx();
        send(
          res,
          200,
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          workbook.bytes,
          attachment(workbook.name),
        );
        return;
      }
      case 'POST /api/xlsx': {
        const name = url.searchParams.get('nama') || 'unggahan.xlsx';
        sendJson(res, await session.replaceWithXlsx(await readBody(req, MAX_XLSX_BYTES), name));
        return;
      }
      default:
        throw new HttpError(404, 'Tidak ada.');
    }
  };

  const server = createServer((req, res) => {
    // One request at a time: the emulator, like one Apps Script user, runs one thing after another.
    queue = queue.then(() =>
      route(req, res).catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        const message = error instanceof HttpError ? error.message : `Kesalahan pratinjau: ${String(error)}`;
        if (!(error instanceof HttpError)) process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
        if (!res.headersSent) sendJson(res, { ok: false, message }, status);
        else res.end();
      }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  allowedHosts = [`${HOST}:${bound}`, `localhost:${bound}`];
  return {
    url: `http://${HOST}:${bound}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
