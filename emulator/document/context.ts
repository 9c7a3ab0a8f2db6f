// What every Docs element shares with its document: the ledger, and whether the document is still open.
import { APPS_SCRIPT_ERRORS, type Runtime } from '../runtime';

export class DocContext {
  closed = false;
  /** Edits not yet saved (saveAndClose, or the end of the execution, saves them). */
  unsaved = false;

  constructor(readonly runtime: Runtime) {}

  /** Counts a read call (kind 'docs'). */
  read(type: string, method: string): void {
    this.runtime.ledger.record(type, method, 'docs');
  }

  /** Counts a call answered from the element in hand (a cast): kind 'utility', no round trip. */
  local(type: string, method: string): void {
    this.runtime.ledger.record(type, method, 'utility');
  }

  /** Counts an edit and refuses it once the document is closed (R document/document#saveAndClose()). */
  edit(type: string, method: string, bytes = 0): void {
    this.runtime.ledger.record(type, method, 'docs', bytes);
    if (this.closed) throw new Error(APPS_SCRIPT_ERRORS.documentClosed);
    this.unsaved = true;
  }
}
