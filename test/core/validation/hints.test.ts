// Over the whole broken corpus: every error says what to do, and a hint that proposes a value never proposes the value
// that was typed (issue 14: "Mungkin maksudnya 102.772,5." under a cell holding 102.772,5).

import { type BrokenCase, brokenCases } from '../../../fixtures/sample/broken-cases';
import { parseConfig } from '../../../src/core/config/config';
import type { CellValue, Issue } from '../../../src/core/schema/types';
import { fromA1 } from '../../../src/core/text/a1';
import { formatNumber } from '../../../src/core/text/format';
import { validateWorkbook } from '../../../src/core/validation/validate-workbook';

function issuesOf(c: BrokenCase): Issue[] {
  const parsed = parseConfig(c.config);
  if (!parsed.config) return parsed.issues;
  const { reports, issues } = validateWorkbook(parsed.config, c.tabs);
  return [...parsed.issues, ...issues, ...reports.flatMap((r) => r.issues)];
}

/** What the issue's cell holds, as the person sees it (numbers in id-ID with every decimal). */
function typedAt(c: BrokenCase, issue: Issue): string | null {
  const pos = fromA1(issue.cell);
  if (!pos) return null;
  const grid: readonly (readonly CellValue[])[] =
    c.tabs.find((t) => t.name === issue.sheet)?.grid ?? (issue.sheet === 'Pengaturan' ? c.config : []);
  const v = grid[pos.row - 1]?.[pos.col - 1];
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number') return formatNumber(v, Number.isInteger(v) ? 0 : String(v).split('.')[1]?.length);
  return String(v).trim();
}

/** Values a hint proposes: "Mungkin maksudnya X", "ketik X". */
function proposals(hint: string): string[] {
  return [...hint.matchAll(/(?:maksudnya|ketik) ([^\s:(]+?)[.,]?(?=[\s:(]|$)/gi)].map((m) => m[1] ?? '');
}

const cases = brokenCases();

test.each(cases.map((c) => [c.id, c] as const))('%s: every error has a hint that is not what was typed', (_, c) => {
  for (const issue of issuesOf(c)) {
    if (issue.severity === 'error')
      expect({ code: issue.code, hint: issue.hint ?? '' }).not.toEqual({ code: issue.code, hint: '' });
    const typed = typedAt(c, issue);
    if (!issue.hint || typed === null) continue;
    for (const proposed of proposals(issue.hint))
      expect({ code: issue.code, proposed }).not.toEqual({ code: issue.code, proposed: typed });
  }
});

test('the corpus exercises value proposals (the property is not vacuous)', () => {
  const proposing = cases.flatMap((c) => issuesOf(c).filter((i) => i.hint && proposals(i.hint).length > 0));
  expect(proposing.map((i) => i.code)).toEqual(expect.arrayContaining(['SEPARATOR_SUSPECT', 'TEXT_IN_NUMBER']));
});
