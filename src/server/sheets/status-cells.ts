// Displays a unit's stored submission status in the protected status cells of its tab (admin and trigger runs only).

import type { Grid, UnitMeta } from '../../core/schema/types';
import type { SubmissionStatus } from '../../core/schema/vocabulary';
import { fromA1 } from '../../core/text/a1';
import { cellText } from '../../core/text/cell-text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface StatusDisplay {
  readonly status: SubmissionStatus;
  readonly sentAt: string | null;
  readonly sentBy: string | null;
  readonly returnNote: string | null;
}

/** The four texts shown on the tab: status, sent at (ISO, as the core reads it back), sent by, return note. */
export function statusTexts(s: StatusDisplay): string[] {
  return [s.status, s.sentAt ?? '', cellText(s.sentBy ?? ''), cellText(s.returnNote ?? '')];
}

/**
 * Writes the status cells when they differ from `grid` (the tab as read). The layout keeps them in one column on
 * consecutive rows, written with one setValues; otherwise each cell is written on its own.
 */
export function writeStatusCells(
  sheet: Sheet,
  cells: NonNullable<UnitMeta['cells']>,
  display: StatusDisplay,
  grid: Grid,
): boolean {
  const texts = statusTexts(display);
  const positions = [cells.status, cells.sentAt, cells.sentBy, cells.returnNote].map((a1) => fromA1(a1));
  if (positions.some((p) => p === null)) return false;
  const pos = positions as { row: number; col: number }[];
  const current = pos.map((p) => grid[p.row - 1]?.[p.col - 1]);
  const shown = current.map((v) => (v instanceof Date ? v.toISOString() : String(v ?? '')));
  if (shown.every((v, i) => v === texts[i] || `'${v}` === texts[i])) return false;
  const oneColumn = pos.every((p, i) => p.col === pos[0].col && p.row === pos[0].row + i);
  if (oneColumn) {
    sheet.getRange(pos[0].row, pos[0].col, pos.length, 1).setValues(texts.map((t) => [t]));
  } else {
    pos.forEach((p, i) => {
      sheet.getRange(p.row, p.col).setValue(texts[i]);
    });
  }
  return true;
}
