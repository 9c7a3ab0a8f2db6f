// "Validasi semua UPT": every unit tab checked, the "Validasi" sheet written and the offending cells marked.
import { formatNumber } from '../../core/text/format';
import type { ActionResult } from '../../shared/rpc';
import { type CallContext, preRead } from '../runtime/call-context';
import { actionResult, adminRun } from '../runtime/logged-run';
import { writeValidation } from '../sheets/validation-sheet';
import { readWorkbook } from '../sheets/workbook';

export const VALIDATE_ACTION = 'Validasi semua UPT';

export function validateAll(ctx: CallContext): ActionResult {
  return actionResult(
    adminRun(ctx, { action: VALIDATE_ACTION }, (run) => {
      const read = readWorkbook(ctx.ss, preRead(ctx));
      run.tabsRead = read.tabsRead;
      const summary = writeValidation(read, new Date(), read.sheets.timeZone);
      const message =
        `Validasi selesai: ${formatNumber(summary.errors)} kesalahan dan ${formatNumber(summary.warnings)} peringatan` +
        ` (${formatNumber(summary.unitsWithErrors)} UPT dengan kesalahan). Rinciannya ada di sheet "Validasi".`;
      return { value: message, detail: message };
    }),
  );
}
