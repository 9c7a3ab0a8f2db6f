// "Terbitkan" (admins): every closed period in Arsip published again in the "Terbitan" sheet, logged as any run.
import type { ActionResult } from '../../shared/rpc';
import type { CallContext } from '../runtime/call-context';
import { actionResult, adminRun } from '../runtime/logged-run';
import { publishedMessage, publishPeriods } from './publish';

export const PUBLISH_ACTION = 'Terbitkan';

export function publishAction(ctx: CallContext): ActionResult {
  return actionResult(
    adminRun(ctx, { action: PUBLISH_ACTION }, () => {
      const message = publishedMessage(publishPeriods(ctx.ss, ctx.config));
      return { value: message, detail: message };
    }),
  );
}
