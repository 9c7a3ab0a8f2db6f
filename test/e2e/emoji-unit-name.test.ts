// End to end on the built bundle: a unit name with an emoji (two UTF-16 code units in Docs) still gives a report.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveDocx } from '../../emulator';
import { SAMPLE_UNITS } from '../../fixtures/sample/units';
import type { ReportResult } from '../../src/shared/rpc';
import { ADMIN, sampleSheet } from './sample-sheet';

const EMOJI_NAME = 'Lapas Bengkalis 🌾';

describe('a unit name with an emoji', () => {
  it('is consolidated and reported: the document and its PDF are made, and the name is in the report whole', async () => {
    const units = SAMPLE_UNITS.slice(0, 4).map((u, i) => (i === 1 ? { ...u, name: EMOJI_NAME } : u));
    const s = sampleSheet({ units });
    s.bundle.run('setupUnitTabs');
    s.bundle.run('consolidateNow');
    const result = s.bundle.callFromSidebar(ADMIN, 'runReport') as ReportResult;
    expect(result.ok).toBe(true);
    expect(result.message).not.toMatch(/PDF belum dapat dibuat/);
    expect(result.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    const doc = s.emulator.docs.all().at(-1);
    if (!doc) throw new Error('no document');
    expect(doc.body.getText()).toContain(EMOJI_NAME);
    // As `npm start` saves it: the Word file is written without an error.
    const path = join(mkdtempSync(join(tmpdir(), 'emoji-report-')), 'laporan.docx');
    await saveDocx(doc, path);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  });
});
