// A sheet view as an HTML table: every text escaped, colours only when they are plain hex colours.
import type { CellView, SheetView } from './sheet-view';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** "#rgb" or "#rrggbb"; anything else (a colour name, a crafted value) is not put into a style attribute. */
function hexColor(color: string | null): string | null {
  return color && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(color) ? color : null;
}

function cellContent(cell: CellView): string {
  const text = escapeHtml(cell.text);
  const link = cell.link;
  if (link?.kind === 'web')
    return `<a href="${escapeHtml(link.url)}" target="_blank" rel="noopener noreferrer">${text}</a>`;
  if (link?.kind === 'cell') {
    return `<a href="#" data-goto-sheet="${escapeHtml(link.sheet)}" data-goto-a1="${escapeHtml(link.a1)}">${text}</a>`;
  }
  return text;
}

function cellHtml(cell: CellView): string {
  const classes = [`align-${cell.align}`];
  if (cell.wrap) classes.push('wrap');
  if (cell.locked) classes.push('locked');
  if (cell.marked) classes.push('marked');
  if (cell.note) classes.push('has-note');
  if (cell.overflowWidth !== null) classes.push('overflow');
  const styles: string[] = [];
  const background = hexColor(cell.background);
  const color = hexColor(cell.fontColor);
  if (background) styles.push(`background-color:${background}`);
  if (color) styles.push(`color:${color}`);
  if (cell.bold) styles.push('font-weight:bold');
  const attrs = [
    `data-a1="${cell.a1}"`,
    // The editor starts with the displayed text unless the cell is typed otherwise (a formula, an unformatted number).
    cell.edit === cell.text ? '' : `data-edit="${escapeHtml(cell.edit)}"`,
    `class="${classes.join(' ')}"`,
    cell.rowSpan > 1 ? `rowspan="${cell.rowSpan}"` : '',
    cell.colSpan > 1 ? `colspan="${cell.colSpan}"` : '',
    styles.length > 0 ? `style="${styles.join(';')}"` : '',
    cell.note ? `title="${escapeHtml(cell.note)}"` : '',
  ].filter((a) => a !== '');
  const overflow = cell.overflowWidth === null ? '' : ` style="max-width:${cell.overflowWidth - 8}px"`;
  const content = cell.text === '' ? '' : `<span class="text"${overflow}>${cellContent(cell)}</span>`;
  return `<td ${attrs.join(' ')}>${content}</td>`;
}

/** The grid: column letters on top, row numbers on the left, as in Sheets. */
export function sheetHtml(view: SheetView): string {
  const width = 46 + view.columns.reduce((sum, c) => sum + c.width, 0);
  const cols = view.columns.map((c) => `<col style="width:${c.width}px">`).join('');
  const head = view.columns.map((c) => `<th scope="col">${c.letter}</th>`).join('');
  const body = view.rows.map((r) => `<tr><th scope="row">${r.row}</th>${r.cells.map(cellHtml).join('')}</tr>`).join('');
  const more =
    view.rowsNotShown > 0
      ? `<p class="more-rows">${view.rowsNotShown.toLocaleString('id-ID')} baris berikutnya tidak ditampilkan.</p>`
      : '';
  return (
    `<table class="grid" aria-label="Lembar ${escapeHtml(view.name)}" data-sheet="${escapeHtml(view.name)}" style="width:${width}px">` +
    `<colgroup><col style="width:46px">${cols}</colgroup><thead><tr><th class="corner"></th>${head}</tr></thead>` +
    `<tbody>${body}</tbody></table>${more}`
  );
}
