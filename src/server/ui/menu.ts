// The "Rekap UPT" menu: each item's label in Bahasa Indonesia and what it does in the Sheet's UI, keyed by the entry
// point in index.ts the menu calls by name.
import { CONFIG_SHEET } from '../../core/config/sheet-names';
import { formatPeriod } from '../../core/text/format';
import { automationView } from '../actions/automation';
import { onlyAdminsQuestion, switchAutomation } from '../actions/automation-confirmation';
import { CLOSE_ACTION, closePeriod, closePeriodQuestion } from '../actions/close-period';
import { CONSOLIDATE_ACTION, consolidate } from '../actions/consolidate';
import { createReportTemplate, TEMPLATE_ACTION } from '../actions/create-template';
import { generateReport, REPORT_ACTION } from '../actions/generate-report';
import { createSettings, SETUP_ACTION, setupUnitTabs } from '../actions/setup-unit-tabs';
import { VALIDATE_ACTION, validateAll } from '../actions/validate-all';
import { NATIONAL_ACTION, nationalConsolidation } from '../national/national-run';
import { PUBLISH_ACTION, publishAction } from '../national/publish-action';
import { BUILT_AS_ADDON, BUILT_NATIONAL } from '../runtime/build-target';
import { type CallContext, callContext, preRead } from '../runtime/call-context';
import { callerEmail, requireAdmin } from '../runtime/roles';
import { readWorkbook, sheetsByName } from '../sheets/workbook';
import { showChatSummaryDialog } from './chat-summary-dialog';
import { reportLinksHtml, submissionStatusHtml, templateLinkHtml } from './dialogs';
import { showHelpDialog } from './help';
import { DIALOG_TITLE, runMenu, toast } from './menu-run';
import { showSidebarPanel } from './sidebar';
import { showTrialWarning, TRIAL_MENU_LABEL } from './trial-warning';
import { unitStatusViews } from './unit-views';

export const MENU_TITLE = 'Rekap UPT';

export interface MenuItem {
  readonly label: string;
  /** The entry point in index.ts the item calls. */
  readonly functionName: string;
}

interface MenuCommand {
  readonly label: string;
  readonly run: () => void;
}

/** The caller's context, refused unless they are an admin (before any toast says that work begins). */
function adminContext(): CallContext {
  const ctx = callContext();
  requireAdmin(ctx.caller);
  return ctx;
}

export const MENU = {
  showSidebar: { label: 'Buka panel', run: showSidebarPanel },

  setupUnitTabs: {
    label: 'Siapkan / perbarui tab UPT',
    run: () =>
      runMenu(() => {
        const began = Date.now();
        const ss = SpreadsheetApp.getActiveSpreadsheet();
        const sheets = sheetsByName(ss);
        if (!sheets.has(CONFIG_SHEET)) return createSettings(ss, callerEmail()).message;
        const ctx = callContext(ss, sheets);
        requireAdmin(ctx.caller);
        toast(ss, `Menyiapkan ${ctx.config.units.length} tab UPT…`, 10);
        return setupUnitTabs(ctx, began).message;
      }, SETUP_ACTION),
  },

  validateAll: {
    label: 'Validasi semua UPT',
    run: () =>
      runMenu(() => {
        const ctx = adminContext();
        toast(ctx.ss, 'Memvalidasi semua tab UPT…');
        return validateAll(ctx).message;
      }, VALIDATE_ACTION),
  },

  consolidateNow: {
    label: 'Rekap sekarang',
    run: () =>
      runMenu(() => {
        const ctx = adminContext();
        toast(ctx.ss, 'Membaca dan merekap semua tab UPT…');
        // The alert that follows says how it ended.
        return consolidate(ctx).message;
      }, CONSOLIDATE_ACTION),
  },

  generateReport: {
    label: 'Buat laporan',
    run: () =>
      runMenu((ui) => {
        const ctx = adminContext();
        toast(ctx.ss, 'Menyusun laporan…');
        const result = generateReport(ctx);
        const { docUrl } = result;
        if (!result.ok || !docUrl) return result.message;
        try {
          const html = HtmlService.createHtmlOutput(reportLinksHtml({ ...result, docUrl }))
            .setWidth(420)
            .setHeight(160);
          ui.showModalDialog(html, DIALOG_TITLE);
          return null;
        } catch {
          // The report is made and logged: without the dialog, the link goes into the alert.
          return `${result.message} Tautan: ${docUrl}`;
        }
      }, REPORT_ACTION),
  },

  createReportTemplate: {
    label: TEMPLATE_ACTION,
    run: () =>
      runMenu((ui) => {
        const ctx = adminContext();
        const result = createReportTemplate(ctx);
        const { docUrl } = result;
        if (!result.ok || !docUrl) return result.message;
        const html = HtmlService.createHtmlOutput(templateLinkHtml(result.message, docUrl))
          .setWidth(460)
          .setHeight(220);
        ui.showModalDialog(html, DIALOG_TITLE);
        return null;
      }, TEMPLATE_ACTION),
  },

  showSubmissionStatus: {
    label: 'Status pengiriman',
    run: () =>
      runMenu((ui) => {
        const ctx = adminContext();
        const units = unitStatusViews(readWorkbook(ctx.ss, preRead(ctx)));
        const html = HtmlService.createHtmlOutput(submissionStatusHtml(units)).setWidth(560).setHeight(520);
        ui.showModalDialog(html, `Status pengiriman — ${formatPeriod(ctx.config.period)}`);
        return null;
      }),
  },

  showChatSummary: { label: 'Salin ringkasan', run: showChatSummaryDialog },

  toggleAutomation: {
    label: 'Otomatisasi: aktif/nonaktif',
    run: () =>
      runMenu((ui) => {
        const ctx = adminContext();
        const on = !automationView().on;
        // The bound build asks first whether only admins edit the Sheet (actions/automation-confirmation.ts).
        const question = onlyAdminsQuestion(ctx, on);
        if (question !== null && ui.alert('Otomatisasi', question, ui.ButtonSet.YES_NO) !== ui.Button.YES) {
          return 'Otomatisasi tetap nonaktif; tidak ada yang diubah.';
        }
        const view = switchAutomation(ctx, on, question !== null);
        return view.on
          ? `Otomatisasi aktif: rekap berjalan otomatis setiap ${view.everyHours} jam dan tercatat di sheet "Log".`
          : 'Otomatisasi nonaktif: rekap hanya berjalan bila dijalankan dari menu atau panel.';
      }),
  },

  closePeriod: {
    label: 'Tutup periode',
    run: () =>
      runMenu((ui) => {
        // The 6-minute limit counts from the execution's start, the time the admin spends on the confirmation included.
        const began = Date.now();
        const ctx = adminContext();
        const answer = ui.alert('Tutup periode', closePeriodQuestion(ctx), ui.ButtonSet.YES_NO);
        if (answer !== ui.Button.YES) return 'Tutup periode dibatalkan; tidak ada yang diubah.';
        toast(ctx.ss, 'Mengarsipkan angka periode ini…');
        return closePeriod(ctx, began).message;
      }, CLOSE_ACTION),
  },

  publish: {
    label: 'Terbitkan',
    run: () =>
      runMenu(() => {
        const ctx = adminContext();
        toast(ctx.ss, 'Menerbitkan periode yang sudah ditutup…');
        return publishAction(ctx).message;
      }, PUBLISH_ACTION),
  },

  rekapNasional: {
    label: 'Rekap nasional',
    run: () =>
      runMenu(() => {
        const began = Date.now();
        if (!BUILT_NATIONAL) return 'Ditolak: "Rekap nasional" hanya tersedia di versi Rekap Nasional dari add-on ini.';
        const ss = SpreadsheetApp.getActiveSpreadsheet();
        toast(ss, 'Membaca terbitan setiap Kanwil…', 30);
        return nationalConsolidation(ss, began).message;
      }, NATIONAL_ACTION),
  },

  showHelp: { label: 'Bantuan', run: showHelpDialog },

  showTrialWarning: { label: TRIAL_MENU_LABEL, run: showTrialWarning },
} as const satisfies Readonly<Record<string, MenuCommand>>;

type MenuEntry = keyof typeof MENU;

const ORDER: readonly (MenuEntry | 'separator')[] = [
  // The bound build's menu opens with its warning: every editor of the Sheet can change its code.
  ...(BUILT_AS_ADDON ? [] : (['showTrialWarning', 'separator'] as const)),
  // The national deployment opens with its own run (the Directorate General's workbook).
  ...(BUILT_NATIONAL ? (['rekapNasional', 'separator'] as const) : []),
  'showSidebar',
  'separator',
  'setupUnitTabs',
  'validateAll',
  'consolidateNow',
  'generateReport',
  'createReportTemplate',
  'showSubmissionStatus',
  'showChatSummary',
  'separator',
  'toggleAutomation',
  'closePeriod',
  'publish',
  'separator',
  'showHelp',
];

export const MENU_ITEMS: readonly (MenuItem | 'separator')[] = ORDER.map((entry) =>
  entry === 'separator' ? entry : { label: MENU[entry].label, functionName: entry },
);

/**
 * Adds the menu. Runs in AuthMode.NONE (an add-on's onOpen before it is used in the file), so it touches nothing
 * but the Ui. The add-on's menu is Extensions → Rekap UPT (Ui.createAddonMenu); a published add-on's top-level menu
 * would be moved there anyway (https://developers.google.com/workspace/add-ons/concepts/menus). The bound build keeps
 * its own "Rekap UPT" menu.
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
