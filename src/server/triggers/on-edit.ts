// Edits after sending: the onEdit simple trigger flags a sent unit tab whose input cells a person changed, and keeps
// an edit made while a run rewrites unit tabs for that run.

import type { CellValue } from '../../core/schema/types';
import { isUnitCandidate } from '../sheets/workbook';
import { documentProperties } from '../state/document-properties';
import { type EditArea, editAreaIn } from '../state/edit-areas';
import { recordLateEdit, rewriteUnderWay } from '../state/late-edits';
import { type StoredStatus, updateStatus } from '../state/status-store';

/** The edited block, 1-based and inclusive. */
export interface EditedBlock {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** True when the edited block overlaps the tab's input cells. */
export function touchesInput(area: EditArea, block: EditedBlock): boolean {
  return area.rects.some(
    ([top, left, bottom, right]) =>
      block.top <= bottom && block.bottom >= top && block.left <= right && block.right >= left,
  );
}

/**
 * What an edit of the input cells does to a unit's stored status: a sent tab is flagged as changed after sending
 * and gets `now` as its last change; any other status gives null (nothing to write).
 */
export function statusAfterEdit(stored: StoredStatus, now: Date): StoredStatus | null {
  if (stored.status !== 'Dikirim') return null;
  return { ...stored, editedAfterSending: true, lastChange: now.toISOString() };
}

/** What the edit left in its cells; a single cell read empty (already rewritten) is the text the person typed. */
function typedValues(e: GoogleAppsScript.Events.SheetsOnEdit): CellValue[][] {
  const values = e.range.getValues() as CellValue[][];
  const single = values.length === 1 && values[0]?.length === 1;
  if (single && values[0]?.[0] === '' && typeof e.value === 'string' && e.value !== '') return [[e.value]];
  return values;
}

/**
 * The onEdit simple trigger's work. It runs in AuthMode.LIMITED within 30 s and may use only the bound file and
 * the properties (https://developers.google.com/apps-script/guides/triggers#restrictions), so it reads no tab but
 * the edited cells, and those only while a close or set up rewrites unit tabs (late-edits.ts): one property tells
 * whether the edited sheet is a sent unit tab and where its input cells are; only then is the unit's status changed. Apps Script fires onEdit only for a person's edit, never for a script's write
 * (same page: "Script executions and API requests do not cause triggers to run"), so the add-on's own writes
 * never reach this code. An add-on not yet enabled in the file runs it in AuthMode.NONE, without properties (same
 * page): that edit goes unflagged here, and the next check or consolidation still sees the changed figures.
 */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit, now: Date): boolean {
  const range = e.range;
  const sheetName = range.getSheet().getName();
  // The add-on's own sheets (Pengaturan, Log, Status, summaries, drafts) are never unit tabs.
  if (!isUnitCandidate(sheetName)) return false;
  // One handle and one read of every property: the trigger has 30 seconds.
  const store = documentProperties();
  const all = store.getProperties();
  const top = range.getRow();
  const left = range.getColumn();
  // While a close or set up rewrites unit tabs, the edit is kept for that run to put back or archive.
  if (rewriteUnderWay(now, all)) recordLateEdit(sheetName, top - 1, left - 1, typedValues(e), store);
  const area = editAreaIn(all, sheetName);
  if (!area) return false;
  const block = { top, left, bottom: top + range.getNumRows() - 1, right: left + range.getNumColumns() - 1 };
  if (!touchesInput(area, block)) return false;
  const updated = updateStatus(area.unitCode, null, (stored) => (stored ? statusAfterEdit(stored, now) : null), store);
  return updated?.editedAfterSending === true;
}
