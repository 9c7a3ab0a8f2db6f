// The "Rekap UPT" menu: labels in Bahasa Indonesia, each bound to a top-level entry point by name.
export const MENU_TITLE = 'Rekap UPT';

export interface MenuItem {
  readonly label: string;
  readonly functionName: string;
}

export const MENU_ITEMS: readonly (MenuItem | 'separator')[] = [
  { label: 'Buka panel', functionName: 'showSidebar' },
  'separator',
  { label: 'Siapkan / perbarui tab UPT', functionName: 'setupUnitTabs' },
  { label: 'Validasi semua UPT', functionName: 'validateAll' },
  { label: 'Rekap sekarang', functionName: 'consolidateNow' },
  { label: 'Buat laporan', functionName: 'generateReport' },
  { label: 'Status pengiriman', functionName: 'showSubmissionStatus' },
  { label: 'Salin ringkasan', functionName: 'showChatSummary' },
  'separator',
  { label: 'Otomatisasi: aktif/nonaktif', functionName: 'toggleAutomation' },
  { label: 'Tutup periode', functionName: 'closePeriod' },
  'separator',
  { label: 'Bantuan', functionName: 'showHelp' },
];

/** The time-driven consolidation handler's name (the trigger calls it by name). */
export const SCHEDULED_HANDLER = 'runScheduledConsolidation';

/** The daily deadline-reminder handler's name (installed and removed with the consolidation trigger). */
export const REMINDER_HANDLER = 'sendDeadlineReminders';

/** Installable-trigger handlers, by function name. */
export const TRIGGER_HANDLERS = [SCHEDULED_HANDLER, REMINDER_HANDLER] as const;

/**
 * Built as an editor add-on or as a script bound to one Sheet: set at build time (webpack DefinePlugin replaces
 * process.env.REKAP_TARGET; REKAP_TARGET=addon npm run build). Bound is the default.
 */
export const BUILT_AS_ADDON = process.env.REKAP_TARGET === 'addon';

/**
 * Adds the menu. Runs in AuthMode.NONE (an add-on's onOpen before it is enabled in the file), so it touches
 * nothing but the Ui. An add-on's menu sits under Extensions with the add-on's name
 * (https://developers.google.com/apps-script/add-ons/editors/sheets/editor-ui#menus).
 */
export function addMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const menu = BUILT_AS_ADDON ? ui.createAddonMenu() : ui.createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.label, item.functionName);
  }
  menu.addToUi();
}
