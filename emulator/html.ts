// The emulated HtmlService: outputs from strings or project files (dist/*.html), templates with scriptlets.
import { EmuBlob } from './blob';
import { APPS_SCRIPT_ERRORS, type Runtime } from './runtime';

export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });
export const SandboxMode = Object.freeze({ EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' });

export class EmuHtmlOutput {
  private title = '';
  private width = 0;
  private height = 0;
  xFrameOptionsMode = 'DEFAULT';
  sandboxMode = 'IFRAME';
  readonly metaTags: { name: string; content: string }[] = [];

  constructor(
    private readonly runtime: Runtime,
    private content: string,
  ) {}

  private rec(method: string): void {
    this.runtime.ledger.record('HtmlOutput', method, 'ui');
  }

  getContent(): string {
    this.rec('getContent');
    return this.content;
  }

  /** The content for a test or the local run to read, outside the ledger (no script call). */
  contentUnrecorded(): string {
    return this.content;
  }

  setContent(content: string): EmuHtmlOutput {
    this.rec('setContent');
    this.content = String(content);
    return this;
  }

  append(addedContent: string): EmuHtmlOutput {
    this.rec('append');
    this.content += String(addedContent);
    return this;
  }

  /** Empties the content, keeping title and size (R html/html-output#clear()). */
  clear(): EmuHtmlOutput {
    this.rec('clear');
    this.content = '';
    return this;
  }

  /** Escapes the text before appending (R html/html-output#appendUntrusted(String)). */
  appendUntrusted(addedContent: string): EmuHtmlOutput {
    this.rec('appendUntrusted');
    this.content += escapeHtml(String(addedContent));
    return this;
  }

  setTitle(title: string): EmuHtmlOutput {
    this.rec('setTitle');
    this.title = String(title);
    return this;
  }

  getTitle(): string {
    this.rec('getTitle');
    return this.title;
  }

  setWidth(width: number): EmuHtmlOutput {
    this.rec('setWidth');
    this.width = width;
    return this;
  }

  getWidth(): number {
    this.rec('getWidth');
    return this.width;
  }

  setHeight(height: number): EmuHtmlOutput {
    this.rec('setHeight');
    this.height = height;
    return this;
  }

  getHeight(): number {
    this.rec('getHeight');
    return this.height;
  }

  setXFrameOptionsMode(mode: string): EmuHtmlOutput {
    this.rec('setXFrameOptionsMode');
    this.xFrameOptionsMode = String(mode);
    return this;
  }

  setSandboxMode(mode: string): EmuHtmlOutput {
    this.rec('setSandboxMode');
    this.sandboxMode = String(mode);
    return this;
  }

  addMetaTag(name: string, content: string): EmuHtmlOutput {
    this.rec('addMetaTag');
    this.metaTags.push({ name, content });
    return this;
  }

  getBlob(): EmuBlob {
    this.rec('getBlob');
    return new EmuBlob(this.content, 'text/html', this.title || null).meteredBy(this.runtime.ledger);
  }

  /** Test-facing: what the output holds, without counting a call. */
  snapshot(): { title: string; width: number; height: number; content: string } {
    return { title: this.title, width: this.width, height: this.height, content: this.content };
  }
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Compiles template text with scriptlets (G html/templates): `<? code ?>`, `<?= expr ?>` (escaped output) and
 * `<?!= expr ?>` (raw output). The template's own properties are in scope as variables.
 */
function compileTemplate(source: string): string {
  const code: string[] = ['let __out = "";'];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (const m of source.matchAll(re)) {
    code.push(`__out += ${JSON.stringify(source.slice(last, m.index))};`);
    if (m[1] === '=') code.push(`__out += __escape(String(${m[2]}));`);
    else if (m[1] === '!=') code.push(`__out += String(${m[2]});`);
    else code.push(m[2]);
    last = (m.index ?? 0) + m[0].length;
  }
  code.push(`__out += ${JSON.stringify(source.slice(last))};`, 'return __out;');
  return code.join('\n');
}

export class EmuHtmlTemplate {
  [property: string]: unknown;

  constructor(
    private readonly runtime: Runtime,
    private readonly source: string,
  ) {}

  getRawContent(): string {
    this.runtime.ledger.record('HtmlTemplate', 'getRawContent', 'ui');
    return this.source;
  }

  getCode(): string {
    this.runtime.ledger.record('HtmlTemplate', 'getCode', 'ui');
    return compileTemplate(this.source);
  }

  evaluate(): EmuHtmlOutput {
    this.runtime.ledger.record('HtmlTemplate', 'evaluate', 'ui');
    const own = Object.keys(this).filter((k) => k !== 'runtime' && k !== 'source');
    const values = own.map((k) => this[k]);
    // Template code is the project's own HTML file, as trusted as the script itself.
    const fn = new Function('__escape', ...own, compileTemplate(this.source)) as (...a: unknown[]) => string;
    return new EmuHtmlOutput(this.runtime, fn(escapeHtml, ...values));
  }
}

/** HtmlService over a map of project HTML files (name without .html → content), filled by the harness. */
export class HtmlServiceEmu {
  readonly files = new Map<string, string>();
  readonly app: Record<string, unknown>;

  constructor(runtime: Runtime) {
    const rec = (method: string) => runtime.ledger.record('HtmlService', method, 'ui');
    this.app = {
      createHtmlOutput: (html: unknown = '') => {
        rec('createHtmlOutput');
        const text = html instanceof EmuBlob ? html.rawText : String(html);
        return new EmuHtmlOutput(runtime, text);
      },
      createHtmlOutputFromFile: (filename: string) => {
        rec('createHtmlOutputFromFile');
        return new EmuHtmlOutput(runtime, this.file(filename));
      },
      createTemplate: (html: unknown) => {
        rec('createTemplate');
        return new EmuHtmlTemplate(runtime, html instanceof EmuBlob ? html.rawText : String(html));
      },
      createTemplateFromFile: (filename: string) => {
        rec('createTemplateFromFile');
        return new EmuHtmlTemplate(runtime, this.file(filename));
      },
      XFrameOptionsMode,
      SandboxMode,
    };
  }

  /** Apps Script accepts the name with or without `.html` (R html/html-service#createHtmlOutputFromFile(String)). */
  private file(filename: string): string {
    const name = String(filename).replace(/\.html$/, '');
    const content = this.files.get(name);
    if (content === undefined) throw new Error(APPS_SCRIPT_ERRORS.htmlFileMissing(name));
    return content;
  }
}
