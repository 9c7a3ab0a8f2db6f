// Displays a unit's stored submission status in the protected status cells of its tab (admin and trigger runs only).

import type { Grid, UnitMeta } from '../../core/schema/types';
import type { SubmissionStatus } from '../../core/schema/vocabulary';
import { fromA1 } from '../../core/text/a1';
import { cellText } from '../../core/text/cell-text';
import { writeCells } from './cell-batch';

type Request = GoogleAppsScript.Sheets.Schema.Request;

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
 * The Sheets API requests that write the status cells where they differ from `grid` (the tab as read): none when
 * they already show the store. Neighbours are joined (writeCells); callers send every tab's in one batch.
 */
export function statusCellRequests(
  sheetId: number,
  cells: NonNullable<UnitMeta['cells']>,
  display: StatusDisplay,
  grid: Grid,
): Request[] {
  const texts = statusTexts(display);
  const positions = [cells.status, cells.sentAt, cells.sentBy, cells.returnNote].map((a1) => fromA1(a1));
  if (positions.some((p) => p === null)) return [];
  const pos = positions as { row: number; col: number }[];
  const current = pos.map((p) => grid[p.row - 1]?.[p.col - 1]);
  const shown = current.map((v) => (v instanceof Date ? v.toISOString() : String(v ?? '')));
  if (shown.every((v, i) => v === texts[i] || `'${v}` === texts[i])) return [];
  return writeCells(
    sheetId,
    pos.map((p, i) => ({ row: p.row, col: p.col, value: texts[i] ?? '' })),
  );
}
