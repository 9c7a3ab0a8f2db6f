// "Kembalikan": the Kanwil returns a sent tab to its operator with a note, shown in the panel and on the tab.
import type { ActionResult } from '../../shared/rpc';
import { type CallContext, preRead } from '../runtime/call-context';
import { actionResult, loggedRun } from '../runtime/logged-run';
import { requireAdmin, requireUnitAccess } from '../runtime/roles';
import { UserError } from '../runtime/user-error';
import { applyBatch } from '../sheets/cell-batch';
import { statusCellRequests } from '../sheets/status-cells';
import { readUnitTab } from '../sheets/workbook';
import { hasTypedValues, seedStatus } from '../state/report-status';
import { effectiveStatus, updateStatus } from '../state/status-store';

export const RETURN_ACTION = 'Kembalikan tab';
export const MAX_NOTE_LENGTH = 1000;

/**
 * Admins only; the note is checked before anything is read, the tab's status under the lock. Returning is
 * idempotent: a retry after a failure part-way finds the return already stored and completes it (the tab's status
 * cells, the Log row); returning a returned tab again replaces its note.
 */
export function returnUnitTab(ctx: CallContext, unitCode: string, note: string, now: Date): ActionResult {
  requireAdmin(ctx.caller);
  const unit = requireUnitAccess(ctx.caller, unitCode);
  const text = note.trim();
  if (text === '') throw new UserError('Tuliskan catatan perbaikan untuk UPT sebelum mengembalikan tab.');
  if (text.length > MAX_NOTE_LENGTH) {
    throw new UserError(`Catatan terlalu panjang (${text.length} karakter); batasnya ${MAX_NOTE_LENGTH} karakter.`);
  }
  const spec = { ss: ctx.ss, by: ctx.caller.email, action: RETURN_ACTION, start: now, sheets: ctx.sheets };
  return actionResult(
    loggedRun(spec, (run) => {
      const { read, report } = readUnitTab(ctx.ss, unit, preRead(ctx));
      run.tabsRead = read.tabsRead;
      let refused: string | null = null;
      const returned = updateStatus(unit.code, read.config.period, (current) => {
        const stored = current ?? seedStatus(report);
        if (stored.status === 'Dikembalikan' && stored.returnNote === text) return null;
        if (stored.status !== 'Dikirim' && stored.status !== 'Dikembalikan') {
          refused = effectiveStatus(stored, hasTypedValues(report));
          return null;
        }
        return {
          ...stored,
          status: 'Dikembalikan',
          returnNote: text,
          returnedAt: now.toISOString(),
          returnedBy: ctx.caller.email,
        };
      });
      if (refused !== null || !returned) {
        throw new UserError(
          `Tab ${unit.name} berstatus "${refused ?? report.meta.status}"; hanya tab berstatus "Dikirim" yang dapat dikembalikan.`,
        );
      }
      const detail = `${unit.code}: ${text}`;
      const sheetId = read.sheets.idOf(unit.sheetName);
      const grid = read.grids.get(unit.sheetName);
      const cells = report.meta.cells;
      if (sheetId !== null && grid && cells) {
        const display = {
          status: 'Dikembalikan' as const,
          sentAt: returned.sentAt,
          sentBy: returned.sentBy,
          returnNote: text,
        };
        // The Log row travels with the status cells: both or neither.
        applyBatch(read.sheets.spreadsheetId, [
          ...statusCellRequests(sheetId, cells, display, grid),
          ...run.successRow(detail),
        ]);
      }
      return { value: `Tab ${unit.name} dikembalikan ke operator dengan catatan.`, detail };
    }),
  );
}
