// The per-service context every emulated object shares: the runtime, and the one "record then check auth" step.
import { APPS_SCRIPT_ERRORS, type CallKind, type Runtime } from '../runtime';

export const SERVICE = 'SpreadsheetApp';

/** Methods an add-on may call in AuthMode.NONE: building and showing menus only (G add-ons/concepts/editor-auth-lifecycle). */
const ALLOWED_WITHOUT_AUTH = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createMenu',
  'Ui.createAddonMenu',
  'Menu.addItem',
  'Menu.addSeparator',
  'Menu.addSubMenu',
  'Menu.addToUi',
]);

export class SheetsContext {
  constructor(readonly runtime: Runtime) {}

  /** Counts the script's call of a User getter (kind 'utility': answered from the object in hand). */
  readonly recordUser = (method: string): void => this.call(`User.${method}`, 'utility');

  /** Records the call in the ledger first (it may throw an injected fault), then applies the auth-mode rule. */
  call(method: string, kind: CallKind, bytes = 0): void {
    this.runtime.ledger.record(SERVICE, method, kind, bytes);
    if (this.runtime.authMode === 'NONE' && !ALLOWED_WITHOUT_AUTH.has(method)) {
      const name = method.startsWith('SpreadsheetApp.') ? method : `SpreadsheetApp.${method.split('.').pop()}`;
      throw new Error(
        `${APPS_SCRIPT_ERRORS.authRequired}${name}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets`,
      );
    }
  }
}
