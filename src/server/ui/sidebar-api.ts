// The ServerApi the sidebar calls through google.script.run: every function checks the caller's role first, and
// every failure comes back as a readable Bahasa Indonesia message, never a stack trace.
import { fromA1 } from '../../core/text/a1';
import type { ActionResult, AutomationView, PanelState, ReportResult, ServerApi, TabCheck } from '../../shared/rpc';
import { switchAutomation } from '../actions/automation-confirmation';
import { chatSummary } from '../actions/chat-summary';
import { checkUnitTab } from '../actions/check-unit-tab';
import { consolidate } from '../actions/consolidate';
import { generateReport } from '../actions/generate-report';
import { returnUnitTab } from '../actions/return-unit-tab';
import { sendUnitTab } from '../actions/send-unit-tab';
import { validateAll } from '../actions/validate-all';
import { type CallContext, callContext } from '../runtime/call-context';
import { EMAIL_UNKNOWN_MESSAGE } from '../runtime/roles';
import { readableMessage, UserError } from '../runtime/user-error';
import { panelState } from './panel-state';

/** Runs `work` with the caller's context; any failure is rethrown as an Error carrying only a readable message. */
function call<T>(work: (ctx: CallContext) => T): T {
  try {
    return work(callContext());
  } catch (error) {
    throw new Error(readableMessage(error));
  }
}

/** Like call(), for actions: a failure becomes { ok: false, message }. */
function act<T extends ActionResult>(work: (ctx: CallContext) => T, failed: (message: string) => T): T {
  try {
    return work(callContext());
  } catch (error) {
    return failed(readableMessage(error));
  }
}

const failedAction = (message: string): ActionResult => ({ ok: false, message });

/** Arguments cross google.script.run from the browser: anything may arrive. */
function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new UserError(`Permintaan tidak valid: ${what} harus berupa teks.`);
  return value;
}

export const sidebarApi: ServerApi = {
  getPanelState(): PanelState {
    return call(panelState);
  },

  checkUnitTab(unitCode: string): TabCheck {
    return call((ctx) => checkUnitTab(ctx, text(unitCode, 'kode UPT'), new Date()));
  },

  sendUnitTab(unitCode: string): TabCheck {
    return call((ctx) => sendUnitTab(ctx, text(unitCode, 'kode UPT'), new Date()));
  },

  goToCell(sheetName: string, a1: string): ActionResult {
    return act((ctx) => {
      const name = text(sheetName, 'nama tab');
      const cell = text(a1, 'alamat sel');
      const { caller } = ctx;
      if (caller.email === '') throw new UserError(EMAIL_UNKNOWN_MESSAGE);
      // Operators open only their own tabs; admins open any.
      if (caller.role !== 'admin' && !caller.units.some((u) => u.sheetName === name)) {
        throw new UserError(`Akun ${caller.email} tidak berhak membuka tab "${name}".`);
      }
      const sheet = ctx.ss.getSheetByName(name);
      if (!sheet) throw new UserError(`Tab "${name}" tidak ditemukan; mungkin sudah diganti nama atau dihapus.`);
      if (cell !== '' && !fromA1(cell)) throw new UserError(`Alamat sel "${cell}" tidak valid.`);
      sheet.activate();
      if (cell !== '') sheet.getRange(cell).activate();
      return { ok: true, message: cell ? `Sel ${name}!${cell} dipilih.` : `Tab ${name} dibuka.` };
    }, failedAction);
  },

  returnUnitTab(unitCode: string, note: string): ActionResult {
    return act(
      (ctx) => returnUnitTab(ctx, text(unitCode, 'kode UPT'), text(note, 'catatan'), new Date()),
      failedAction,
    );
  },

  runValidateAll(): ActionResult {
    return act(validateAll, failedAction);
  },

  runConsolidation(): ActionResult {
    return act(consolidate, failedAction);
  },

  runReport(): ReportResult {
    return act(generateReport, (message) => ({ ok: false, message, docUrl: null, pdfUrl: null }));
  },

  setAutomation(on: boolean, onlyAdminsEdit?: boolean): AutomationView {
    return call((ctx) => {
      if (typeof on !== 'boolean')
        throw new UserError('Permintaan tidak valid: pilihan otomatisasi harus aktif/nonaktif.');
      // Only a literal true confirms; anything else that crosses google.script.run does not.
      return switchAutomation(ctx, on, onlyAdminsEdit === true);
    });
  },

  getChatSummary(): ActionResult {
    return act((ctx) => chatSummary(ctx, new Date()), failedAction);
  },
};
