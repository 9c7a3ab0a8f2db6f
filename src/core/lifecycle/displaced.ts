// Values set-up moved off a unit tab to Arsip: an issue of their unit until an admin ticks "Ditinjau admin".
import type { Grid, Issue } from '../schema/types';
import { isoDateIn } from '../text/format';
import { MSG } from '../validation/messages';
import { ARCHIVE_DISPLACED, ARCHIVE_HEADER } from './archive';

/** The Arsip column after ARCHIVE_HEADER where an admin acknowledges a displaced value (a checkbox). */
export const DISPLACED_ACK_HEADER = 'Ditinjau admin';
export const DISPLACED_ACK_COL = ARCHIVE_HEADER.length + 1;

const [PERIOD, CODE, , CELL, , VALUE, STATUS] = ARCHIVE_HEADER.map((_, i) => i);

/** Unit code → one warning per value of `period` displaced to Arsip and not yet acknowledged, at its old cell. */
export function displacedIssues(archive: Grid, period: string): Map<string, Issue[]> {
  const byUnit = new Map<string, Issue[]>();
  archive.forEach((row, i) => {
    if (i === 0 || String(row[PERIOD] ?? '').trim() !== period || row[STATUS] !== ARCHIVE_DISPLACED) return;
    if (row[DISPLACED_ACK_COL - 1] === true) return;
    const where = String(row[CELL] ?? '');
    const bang = where.lastIndexOf('!');
    const sheet = bang >= 0 ? where.slice(0, bang) : where;
    const cell = bang >= 0 ? where.slice(bang + 1) : '';
    const raw = row[VALUE];
    const value = raw instanceof Date ? isoDateIn(raw) : String(raw ?? '');
    const code = String(row[CODE] ?? '').trim();
    const list = byUnit.get(code) ?? [];
    // The old cell is named, not marked: after set-up another value may sit there.
    const issue: Issue = {
      sheet,
      cell: '',
      severity: 'warning',
      code: 'VALUE_DISPLACED',
      ...MSG.valueDisplaced(cell, value, i + 1),
    };
    list.push(issue);
    byUnit.set(code, list);
  });
  return byUnit;
}
