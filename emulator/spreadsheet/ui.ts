// The emulated Ui (SpreadsheetApp.getUi()): records menus, sidebars, dialogs, alerts, prompts and toasts for tests.
import type { SheetsContext } from './context';

export const BUTTON = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export type ButtonName = (typeof BUTTON)[keyof typeof BUTTON];
export const BUTTON_SET = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
export type ButtonSetName = (typeof BUTTON_SET)[keyof typeof BUTTON_SET];

export interface RecordedMenu {
  readonly title: string;
  readonly items: [label: string, functionName: string][];
  /** Made with createAddonMenu. */
  readonly addon: boolean;
  /** Shown under Extensions rather than in the menu bar. */
  readonly underExtensions: boolean;
}
export interface RecordedAlert {
  readonly title: string;
  readonly prompt: string;
  readonly buttons: ButtonSetName;
  readonly response: ButtonName;
}
export interface RecordedToast {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number;
}

export class EmuMenu {
  readonly items: [string, string][] = [];
  readonly subMenus: EmuMenu[] = [];
  constructor(
    private readonly ui: EmuUi,
    readonly title: string,
    readonly addon: boolean,
  ) {}
  addItem(caption: string, functionName: string): this {
    this.ui.ctx.call('Menu.addItem', 'ui');
    this.items.push([caption, functionName]);
    return this;
  }
  addSeparator(): this {
    this.ui.ctx.call('Menu.addSeparator', 'ui');
    return this;
  }
  addSubMenu(menu: EmuMenu): this {
    this.ui.ctx.call('Menu.addSubMenu', 'ui');
    this.subMenus.push(menu);
    for (const item of menu.items) this.items.push(item);
    return this;
  }
  /**
   * Menus show nothing until addToUi() (R base/menu#addToUi()). An add-on menu sits under Extensions, and so does a
   * published add-on's top-level menu (https://developers.google.com/workspace/add-ons/concepts/menus).
   */
  addToUi(): void {
    this.ui.ctx.call('Menu.addToUi', 'ui');
    const underExtensions = this.addon || this.ui.addOn;
    this.ui.menus.push({ title: this.title, items: [...this.items], addon: this.addon, underExtensions });
  }
}

export class EmuUi {
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;
  readonly menus: RecordedMenu[] = [];
  readonly sidebars: unknown[] = [];
  readonly dialogs: { html: unknown; title: string; modal: boolean }[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly prompts: { title: string; prompt: string; buttons: ButtonSetName; response: ButtonName; text: string }[] =
    [];
  readonly toasts: RecordedToast[] = [];
  /** False while nobody has the editor open (time-driven triggers): getUi() then throws. Set by the harness or a test. */
  available = true;
  /** The script is a published editor add-on (set by createEmulator). */
  addOn = false;
  private readonly responses: ButtonName[] = [];
  private readonly promptResponses: { text: string; button: ButtonName }[] = [];

  constructor(
    readonly ctx: SheetsContext,
    /** The title an add-on menu carries: the add-on's name (R base/ui#createAddonMenu()). */
    readonly addonName = 'Rekap UPT',
  ) {}

  /** Test-facing: the button the next alert returns (default: OK, or YES for yes/no sets). */
  queueResponse(button: ButtonName): void {
    this.responses.push(button);
  }
  /** Test-facing: what the next prompt returns. */
  queuePromptResponse(text: string, button: ButtonName = BUTTON.OK): void {
    this.promptResponses.push({ text, button });
  }
  /** Test-facing: the menu item labels and function names added with the given title. */
  menu(title: string): RecordedMenu | undefined {
    return this.menus.find((m) => m.title === title);
  }

  createMenu(caption: string): EmuMenu {
    this.ctx.call('Ui.createMenu', 'ui');
    return new EmuMenu(this, caption, false);
  }
  createAddonMenu(): EmuMenu {
    this.ctx.call('Ui.createAddonMenu', 'ui');
    return new EmuMenu(this, this.addonName, true);
  }
  /** Non-blocking (R base/ui#showSidebar(Object)). */
  showSidebar(html: unknown): void {
    this.ctx.call('Ui.showSidebar', 'ui');
    this.sidebars.push(html);
  }
  showModalDialog(html: unknown, title: string): void {
    this.ctx.call('Ui.showModalDialog', 'ui');
    this.dialogs.push({ html, title, modal: true });
  }
  showModelessDialog(html: unknown, title: string): void {
    this.ctx.call('Ui.showModelessDialog', 'ui');
    this.dialogs.push({ html, title, modal: false });
  }

  private defaultButton(buttons: ButtonSetName): ButtonName {
    return buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? BUTTON.YES : BUTTON.OK;
  }

  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons). */
  alert(a: string, b?: string | ButtonSetName, c?: ButtonSetName): ButtonName {
    this.ctx.call('Ui.alert', 'ui');
    const [title, prompt, buttons] =
      c !== undefined ? [a, String(b), c] : b !== undefined ? ['', a, b as ButtonSetName] : ['', a, BUTTON_SET.OK];
    const response = this.responses.shift() ?? this.defaultButton(buttons);
    this.alerts.push({ title, prompt, buttons, response });
    return response;
  }

  prompt(a: string, b?: string | ButtonSetName, c?: ButtonSetName) {
    this.ctx.call('Ui.prompt', 'ui');
    const [title, prompt, buttons] =
      c !== undefined ? [a, String(b), c] : b !== undefined ? ['', a, b as ButtonSetName] : ['', a, BUTTON_SET.OK];
    const queued = this.promptResponses.shift() ?? { text: '', button: this.defaultButton(buttons) };
    this.prompts.push({ title, prompt, buttons, response: queued.button, text: queued.text });
    return { getResponseText: () => queued.text, getSelectedButton: () => queued.button };
  }

  recordToast(message: string, title: string, timeoutSeconds: number): void {
    this.toasts.push({ message, title, timeoutSeconds });
  }
}
