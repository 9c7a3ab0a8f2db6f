// The "Rekap UPT" menu: labels in Bahasa Indonesia, each bound to a top-level entry point by name.
export const MENU_TITLE = 'Rekap UPT';

export interface MenuItem {
  readonly label: string;
  readonly functionName: string;
}

export const MENU_ITEMS: readonly (MenuItem | 'separator')[] = [
  { label: 'Buka panel', functionName: 'showSidebar' },
];

/** Installable-trigger handlers, by function name. */
export const TRIGGER_HANDLERS = [] as const;

/** Adds the menu; must work in AuthMode.NONE, so it touches nothing that needs authorization. */
export function addMenu(e?: GoogleAppsScript.Events.AppsScriptEvent): void {
  const ui = SpreadsheetApp.getUi();
  const bound = e?.authMode !== undefined && e.authMode !== ScriptApp.AuthMode.NONE;
  const menu = bound ? ui.createMenu(MENU_TITLE) : ui.createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.label, item.functionName);
  }
  menu.addToUi();
}
