// What one run showed in the Sheet's UI (toasts, alerts, dialogs, a sidebar), and the questions it asked.
import type { EmuHtmlOutput } from '../../emulator/html';
import type { EmuUi } from '../../emulator/spreadsheet';
import { BUTTON, type ButtonName, type ButtonSetName } from '../../emulator/spreadsheet/ui';

export interface ShownToast {
  readonly title: string;
  readonly message: string;
  readonly timeoutSeconds: number;
}

export interface ShownAlert {
  readonly title: string;
  readonly message: string;
}

export interface ShownDialog {
  readonly title: string;
  /** Where the page loads the dialog's HTML from. */
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

export interface UiOutcome {
  readonly toasts: ShownToast[];
  readonly alerts: ShownAlert[];
  readonly dialogs: ShownDialog[];
  /** The sidebar the run opened (the newest), or null. */
  readonly sidebar: string | null;
}

/** A blocking alert with choices, or a prompt: the script waits for the person's answer. */
export interface Question {
  readonly kind: 'alert' | 'prompt';
  readonly title: string;
  readonly message: string;
  readonly buttons: ButtonSetName;
}

export interface Answer {
  readonly button: ButtonName;
  /** A prompt's typed text. */
  readonly text?: string;
}

export const sidebarUrl = (index: number) => `/html/sidebar/${index}`;
export const dialogUrl = (index: number) => `/html/dialog/${index}`;

/** (title, prompt, buttons), (prompt, buttons) or (prompt), as Ui.alert and Ui.prompt take them. */
function questionOf(kind: Question['kind'], a: string, b?: string, c?: ButtonSetName): Question {
  if (c !== undefined) return { kind, title: a, message: String(b), buttons: c };
  return { kind, title: '', message: a, buttons: (b as ButtonSetName | undefined) ?? 'OK' };
}

/**
 * Answers the questions a run asks. Apps Script holds the script until the person answers; the preview cannot hold
 * a synchronous run open across HTTP requests, so it answers from a list given before the run, and a question past
 * the list is answered CLOSE (the person closed the dialog, R base/ui#alert(String,String,ButtonSet): "CLOSE" is
 * the title bar's close button). The menu then asks the person and runs the item again with one more answer.
 */
export class QuestionGate {
  private answers: Answer[] = [];
  /** The first question the list did not answer in the current run. */
  unanswered: Question | null = null;

  constructor(ui: EmuUi) {
    const alert = ui.alert.bind(ui);
    const prompt = ui.prompt.bind(ui);
    ui.alert = (a: string, b?: string, c?: ButtonSetName) => {
      const question = questionOf('alert', a, b, c);
      // An OK-only alert is a message: the page shows it after the run.
      if (question.buttons !== 'OK') ui.queueResponse(this.answer(question).button);
      return alert(a, b, c);
    };
    ui.prompt = (a: string, b?: string, c?: ButtonSetName) => {
      const answer = this.answer(questionOf('prompt', a, b, c));
      ui.queuePromptResponse(answer.text ?? '', answer.button);
      return prompt(a, b, c);
    };
  }

  /** Starts a run answered by `answers`, in order. */
  begin(answers: readonly Answer[]): void {
    this.answers = [...answers];
    this.unanswered = null;
  }

  private answer(question: Question): Answer {
    const next = this.answers.shift();
    if (next) return next;
    this.unanswered ??= question;
    return { button: BUTTON.CLOSE };
  }
}

/** Where the UI's records stood before a run, so the run's own can be read back. */
export interface UiCursor {
  readonly alerts: number;
  readonly prompts: number;
  readonly dialogs: number;
  readonly toasts: number;
  readonly sidebars: number;
}

export function uiCursor(ui: EmuUi): UiCursor {
  return {
    alerts: ui.alerts.length,
    prompts: ui.prompts.length,
    dialogs: ui.dialogs.length,
    toasts: ui.toasts.length,
    sidebars: ui.sidebars.length,
  };
}

/** The size and title an HtmlOutput was given, without counting a call. */
function htmlSize(html: unknown): { width: number; height: number } {
  const snapshot = (html as Partial<EmuHtmlOutput>).snapshot?.();
  return { width: snapshot?.width || 0, height: snapshot?.height || 0 };
}

/** What the UI recorded since `from`; alerts with choices were questions, answered already, so not shown again. */
export function uiSince(ui: EmuUi, from: UiCursor): UiOutcome {
  const sidebars = ui.sidebars.length;
  return {
    toasts: ui.toasts.slice(from.toasts).map((t) => ({ ...t })),
    alerts: ui.alerts
      .slice(from.alerts)
      .filter((a) => a.buttons === 'OK')
      .map((a) => ({ title: a.title, message: a.prompt })),
    dialogs: ui.dialogs.slice(from.dialogs).map((d, i) => ({
      title: d.title,
      url: dialogUrl(from.dialogs + i),
      ...htmlSize(d.html),
    })),
    sidebar: sidebars > from.sidebars ? sidebarUrl(sidebars - 1) : null,
  };
}

/** The content of a recorded HtmlOutput (a sidebar or dialog), or null when there is none at that index. */
export function shownHtml(ui: EmuUi, kind: 'sidebar' | 'dialog', index: number): string | null {
  const html = kind === 'sidebar' ? ui.sidebars[index] : ui.dialogs[index]?.html;
  return (html as Partial<EmuHtmlOutput> | undefined)?.snapshot?.().content ?? null;
}
