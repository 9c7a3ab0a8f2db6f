// What the sidebar shows on opening: the caller, their role, the period and the status of the units they see.
import { basisLine } from '../../core/consolidation/basis';
import { consolidateRegion } from '../../core/consolidation/consolidate';
import { formatPeriod } from '../../core/text/format';
import type { PanelState, TrialNotice, UnitStatusView } from '../../shared/rpc';
import { automationView } from '../actions/automation';
import { ONLY_ADMINS_QUESTION } from '../actions/automation-confirmation';
import { type CallContext, preRead } from '../runtime/call-context';
import { readWorkbook } from '../sheets/workbook';
import { lastReport } from '../state/report-state';
import { trialWarning } from './trial-warning';
import { unitStatusViews } from './unit-views';

function trialNotice(): TrialNotice | null {
  const warning = trialWarning();
  return warning === null ? null : { warning, onlyAdminsQuestion: ONLY_ADMINS_QUESTION };
}

/** Operators read only their own tabs; admins read every tab; a caller without a role reads nothing. */
export function panelState(ctx: CallContext): PanelState {
  const { caller, config } = ctx;
  let units: UnitStatusView[] = [];
  let basis: string | null = null;
  const admin = caller.role === 'admin';
  if (caller.role !== 'none') {
    const only = admin ? undefined : caller.units.map((u) => u.sheetName);
    const read = readWorkbook(ctx.ss, { ...preRead(ctx), only });
    units = unitStatusViews(read);
    if (admin) {
      const region = consolidateRegion(config, read.reports);
      basis = basisLine(region.basis, region.unitCount);
    }
  }
  return {
    email: caller.email,
    role: caller.role,
    period: config.period,
    periodLabel: formatPeriod(config.period),
    units,
    automation: admin ? automationView() : null,
    lastReport: admin ? lastReport() : null,
    basis,
    trial: admin ? trialNotice() : null,
  };
}
