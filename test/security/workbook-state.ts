// Test helper: everything a call could change in the emulated workbook (sheets, cells and their formats, protections,
// properties, triggers, mail, files), to prove a refused call changed nothing.
import type { Emulator } from '../../emulator';

export interface WorkbookState {
  readonly sheets: readonly { name: string; hidden: boolean; size: number[]; cells: string }[];
  readonly protections: readonly string[];
  readonly documentProperties: Record<string, string>;
  readonly scriptProperties: Record<string, string>;
  readonly triggers: number;
  readonly mails: number;
  readonly files: number;
}

export function workbookState(emulator: Emulator): WorkbookState {
  const ss = emulator.spreadsheet;
  return {
    // Every stored cell as it is (value, formula, formats, note, rule), without evaluating formulas.
    sheets: ss.sheets.map((sheet) => ({
      name: sheet.name,
      hidden: sheet.hidden,
      size: [sheet.maxRows, sheet.maxColumns],
      cells: JSON.stringify(sheet.rows),
    })),
    protections: ss.sheets.flatMap((sheet) =>
      [...sheet.getProtections('SHEET'), ...sheet.getProtections('RANGE')].map(
        (p) =>
          `${sheet.name} ${p.getDescription()} ${p
            .getEditors()
            .map((u) => u.getEmail())
            .sort()
            .join(',')}`,
      ),
    ),
    documentProperties: emulator.properties.document?.getProperties() ?? {},
    scriptProperties: emulator.properties.script.getProperties(),
    triggers: (emulator.triggers.app as unknown as { getProjectTriggers(): unknown[] }).getProjectTriggers().length,
    mails: emulator.mail.outbox.length,
    // Read without a service call: the script's own grant (drive.file) does not reach every file.
    files: emulator.drive.allFiles().filter((f) => !f.trashed).length,
  };
}
