// The benchmark's meter is honest: every call the built bundle makes on a service object is recorded exactly once,
// checked by a second, independent meter (a counting proxy around everything the emulator hands the script).

import { createEmulator, loadBundle, seedWorkbook } from '../../emulator';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import { sampleWorkbook, workbookSheets } from '../../fixtures/sample/workbook';
import { locateTab, posA1 } from '../../src/core/schema/locate-tab';
import { SCHEMA } from '../../src/core/schema/schema';
import { dishonest, meterGlobals } from './counting-proxy';
import { ADMIN, valuesOf } from './sample-sheet';

const unit = SAMPLE_UNITS[0];
const operator = unit.operators[0] as string;
const HOUR_MS = 60 * 60 * 1000;

describe('the ledger', () => {
  it('records each call of every operation exactly once, iterators and chart builders included', () => {
    const emulator = createEmulator({ owner: ADMIN, workspace: true });
    seedWorkbook(emulator, workbookSheets(sampleWorkbook()));
    const meter = meterGlobals(emulator);
    const bundle = loadBundle(emulator);

    bundle.simpleOnOpen(undefined, ADMIN);
    bundle.run('setupUnitTabs');
    bundle.callFromSidebar(operator, 'getPanelState');
    bundle.callFromSidebar(operator, 'sendUnitTab', unit.code);
    const pos = locateTab(valuesOf(emulator, unit.sheetName), SCHEMA).fields.get('identitas.operator');
    const sheet = emulator.spreadsheet.sheetByNameUnrecorded(unit.sheetName);
    if (!pos || !sheet) throw new Error('sample tab');
    const edit = sheet.userEdit(operator, posA1(pos), 'Budi');
    bundle.simpleOnEdit({ ...edit, source: meter.wrap(emulator.spreadsheet), range: meter.wrap(edit.range) }, operator);
    bundle.callFromSidebar(ADMIN, 'returnUnitTab', unit.code, 'Mohon periksa lagi.');
    bundle.run('validateAll');
    bundle.run('consolidateNow');
    bundle.run('generateReport');
    bundle.run('showChatSummary');
    bundle.callFromSidebar(ADMIN, 'setAutomation', true);
    emulator.runtime.advance(HOUR_MS + 1000);
    bundle.fireTimeTriggers();
    emulator.sheets.ui.queueResponse('YES');
    bundle.run('closePeriod');

    // A meter that saw nothing would pass the next line vacuously: the month's flow makes a few hundred calls.
    expect(meter.calls.length).toBeGreaterThan(300);
    expect(dishonest(meter.calls)).toEqual([]);
  });
});
