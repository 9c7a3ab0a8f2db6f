// Every portable contract, by where it runs: an execution started from the editor, or a time-driven trigger.
import type { Contract } from '../contract';
import { DOCUMENT_CONTRACTS } from './document';
import { NATIONAL_CONTRACTS } from './national';
import { PROTECTION_CONTRACTS } from './protection';
import { SCOPE_CONTRACTS } from './scopes';
import { SERVICE_CONTRACTS } from './services';
import { SHEETS_API_CONTRACTS } from './sheets-api';
import { SPREADSHEET_CONTRACTS } from './spreadsheet';
import { UTILITIES_CONTRACTS } from './utilities';
import { VALIDATION_CONTRACTS } from './validation';

export const EDITOR_CONTRACTS: readonly Contract[] = [
  ...SPREADSHEET_CONTRACTS,
  ...SHEETS_API_CONTRACTS,
  ...PROTECTION_CONTRACTS,
  ...VALIDATION_CONTRACTS,
  ...DOCUMENT_CONTRACTS,
  ...SERVICE_CONTRACTS,
  ...UTILITIES_CONTRACTS,
  ...SCOPE_CONTRACTS,
];

/**
 * The contracts an editor run checks: the national ones too where the manifest enables BigQuery, i.e. in the national
 * bundle (dist-contract-national/, built with appsscript.national.json).
 */
export function editorContracts(): readonly Contract[] {
  return typeof BigQuery === 'undefined' ? EDITOR_CONTRACTS : [...EDITOR_CONTRACTS, ...NATIONAL_CONTRACTS];
}

export { EDITOR_RUN_MARK, TRIGGER_CONTRACTS } from './trigger';
export { NATIONAL_CONTRACTS };
