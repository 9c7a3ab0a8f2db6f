// "Periksa tab saya": an operator (or an admin) checks one unit's tab and sees every issue in the sidebar.
import type { TabCheck } from '../../shared/rpc';
import { type CallContext, preRead } from '../runtime/call-context';
import { requireUnitAccess } from '../runtime/roles';
import { readUnitTab } from '../sheets/workbook';
import { trackChange } from '../state/report-status';
import { tabCheck } from '../ui/unit-views';

export function checkUnitTab(ctx: CallContext, unitCode: string, now: Date): TabCheck {
  const unit = requireUnitAccess(ctx.caller, unitCode);
  const { report } = readUnitTab(ctx.ss, unit, preRead(ctx));
  return tabCheck(report, trackChange(report, ctx.config.period, now));
}
