// A fault at every service call of "Buat laporan": the earlier report stays untouched, no half Doc is left as the
// report, the Log says why, and the next run makes the report.

import type { Emulator } from '../../emulator';
import { removeBuiltDistCopy } from '../browser/built-dist';
import {
  ALL_ERRORS,
  clearMessages,
  closingMessage,
  FATAL_ERRORS,
  freshSheet,
  logRows,
  sheetNames,
  TRANSLATED,
} from './faults-fixture';

afterAll(removeBuiltDistCopy);

// Hundreds of runs reach the PDF export; LibreOffice takes a second each. Here it is faked by a one-page PDF naming
// the Doc, since the sweep is about what survives a fault, not how the PDF looks (test/server/report converts for real).
// The same two charts are drawn in every run: each is drawn once for real and its PNG reused.
jest.mock('../../emulator/chart-render', () => {
  const actual = jest.requireActual('../../emulator/chart-render');
  const drawn = new Map<string, Buffer>();
  return {
    ...actual,
    renderChartPng: (spec: unknown, width?: number, height?: number) => {
      const key = JSON.stringify([spec, width, height]);
      if (!drawn.has(key)) drawn.set(key, actual.renderChartPng(spec, width, height));
      return drawn.get(key);
    },
  };
});
jest.mock('../../emulator/document/pdf', () => ({
  documentToPdf: (doc: { getName(): string }) => Buffer.from(`%PDF-1.4\n% ${doc.getName()}\n%%EOF\n`, 'utf8'),
}));

const LAST_REPORT = 'report:last';

/** What a person can find in Drive: every file not in the trash, with its folder, and each Doc's text. */
function visibleDrive(emulator: Emulator): string[] {
  const shown = emulator.drive.allFiles().filter((f) => !f.trashed);
  const ids = new Set(shown.map((f) => f.rawId));
  const texts = new Map(
    emulator.docs
      .all()
      .filter((d) => ids.has(d.getId()))
      .map((d) => [d.getId(), d.body.getText()] as const),
  );
  return shown.map(
    (f) => `${f.parent.rawName}/${f.content.getName()} [${f.content.mimeType}] ${texts.get(f.rawId) ?? ''}`,
  );
}

/** Everything the next run's behaviour depends on, the Log aside. */
function state(emulator: Emulator): string {
  return JSON.stringify({
    drive: visibleDrive(emulator),
    properties: emulator.properties.document?.getKeys().map((k) => [k, emulator.properties.document?.peek(k)]),
    sheets: sheetNames(emulator),
  });
}

function attempt(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (e) {
    return String(e);
  }
}

/** Runs "Buat laporan" from the menu; true when the person was given the new report's link. */
function generate(emulator: Emulator, run: () => unknown): boolean {
  const dialogs = emulator.sheets.ui.dialogs.length;
  clearMessages(emulator);
  expect(attempt(run)).toBeNull();
  return (
    emulator.sheets.ui.dialogs.length > dialogs || /^Laporan ".*" sudah dibuat\./.test(closingMessage(emulator) ?? '')
  );
}

describe('a fault at every service call of a report generation', () => {
  it('leaves the earlier report and Drive as they were, logs why, and the next run makes the report', () => {
    const { emulator, bundle } = freshSheet();
    expect(generate(emulator, () => bundle.run('generateReport'))).toBe(true);
    emulator.ledger.reset();
    expect(generate(emulator, () => bundle.run('generateReport'))).toBe(true);
    const calls = emulator.ledger.all().map((c) => `${c.service}.${c.method}`);
    // Service calls: a call the script answers itself (kind 'utility') reaches no service, so no fault hits it.
    const roundTrips = emulator.ledger
      .all()
      .filter((c) => c.kind !== 'utility')
      .map((c) => c.n);
    // The report's Doc is the run's first file (the folder is there from the first run; the PDF comes later).
    const createAt = calls.indexOf('Drive.Files.create') + 1;
    const pdfAt = calls.indexOf('Document.getAs') + 1;
    expect(createAt).toBeGreaterThan(0);
    expect(pdfAt).toBeGreaterThan(createAt);

    const recoveredFrom = new Set<string>();
    const outcomes = { failed: 0, completed: 0 };
    for (const k of roundTrips) {
      const error = ALL_ERRORS[k % ALL_ERRORS.length] as string;
      try {
        const before = state(emulator);
        const lastBefore = emulator.properties.document?.peek(LAST_REPORT);
        const logBefore = logRows(emulator).length;
        emulator.ledger.reset();
        emulator.ledger.inject({ at: k, error });
        const made = generate(emulator, () => bundle.run('generateReport'));
        const shown = closingMessage(emulator) ?? '';
        expect(shown).not.toMatch(/\n\s+at |Error:/);
        if ((FATAL_ERRORS as readonly string[]).includes(error)) {
          expect(emulator.ledger.all().filter((c) => c.method === 'sleep')).toEqual([]);
        }
        emulator.ledger.clearFaults();
        if (made) {
          // Absorbed (retried, or a courtesy step after the report was saved): a new version beside the earlier ones.
          // Only a fault while recording it as the panel's last report leaves that link as it was (the Log has it).
          outcomes.completed++;
          if (emulator.properties.document?.peek(LAST_REPORT) === lastBefore) {
            const hit = emulator.ledger.all()[k - 1];
            expect(k > createAt && `${hit?.service}.${hit?.method}`).toMatch(
              /^(PropertiesService\.getDocumentProperties|DocumentProperties\.setProperty)$/,
            );
          }
          continue;
        }
        outcomes.failed++;
        // Once the Doc is saved and its PDF is being made, a fault leaves a note at most: the report stands.
        expect(k).toBeLessThan(pdfAt);
        // Drive shows exactly what it showed before: earlier Docs and PDFs untouched, any new Doc in the trash.
        expect(state(emulator)).toBe(before);
        expect(emulator.properties.document?.peek(LAST_REPORT)).toBe(lastBefore);
        const last = logRows(emulator).slice(logBefore).at(-1) ?? [];
        expect(last.slice(2, 5)).toEqual(['Buat laporan', expect.any(String), 'Gagal']);
        expect(String(last[7])).toMatch(TRANSLATED);
        // The next run depends only on this state, the same as before the fault (trashed files are invisible to
        // it): it is run once per phase the fault hit (reading, writing the Doc), not for every k.
        const phase = k < createAt ? 'read' : 'doc';
        if (!recoveredFrom.has(phase)) {
          recoveredFrom.add(phase);
          const ok = generate(emulator, () => bundle.run('generateReport'));
          expect({ ok, shown: ok ? '' : closingMessage(emulator) }).toEqual({ ok: true, shown: '' });
          expect(logRows(emulator).at(-1)?.slice(2, 5)).toEqual(['Buat laporan', expect.any(String), 'Berhasil']);
        }
        expect(shown).toMatch(/^Terjadi kesalahan: .*hubungi admin Kanwil\.$/);
      } catch (e) {
        throw new Error(`Fault "${error}" at call ${k} (${calls[k - 1]}):\n${(e as Error).message}`);
      }
    }
    expect(outcomes.failed).toBeGreaterThan(outcomes.completed);
    expect(outcomes.completed).toBeGreaterThan(0);
    expect([...recoveredFrom].sort()).toEqual(['doc', 'read']);
  });
});
