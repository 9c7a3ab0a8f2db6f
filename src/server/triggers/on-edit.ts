// Edits after sending: the onEdit simple trigger flags a sent unit tab whose input cells a person changed.

import type { UnitReport } from '../../core/schema/types';
import { fromA1 } from '../../core/text/a1';
import { isUnitCandidate } from '../sheets/workbook';
import { isAddonKey, parseStatus, type StoredStatus, statusKey } from '../state/status-store';

/**
 * Document property "edit-area:<sheet name>" → the unit and its input cells, written when the tab is sent, so the
 * trigger finds both with one property read and never reads the tab.
 */
export const EDIT_AREA_PREFIX = 'edit-area:';

/** A rectangle of input cells, 1-based and inclusive: [top row, left column, bottom row, right column]. */
export type CellRect = readonly [number, number, number, number];

export interface EditArea {
  readonly unitCode: string;
  readonly rects: readonly CellRect[];
}

/**
 * The tab's input cells as rectangles: every field the operator types into, without the identity and status cells
 * the add-on writes. Neighbouring cells of a row merge into one run, then equal runs of consecutive rows into one rectangle.
 */
export function editAreaOf(report: UnitReport): EditArea {
  const byRow = new Map<number, number[]>();
  for (const [valueKey, a1] of Object.entries(report.cells)) {
    const pos = isAddonKey(valueKey) ? null : fromA1(a1);
    if (pos) byRow.set(pos.row, [...(byRow.get(pos.row) ?? []), pos.col]);
  }
  const runs: [number, number, number, number][] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    let start = cols[0];
    for (let i = 1; i <= cols.length; i++) {
      if (i < cols.length && cols[i] === cols[i - 1] + 1) continue;
      const end = cols[i - 1];
      const above = runs.find((r) => r[2] === row - 1 && r[1] === start && r[3] === end);
      if (above) above[2] = row;
      else runs.push([row, start, row, end]);
      start = cols[i];
    }
  }
  return { unitCode: report.unit.code, rects: runs };
}

/** Remembers the sent tab's input area for the onEdit trigger (one property write). */
export function rememberEditArea(report: UnitReport): void {
  PropertiesService.getDocumentProperties().setProperty(
    EDIT_AREA_PREFIX + report.sheetName,
    JSON.stringify(editAreaOf(report)),
  );
}

function parseArea(raw: string | null): EditArea | null {
  if (!raw) return null;
  try {
    const area = JSON.parse(raw) as EditArea;
    return typeof area.unitCode === 'string' && Array.isArray(area.rects) ? area : null;
  } catch {
    return null;
  }
}

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

/**
 * The onEdit simple trigger's work. It runs in AuthMode.LIMITED within 30 s and may use only the bound file and
 * the properties (https://developers.google.com/apps-script/guides/triggers#restrictions), so it reads no tab: one
 * property tells whether the edited sheet is a sent unit tab and where its input cells are; only then is the
 * unit's status read and written. Apps Script fires onEdit only for a person's edit, never for a script's write
 * (same page: "Script executions and API requests do not cause triggers to run"), so the add-on's own writes
 * never reach this code. An add-on not yet enabled in the file runs it in AuthMode.NONE, without properties (same
 * page): that edit goes unflagged here, and the next check or consolidation still sees the changed figures.
 */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit, now: Date): boolean {
  const range = e.range;
  const sheetName = range.getSheet().getName();
  // The add-on's own sheets (Pengaturan, Log, Status, summaries, drafts) are never unit tabs.
  if (!isUnitCandidate(sheetName)) return false;
  const props = PropertiesService.getDocumentProperties();
  const area = parseArea(props.getProperty(EDIT_AREA_PREFIX + sheetName));
  if (!area) return false;
  const top = range.getRow();
  const left = range.getColumn();
  const block = { top, left, bottom: top + range.getNumRows() - 1, right: left + range.getNumColumns() - 1 };
  if (!touchesInput(area, block)) return false;
  const updated = statusAfterEdit(parseStatus(props.getProperty(statusKey(area.unitCode))), now);
  if (!updated) return false;
  props.setProperty(statusKey(area.unitCode), JSON.stringify(updated));
  return true;
}
