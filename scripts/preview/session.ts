// The workbook the preview shows: the emulator running the built add-on, the signed-in person, and what they do.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GOOGLE_DOC_MIME } from '../../emulator/document/document';
import { toDocxBuffer } from '../../emulator/docx';
import { type Bundle, loadBundle } from '../../emulator/harness';
import type { EmuSheet } from '../../emulator/spreadsheet';
import { parseA1 } from '../../emulator/spreadsheet/a1';
import { toXlsxBuffer } from '../../emulator/xlsx';
import { sampleWorkbook } from '../../fixtures/sample/workbook';
import { formatPeriod } from '../../src/core/text/format';
import { LocalRunError } from '../local/local-run-error';
import { type SeededWorkbook, seedFromGrids, seedFromXlsx } from '../local/seed-workbook';
import { type EditRefusal, editRefusal } from './edit-refusal';
import { sheetHtml } from './sheet-html';
import { sheetLockedFor, sheetView } from './sheet-view';
import { type Answer, type Question, QuestionGate, shownHtml, type UiOutcome, uiCursor, uiSince } from './ui-outcome';
import { currentConfig, type PreviewUser, previewUsers } from './users';

const PDF_MIME = 'application/pdf';

/** The menu's "Buka panel" and "Siapkan / perbarui tab UPT" (src/server/ui/menu.ts). */
const OPEN_PANEL = 'showSidebar';
const SET_UP_TABS = 'setupUnitTabs';

export interface PreviewState {
  readonly workbook: string;
  /** Where the workbook came from, in Bahasa Indonesia. */
  readonly source: string;
  readonly period: string | null;
  readonly user: string;
  readonly users: readonly PreviewUser[];
  readonly menus: readonly {
    readonly title: string;
    readonly items: readonly { label: string; functionName: string }[];
  }[];
  readonly sheets: readonly { readonly name: string; readonly color: string | null; readonly locked: boolean }[];
  readonly active: { readonly sheet: string; readonly a1: string | null };
  /** The open sidebar's page, or null while none was opened. */
  readonly panel: string | null;
  readonly files: readonly PreviewFile[];
}

export interface PreviewFile {
  readonly id: string;
  readonly name: string;
  readonly kind: 'Google Dokumen' | 'PDF';
  readonly url: string;
}

export type MenuRun =
  | { readonly ok: true; readonly ui: UiOutcome }
  | { readonly ok: false; readonly question: Question; readonly answers: readonly Answer[] }
  | { readonly ok: false; readonly message: string };

export type PanelCall =
  | { readonly ok: true; readonly value: unknown; readonly ui: UiOutcome }
  | { readonly ok: false; readonly message: string; readonly ui: UiOutcome };

export type EditResult =
  | { readonly ok: true; readonly ui: UiOutcome }
  | { readonly ok: false; readonly refusal: EditRefusal };

interface Loaded {
  readonly seeded: SeededWorkbook;
  readonly bundle: Bundle;
  readonly gate: QuestionGate;
  readonly source: string;
}

function load(seeded: SeededWorkbook, distDir: string, source: string): Loaded {
  const bundle = loadBundle(seeded.emulator, { distDir });
  return { seeded, bundle, gate: new QuestionGate(seeded.emulator.sheets.ui), source };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A readable name for the downloaded file: letters, digits, spaces and a few marks. */
function fileName(name: string, extension: string): string {
  const clean = name.replace(/[^\p{L}\p{N} ._-]+/gu, ' ').trim() || 'berkas';
  return clean.toLowerCase().endsWith(`.${extension}`) ? clean : `${clean}.${extension}`;
}

export class PreviewSession {
  private loaded: Loaded;
  private user: string;
  private panel: string | null = null;

  private constructor(
    loaded: Loaded,
    private readonly distDir: string,
  ) {
    this.loaded = loaded;
    this.user = loaded.seeded.admin;
  }

  /**
   * The bundled sample (as `npm start` seeds it, then set up once by the admin, as the shared Sheet is before the
   * units fill it in), or an .xlsx downloaded from the shared Sheet; opened by its first admin.
   */
  static async open(inputPath: string | null, distDir: string): Promise<PreviewSession> {
    const session = inputPath
      ? new PreviewSession(load(await seedFromXlsx(inputPath), distDir, inputPath), distDir)
      : PreviewSession.sample(distDir);
    // The person starts on the first sheet, whichever sheet a script activated last.
    session.ss.activeSheet = session.ss.sheets[0] ?? null;
    session.openAs(session.user);
    return session;
  }

  private static sample(distDir: string): PreviewSession {
    const loaded = load(seedFromGrids(sampleWorkbook()), distDir, 'buku kerja contoh bawaan (DATA CONTOH)');
    if (loaded.bundle.functions.includes(SET_UP_TABS)) {
      // Its alert and toast belong to the setup, not to the person who opens the preview.
      loaded.bundle.runAs({ active: loaded.seeded.admin }, SET_UP_TABS);
    }
    return new PreviewSession(loaded, distDir);
  }

  private get ss() {
    return this.loaded.seeded.spreadsheet;
  }

  private get ui() {
    return this.loaded.seeded.emulator.sheets.ui;
  }

  private currentUsers(): PreviewUser[] {
    const config = currentConfig(this.ss) ?? this.loaded.seeded.config;
    return previewUsers(config);
  }

  /**
   * Runs `work` as one step of the person's session: questions answered from `answers`, and what the UI showed
   * read back. The ledger is emptied after each step: the preview never reads it, and a long training day would
   * otherwise keep every call in memory.
   */
  private step<T>(answers: readonly Answer[], work: () => T): { result: T; ui: UiOutcome; question: Question | null } {
    const { gate, seeded } = this.loaded;
    const from = uiCursor(this.ui);
    gate.begin(answers);
    try {
      const result = work();
      const ui = uiSince(this.ui, from);
      if (ui.sidebar) this.panel = ui.sidebar;
      return { result, ui, question: gate.unanswered };
    } finally {
      seeded.emulator.ledger.reset();
    }
  }

  /** The person opens the Sheet: onOpen builds the menu, and the panel opens as "Buka panel" would. */
  private openAs(email: string): UiOutcome {
    this.user = email;
    const { bundle } = this.loaded;
    const notes: { title: string; message: string }[] = [];
    const { ui } = this.step([], () => {
      try {
        if (bundle.functions.includes('onOpen')) bundle.simpleOnOpen(undefined, email);
      } catch (e) {
        notes.push({ title: 'onOpen gagal', message: messageOf(e) });
      }
      try {
        if (bundle.functions.includes(OPEN_PANEL)) bundle.callFromSidebar(email, OPEN_PANEL);
      } catch (e) {
        notes.push({ title: 'Panel tidak dapat dibuka', message: messageOf(e) });
      }
    });
    return { ...ui, alerts: [...ui.alerts, ...notes] };
  }

  switchUser(email: string): UiOutcome | null {
    const user = this.currentUsers().find((u) => u.email === email);
    return user ? this.openAs(user.email) : null;
  }

  state(): PreviewState {
    const ss = this.ss;
    const menus = new Map<string, { label: string; functionName: string }[]>();
    for (const menu of this.ui.menus) {
      menus.set(
        menu.title,
        menu.items.map(([label, functionName]) => ({ label, functionName })),
      );
    }
    const active = ss.activeSheet && !ss.activeSheet.deleted ? ss.activeSheet : ss.sheets[0];
    const config = currentConfig(ss);
    return {
      workbook: ss.name,
      source: this.loaded.source,
      period: config ? formatPeriod(config.period) : null,
      user: this.user,
      users: this.currentUsers(),
      menus: [...menus].map(([title, items]) => ({ title, items })),
      sheets: ss.sheets
        .filter((s) => !s.hidden)
        .map((s) => ({ name: s.name, color: s.tabColor, locked: sheetLockedFor(s, this.user) })),
      active: {
        sheet: active?.name ?? '',
        a1: ss.activeRange && ss.activeRange.sheet === active ? ss.activeRange.a1() : null,
      },
      panel: this.panel,
      files: this.files(),
    };
  }

  private sheet(name: string): EmuSheet | null {
    const sheet = this.ss.sheetByNameUnrecorded(name);
    return sheet && !sheet.hidden ? sheet : null;
  }

  /** The grid of a sheet as the signed-in person sees it (HTML), or null for an unknown sheet. */
  sheetHtml(name: string): string | null {
    const sheet = this.sheet(name);
    return sheet ? sheetHtml(sheetView(sheet, this.user)) : null;
  }

  /** The person clicks a tab or a cell: it becomes the active sheet and range scripts see. */
  select(sheetName: string, a1: string | null): boolean {
    const sheet = this.sheet(sheetName);
    const cell = a1 === null ? null : singleCell(a1);
    if (!sheet || (a1 !== null && !cell)) return false;
    this.ss.activeSheet = sheet;
    this.ss.activeRange = cell ? sheet.rangeUnchecked(cell.row, cell.column) : null;
    this.ss.currentCell = this.ss.activeRange;
    return true;
  }

  /**
   * The person types `text` into a cell: protection or a rejecting validation rule refuses it with Sheets' message;
   * otherwise the simple onEdit trigger runs with the edit's event, as in Sheets.
   */
  edit(sheetName: string, a1: string, text: string): EditResult | null {
    const sheet = this.sheet(sheetName);
    const cell = singleCell(a1);
    if (!sheet || !cell || text.length > 50_000) return null;
    let event: Record<string, unknown>;
    try {
      event = { ...sheet.userEdit(this.user, a1, text) };
    } catch (e) {
      return { ok: false, refusal: editRefusal(e) };
    }
    this.select(sheetName, a1);
    const { bundle } = this.loaded;
    const { ui } = this.step([], () => {
      if (!bundle.functions.includes('onEdit')) return;
      try {
        bundle.simpleOnEdit(event, this.user);
      } catch {
        // Sheets shows nobody a simple trigger's failure: it goes to the executions log only.
      }
    });
    return { ok: true, ui };
  }

  /** A menu item clicked by the signed-in person; a question not yet answered comes back to be asked. */
  runMenu(functionName: string, answers: readonly Answer[]): MenuRun {
    const inMenu = this.state().menus.some((m) => m.items.some((i) => i.functionName === functionName));
    if (!inMenu) return { ok: false, message: `Menu tidak memiliki perintah "${functionName}".` };
    const {
      result: failure,
      ui,
      question,
    } = this.step(answers, () => {
      try {
        // A menu click runs as the person at the keyboard in full authorization, as google.script.run does.
        this.loaded.bundle.callFromSidebar(this.user, functionName);
        return null;
      } catch (e) {
        return messageOf(e);
      }
    });
    if (question) return { ok: false, question, answers };
    const alerts = failure ? [...ui.alerts, { title: 'Kesalahan skrip', message: failure }] : ui.alerts;
    return { ok: true, ui: { ...ui, alerts } };
  }

  /** google.script.run from the sidebar or a dialog, as the signed-in person. */
  callFromPanel(name: string, args: readonly unknown[]): PanelCall {
    const { result, ui, question } = this.step([], () => {
      try {
        return { ok: true as const, value: this.loaded.bundle.callFromSidebar(this.user, name, ...args) };
      } catch (e) {
        return { ok: false as const, message: messageOf(e) };
      }
    });
    // A question from the panel cannot be asked afterwards: it was closed, and the person sees what it asked.
    const asked = question
      ? [{ title: question.title, message: `${question.message}\n\n(Ditutup tanpa jawaban.)` }]
      : [];
    return { ...result, ui: { ...ui, alerts: [...ui.alerts, ...asked] } };
  }

  /** A sidebar or dialog the add-on showed, as its HTML, or null. */
  shownHtml(kind: 'sidebar' | 'dialog', index: number): string | null {
    return shownHtml(this.ui, kind, index);
  }

  /** Reports and PDFs the add-on created in the emulated Drive (not in the trash), oldest first. */
  private files(): PreviewFile[] {
    return this.loaded.seeded.emulator.drive
      .allFiles()
      .filter((f) => !f.trashed && (f.content.mimeType === GOOGLE_DOC_MIME || f.content.mimeType === PDF_MIME))
      .map((f) => ({
        id: f.rawId,
        name: f.content.getName(),
        kind: f.content.mimeType === PDF_MIME ? 'PDF' : 'Google Dokumen',
        url: `/berkas/${encodeURIComponent(f.rawId)}`,
      }));
  }

  /** A file of the emulated Drive to download: a Google Doc as .docx (as File → Download does), a PDF as it is. */
  async file(id: string): Promise<{ name: string; type: string; bytes: Buffer } | null> {
    const { emulator } = this.loaded.seeded;
    const file = emulator.drive.fileById(id);
    if (!file || file.trashed) return null;
    if (file.content.mimeType === PDF_MIME) {
      return {
        name: fileName(file.content.getName(), 'pdf'),
        type: PDF_MIME,
        bytes: file.content.getBlob().toBuffer(),
      };
    }
    const doc = emulator.docs.all().find((d) => d.rawId === id);
    if (!doc) return null;
    return {
      name: fileName(doc.name, 'docx'),
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: await toDocxBuffer(doc),
    };
  }

  /** The whole workbook as .xlsx, as File → Download → Microsoft Excel gives it. */
  async xlsx(): Promise<{ name: string; bytes: Buffer }> {
    const config = currentConfig(this.ss);
    return { name: `rekap-upt-${config?.period ?? 'buku-kerja'}.xlsx`, bytes: await toXlsxBuffer(this.ss) };
  }

  /** Replaces the workbook with an uploaded .xlsx; the message says why not, in Bahasa Indonesia. */
  async replaceWithXlsx(bytes: Buffer, name: string): Promise<{ ok: true } | { ok: false; message: string }> {
    const dir = mkdtempSync(join(tmpdir(), 'rekap-preview-'));
    const path = join(dir, fileName(name, 'xlsx'));
    try {
      writeFileSync(path, bytes);
      const loaded = load(await seedFromXlsx(path), this.distDir, name);
      const previous = this.user;
      this.loaded = loaded;
      this.panel = null;
      this.ss.activeSheet = this.ss.sheets[0] ?? null;
      this.openAs(this.currentUsers().some((u) => u.email === previous) ? previous : loaded.seeded.admin);
      return { ok: true };
    } catch (e) {
      if (!(e instanceof LocalRunError)) throw e;
      // The message names the temporary copy; the person knows the file by its own name.
      return { ok: false, message: e.message.split(path).join(name) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** One cell's row and column from "B5"; null for a range or anything else. */
function singleCell(a1: string): { row: number; column: number } | null {
  if (!/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(a1)) return null;
  const ref = parseA1(a1);
  return { row: ref.row, column: ref.column };
}
