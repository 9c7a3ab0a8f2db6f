// Runs one sidebar action with visible progress, then shows its outcome (success or a readable error).

import type { ActionResult } from '../shared/rpc';
import { el, replaceChildren } from './dom';
import { explainServerMessage, readableServerError } from './server-error';

export type Tone = 'ok' | 'error' | 'info';

/** A live region under an action: "Sedang …" while it runs, then the result message. */
export class ActionFeedback {
  readonly element: HTMLElement;

  constructor() {
    this.element = el('div', { className: 'feedback', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.element.hidden = true;
  }

  busy(text: string): void {
    this.element.hidden = false;
    this.element.className = 'feedback feedback-busy';
    replaceChildren(this.element, el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }), text);
  }

  show(tone: Tone, text: string, ...extra: Node[]): void {
    this.element.hidden = false;
    this.element.className = `feedback feedback-${tone}`;
    replaceChildren(this.element, el('span', {}, text), ...extra);
  }

  /** A server ActionResult: its message as it is on success; on failure, explained when it wraps an Apps Script error. */
  result(result: ActionResult, okTone: Tone = 'ok'): void {
    if (result.ok) this.show(okTone, result.message);
    else this.show('error', explainServerMessage(result.message));
  }

  clear(): void {
    this.element.hidden = true;
    this.element.className = 'feedback';
    replaceChildren(this.element);
  }
}

/**
 * Disables `buttons` and shows `busyText` while `work` runs; a failure becomes a readable message in `feedback`.
 * Resolves with the work's result, or null when it failed.
 */
/** A control that can be switched off while its action runs (button, checkbox). */
export type Control = HTMLButtonElement | HTMLInputElement;

export async function runAction<T>(
  buttons: readonly Control[],
  feedback: ActionFeedback,
  busyText: string,
  work: () => Promise<T>,
): Promise<T | null> {
  for (const b of buttons) {
    b.disabled = true;
    b.setAttribute('aria-busy', 'true');
  }
  feedback.busy(busyText);
  try {
    return await work();
  } catch (error) {
    feedback.show('error', readableServerError(error));
    return null;
  } finally {
    for (const b of buttons) {
      b.disabled = false;
      b.removeAttribute('aria-busy');
    }
  }
}
