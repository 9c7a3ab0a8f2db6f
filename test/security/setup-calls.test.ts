// Set up (which grants every operator their edit rights) stays inside Apps Script's 6-minute limit: its service calls
// do not grow with the number of unit tabs (only its batches' payload does).

import { loadBundle } from '../../emulator';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { builtDist, removeBuiltDistCopy } from '../browser/built-dist';
import { sampleSheet } from '../e2e/sample-sheet';

afterAll(removeBuiltDistCopy);

type Start = 'blank Sheet' | 'filled tabs' | 'second run';

interface Cost {
  readonly calls: number;
  readonly seconds: number;
  readonly byMethod: Readonly<Record<string, number>>;
}

/** The calls of one set up over `units` sample units, from a blank Sheet, over filled tabs, or run a second time. */
function setupCost(units: number, start: Start): Cost {
  const s = sampleSheet({ units: SAMPLE_UNITS.slice(0, units), withTabs: start !== 'blank Sheet' });
  const bundle = loadBundle(s.emulator, { distDir: builtDist() });
  if (start === 'second run') bundle.run('setupUnitTabs');
  s.emulator.ledger.reset();
  bundle.run('setupUnitTabs');
  expect(s.emulator.sheets.ui.alerts.at(-1)?.prompt).toMatch(/^Tab UPT periode Februari 2026 siap: /);
  const byMethod: Record<string, number> = {};
  for (const c of s.emulator.ledger.all()) byMethod[c.method] = (byMethod[c.method] ?? 0) + 1;
  // Round trips: calls the script answers itself (builders, range geometry; kind 'utility', 0 s) are not counted.
  const calls = s.emulator.ledger.all().filter((c) => c.kind !== 'utility').length;
  if (process.env.SHOW) console.log(start, units, calls, JSON.stringify(byMethod));
  return { calls, seconds: s.emulator.ledger.modelledSeconds(), byMethod };
}

/**
 * Before the Sheets API batches set up cost 34 calls per tab of a blank Sheet, 42 per filled tab and 33 on a second
 * run (100 tabs ≈ 3 of the 6 minutes). It now reads the workbook once and sends every tab's requests in batches of
 * up to 2 MB (https://developers.google.com/sheets/api/limits): no call grows with the number of tabs at this size.
 */
/** Apps Script stops an execution after 6 minutes (https://developers.google.com/apps-script/guides/services/quotas). */
const LIMIT_SECONDS = 360;

describe.each(['blank Sheet', 'filled tabs', 'second run'] as Start[])('set up from a %s', (start) => {
  let six: Cost;
  let twelve: Cost;
  beforeAll(() => {
    six = setupCost(6, start);
    twelve = setupCost(12, start);
  });

  it('takes the same calls for 12 unit tabs as for 6: one read of the workbook, the tabs in one batch', () => {
    expect(twelve.byMethod).toEqual(six.byMethod);
    // The tabs' one batch; on a second run the Log sheet is already there, so its row rides in that batch too.
    expect(twelve.byMethod['Spreadsheets.batchUpdate']).toBe(1);
    // No unit tab is read or written through SpreadsheetApp.
    for (const method of ['Range.getValues', 'Range.setValues', 'Range.setNumberFormats', 'Sheet.protect']) {
      expect(twelve.byMethod[method] ?? 0).toBe(six.byMethod[method] ?? 0);
    }
  });

  it('sets up 100 unit tabs well inside the 6-minute limit (modelled latency)', () => {
    const perTab = (twelve.seconds - six.seconds) / 6;
    const fixed = six.seconds - 6 * perTab;
    expect(fixed + 100 * perTab).toBeLessThan(LIMIT_SECONDS * 0.25);
  });
});
