// Runs contracts one after the other, each with its own scratch, and grades what each observed.
import type { Basis, Contract } from './contract';
import { matches, render } from './match';
import { type Leftover, ScratchRun } from './scratch';

/** PASS/FAIL for a contract the emulator models; PENDING-LIVE (counted apart) for one it does not model yet. */
export type Result = 'PASS' | 'FAIL' | 'PENDING-LIVE';

/** Where the contracts ran: an execution started from the editor, or a time-driven trigger (no user interface). */
export type RunContext = 'editor' | 'trigger';

export interface Row {
  readonly name: string;
  readonly result: Result;
  /** Whether the observation matched the expectation (for pending-live contracts too). */
  readonly matched: boolean;
  readonly observed: string;
  readonly expected: string;
  readonly basis: Basis;
  readonly source: string;
  readonly context: RunContext;
}

export interface RunOutcome {
  readonly rows: Row[];
  readonly leftovers: Leftover[];
}

const errorText = (e: unknown) =>
  e instanceof Error || Object.prototype.toString.call(e) === '[object Error]'
    ? `${(e as Error).name}: ${(e as Error).message}`
    : String(e);

export function runSuite(
  contracts: readonly Contract[],
  context: RunContext,
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  modelled: ReadonlySet<string>,
): RunOutcome {
  const tag = Utilities.getUuid().slice(0, 4);
  let made = 0;
  const nextName = () => `Uji ${tag} ${++made}`;
  const leftovers: Leftover[] = [];
  const rows = contracts.map((contract): Row => {
    const scratch = new ScratchRun(spreadsheet, nextName);
    let observed: unknown;
    let expected: unknown;
    try {
      observed = contract.observe(scratch);
    } catch (e) {
      // An unexpected failure is an observation too ("Drive is not defined", a missing permission, …).
      observed = { error: errorText(e) };
    }
    try {
      expected = typeof contract.expected === 'function' ? contract.expected(scratch) : contract.expected;
    } catch (e) {
      expected = { error: errorText(e) };
    } finally {
      leftovers.push(...scratch.cleanUp());
    }
    const matched = matches(observed, expected as never);
    const result: Result = !modelled.has(contract.name) ? 'PENDING-LIVE' : matched ? 'PASS' : 'FAIL';
    return {
      name: contract.name,
      result,
      matched,
      observed: render(observed),
      expected: render(expected),
      basis: contract.basis,
      source: contract.source,
      context,
    };
  });
  return { rows, leftovers };
}
