// Reads back the "Validasi" sheet the add-on wrote, as validasi.json entries {sheet, cell, severity, code, message}.
import type { Grid, Severity } from '../../src/core/schema/types';
import { SEVERITY_LABEL, VALIDATION_HEADERS } from '../../src/server/sheets/validation-sheet';
import { LocalRunError } from './local-run-error';

export interface ValidationEntry {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

const SEVERITY_OF_LABEL = new Map<string, Severity>(
  (Object.entries(SEVERITY_LABEL) as [Severity, string][]).map(([severity, label]) => [label, severity]),
);

/** The A1 address a cell-link formula points at (=HYPERLINK("#gid=…&range=B7","…")), or the cell's plain text. */
function addressOf(value: unknown, formula: string): string {
  const linked = /[#&]range=([A-Z]+[0-9]+)/.exec(formula);
  if (linked) return linked[1] as string;
  return String(value ?? '').trim();
}

/**
 * Every issue row of the Validasi sheet. `values` and `formulas` are the sheet's getValues() and getFormulas();
 * the header row is found by its labels, so a title row above it does not matter.
 */
export function readValidationSheet(values: Grid, formulas: readonly (readonly string[])[]): ValidationEntry[] {
  const headerRow = values.findIndex((row) => VALIDATION_HEADERS.every((h, i) => String(row[i] ?? '').trim() === h));
  if (headerRow < 0) {
    throw new LocalRunError(`Lembar "Validasi" tidak memuat baris judul kolom (${VALIDATION_HEADERS.join(', ')}).`);
  }
  const column = (label: (typeof VALIDATION_HEADERS)[number]) => VALIDATION_HEADERS.indexOf(label);
  const entries: ValidationEntry[] = [];
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const severity = SEVERITY_OF_LABEL.get(String(row[column('Tingkat')] ?? '').trim());
    // The "no issue found" row and blank rows carry no severity.
    if (!severity) continue;
    entries.push({
      sheet: String(row[column('Tab')] ?? ''),
      cell: addressOf(row[column('Sel')], String(formulas[r]?.[column('Sel')] ?? '')),
      severity,
      code: String(row[column('Kode')] ?? ''),
      message: String(row[column('Pesan')] ?? ''),
    });
  }
  return entries;
}
