// Every portable contract, by where it runs: an execution started from the editor, or a time-driven trigger.
import type { Contract } from '../contract';
import { DOCUMENT_CONTRACTS } from './document';
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

export { EDITOR_RUN_MARK, TRIGGER_CONTRACTS } from './trigger';
