// The result of "Periksa tab saya": counts, then the issues grouped by severity, each with a link to its cell.
import type { IssueView } from '../shared/rpc';
import { el } from './dom';
import { formatIssueCounts, formatNumber } from './format';

export type GoToCell = (issue: IssueView, link: HTMLButtonElement) => void;

const GROUPS: readonly { readonly severity: IssueView['severity']; readonly title: string }[] = [
  { severity: 'error', title: 'Kesalahan' },
  { severity: 'warning', title: 'Peringatan' },
];

/** "Tab LP-PKU · sel C14", or "Tab LP-PKU" for an issue about the whole tab. */
export function cellLabel(issue: IssueView): string {
  return issue.cell ? `Tab ${issue.sheet} · sel ${issue.cell}` : `Tab ${issue.sheet}`;
}

function issueItem(issue: IssueView, goToCell: GoToCell): HTMLElement {
  const link = el('button', {
    className: 'cell-link',
    attrs: { type: 'button', title: `Pilih ${cellLabel(issue)} di Spreadsheet` },
  });
  link.textContent = cellLabel(issue);
  link.addEventListener('click', () => goToCell(issue, link));
  return el(
    'li',
    { className: `issue issue-${issue.severity}` },
    el('p', { className: 'issue-message' }, issue.message),
    issue.hint ? el('p', { className: 'issue-hint' }, issue.hint) : null,
    issue.cell ? link : el('p', { className: 'issue-where' }, cellLabel(issue)),
  );
}

/** The issue list; `heading` receives focus after a check so keyboard and screen-reader users land on the result. */
export function issueList(issues: readonly IssueView[], goToCell: GoToCell): HTMLElement {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const summary = issues.length === 0 ? 'Tidak ada kesalahan atau peringatan.' : formatIssueCounts(errors, warnings);
  const heading = el(
    'h3',
    { className: `check-summary ${errors > 0 ? 'has-errors' : 'no-errors'}`, attrs: { tabindex: '-1' } },
    summary,
  );
  const sections = GROUPS.map(({ severity, title }) => {
    const group = issues.filter((i) => i.severity === severity);
    if (group.length === 0) return null;
    return el(
      'section',
      { className: `issue-group group-${severity}`, attrs: { 'aria-label': `${title} (${group.length})` } },
      el('h4', {}, `${title} (${formatNumber(group.length)})`),
      el('ul', { className: 'issues' }, ...group.map((i) => issueItem(i, goToCell))),
    );
  });
  return el('div', { className: 'check-result' }, heading, ...sections);
}
