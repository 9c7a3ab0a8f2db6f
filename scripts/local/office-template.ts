// The office's report template in the local run, made the office's way: the menu's "Buat templat laporan" when
// Pengaturan names none, then the one step a person does by hand in Google Docs (Sisipkan → Nomor halaman).
import type { Bundle } from '../../emulator';
import { CONFIG_LABELS } from '../../src/core/config/config';
import { CONFIG_SHEET } from '../../src/core/config/sheet-names';
import { templateDocumentId } from '../../src/core/report/template-link';
import type { StepResult } from './kanwil-flow';
import type { SeededWorkbook } from './seed-workbook';

/** What the run did about the template, for the printed summary. */
export type TemplateUse =
  /** Made by the menu; page numbers added by the run, standing in for the person who adds them once. */
  | { readonly kind: 'made'; readonly pageNumbers: boolean }
  /** As 'made', for a run whose Pengaturan names a Google Doc out of the run's reach (the office's real template):
   * the setting is emptied while the run makes its own, and given back its text afterwards. */
  | { readonly kind: 'stood-in'; readonly office: string; readonly pageNumbers: boolean }
  /** Pengaturan has no "Templat laporan" row (a workbook from before templates): the built-in layout. */
  | { readonly kind: 'no-row' }
  /** Pengaturan names a template the run can reach, or text that is no Doc link (the add-on says so itself). */
  | { readonly kind: 'as-named' };

export interface OfficeTemplate {
  /** The menu step, when it ran. */
  readonly step: StepResult | null;
  readonly use: TemplateUse;
  /** Gives Pengaturan back the office's own setting (after "Buat laporan"); a no-op when the run changed nothing. */
  readonly restore: () => void;
}

/** The sheet and the A1 cell of Pengaturan's "Templat laporan" value, and its text; null without that row. */
function templateSetting(seeded: SeededWorkbook) {
  const sheet = seeded.spreadsheet.sheetByNameUnrecorded(CONFIG_SHEET);
  if (!sheet) return null;
  const grid = sheet.rangeUnchecked(1, 1, Math.max(1, sheet.lastRowUnrecorded()), 2).valuesUnrecorded();
  const row = grid.findIndex((r) => String(r[0] ?? '').trim() === CONFIG_LABELS.template);
  if (row < 0) return null;
  return { sheet, a1: `B${row + 1}`, text: String(grid[row]?.[1] ?? '').trim() };
}

/**
 * Runs the template's part of the Kanwil flow after set up. `runMenu` clicks "Buat templat laporan". A person's edits
 * go through Sheets as typed (onEdit fires), never as script writes.
 */
export function officeTemplate(seeded: SeededWorkbook, bundle: Bundle, runMenu: () => StepResult): OfficeTemplate {
  const nothing = () => {};
  const setting = templateSetting(seeded);
  if (!setting) return { step: null, use: { kind: 'no-row' }, restore: nothing };
  const type = (text: string) => {
    const event = setting.sheet.userEdit(seeded.admin, setting.a1, text);
    bundle.simpleOnEdit(event as unknown as Record<string, unknown>, seeded.admin);
  };
  const named = templateDocumentId(setting.text);
  if (setting.text !== '' && (!named || seeded.emulator.docs.byIdUnrecorded(named))) {
    return { step: null, use: { kind: 'as-named' }, restore: nothing };
  }
  // A Doc link the run cannot open is the office's template in Google Drive: the run makes its own in its place.
  if (setting.text !== '') type('');
  const step = runMenu();
  const made = templateDocumentId(step.links[0] ?? '');
  const template = made ? seeded.emulator.docs.byIdUnrecorded(made) : null;
  // The office's one manual step: DocumentApp and the Docs API cannot insert a page number (README, "Page numbers").
  template?.insertPageNumbersByHand();
  const pageNumbers = template !== null;
  if (setting.text === '') return { step, use: { kind: 'made', pageNumbers }, restore: nothing };
  return {
    step,
    use: { kind: 'stood-in', office: setting.text, pageNumbers },
    restore: () => type(setting.text),
  };
}
